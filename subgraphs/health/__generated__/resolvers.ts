import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonRef } from '../../kit/person.js';
import type { PolyclinicAttachmentRecord, InsuranceContributionRecord, HealthInsuranceRecord, Context } from '../record.js';
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

/** A district (участковый) doctor. */
export type DistrictDoctor = {
  __typename?: 'DistrictDoctor';
  /** Surname, first name and patronymic. */
  fullName: Scalars['String']['output'];
  specialty: DoctorSpecialty;
};

export type DoctorSpecialty =
  /** General practitioner (врач общей практики), for adults. */
  | 'GENERAL_PRACTITIONER'
  /** Paediatrician (педиатр), for children under 18. */
  | 'PAEDIATRICIAN';

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
 * Compulsory social health insurance (ОСМС). A person is insured while contributions for the
 * recent months exist: paid by an employer, by the person themselves (self-employed), or — for
 * the categories the state pays for (children, pensioners, parents on child-care leave, full-time
 * students, ...) — by the state.
 */
export type HealthInsurance = {
  __typename?: 'HealthInsurance';
  /**
   * Monthly contributions received by the Fund, newest first (by period). `last` is how many of
   * the newest to return (default 12; null returns all of them); a negative number is BAD_USER_INPUT.
   */
  contributions: Array<InsuranceContribution>;
  /**
   * Whether the person is insured today: they belong to a category the state pays for, or an
   * employer's or their own contribution exists for one of the last three months before the
   * current one.
   */
  insured: Scalars['Boolean']['output'];
  /** The category the state pays for, when statusReason is STATE_PAID; null otherwise. */
  statePaidCategory: Maybe<InsuranceStatePaidCategory>;
  /** Why the person is insured (who pays), or NOT_INSURED. */
  statusReason: InsuranceStatusReason;
};


/**
 * Compulsory social health insurance (ОСМС). A person is insured while contributions for the
 * recent months exist: paid by an employer, by the person themselves (self-employed), or — for
 * the categories the state pays for (children, pensioners, parents on child-care leave, full-time
 * students, ...) — by the state.
 */
export type HealthInsuranceContributionsArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** One monthly contribution to the Social Health Insurance Fund. */
export type InsuranceContribution = {
  __typename?: 'InsuranceContribution';
  /** Amount in tenge. */
  amount: Scalars['Int']['output'];
  /** The day the payment was made. */
  paidOn: Scalars['Date']['output'];
  /** Who paid: the employer's name, `Государство` (the state), or the person as an individual entrepreneur (`ИП Ахметова А.Б.`). */
  payer: Scalars['String']['output'];
  payerKind: InsurancePayerKind;
  /** The month the contribution is for, `YYYY-MM`. */
  period: Scalars['String']['output'];
};

export type InsurancePayerKind =
  | 'EMPLOYER'
  /** The insured person themselves. */
  | 'SELF'
  | 'STATE';

export type InsuranceStatePaidCategory =
  /** A child under 18. */
  | 'CHILD'
  /** A parent on leave caring for a child under 3. */
  | 'CHILD_CARE_LEAVE'
  /** A person with a disability. */
  | 'DISABILITY'
  /** An old-age pensioner (men from 63, women from 61). */
  | 'PENSIONER'
  /** A job seeker registered with the employment centre. */
  | 'REGISTERED_UNEMPLOYED'
  /** A full-time student. */
  | 'STUDENT';

export type InsuranceStatusReason =
  /** An employer pays the contributions. */
  | 'EMPLOYEE'
  /** No contribution for the recent months: the person gets only the guaranteed volume of free medical care. */
  | 'NOT_INSURED'
  /** The person pays their own contributions (individual entrepreneur, self-employed). */
  | 'SELF_EMPLOYED'
  /** The state pays the contributions (see statePaidCategory). */
  | 'STATE_PAID';

/** A medical organisation giving primary care. */
export type MedicalOrganisation = {
  __typename?: 'MedicalOrganisation';
  /** The city it is in, e.g. `Алматы`. */
  city: Scalars['String']['output'];
  /** Official name with its legal form, e.g. `ГКП на ПХВ «Городская поликлиника №5»`. */
  name: Scalars['String']['output'];
  /** The region (oblast or city of republican significance), e.g. `г. Алматы`. */
  region: Scalars['String']['output'];
};

/**
 * A citizen. This slice is the health system's: the polyclinic the person is attached to
 * (health registration) and their compulsory social health insurance (CSHI, ОСМС) with the
 * Social Health Insurance Fund.
 */
export type Person = {
  __typename?: 'Person';
  /** When the health data in this answer was fetched, and from where. */
  healthFreshness: Maybe<Freshness>;
  /** Compulsory social health insurance: whether the person is insured today, why, and the monthly contributions. */
  healthInsurance: Maybe<HealthInsurance>;
  /** Individual identification number: 12 digits. */
  iin: Scalars['String']['output'];
  /** The primary-care organisation (polyclinic) the person is attached to; null when not attached to any. */
  polyclinicAttachment: Maybe<PolyclinicAttachment>;
};

