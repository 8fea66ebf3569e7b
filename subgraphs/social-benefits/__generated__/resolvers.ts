import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonRef } from '../../kit/person.js';
import type { BenefitPaymentRecord, BenefitPayerRecord, SocialBenefitRecord, Context } from '../record.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO 8601 (`2021-05-10`). */
  Date: { input: string; output: string; }
  /** An instant, ISO 8601 with time zone (`2026-11-22T10:15:00.000Z`). */
  DateTime: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** An organisation paying social benefits. */
export type BenefitPayer = {
  __typename?: 'BenefitPayer';
  code: BenefitPayerCode;
  /** Its name, as on the decision (`АО «Государственный фонд социального страхования»`). */
  name: Scalars['String']['output'];
};

export type BenefitPayerCode =
  /** The State Corporation «Government for Citizens» (pensions and state allowances from the budget). */
  | 'GOVERNMENT_FOR_CITIZENS'
  /** The local employment and social-programmes office of the akimat (targeted social assistance). */
  | 'LOCAL_EXECUTIVE_BODY'
  /** The State Social Insurance Fund (ГФСС): social-insurance payments. */
  | 'STATE_SOCIAL_INSURANCE_FUND'
  /** The Unified Accumulative Pension Fund (ЕНПФ): pension payments from savings. */
  | 'UNIFIED_PENSION_FUND';

/** One payment of a benefit. */
export type BenefitPayment = {
  __typename?: 'BenefitPayment';
  /** Tenge. */
  amount: Scalars['Int']['output'];
  /** The month paid for, `YYYY-MM`. */
  month: Scalars['String']['output'];
  paidOn: Scalars['Date']['output'];
};

/** The sections of a dossier, one per state system. */
export type DossierSection =
  /** Civil registry: identity, documents, address, family. */
  | 'CIVIL_REGISTRY'
  /** Administrative fines and the debtors registry. */
  | 'FINES'
  /** Polyclinic attachment and health insurance. */
  | 'HEALTH'
  /** Licences and permits, by type of activity (the e-licensing database). */
  | 'LICENCES'
  /** Real-estate cadastre, encumbrances, business register. */
  | 'PROPERTY'
  /** Kindergarten and housing queues. */
  | 'QUEUES'
  /** Public-service requests (E-Kyzmet). */
  | 'SERVICE_REQUESTS'
  /** Social payments and benefits (pensions, allowances, social-insurance payments). */
  | 'SOCIAL_BENEFITS'
  /** Vehicles and driving licences. */
  | 'VEHICLES';

export type Freshness = {
  __typename?: 'Freshness';
  /** When the state system gave this data. */
  fetchedAt: Scalars['DateTime']['output'];
  source: FreshnessSource;
};

/**
 * Where a section's data came from: the state system just now (LIVE), the cache (CACHE), or a
 * copy kept from earlier, served because the state system failed (STALE).
 */
export type FreshnessSource =
  | 'CACHE'
  | 'LIVE'
  | 'STALE';

/**
 * A citizen. This slice is the state pension and social-payments centre's: the social payments and
 * benefits the person receives or received (pensions, state allowances, social-insurance payments).
 */
export type Person = {
  __typename?: 'Person';
  /** Individual identification number: 12 digits. */
  iin: Scalars['String']['output'];
  /**
   * The person's social payments and benefits, current and past: those being paid first, then
   * suspended, then ended, each group most recently assigned first. `status` keeps only those in
   * these statuses. Empty when the person never received any.
   */
  socialBenefits: Maybe<Array<SocialBenefit>>;
  /** When the social-benefits data in this answer was fetched, and from where. */
  socialBenefitsFreshness: Maybe<Freshness>;
};


/**
 * A citizen. This slice is the state pension and social-payments centre's: the social payments and
 * benefits the person receives or received (pensions, state allowances, social-insurance payments).
 */
export type PersonSocialBenefitsArgs = {
  status?: InputMaybe<Array<SocialBenefitStatus>>;
};

export type Query = {
  __typename?: 'Query';
  /** The caller's own dossier. */
  me: Maybe<Person>;
  /**
   * A person's dossier: the caller's own, or that of the caller's child under 18. Anyone else is FORBIDDEN;
   * an IIN that breaks a rule (12 digits, birth date, control digit) is BAD_USER_INPUT.
   */
  person: Maybe<Person>;
};


export type QueryPersonArgs = {
  iin: Scalars['String']['input'];
};

/** One social payment or benefit assigned to the person by a decision of its payer. */
export type SocialBenefit = {
  __typename?: 'SocialBenefit';
  /** The day the benefit is assigned from. */
  assignedOn: Scalars['Date']['output'];
  /** The child a child-related benefit is for (a birth, child care); null for the others. */
  child: Maybe<Person>;
  /**
   * Number of the assignment decision: the region code of the assigning office (as on plates: 02
   * Almaty), the year of the decision and seven digits (`02-2023-0412745`).
   */
  decisionNumber: Scalars['String']['output'];
  /** The last day it is assigned for; null when it is assigned for life (an old-age pension). */
  endsOn: Maybe<Scalars['Date']['output']>;
  kind: SocialBenefitKind;
  /** Amount of a one-off payment, in tenge; null for a monthly one. */
  lumpSum: Maybe<Scalars['Int']['output']>;
  /** Amount paid each month, in tenge; null for a one-off payment. */
  monthlyAmount: Maybe<Scalars['Int']['output']>;
  /** Who pays it. */
  payer: BenefitPayer;
  /**
   * The latest payments, newest first: the `last` of them (6 by default; null for every payment the
   * centre reports, at most the last 24 months).
   */
  payments: Array<BenefitPayment>;
  status: SocialBenefitStatus;
  /** Why the benefit is suspended or ended; null while it is paid. */
  statusReason: Maybe<SocialBenefitStatusReason>;
  /** Since when the current status holds. */
  statusSince: Scalars['Date']['output'];
};


