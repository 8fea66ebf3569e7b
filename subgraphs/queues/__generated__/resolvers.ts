import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonRef } from '../../kit/person.js';
import type { KindergartenQueueEntryRecord, HousingQueueEntryRecord, Context } from '../record.js';
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

/** Categories of the housing queue. */
export type HousingQueueCategory =
  /** A person with a disability, or a family raising a child with a disability. */
  | 'DISABILITY'
  /** A family raising four or more minor children. */
  | 'LARGE_FAMILY'
  /** An orphan or a person left without parental care, under 29. */
  | 'ORPHAN'
  /** An employee of a state-funded organisation (school, polyclinic, ...). */
  | 'PUBLIC_SECTOR_EMPLOYEE'
  /** A family with one parent raising minor children. */
  | 'SINGLE_PARENT_FAMILY'
  /** Socially vulnerable layers of the population not listed separately (e.g. pensioners, low-income families). */
  | 'SOCIALLY_VULNERABLE'
  /** A civil servant. */
  | 'STATE_EMPLOYEE';

/**
 * A place in the queue for housing from the state housing fund, kept by the akimat of the city
 * where the applicant is registered.
 */
export type HousingQueueEntry = {
  __typename?: 'HousingQueueEntry';
  /** The local executive body keeping the queue, e.g. «Акимат города Алматы». */
  akimat: Scalars['String']['output'];
  category: HousingQueueCategory;
  /** The city the akimat governs. */
  city: Scalars['String']['output'];
  /** Place in the queue of the applicant's category, 1 being next. */
  position: Scalars['Int']['output'];
  /** The day the applicant was put on the queue. */
  since: Scalars['Date']['output'];
  status: HousingQueueStatus;
  /** Whole years on the queue as of today. */
  yearsInQueue: Scalars['Int']['output'];
};

export type HousingQueueStatus =
  /** The applicant must confirm the right to stay on the queue (documents due); the place is kept. */
  | 'DOCUMENTS_REQUIRED'
  /** The akimat has offered a dwelling; the applicant must answer. */
  | 'HOUSING_OFFERED'
  /** On the queue, waiting. */
  | 'WAITING';

/** Priority categories of the kindergarten queue. */
export type KindergartenQueueCategory =
  /** A child with a disability. */
  | 'DISABILITY'
  /** A child of a parent with a disability of group 1 or 2. */
  | 'DISABLED_PARENT'
  /** No priority right. */
  | 'GENERAL'
  /** A family raising four or more minor children. */
  | 'LARGE_FAMILY'
  /** A child of a family receiving targeted social assistance. */
  | 'LOW_INCOME'
  /** A child of a serviceman or of a special state body's employee. */
  | 'MILITARY_FAMILY'
  /** An orphan or a child left without parental care. */
  | 'ORPHAN';

/**
 * An application in the electronic queue for pre-school organisations: one child, one city, one
 * queue of the children born in the same year.
 */
export type KindergartenQueueEntry = {
  __typename?: 'KindergartenQueueEntry';
  /** Application number: the city's two-digit region code, the registration year and a serial (`02-2021-0048213`). */
  applicationNumber: Scalars['String']['output'];
  /** The kindergarten a direction was issued to, or the child is enrolled in; null while waiting. */
  assignedKindergarten: Maybe<Scalars['String']['output']>;
  /** The child's year of birth: the city keeps one queue per birth year, and `position` counts in it. */
  birthYear: Scalars['Int']['output'];
  /** The priority category the application was accepted in; any category but GENERAL is served first. */
  category: KindergartenQueueCategory;
  /** The child in the queue. */
  child: Person;
  /** The city whose queue the child is in. */
  city: Scalars['String']['output'];
  /** The school year (its starting calendar year) the parents want the child admitted in. */
  desiredAdmissionYear: Scalars['Int']['output'];
  /** The kindergartens the parents asked for, most wanted first (1 to 3), e.g. «ГККП «Ясли-сад №127»». */
  desiredKindergartens: Array<Scalars['String']['output']>;
  /** Place in the queue, 1 being next. Null once a direction has been issued or the child is enrolled. */
  position: Maybe<Scalars['Int']['output']>;
  /** The day the application entered the queue. */
  registeredOn: Scalars['Date']['output'];
  status: KindergartenQueueStatus;
};

