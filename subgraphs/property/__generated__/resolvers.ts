import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonRef } from '../../kit/person.js';
import type { RealEstateAddressRecord, RealEstateShareRecord, RealEstateEncumbranceRecord, RealEstateRecord, MovablePropertyEncumbranceRecord, IndividualEntrepreneurRecord, LegalEntityShareRecord, Context } from '../record.js';
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

/** Who holds an encumbrance: a bank, a court, a bailiff, a company or a person. */
export type EncumbranceHolder = {
  __typename?: 'EncumbranceHolder';
  kind: EncumbranceHolderKind;
  /** Name as registered, e.g. `АО «Отбасы банк»`. */
  name: Scalars['String']['output'];
};

export type EncumbranceHolderKind =
  | 'BAILIFF'
  | 'BANK'
  | 'COMPANY'
  | 'COURT'
  | 'INDIVIDUAL';

export type EntrepreneurStatus =
  | 'ACTIVE'
  /** Activity terminated; the registration is kept for the record. */
  | 'CLOSED'
  /** Activity suspended at the entrepreneur's request (tax reporting paused). */
  | 'SUSPENDED';

export type EntrepreneurTaxRegime =
  /** Special regime for peasant or farm households. */
  | 'FARM'
  /** The generally established procedure. */
  | 'GENERAL'
  /** Special regime of retail tax. */
  | 'RETAIL_TAX'
  /** Special regime on the basis of a simplified declaration. */
  | 'SIMPLIFIED_DECLARATION';

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
 * A registration as an individual entrepreneur (ИП) in the business register. An individual
 * entrepreneur is registered under the person's IIN, which serves as the business's number.
 */
export type IndividualEntrepreneur = {
  __typename?: 'IndividualEntrepreneur';
  /** Main activity, in words. */
  activity: Scalars['String']['output'];
  /** Main activity code in the general classifier of economic activities (ОКЭД), e.g. `85.59`. */
  activityCode: Scalars['String']['output'];
  registeredOn: Scalars['Date']['output'];
  status: EntrepreneurStatus;
  /** Since when the current status holds. */
  statusSince: Scalars['Date']['output'];
  taxRegime: EntrepreneurTaxRegime;
  /** Trade name, e.g. `ИП Сейткали`. */
  tradeName: Scalars['String']['output'];
};

export type LegalEntityRole =
  /** The head of the executive body. */
  | 'DIRECTOR'
  /** A founder, holding a share since the entity's registration. */
  | 'FOUNDER'
  /** A participant who acquired a share later. */
  | 'PARTICIPANT';

/** A person's role in a legal entity, from the business register. */
export type LegalEntityShare = {
  __typename?: 'LegalEntityShare';
  /**
   * Business identification number of the legal entity: 12 digits. YYMM of registration, the
   * entity type (4 resident, 5 non-resident, 6 branch), a 0-3 attribute digit, a serial and a
   * control digit computed as for the IIN.
   */
  bin: Scalars['String']['output'];
  /** Name of the legal entity, e.g. `ТОО «Nomad Logistics»`. */
  name: Scalars['String']['output'];
  role: LegalEntityRole;
  /** The person's share in the charter capital, in percent; null for a role without a share (a director). */
  sharePercent: Maybe<Scalars['Float']['output']>;
  /** Since when the person holds this role. */
  since: Scalars['Date']['output'];
};

export type MovableEncumbranceKind =
  /** Arrest by a court or a bailiff. */
  | 'ARREST'
  /** Pledge as security for a loan (a car loan, a business loan). */
  | 'PLEDGE';

/** A pledge or arrest of movable property, from the register of movable-property encumbrances. */
export type MovablePropertyEncumbrance = {
  __typename?: 'MovablePropertyEncumbrance';
  /** Number of the document the encumbrance rests on: a pledge contract, a court ruling. */
  basisDocumentNumber: Scalars['String']['output'];
  /** In whose favour, or by whose order, the encumbrance is registered. */
  holder: EncumbranceHolder;
  kind: MovableEncumbranceKind;
  /** What is encumbered, as described in the register: `Легковой автомобиль Hyundai Accent, 2020 г. в.`. */
  object: Scalars['String']['output'];
  objectKind: MovablePropertyKind;
  /** Registration number in the register. */
  registrationNumber: Scalars['String']['output'];
  /** When the encumbrance was registered. */
  since: Scalars['Date']['output'];
};

export type MovablePropertyKind =
  | 'EQUIPMENT'
  | 'OTHER'
  /** Agricultural or construction machinery. */
  | 'SPECIAL_MACHINERY'
  | 'VEHICLE';

/**
 * A citizen. This slice is the property section's: real estate from the real-estate cadastre,
 * pledges and arrests from the register of movable-property encumbrances, and business roles from
 * the business register (individual entrepreneur, participation in legal entities).
 */
