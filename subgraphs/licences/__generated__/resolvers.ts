import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonRef } from '../../kit/person.js';
import type { LicenceHolderRecord, LicenceAnnexRecord, LicenceRecord, Context } from '../record.js';
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

/**
 * A licence from the e-licensing database: a right to engage in a licensed type of activity, given by
 * its licensor under the Law «On permits and notifications» (its Annex 1 lists the licensed activities).
 */
export type Licence = {
  __typename?: 'Licence';
  activity: LicensedActivity;
  /** The licensed activity's name, as in the Law's list (`Медицинская деятельность`). */
  activityName: Scalars['String']['output'];
  /** The annexes: each subtype and place of activity added to the licence, in order of issue. */
  annexes: Array<LicenceAnnex>;
  /** Who holds it: the person, the person as an individual entrepreneur, or a legal entity of theirs. */
  holder: LicenceHolder;
  issuedOn: Scalars['Date']['output'];
  /** The licensor: the state body that issued it. */
  licensor: Scalars['String']['output'];
  /** Licence number: the two-digit year of issue and six digits (`22004517`). */
  number: Scalars['String']['output'];
  status: LicenceStatus;
  /** Why it is suspended, revoked or terminated, as the licensor's decision says; null while valid. */
  statusReason: Maybe<Scalars['String']['output']>;
  /** Since when the current status holds. */
  statusSince: Scalars['Date']['output'];
  /** The licence's subtype of the activity where the Law gives subtypes (`Стоматологическая помощь`); null otherwise. */
  subtype: Maybe<Scalars['String']['output']>;
};

/** An annex to a licence: a subtype of the activity and where it is carried on. */
export type LicenceAnnex = {
  __typename?: 'LicenceAnnex';
  issuedOn: Scalars['Date']['output'];
  /** Annex number within the licence: three digits (`001`). */
  number: Scalars['String']['output'];
  /** Address of the place of activity; null where the activity has no fixed place (transport, advocacy). */
  placeOfActivity: Maybe<Scalars['String']['output']>;
  subtype: Scalars['String']['output'];
};

export type LicenceHolder = {
  __typename?: 'LicenceHolder';
  /** The legal entity's BIN; null for the person and for an individual entrepreneur (who uses the IIN). */
  bin: Maybe<Scalars['String']['output']>;
  kind: LicenceHolderKind;
  /** The person's full name, the entrepreneur's trade name (`ИП Сейткали`) or the entity's name (`ТОО «Nomad Logistics»`). */
  name: Scalars['String']['output'];
};

export type LicenceHolderKind =
  /** The person registered as an individual entrepreneur. */
  | 'INDIVIDUAL_ENTREPRENEUR'
  /** A legal entity the person holds a share in. */
  | 'LEGAL_ENTITY'
  /** The person in their own name (an advocate, a notary). */
  | 'PERSON';

export type LicenceStatus =
  /** Revoked by a court (deprivation of the licence). */
  | 'REVOKED'
  /** Suspended by the licensor or a court for a period; the activity may not be carried on meanwhile. */
  | 'SUSPENDED'
  /** Terminated: the holder gave it up, closed the business, or the entity was liquidated. */
  | 'TERMINATED'
  /** In force. */
  | 'VALID';

/** Licensed types of activity (the Law «On permits and notifications», Annex 1), the ones this database holds. */
export type LicensedActivity =
  /** Адвокатская деятельность. */
  | 'ADVOCACY'
  /** Хранение и розничная реализация алкогольной продукции. */
  | 'ALCOHOL_RETAIL'
  /** Изыскательская, проектная деятельность и строительно-монтажные работы (категории I-III). */
  | 'CONSTRUCTION'
  /** Образовательная деятельность. */
  | 'EDUCATIONAL'
  /** Медицинская деятельность. */
  | 'MEDICAL'
  /** Нотариальная деятельность. */
  | 'NOTARY'
  /** Перевозка пассажиров автобусами и микроавтобусами в междугородном, межобластном и международном сообщении. */
  | 'PASSENGER_TRANSPORT'
  /** Фармацевтическая деятельность. */
  | 'PHARMACEUTICAL'
  /** Охранная деятельность. */
  | 'SECURITY';

/**
 * A citizen. This slice is the e-licensing state database's: the licences the person holds or held,
 * in their own name, as an individual entrepreneur, or through a legal entity they own a share in.
 */
export type Person = {
  __typename?: 'Person';
  /** Individual identification number: 12 digits. */
  iin: Scalars['String']['output'];
  /**
   * The licences, valid first, then suspended, then revoked or terminated, each group most recently
   * issued first. `status` keeps only those in these statuses. Empty when there are none.
   */
  licences: Maybe<Array<Licence>>;
  /** When the licence data in this answer was fetched, and from where. */
  licencesFreshness: Maybe<Freshness>;
};


/**
 * A citizen. This slice is the e-licensing state database's: the licences the person holds or held,
 * in their own name, as an individual entrepreneur, or through a legal entity they own a share in.
 */
export type PersonLicencesArgs = {
  status?: InputMaybe<Array<LicenceStatus>>;
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
  Licence: ResolverTypeWrapper<LicenceRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  LicenceAnnex: ResolverTypeWrapper<LicenceAnnexRecord>;
  LicenceHolder: ResolverTypeWrapper<LicenceHolderRecord>;
  LicenceHolderKind: LicenceHolderKind;
  LicenceStatus: LicenceStatus;
  LicensedActivity: LicensedActivity;
  Person: ResolverTypeWrapper<PersonRef>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Freshness: Freshness;
  Licence: LicenceRecord;
  String: Scalars['String']['output'];
  LicenceAnnex: LicenceAnnexRecord;
  LicenceHolder: LicenceHolderRecord;
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

export type LicenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Licence'] = ResolversParentTypes['Licence']> = ResolversObject<{
  activity?: Resolver<ResolversTypes['LicensedActivity'], ParentType, ContextType>;
  activityName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  annexes?: Resolver<Array<ResolversTypes['LicenceAnnex']>, ParentType, ContextType>;
  holder?: Resolver<ResolversTypes['LicenceHolder'], ParentType, ContextType>;
  issuedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  licensor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LicenceStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statusSince?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  subtype?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LicenceAnnexResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LicenceAnnex'] = ResolversParentTypes['LicenceAnnex']> = ResolversObject<{
  issuedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placeOfActivity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subtype?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LicenceHolderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LicenceHolder'] = ResolversParentTypes['LicenceHolder']> = ResolversObject<{
  bin?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LicenceHolderKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  iin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  licences?: Resolver<Maybe<Array<ResolversTypes['Licence']>>, ParentType, ContextType, Partial<PersonLicencesArgs>>;
  licencesFreshness?: Resolver<Maybe<ResolversTypes['Freshness']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  me?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'iin'>>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Freshness?: FreshnessResolvers<ContextType>;
  Licence?: LicenceResolvers<ContextType>;
  LicenceAnnex?: LicenceAnnexResolvers<ContextType>;
  LicenceHolder?: LicenceHolderResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

