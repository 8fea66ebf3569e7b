import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonRef } from '../../kit/person.js';
import type { VehicleRecord, DrivingLicenceRecord, Context } from '../record.js';
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

/** The person's driving licence, from the driving-licence registry. */
export type DrivingLicence = {
  __typename?: 'DrivingLicence';
  /** Categories the licence covers, in the official order (A1, A, B1, B, BE, C1, C, C1E, CE, D1, D, D1E, DE, Tm, Tb). */
  categories: Array<DrivingLicenceCategory>;
  /** When this licence document expires: ten years after it was issued. */
  expires: Scalars['Date']['output'];
  /** When the person was first issued a driving licence (the start of their driving experience). */
  firstIssued: Scalars['Date']['output'];
  /** When this licence document was issued. */
  issued: Scalars['Date']['output'];
  /** Licence number: two Latin letters and six digits (`AA123456`). */
  number: Scalars['String']['output'];
  /** Whether the licence is valid today (it expires at the end of its expiry day). An expired licence must be renewed before driving. */
  validToday: Scalars['Boolean']['output'];
};

/** Driving-licence categories, as printed on a Kazakhstan licence. */
export type DrivingLicenceCategory =
  /** Motorcycles. */
  | 'A'
  /** Light motorcycles. */
  | 'A1'
  /** Cars up to 3,500 kg and 8 passenger seats. */
  | 'B'
  /** Tricycles and quadricycles. */
  | 'B1'
  /** Category B with a heavy trailer. */
  | 'BE'
  /** Lorries over 3,500 kg. */
  | 'C'
  /** Medium lorries, 3,500 to 7,500 kg. */
  | 'C1'
  /** Category C1 with a heavy trailer. */
  | 'C1E'
  /** Category C with a heavy trailer. */
  | 'CE'
  /** Buses, more than 8 passenger seats. */
  | 'D'
  /** Minibuses, 9 to 16 passenger seats. */
  | 'D1'
  /** Category D1 with a heavy trailer. */
  | 'D1E'
  /** Category D with a heavy trailer. */
  | 'DE'
  /** Trolleybuses. */
  | 'Tb'
  /** Trams. */
  | 'Tm';

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
 * A citizen. This slice is the vehicle registry's and the driving-licence registry's: the vehicles
 * registered to the person and their driving licence.
 */
export type Person = {
  __typename?: 'Person';
  /** The person's current driving licence; null when they hold none. */
  drivingLicence: Maybe<DrivingLicence>;
  /** Individual identification number: 12 digits. */
  iin: Scalars['String']['output'];
  /** Vehicles currently registered to the person, the most recently registered first; empty when none. */
  vehicles: Maybe<Array<Vehicle>>;
  /** When the vehicle and driving-licence data in this answer was fetched, and from where. */
  vehiclesFreshness: Maybe<Freshness>;
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

/** A vehicle registered to the person in the vehicle registry. */
export type Vehicle = {
  __typename?: 'Vehicle';
  /** Colour, as in the registration certificate, in Russian (`Белый`). */
  colour: Scalars['String']['output'];
  /** Make, as in the registration certificate (`Toyota`). */
  make: Scalars['String']['output'];
  /** Model, as in the registration certificate (`Camry`). */
  model: Scalars['String']['output'];
  /**
   * State registration plate, current format: three digits, three Latin letters and the two-digit
   * region code, separated by spaces (`215 AKZ 02`; 01 Astana, 02 Almaty, 17 Shymkent, ...).
   */
  plate: Scalars['String']['output'];
  /** Since when the vehicle is registered to this owner. */
  registeredSince: Scalars['Date']['output'];
  /** Number of the vehicle registration certificate (the "technical passport"): two letters and eight digits. */
  registrationCertificate: Scalars['String']['output'];
  /** Vehicle identification number (ISO 3779): 17 characters, no I, O or Q; the 9th is a check digit. */
  vin: Scalars['String']['output'];
  /** Model year. */
  year: Scalars['Int']['output'];
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
  DrivingLicence: ResolverTypeWrapper<DrivingLicenceRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DrivingLicenceCategory: DrivingLicenceCategory;
  Freshness: ResolverTypeWrapper<Freshness>;
  FreshnessSource: FreshnessSource;
  Person: ResolverTypeWrapper<PersonRef>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Vehicle: ResolverTypeWrapper<VehicleRecord>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DrivingLicence: DrivingLicenceRecord;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  Freshness: Freshness;
  Person: PersonRef;
  Query: Record<PropertyKey, never>;
  Vehicle: VehicleRecord;
  Int: Scalars['Int']['output'];
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DrivingLicenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DrivingLicence'] = ResolversParentTypes['DrivingLicence']> = ResolversObject<{
  categories?: Resolver<Array<ResolversTypes['DrivingLicenceCategory']>, ParentType, ContextType>;
  expires?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  firstIssued?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  issued?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validToday?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type FreshnessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Freshness'] = ResolversParentTypes['Freshness']> = ResolversObject<{
  fetchedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['FreshnessSource'], ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  drivingLicence?: Resolver<Maybe<ResolversTypes['DrivingLicence']>, ParentType, ContextType>;
  iin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vehicles?: Resolver<Maybe<Array<ResolversTypes['Vehicle']>>, ParentType, ContextType>;
  vehiclesFreshness?: Resolver<Maybe<ResolversTypes['Freshness']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  me?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'iin'>>;
}>;

export type VehicleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Vehicle'] = ResolversParentTypes['Vehicle']> = ResolversObject<{
  colour?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  make?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  model?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registeredSince?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  registrationCertificate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DrivingLicence?: DrivingLicenceResolvers<ContextType>;
  Freshness?: FreshnessResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Vehicle?: VehicleResolvers<ContextType>;
}>;

