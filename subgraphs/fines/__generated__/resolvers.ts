import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonRef } from '../../kit/person.js';
import type { AdministrativeFineRecord, Context } from '../record.js';
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

/**
 * An administrative fine under the Code of Administrative Offences of Kazakhstan (КоАП РК), as the
 * fines register holds it. Fines are whole numbers of the monthly calculation index (МРП) of the
 * year of the offence (3 932 ₸ in 2025, 4 325 ₸ in 2026).
 */
export type AdministrativeFine = {
  __typename?: 'AdministrativeFine';
  /** The fine in tenge. */
  amount: Scalars['Int']['output'];
  /** What paying the fine in full costs today, in tenge: 0 when paid, the discounted amount while the discount is available, else the fine. */
  amountDue: Scalars['Int']['output'];
  /** The fine in МРП of the year of the offence (`amount` divided by that year's index). */
  amountInMrp: Scalars['Int']['output'];
  /** The article of КоАП РК the fine was imposed under. */
  article: FineArticle;
  /** The authority that imposed the fine, e.g. «ДП г. Алматы» (the city's police department). */
  authority: Scalars['String']['output'];
  /** The day the decision imposing the fine was made; the 7 days of the 50% discount run from it. */
  decisionDate: Scalars['Date']['output'];
  /** Whether the fine can be paid at 50% today: unpaid, its article allows it, and the deadline has not passed. */
  discountAvailable: Scalars['Boolean']['output'];
  /**
   * The last day the fine may be paid at 50% (КоАП art. 910 part 2: within 7 days of the decision).
   * Null when the article has no such discount or the fine is paid. It may lie in the past: see
   * `discountAvailable`.
   */
  discountDeadline: Maybe<Scalars['Date']['output']>;
  /**
   * The amount payable with the discount (half the fine, rounded up to a whole tenge), while the
   * discount can still be had today; null otherwise.
   */
  discountedAmount: Maybe<Scalars['Int']['output']>;
  /** The day of the offence. */
  offenceDate: Scalars['Date']['output'];
  paid: Scalars['Boolean']['output'];
  /** What was paid, in tenge: half the fine when it was paid with the discount. Null while unpaid. */
  paidAmount: Maybe<Scalars['Int']['output']>;
  /** The day the fine was paid; null while unpaid. */
  paidOn: Maybe<Scalars['Date']['output']>;
  /**
   * Number of the protocol (decision) on the offence, 13 digits: the region code (2), the offence
   * date as YYMMDD (6) and a serial (5), e.g. `0226111800123`.
   */
  protocolNumber: Scalars['String']['output'];
};

/** What an enforcement proceeding recovers. */
export type DebtRecoveryKind =
  /** Alimony (child support) arrears. */
  | 'ALIMONY'
  /** A bank or microfinance loan. */
  | 'BANK_LOAN'
  /** An unpaid administrative fine passed to enforcement. */
  | 'FINE'
  /** Anything else: utilities, telecoms, court costs, ... */
  | 'OTHER'
  /** Taxes and mandatory payments to the budget. */
  | 'TAX';