export type KindergartenQueueStatus =
  /** A direction (путёвка) to a kindergarten has been issued; the parents must take it there. */
  | 'DIRECTION_ISSUED'
  /** The child attends the kindergarten; the application is closed. */
  | 'ENROLLED'
  /** In the queue, waiting for a place. */
  | 'WAITING';

/**
 * A citizen. This slice is the queues': the electronic kindergarten queue (pre-school
 * organisations) and the housing queue kept by the local executive bodies (akimats).
 */
export type Person = {
  __typename?: 'Person';
  /**
   * The kindergarten-queue entries of the person's children, as seen by a parent: the same entries
   * (same number, position, status) as each child's own `kindergartenQueue`, in the order of `children`.
   */
  childrenKindergartenQueue: Maybe<Array<KindergartenQueueEntry>>;
  /** The person's place in the akimat's housing queue; null when not in the queue (or the section could not be read). */
  housingQueue: Maybe<HousingQueueEntry>;
  /** Individual identification number: 12 digits. */
  iin: Scalars['String']['output'];
  /**
   * The person's own entries in the kindergarten queue, as a child (only children under 7 have any).
   * Empty when not in the queue; null when the queue's state system could not be read.
   */
  kindergartenQueue: Maybe<Array<KindergartenQueueEntry>>;
  /** When the queues data in this answer was fetched, and from where. */
  queuesFreshness: Maybe<Freshness>;
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
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DossierSection: DossierSection;
  Freshness: ResolverTypeWrapper<Freshness>;
  FreshnessSource: FreshnessSource;
  HousingQueueCategory: HousingQueueCategory;
  HousingQueueEntry: ResolverTypeWrapper<HousingQueueEntryRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  HousingQueueStatus: HousingQueueStatus;
  KindergartenQueueCategory: KindergartenQueueCategory;
  KindergartenQueueEntry: ResolverTypeWrapper<KindergartenQueueEntryRecord>;
  KindergartenQueueStatus: KindergartenQueueStatus;
  Person: ResolverTypeWrapper<PersonRef>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Freshness: Freshness;
  HousingQueueEntry: HousingQueueEntryRecord;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  KindergartenQueueEntry: KindergartenQueueEntryRecord;
  Person: PersonRef;
  Query: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
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

export type HousingQueueEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HousingQueueEntry'] = ResolversParentTypes['HousingQueueEntry']> = ResolversObject<{
  akimat?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['HousingQueueCategory'], ParentType, ContextType>;
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HousingQueueStatus'], ParentType, ContextType>;
  yearsInQueue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type KindergartenQueueEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KindergartenQueueEntry'] = ResolversParentTypes['KindergartenQueueEntry']> = ResolversObject<{
  applicationNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  assignedKindergarten?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  birthYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['KindergartenQueueCategory'], ParentType, ContextType>;
  child?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  desiredAdmissionYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  desiredKindergartens?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  registeredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['KindergartenQueueStatus'], ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  childrenKindergartenQueue?: Resolver<Maybe<Array<ResolversTypes['KindergartenQueueEntry']>>, ParentType, ContextType>;
  housingQueue?: Resolver<Maybe<ResolversTypes['HousingQueueEntry']>, ParentType, ContextType>;
  iin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kindergartenQueue?: Resolver<Maybe<Array<ResolversTypes['KindergartenQueueEntry']>>, ParentType, ContextType>;
  queuesFreshness?: Resolver<Maybe<ResolversTypes['Freshness']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  me?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'iin'>>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Freshness?: FreshnessResolvers<ContextType>;
  HousingQueueEntry?: HousingQueueEntryResolvers<ContextType>;
  KindergartenQueueEntry?: KindergartenQueueEntryResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

