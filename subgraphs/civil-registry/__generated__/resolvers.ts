import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonRef } from '../../kit/person.js';
import type { PersonNameRecord, AddressRecord, IdentityDocumentRecord, MarriageRecord, Context } from '../record.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
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

export type Address = {
  __typename?: 'Address';
  city: Scalars['String']['output'];
  flat: Maybe<Scalars['String']['output']>;
  /** One line, as printed on certificates. */
  full: Scalars['String']['output'];
  house: Scalars['String']['output'];
  region: Scalars['String']['output'];
  street: Scalars['String']['output'];
};

export type DocumentKind =
  | 'BIRTH_CERTIFICATE'
  | 'ID_CARD'
  | 'PASSPORT';

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

export type IdentityDocument = {
  __typename?: 'IdentityDocument';
  /** Null for a document that does not expire. */
  expiresOn: Maybe<Scalars['Date']['output']>;
  issuedOn: Scalars['Date']['output'];
  issuer: Scalars['String']['output'];
  kind: DocumentKind;
  number: Scalars['String']['output'];
  /** Whether the document is valid today. */
  valid: Scalars['Boolean']['output'];
};

export type Marriage = {
  __typename?: 'Marriage';
  dissolvedOn: Maybe<Scalars['Date']['output']>;
  /** The wife's surname before the marriage, when she took her husband's. */
  maidenName: Maybe<Scalars['String']['output']>;
  /** The registry office that registered the marriage. */
  registeredBy: Scalars['String']['output'];
  registeredOn: Scalars['Date']['output'];
  /** The spouse in this marriage. Only the name on the marriage record is the caller's to read. */
  spouse: Person;
  spouseName: Maybe<PersonName>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * The dossier's "Refresh" action: the next read of these sections of the dossier comes from the
   * state systems, whatever is cached. `iin` is the caller's own (the default) or their child's under
   * 18. Each section of each person may be refreshed once a minute; sooner is RATE_LIMITED with
   * `extensions.retryAfterSeconds`, and then nothing is refreshed. Select the fresh fields on the
   * returned `person` to read them in the same round trip.
   */
  refreshDossier: RefreshDossierPayload;
};


export type MutationRefreshDossierArgs = {
  iin?: InputMaybe<Scalars['String']['input']>;
  sections: Array<DossierSection>;
};

/**
 * A citizen. Each state system owns a slice of it; this one is the civil registry's: identity,
 * documents, registered address and family (the individuals database and the registry office).
 */
export type Person = {
  __typename?: 'Person';
  /** Registered (permanent) address. */
  address: Maybe<Address>;
  birthDate: Maybe<Scalars['Date']['output']>;
  birthPlace: Maybe<Place>;
  children: Maybe<Array<Person>>;
  /** ISO 3166 alpha-2 code of the citizenship. */
  citizenship: Maybe<Scalars['String']['output']>;
  /** When the civil-registry data in this answer was fetched, and from where. */
  civilRegistryFreshness: Maybe<Freshness>;
  /** Identity documents: ID card, passport, birth certificate. */
  documents: Maybe<Array<IdentityDocument>>;
  /** Individual identification number: 12 digits. */
  iin: Scalars['String']['output'];
  /** Marriages registered by the registry office, current and dissolved, newest first. */
  marriages: Maybe<Array<Marriage>>;
  name: Maybe<PersonName>;
  parents: Maybe<Array<Person>>;
  sex: Maybe<Sex>;
  /** The current spouse, if married. */
  spouse: Maybe<Person>;
};

export type PersonName = {
  __typename?: 'PersonName';
  firstName: Scalars['String']['output'];
  /** Surname, first name and patronymic, as on documents. */
  full: Scalars['String']['output'];
  patronymic: Maybe<Scalars['String']['output']>;
  surname: Scalars['String']['output'];
};