/**
 * Attachment to a polyclinic: the organisation that gives the person primary care, and the
 * district (участок) doctor they see there. People are attached in the city they are registered in.
 */
export type PolyclinicAttachment = {
  __typename?: 'PolyclinicAttachment';
  /** The day the attachment began. */
  attachedSince: Scalars['Date']['output'];
  /** The number of the district (участок) within the organisation. */
  districtNumber: Scalars['Int']['output'];
  /** The district (участковый) doctor: a general practitioner, or a paediatrician for children under 18. */
  doctor: DistrictDoctor;
  /** How the attachment was made. */
  method: PolyclinicAttachmentMethod;
  organisation: MedicalOrganisation;
};

export type PolyclinicAttachmentMethod =
  /** Attached without an application: a newborn to the mother's polyclinic, or by registered address. */
  | 'AUTOMATIC'
  /** Applied at the polyclinic. */
  | 'IN_PERSON'
  /** Applied online on the e-government portal (egov.kz). */
  | 'PORTAL';

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
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DistrictDoctor: ResolverTypeWrapper<DistrictDoctor>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  DoctorSpecialty: DoctorSpecialty;
  DossierSection: DossierSection;
  Freshness: ResolverTypeWrapper<Freshness>;
  FreshnessSource: FreshnessSource;
  HealthInsurance: ResolverTypeWrapper<HealthInsuranceRecord>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  InsuranceContribution: ResolverTypeWrapper<InsuranceContributionRecord>;
  InsurancePayerKind: InsurancePayerKind;
  InsuranceStatePaidCategory: InsuranceStatePaidCategory;
  InsuranceStatusReason: InsuranceStatusReason;
  MedicalOrganisation: ResolverTypeWrapper<MedicalOrganisation>;
  Person: ResolverTypeWrapper<PersonRef>;
  PolyclinicAttachment: ResolverTypeWrapper<PolyclinicAttachmentRecord>;
  PolyclinicAttachmentMethod: PolyclinicAttachmentMethod;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DistrictDoctor: DistrictDoctor;
  String: Scalars['String']['output'];
  Freshness: Freshness;
  HealthInsurance: HealthInsuranceRecord;
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
  InsuranceContribution: InsuranceContributionRecord;
  MedicalOrganisation: MedicalOrganisation;
  Person: PersonRef;
  PolyclinicAttachment: PolyclinicAttachmentRecord;
  Query: Record<PropertyKey, never>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DistrictDoctorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DistrictDoctor'] = ResolversParentTypes['DistrictDoctor']> = ResolversObject<{
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  specialty?: Resolver<ResolversTypes['DoctorSpecialty'], ParentType, ContextType>;
}>;

export type FreshnessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Freshness'] = ResolversParentTypes['Freshness']> = ResolversObject<{
  fetchedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['FreshnessSource'], ParentType, ContextType>;
}>;

export type HealthInsuranceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HealthInsurance'] = ResolversParentTypes['HealthInsurance']> = ResolversObject<{
  contributions?: Resolver<Array<ResolversTypes['InsuranceContribution']>, ParentType, ContextType, RequireFields<HealthInsuranceContributionsArgs, 'last'>>;
  insured?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  statePaidCategory?: Resolver<Maybe<ResolversTypes['InsuranceStatePaidCategory']>, ParentType, ContextType>;
  statusReason?: Resolver<ResolversTypes['InsuranceStatusReason'], ParentType, ContextType>;
}>;

export type InsuranceContributionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InsuranceContribution'] = ResolversParentTypes['InsuranceContribution']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paidOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  payer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payerKind?: Resolver<ResolversTypes['InsurancePayerKind'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MedicalOrganisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MedicalOrganisation'] = ResolversParentTypes['MedicalOrganisation']> = ResolversObject<{
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  healthFreshness?: Resolver<Maybe<ResolversTypes['Freshness']>, ParentType, ContextType>;
  healthInsurance?: Resolver<Maybe<ResolversTypes['HealthInsurance']>, ParentType, ContextType>;
  iin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  polyclinicAttachment?: Resolver<Maybe<ResolversTypes['PolyclinicAttachment']>, ParentType, ContextType>;
}>;

export type PolyclinicAttachmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PolyclinicAttachment'] = ResolversParentTypes['PolyclinicAttachment']> = ResolversObject<{
  attachedSince?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  districtNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  doctor?: Resolver<ResolversTypes['DistrictDoctor'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['PolyclinicAttachmentMethod'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['MedicalOrganisation'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  me?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'iin'>>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DistrictDoctor?: DistrictDoctorResolvers<ContextType>;
  Freshness?: FreshnessResolvers<ContextType>;
  HealthInsurance?: HealthInsuranceResolvers<ContextType>;
  InsuranceContribution?: InsuranceContributionResolvers<ContextType>;
  MedicalOrganisation?: MedicalOrganisationResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PolyclinicAttachment?: PolyclinicAttachmentResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