/** One social payment or benefit assigned to the person by a decision of its payer. */
export type SocialBenefitPaymentsArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type SocialBenefitKind =
  /** One-off state allowance on the birth of a child. */
  | 'CHILD_BIRTH_ALLOWANCE'
  /** State allowance for caring for a child, for a parent not insured (or insured for less). */
  | 'CHILD_CARE_ALLOWANCE'
  /** Social-insurance payment for the loss of income while caring for a child (from the State Social Insurance Fund). */
  | 'CHILD_CARE_PAYMENT'
  /** State social allowance for disability. */
  | 'DISABILITY_ALLOWANCE'
  /** Social-insurance payment for the loss of a job, to a registered job seeker. */
  | 'JOB_LOSS_PAYMENT'
  /** State allowance to a large family (four or more children under 18 living with it). */
  | 'LARGE_FAMILY_ALLOWANCE'
  /** Old-age pension (solidarity and basic pension payment), from the pension age. */
  | 'OLD_AGE_PENSION'
  /** Special state allowance (mothers of large families awarded «Алтын алқа», «Күміс алқа», and other categories). */
  | 'SPECIAL_STATE_ALLOWANCE'
  /** State social allowance for the loss of a breadwinner (survivor's). */
  | 'SURVIVOR_ALLOWANCE'
  /** Targeted social assistance to a low-income family. */
  | 'TARGETED_SOCIAL_ASSISTANCE';

export type SocialBenefitStatus =
  /** Assigned and being paid. */
  | 'ASSIGNED'
  /** No longer paid. */
  | 'ENDED'
  /** Payment suspended until its reason is removed. */
  | 'SUSPENDED';

export type SocialBenefitStatusReason =
  /** The child reached the age up to which it is paid. */
  | 'CHILD_REACHED_AGE'
  /** The recipient's identity document has expired. */
  | 'DOCUMENT_EXPIRED'
  /** The family no longer has four children under 18 living with it. */
  | 'FAMILY_NO_LONGER_LARGE'
  /** A one-off payment, paid. */
  | 'ONE_OFF_PAID'
  /** The period it was assigned for has run out. */
  | 'PERIOD_EXPIRED'
  /** The recipient took up work. */
  | 'RECIPIENT_EMPLOYED'
  /** The disability re-examination is overdue. */
  | 'REEXAMINATION_OVERDUE'
  /** The recipient reached the pension age: an old-age pension replaces it. */
  | 'REPLACED_BY_PENSION';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Person: Person;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"iin":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  BenefitPayer: ResolverTypeWrapper<BenefitPayerRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  BenefitPayerCode: BenefitPayerCode;
  BenefitPayment: ResolverTypeWrapper<BenefitPaymentRecord>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DossierSection: DossierSection;
  Freshness: ResolverTypeWrapper<Freshness>;
  FreshnessSource: FreshnessSource;
  Person: ResolverTypeWrapper<PersonRef>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SocialBenefit: ResolverTypeWrapper<SocialBenefitRecord>;
  SocialBenefitKind: SocialBenefitKind;
  SocialBenefitStatus: SocialBenefitStatus;
  SocialBenefitStatusReason: SocialBenefitStatusReason;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  BenefitPayer: BenefitPayerRecord;
  String: Scalars['String']['output'];
  BenefitPayment: BenefitPaymentRecord;
  Int: Scalars['Int']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Freshness: Freshness;
  Person: PersonRef;
  Query: Record<PropertyKey, never>;
  SocialBenefit: SocialBenefitRecord;
  Boolean: Scalars['Boolean']['output'];
}>;

export type BenefitPayerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BenefitPayer'] = ResolversParentTypes['BenefitPayer']> = ResolversObject<{
  code?: Resolver<ResolversTypes['BenefitPayerCode'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BenefitPaymentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BenefitPayment'] = ResolversParentTypes['BenefitPayment']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paidOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FreshnessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Freshness'] = ResolversParentTypes['Freshness']> = ResolversObject<{
  fetchedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['FreshnessSource'], ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  iin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  socialBenefits?: Resolver<Maybe<Array<ResolversTypes['SocialBenefit']>>, ParentType, ContextType, Partial<PersonSocialBenefitsArgs>>;
  socialBenefitsFreshness?: Resolver<Maybe<ResolversTypes['Freshness']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  me?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'iin'>>;
}>;

export type SocialBenefitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SocialBenefit'] = ResolversParentTypes['SocialBenefit']> = ResolversObject<{
  assignedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  child?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  decisionNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SocialBenefitKind'], ParentType, ContextType>;
  lumpSum?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  monthlyAmount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  payer?: Resolver<ResolversTypes['BenefitPayer'], ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['BenefitPayment']>, ParentType, ContextType, RequireFields<SocialBenefitPaymentsArgs, 'last'>>;
  status?: Resolver<ResolversTypes['SocialBenefitStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['SocialBenefitStatusReason']>, ParentType, ContextType>;
  statusSince?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  BenefitPayer?: BenefitPayerResolvers<ContextType>;
  BenefitPayment?: BenefitPaymentResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Freshness?: FreshnessResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SocialBenefit?: SocialBenefitResolvers<ContextType>;
}>;