export type Place = {
  __typename?: 'Place';
  city: Scalars['String']['output'];
  region: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * For the gateway only (not in the public API): the IINs of the caller's children under 18, the
   * people besides the caller whose dossiers the caller may read.
   */
  callerWards: Array<Scalars['String']['output']>;
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

export type RefreshDossierPayload = {
  __typename?: 'RefreshDossierPayload';
  /** The refreshed person: select the sections to read them fresh. */
  person: Person;
  refreshedSections: Array<DossierSection>;
};

export type Sex =
  | 'FEMALE'
  | 'MALE';

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
  Address: ResolverTypeWrapper<AddressRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DocumentKind: DocumentKind;
  DossierSection: DossierSection;
  Freshness: ResolverTypeWrapper<Freshness>;
  FreshnessSource: FreshnessSource;
  IdentityDocument: ResolverTypeWrapper<IdentityDocumentRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Marriage: ResolverTypeWrapper<MarriageRecord>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Person: ResolverTypeWrapper<PersonRef>;
  PersonName: ResolverTypeWrapper<PersonNameRecord>;
  Place: ResolverTypeWrapper<Place>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RefreshDossierPayload: ResolverTypeWrapper<Omit<RefreshDossierPayload, 'person'> & { person: ResolversTypes['Person'] }>;
  Sex: Sex;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Address: AddressRecord;
  String: Scalars['String']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Freshness: Freshness;
  IdentityDocument: IdentityDocumentRecord;
  Boolean: Scalars['Boolean']['output'];
  Marriage: MarriageRecord;
  Mutation: Record<PropertyKey, never>;
  Person: PersonRef;
  PersonName: PersonNameRecord;
  Place: Place;
  Query: Record<PropertyKey, never>;
  RefreshDossierPayload: Omit<RefreshDossierPayload, 'person'> & { person: ResolversParentTypes['Person'] };
}>;

export type AddressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address']> = ResolversObject<{
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  flat?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  full?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  house?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  street?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type IdentityDocumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IdentityDocument'] = ResolversParentTypes['IdentityDocument']> = ResolversObject<{
  expiresOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  issuedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DocumentKind'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type MarriageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Marriage'] = ResolversParentTypes['Marriage']> = ResolversObject<{
  dissolvedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  maidenName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registeredBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registeredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  spouse?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  spouseName?: Resolver<Maybe<ResolversTypes['PersonName']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  refreshDossier?: Resolver<ResolversTypes['RefreshDossierPayload'], ParentType, ContextType, RequireFields<MutationRefreshDossierArgs, 'sections'>>;
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['Address']>, ParentType, ContextType>;
  birthDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  birthPlace?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  children?: Resolver<Maybe<Array<ResolversTypes['Person']>>, ParentType, ContextType>;
  citizenship?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  civilRegistryFreshness?: Resolver<Maybe<ResolversTypes['Freshness']>, ParentType, ContextType>;
  documents?: Resolver<Maybe<Array<ResolversTypes['IdentityDocument']>>, ParentType, ContextType>;
  iin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  marriages?: Resolver<Maybe<Array<ResolversTypes['Marriage']>>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['PersonName']>, ParentType, ContextType>;
  parents?: Resolver<Maybe<Array<ResolversTypes['Person']>>, ParentType, ContextType>;
  sex?: Resolver<Maybe<ResolversTypes['Sex']>, ParentType, ContextType>;
  spouse?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
}>;

export type PersonNameResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonName'] = ResolversParentTypes['PersonName']> = ResolversObject<{
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  full?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  patronymic?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  surname?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PlaceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = ResolversObject<{
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  callerWards?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  me?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'iin'>>;
}>;

export type RefreshDossierPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RefreshDossierPayload'] = ResolversParentTypes['RefreshDossierPayload']> = ResolversObject<{
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  refreshedSections?: Resolver<Array<ResolversTypes['DossierSection']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Address?: AddressResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Freshness?: FreshnessResolvers<ContextType>;
  IdentityDocument?: IdentityDocumentResolvers<ContextType>;
  Marriage?: MarriageResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonName?: PersonNameResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RefreshDossierPayload?: RefreshDossierPayloadResolvers<ContextType>;
}>;