export type Person = {
  __typename?: 'Person';
  /** The person's registration as an individual entrepreneur (ИП); null when never registered as one. */
  entrepreneur: Maybe<IndividualEntrepreneur>;
  /** Individual identification number: 12 digits. */
  iin: Scalars['String']['output'];
  /** The person's roles in legal entities (founder, participant, director); newest first. */
  legalEntityShares: Maybe<Array<LegalEntityShare>>;
  /**
   * Pledges and arrests of the person's movable property (vehicles, machinery, equipment) in the
   * register of movable-property encumbrances; newest first.
   */
  movablePropertyEncumbrances: Maybe<Array<MovablePropertyEncumbrance>>;
  /** When the property data in this answer was fetched, and from where. */
  propertyFreshness: Maybe<Freshness>;
  /**
   * Real estate the person holds a registered right of ownership to, whole or as a share; newest
   * right first. An empty list when the cadastre knows no property of the person.
   */
  realEstate: Maybe<Array<RealEstate>>;
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

/**
 * An object of real estate in the cadastre, as seen by one of its owners: the object's facts are
 * the same for every co-owner, the share is this person's.
 */
export type RealEstate = {
  __typename?: 'RealEstate';
  address: RealEstateAddress;
  /** Total area of the object in square metres (for a land plot, the plot's area). */
  area: Scalars['Float']['output'];
  /**
   * Cadastral number: groups of digits separated by colons (`20:316:024:021`); the first group is
   * the region's cadastre code (20 Almaty city, 21 Astana, 03 Almaty region, ...).
   */
  cadastralNumber: Scalars['String']['output'];
  /** The object's other owners, each holding the rest of the shares. Empty when the person owns it alone. */
  coOwners: Array<Person>;
  /** Encumbrances registered on the object (mortgage, arrest, lease, trust management); oldest first. */
  encumbrances: Array<RealEstateEncumbrance>;
  kind: RealEstateKind;
  /** When this person's right of ownership was registered. */
  rightSince: Scalars['Date']['output'];
  /** This person's share of the ownership. */
  share: RealEstateShare;
};

/** The address of an object of real estate, as in the cadastre. */
export type RealEstateAddress = {
  __typename?: 'RealEstateAddress';
  city: Scalars['String']['output'];
  /** Flat number; null for anything but a flat. */
  flat: Maybe<Scalars['String']['output']>;
  /** One line, as printed in the cadastre's certificate: `г. Алматы, проспект Абая 150, кв. 42`. */
  full: Scalars['String']['output'];
  /** House (or plot) number. */
  house: Scalars['String']['output'];
  region: Scalars['String']['output'];
  /** Street, micro-district or garden partnership. */
  street: Scalars['String']['output'];
};

/** An encumbrance of an object of real estate. */
export type RealEstateEncumbrance = {
  __typename?: 'RealEstateEncumbrance';
  /** Number of the document the encumbrance rests on: a mortgage contract, a court ruling, a lease contract. */
  basisDocumentNumber: Scalars['String']['output'];
  /** In whose favour, or by whose order, the encumbrance is registered. */
  holder: EncumbranceHolder;
  kind: RealEstateEncumbranceKind;
  /** When the encumbrance was registered. */
  since: Scalars['Date']['output'];
  /** When it ends by its terms (a lease, a trust); null when open-ended until lifted (a mortgage, an arrest). */
  until: Maybe<Scalars['Date']['output']>;
};

export type RealEstateEncumbranceKind =
  /** Arrest (seizure) by a court or a bailiff: the object cannot be sold. */
  | 'ARREST'
  /** Lease to a tenant. */
  | 'LEASE'
  /** Pledge to a bank as security for a loan (ипотека). */
  | 'MORTGAGE'
  /** Trust management by another person. */
  | 'TRUST_MANAGEMENT';

export type RealEstateKind =
  /** A flat (apartment) in a multi-storey building. */
  | 'FLAT'
  /** A detached house. */
  | 'HOUSE'
  /** A land plot. */
  | 'LAND_PLOT'
  /** Non-residential premises or building: a garage, a shop, an office. */
  | 'NON_RESIDENTIAL';

/** A share of ownership as a fraction (`1/2`); the shares of all owners of an object sum to 1. */
export type RealEstateShare = {
  __typename?: 'RealEstateShare';
  denominator: Scalars['Int']['output'];
  numerator: Scalars['Int']['output'];
  /** The fraction as text: `1/2`, or `1/1` for sole ownership. */
  text: Scalars['String']['output'];
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
  EncumbranceHolder: ResolverTypeWrapper<EncumbranceHolder>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  EncumbranceHolderKind: EncumbranceHolderKind;
  EntrepreneurStatus: EntrepreneurStatus;
  EntrepreneurTaxRegime: EntrepreneurTaxRegime;
  Freshness: ResolverTypeWrapper<Freshness>;
  FreshnessSource: FreshnessSource;
  IndividualEntrepreneur: ResolverTypeWrapper<IndividualEntrepreneurRecord>;
  LegalEntityRole: LegalEntityRole;
  LegalEntityShare: ResolverTypeWrapper<LegalEntityShareRecord>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  MovableEncumbranceKind: MovableEncumbranceKind;
  MovablePropertyEncumbrance: ResolverTypeWrapper<MovablePropertyEncumbranceRecord>;
  MovablePropertyKind: MovablePropertyKind;
  Person: ResolverTypeWrapper<PersonRef>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RealEstate: ResolverTypeWrapper<RealEstateRecord>;
  RealEstateAddress: ResolverTypeWrapper<RealEstateAddressRecord>;
  RealEstateEncumbrance: ResolverTypeWrapper<RealEstateEncumbranceRecord>;
  RealEstateEncumbranceKind: RealEstateEncumbranceKind;
  RealEstateKind: RealEstateKind;
  RealEstateShare: ResolverTypeWrapper<RealEstateShareRecord>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  EncumbranceHolder: EncumbranceHolder;
  String: Scalars['String']['output'];
  Freshness: Freshness;
  IndividualEntrepreneur: IndividualEntrepreneurRecord;
  LegalEntityShare: LegalEntityShareRecord;
  Float: Scalars['Float']['output'];
  MovablePropertyEncumbrance: MovablePropertyEncumbranceRecord;
  Person: PersonRef;
  Query: Record<PropertyKey, never>;
  RealEstate: RealEstateRecord;
  RealEstateAddress: RealEstateAddressRecord;
  RealEstateEncumbrance: RealEstateEncumbranceRecord;
  RealEstateShare: RealEstateShareRecord;
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EncumbranceHolderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EncumbranceHolder'] = ResolversParentTypes['EncumbranceHolder']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['EncumbranceHolderKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FreshnessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Freshness'] = ResolversParentTypes['Freshness']> = ResolversObject<{
  fetchedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['FreshnessSource'], ParentType, ContextType>;
}>;

export type IndividualEntrepreneurResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndividualEntrepreneur'] = ResolversParentTypes['IndividualEntrepreneur']> = ResolversObject<{
  activity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  activityCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registeredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EntrepreneurStatus'], ParentType, ContextType>;
  statusSince?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  taxRegime?: Resolver<ResolversTypes['EntrepreneurTaxRegime'], ParentType, ContextType>;
  tradeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LegalEntityShareResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LegalEntityShare'] = ResolversParentTypes['LegalEntityShare']> = ResolversObject<{
  bin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['LegalEntityRole'], ParentType, ContextType>;
  sharePercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  since?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type MovablePropertyEncumbranceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MovablePropertyEncumbrance'] = ResolversParentTypes['MovablePropertyEncumbrance']> = ResolversObject<{
  basisDocumentNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  holder?: Resolver<ResolversTypes['EncumbranceHolder'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MovableEncumbranceKind'], ParentType, ContextType>;
  object?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  objectKind?: Resolver<ResolversTypes['MovablePropertyKind'], ParentType, ContextType>;
  registrationNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  entrepreneur?: Resolver<Maybe<ResolversTypes['IndividualEntrepreneur']>, ParentType, ContextType>;
  iin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalEntityShares?: Resolver<Maybe<Array<ResolversTypes['LegalEntityShare']>>, ParentType, ContextType>;
  movablePropertyEncumbrances?: Resolver<Maybe<Array<ResolversTypes['MovablePropertyEncumbrance']>>, ParentType, ContextType>;
  propertyFreshness?: Resolver<Maybe<ResolversTypes['Freshness']>, ParentType, ContextType>;
  realEstate?: Resolver<Maybe<Array<ResolversTypes['RealEstate']>>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  me?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'iin'>>;
}>;

export type RealEstateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RealEstate'] = ResolversParentTypes['RealEstate']> = ResolversObject<{
  address?: Resolver<ResolversTypes['RealEstateAddress'], ParentType, ContextType>;
  area?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  cadastralNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  coOwners?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  encumbrances?: Resolver<Array<ResolversTypes['RealEstateEncumbrance']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RealEstateKind'], ParentType, ContextType>;
  rightSince?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['RealEstateShare'], ParentType, ContextType>;
}>;