/** An entry of the unified register of debtors: an enforcement proceeding opened against the person. */
export type DebtorRecord = {
  __typename?: 'DebtorRecord';
  /** The amount still owed, in tenge. */
  amount: Scalars['Int']['output'];
  /** Who the debt is owed to (a bank, a tax office, ...); null when the claimant is a private person (alimony). */
  creditor: Maybe<Scalars['String']['output']>;
  /** The enforcement officer in charge of the proceeding. */
  enforcementOfficer: EnforcementOfficer;
  /** What the debt is recovered for. */
  kind: DebtRecoveryKind;
  /** The day the proceeding was opened. */
  openedOn: Scalars['Date']['output'];
  /** Number of the enforcement proceeding: region code, year opened and a serial, e.g. `02-2025-004217`. */
  proceedingNumber: Scalars['String']['output'];
  /** Whether this proceeding restricts the person from leaving the country. */
  travelBan: Scalars['Boolean']['output'];
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

/** A state or private enforcement officer (судебный исполнитель). */
export type EnforcementOfficer = {
  __typename?: 'EnforcementOfficer';
  /** Surname, first name and patronymic. */
  fullName: Scalars['String']['output'];
  /** The officer's office, e.g. «Департамент юстиции г. Алматы» or a private officer's enforcement district. */
  office: Scalars['String']['output'];
};

/** An article (and part) of КоАП РК. */
export type FineArticle = {
  __typename?: 'FineArticle';
  /** Article and part, e.g. `592 ч.1`. */
  code: Scalars['String']['output'];
  /** Short title of the offence, e.g. «Превышение скорости». */
  title: Scalars['String']['output'];
};

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

export type Person = {
  __typename?: 'Person';
  /**
   * The person's entries in the unified register of debtors (Ministry of Justice): open enforcement
   * proceedings, newest first. Empty when the person owes nothing.
   */
  debts: Maybe<Array<DebtorRecord>>;
  /**
   * Administrative fines (КоАП РК) imposed on the person, newest offence first. `paid: false` gives
   * only the unpaid ones, `paid: true` only the paid ones; without the argument, all of them.
   * Null when the fines register could not be read.
   */
  fines: Maybe<Array<AdministrativeFine>>;
  /** When the fines and debtors data in this answer was fetched, and from where. */
  finesFreshness: Maybe<Freshness>;
  /** Individual identification number: 12 digits. */
  iin: Scalars['String']['output'];
  /**
   * Whether leaving the country is restricted: true when any of the person's debts carries a
   * travel ban. Null when the debtors register could not be read.
   */
  travelBan: Maybe<Scalars['Boolean']['output']>;
};


export type PersonFinesArgs = {
  paid?: InputMaybe<Scalars['Boolean']['input']>;
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
  AdministrativeFine: ResolverTypeWrapper<AdministrativeFineRecord>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DebtRecoveryKind: DebtRecoveryKind;
  DebtorRecord: ResolverTypeWrapper<DebtorRecord>;
  DossierSection: DossierSection;
  EnforcementOfficer: ResolverTypeWrapper<EnforcementOfficer>;
  FineArticle: ResolverTypeWrapper<FineArticle>;
  Freshness: ResolverTypeWrapper<Freshness>;
  FreshnessSource: FreshnessSource;
  Person: ResolverTypeWrapper<PersonRef>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AdministrativeFine: AdministrativeFineRecord;
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DebtorRecord: DebtorRecord;
  EnforcementOfficer: EnforcementOfficer;
  FineArticle: FineArticle;
  Freshness: Freshness;
  Person: PersonRef;
  Query: Record<PropertyKey, never>;
}>;

export type AdministrativeFineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AdministrativeFine'] = ResolversParentTypes['AdministrativeFine']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  amountDue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  amountInMrp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  article?: Resolver<ResolversTypes['FineArticle'], ParentType, ContextType>;
  authority?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decisionDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  discountAvailable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  discountDeadline?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  discountedAmount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  offenceDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  paid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  paidAmount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  paidOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  protocolNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DebtorRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DebtorRecord'] = ResolversParentTypes['DebtorRecord']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  creditor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enforcementOfficer?: Resolver<ResolversTypes['EnforcementOfficer'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DebtRecoveryKind'], ParentType, ContextType>;
  openedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  proceedingNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  travelBan?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type EnforcementOfficerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EnforcementOfficer'] = ResolversParentTypes['EnforcementOfficer']> = ResolversObject<{
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  office?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FineArticleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FineArticle'] = ResolversParentTypes['FineArticle']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FreshnessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Freshness'] = ResolversParentTypes['Freshness']> = ResolversObject<{
  fetchedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['FreshnessSource'], ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  debts?: Resolver<Maybe<Array<ResolversTypes['DebtorRecord']>>, ParentType, ContextType>;
  fines?: Resolver<Maybe<Array<ResolversTypes['AdministrativeFine']>>, ParentType, ContextType, Partial<PersonFinesArgs>>;
  finesFreshness?: Resolver<Maybe<ResolversTypes['Freshness']>, ParentType, ContextType>;
  iin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  travelBan?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  me?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'iin'>>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  AdministrativeFine?: AdministrativeFineResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DebtorRecord?: DebtorRecordResolvers<ContextType>;
  EnforcementOfficer?: EnforcementOfficerResolvers<ContextType>;
  FineArticle?: FineArticleResolvers<ContextType>;
  Freshness?: FreshnessResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