export type RealEstateAddressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RealEstateAddress'] = ResolversParentTypes['RealEstateAddress']> = ResolversObject<{
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  flat?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  full?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  house?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  street?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RealEstateEncumbranceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RealEstateEncumbrance'] = ResolversParentTypes['RealEstateEncumbrance']> = ResolversObject<{
  basisDocumentNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  holder?: Resolver<ResolversTypes['EncumbranceHolder'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RealEstateEncumbranceKind'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type RealEstateShareResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RealEstateShare'] = ResolversParentTypes['RealEstateShare']> = ResolversObject<{
  denominator?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  numerator?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  EncumbranceHolder?: EncumbranceHolderResolvers<ContextType>;
  Freshness?: FreshnessResolvers<ContextType>;
  IndividualEntrepreneur?: IndividualEntrepreneurResolvers<ContextType>;
  LegalEntityShare?: LegalEntityShareResolvers<ContextType>;
  MovablePropertyEncumbrance?: MovablePropertyEncumbranceResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RealEstate?: RealEstateResolvers<ContextType>;
  RealEstateAddress?: RealEstateAddressResolvers<ContextType>;
  RealEstateEncumbrance?: RealEstateEncumbranceResolvers<ContextType>;
  RealEstateShare?: RealEstateShareResolvers<ContextType>;
}>;

