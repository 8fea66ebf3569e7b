import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonRef } from '../../../schema/person.js';
import type { AccessRecord } from '../store.js';
import type { DossierChangeRecord } from '../../dossier-changes/store.js';
import type { GatewayContext } from '../../server.js';
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

export type AccessLogConnection = {
  __typename?: 'AccessLogConnection';
  edges: Array<AccessLogEdge>;
  pageInfo: AccessLogPageInfo;
};

export type AccessLogEdge = {
  __typename?: 'AccessLogEdge';
  cursor: Scalars['String']['output'];
  node: AccessLogEntry;
};

/** One read of the dossier. */
export type AccessLogEntry = {
  __typename?: 'AccessLogEntry';
  at: Scalars['DateTime']['output'];
  /** The application used: portal, mobile, telegram-bot, ... */
  client: Scalars['String']['output'];
  /** How the reader had logged in. */
  login: LoginMethod;
  /** The reader: the owner, or the parent who read their minor child's dossier. */
  reader: Person;
  /** Why the reader could read it: the owner themselves, a parent of a minor, or a state service. */
  relation: AccessRelation;
  /** The request's id, to quote when asking the portal's support about this access. */
  requestId: Scalars['String']['output'];
  /** The sections read. */
  sections: Array<DossierSection>;
};

export type AccessLogPageInfo = {
  __typename?: 'AccessLogPageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type AccessRelation =
  | 'OWNER'
  | 'PARENT'
  | 'SERVICE';

/** One change found in the dossier, e.g. a kindergarten-queue position 57 → 41. */
export type DossierChange = {
  __typename?: 'DossierChange';
  /** What it shows now; null when the item is gone. */
  after: Maybe<DossierChangeValue>;
  /** What the dossier showed before; null when the item is new. */
  before: Maybe<DossierChangeValue>;
  /** When it was found: when the section was read from its state system. */
  foundAt: Scalars['DateTime']['output'];
  /**
   * Which item changed, as the dossier shows it: the kindergarten-queue application number, the
   * cadastral number (or the movable property's registration number), the fine's protocol number,
   * the service request's number, the benefit's decision number, the licence number, the
   * identity document's kind.
   */
  item: Scalars['String']['output'];
  kind: DossierChangeKind;
  section: DossierSection;
};

export type DossierChangeConnection = {
  __typename?: 'DossierChangeConnection';
  edges: Array<DossierChangeEdge>;
  pageInfo: DossierChangePageInfo;
};

export type DossierChangeEdge = {
  __typename?: 'DossierChangeEdge';
  cursor: Scalars['String']['output'];
  node: DossierChange;
};

/** The changes of a dossier the portal notifies of. */
export type DossierChangeKind =
  | 'BENEFIT_ASSIGNED'
  | 'BENEFIT_ENDED'
  /** An identity document expires within 30 days. */
  | 'DOCUMENT_EXPIRING'
  | 'ENCUMBRANCE_IMPOSED'
  | 'ENCUMBRANCE_REMOVED'
  | 'FINE_IMPOSED'
  | 'FINE_PAID'
  | 'KINDERGARTEN_QUEUE_POSITION_CHANGED'
  | 'LICENCE_STATUS_CHANGED'
  | 'PROPERTY_RIGHT_ENDED'
  | 'PROPERTY_RIGHT_STARTED'
  | 'SERVICE_REQUEST_STATUS_CHANGED';

export type DossierChangePageInfo = {
  __typename?: 'DossierChangePageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** One side of a change, ready to render: `text` always, and the typed field the kind is about. */
export type DossierChangeValue = {
  __typename?: 'DossierChangeValue';
  /** An amount in tenge: a fine, a benefit's monthly amount or lump sum. */
  amount: Maybe<Scalars['Float']['output']>;
  /** A date: a right's or an encumbrance's start, a document's expiry. */
  date: Maybe<Scalars['Date']['output']>;
  /** Whether a fine is paid. */
  paid: Maybe<Scalars['Boolean']['output']>;
  /** A kindergarten-queue position (null once a direction is issued). */
  position: Maybe<Scalars['Int']['output']>;
  /** A status, or an encumbrance's kind (the state system's code). */
  status: Maybe<Scalars['String']['output']>;
  /** A short rendering, e.g. `57`, `IN_PROGRESS`, `15000 ₸, unpaid`. */
  text: Scalars['String']['output'];
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

export type LoginMethod =
  | 'EDS'
  | 'PASSWORD'
  | 'SMS';

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Changes the caller's notification settings: the channels of the kinds listed (each kind once;
   * the others keep theirs), and the quiet hours. A wrong input is BAD_USER_INPUT naming the
   * argument and the rule it breaks; nothing is changed then.
   */
  updateNotificationSettings: NotificationSettings;
};


export type MutationUpdateNotificationSettingsArgs = {
  input: NotificationSettingsInput;
};

export type NotificationChannel =
  | 'EMAIL'
  | 'PUSH'
  | 'SMS'
  | 'TELEGRAM';

export type NotificationKindChannels = {
  __typename?: 'NotificationKindChannels';
  channels: Array<NotificationChannel>;
  kind: DossierChangeKind;
};

export type NotificationKindChannelsInput = {
  /** Each channel once; empty: this kind is not notified. */
  channels: Array<NotificationChannel>;
  kind: DossierChangeKind;
};

export type NotificationSettings = {
  __typename?: 'NotificationSettings';
  /** The channels of each kind of change (every kind listed; an empty list: that kind is not notified). */
  channels: Array<NotificationKindChannels>;
  /** Nothing is delivered during these hours; what is found then waits for their end. Null: none. */
  quietHours: Maybe<QuietHours>;
};

export type NotificationSettingsInput = {
  /** The channels of these kinds, each kind once; kinds not listed keep theirs. */
  channels?: InputMaybe<Array<NotificationKindChannelsInput>>;
  /** The quiet hours; null: none; left out: kept. */
  quietHours?: InputMaybe<QuietHoursInput>;
};

/**
 * A citizen. This slice is the gateway's own: the record of who read the citizen's dossier, what
 * changed in it since the citizen last saw it, and how the citizen wants to be told.
 */
export type Person = {
  __typename?: 'Person';
  /**
   * Every read of this dossier's sections, newest first: when, which sections, by whom and how.
   * Only the owner may read it. `first` is 1..100; `after` is the `endCursor` of the previous page.
   */
  accessLog: Maybe<AccessLogConnection>;
  /**
   * The changes that the reads of this very answer found: of each watched section read from its
   * state system for it (a cache miss, or after `refreshDossier`), what differed from the copy read
   * before. Select it on `refreshDossier`'s `person` for what the refresh found; the query planner
   * reads every watched section's freshness first (from the cache unless refreshed or expired), so
   * it is resolved after those reads. Only the owner may read it.
   */
  changesFound: Array<DossierChange>;
  /** The watched sections' freshness, from their own subgraphs: what `changesFound` needs. */
  civilRegistryFreshness: Maybe<Freshness>;
  /**
   * What changed in this dossier since the citizen last saw it, newest first: found whenever a
   * section was read from its state system (a cache miss, or a read after `refreshDossier`) and
   * differed from the copy read before. Only the owner may read it. `first` is 1..100; `after` is
   * the `endCursor` of the previous page.
   */
  dossierChanges: Maybe<DossierChangeConnection>;
  finesFreshness: Maybe<Freshness>;
  /** Individual identification number: 12 digits. */
  iin: Scalars['String']['output'];
  licencesFreshness: Maybe<Freshness>;
  /** How the citizen is told of changes: the channels of each kind and the quiet hours. Only the owner may read them. */
  notificationSettings: Maybe<NotificationSettings>;
  propertyFreshness: Maybe<Freshness>;
  queuesFreshness: Maybe<Freshness>;
  serviceRequestsFreshness: Maybe<Freshness>;
  socialBenefitsFreshness: Maybe<Freshness>;
};


/**
 * A citizen. This slice is the gateway's own: the record of who read the citizen's dossier, what
 * changed in it since the citizen last saw it, and how the citizen wants to be told.
 */
export type PersonAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A citizen. This slice is the gateway's own: the record of who read the citizen's dossier, what
 * changed in it since the citizen last saw it, and how the citizen wants to be told.
 */
export type PersonDossierChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Quiet hours, Kazakhstan time (Asia/Almaty); they may span midnight (`22:00` to `08:00`). */
export type QuietHours = {
  __typename?: 'QuietHours';
  /** HH:MM */
  from: Scalars['String']['output'];
  /** HH:MM */
  to: Scalars['String']['output'];
};

export type QuietHoursInput = {
  /** HH:MM, 00:00 to 23:59 */
  from: Scalars['String']['input'];
  /** HH:MM, 00:00 to 23:59, not the same as `from` */
  to: Scalars['String']['input'];
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
    & GraphQLRecursivePick<FederationTypes['Person'], {"iin":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Person'], {"civilRegistryFreshness":{"source":true,"fetchedAt":true},"propertyFreshness":{"source":true,"fetchedAt":true},"finesFreshness":{"source":true,"fetchedAt":true},"queuesFreshness":{"source":true,"fetchedAt":true},"serviceRequestsFreshness":{"source":true,"fetchedAt":true},"socialBenefitsFreshness":{"source":true,"fetchedAt":true},"licencesFreshness":{"source":true,"fetchedAt":true}}> ) );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AccessLogConnection: ResolverTypeWrapper<Omit<AccessLogConnection, 'edges'> & { edges: Array<ResolversTypes['AccessLogEdge']> }>;
  AccessLogEdge: ResolverTypeWrapper<Omit<AccessLogEdge, 'node'> & { node: ResolversTypes['AccessLogEntry'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AccessLogEntry: ResolverTypeWrapper<AccessRecord>;
  AccessLogPageInfo: ResolverTypeWrapper<AccessLogPageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AccessRelation: AccessRelation;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DossierChange: ResolverTypeWrapper<DossierChangeRecord>;
  DossierChangeConnection: ResolverTypeWrapper<Omit<DossierChangeConnection, 'edges'> & { edges: Array<ResolversTypes['DossierChangeEdge']> }>;
  DossierChangeEdge: ResolverTypeWrapper<Omit<DossierChangeEdge, 'node'> & { node: ResolversTypes['DossierChange'] }>;
  DossierChangeKind: DossierChangeKind;
  DossierChangePageInfo: ResolverTypeWrapper<DossierChangePageInfo>;
  DossierChangeValue: ResolverTypeWrapper<DossierChangeValue>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DossierSection: DossierSection;
  Freshness: ResolverTypeWrapper<Freshness>;
  FreshnessSource: FreshnessSource;
  LoginMethod: LoginMethod;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NotificationChannel: NotificationChannel;
  NotificationKindChannels: ResolverTypeWrapper<NotificationKindChannels>;
  NotificationKindChannelsInput: NotificationKindChannelsInput;
  NotificationSettings: ResolverTypeWrapper<NotificationSettings>;
  NotificationSettingsInput: NotificationSettingsInput;
  Person: ResolverTypeWrapper<PersonRef>;
  QuietHours: ResolverTypeWrapper<QuietHours>;
  QuietHoursInput: QuietHoursInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AccessLogConnection: Omit<AccessLogConnection, 'edges'> & { edges: Array<ResolversParentTypes['AccessLogEdge']> };
  AccessLogEdge: Omit<AccessLogEdge, 'node'> & { node: ResolversParentTypes['AccessLogEntry'] };
  String: Scalars['String']['output'];
  AccessLogEntry: AccessRecord;
  AccessLogPageInfo: AccessLogPageInfo;
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DossierChange: DossierChangeRecord;
  DossierChangeConnection: Omit<DossierChangeConnection, 'edges'> & { edges: Array<ResolversParentTypes['DossierChangeEdge']> };
  DossierChangeEdge: Omit<DossierChangeEdge, 'node'> & { node: ResolversParentTypes['DossierChange'] };
  DossierChangePageInfo: DossierChangePageInfo;
  DossierChangeValue: DossierChangeValue;
  Float: Scalars['Float']['output'];
  Int: Scalars['Int']['output'];
  Freshness: Freshness;
  Mutation: Record<PropertyKey, never>;
  NotificationKindChannels: NotificationKindChannels;
  NotificationKindChannelsInput: NotificationKindChannelsInput;
  NotificationSettings: NotificationSettings;
  NotificationSettingsInput: NotificationSettingsInput;
  Person: PersonRef;
  QuietHours: QuietHours;
  QuietHoursInput: QuietHoursInput;
}>;

export type AccessLogConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AccessLogConnection'] = ResolversParentTypes['AccessLogConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AccessLogEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['AccessLogPageInfo'], ParentType, ContextType>;
}>;

export type AccessLogEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AccessLogEdge'] = ResolversParentTypes['AccessLogEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AccessLogEntry'], ParentType, ContextType>;
}>;

export type AccessLogEntryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AccessLogEntry'] = ResolversParentTypes['AccessLogEntry']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  client?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  login?: Resolver<ResolversTypes['LoginMethod'], ParentType, ContextType>;
  reader?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['AccessRelation'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['DossierSection']>, ParentType, ContextType>;
}>;

export type AccessLogPageInfoResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AccessLogPageInfo'] = ResolversParentTypes['AccessLogPageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DossierChangeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DossierChange'] = ResolversParentTypes['DossierChange']> = ResolversObject<{
  after?: Resolver<Maybe<ResolversTypes['DossierChangeValue']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['DossierChangeValue']>, ParentType, ContextType>;
  foundAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DossierChangeKind'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['DossierSection'], ParentType, ContextType>;
}>;

export type DossierChangeConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DossierChangeConnection'] = ResolversParentTypes['DossierChangeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DossierChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['DossierChangePageInfo'], ParentType, ContextType>;
}>;

export type DossierChangeEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DossierChangeEdge'] = ResolversParentTypes['DossierChangeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DossierChange'], ParentType, ContextType>;
}>;

export type DossierChangePageInfoResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DossierChangePageInfo'] = ResolversParentTypes['DossierChangePageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type DossierChangeValueResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DossierChangeValue'] = ResolversParentTypes['DossierChangeValue']> = ResolversObject<{
  amount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  paid?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FreshnessResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Freshness'] = ResolversParentTypes['Freshness']> = ResolversObject<{
  fetchedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['FreshnessSource'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  updateNotificationSettings?: Resolver<ResolversTypes['NotificationSettings'], ParentType, ContextType, RequireFields<MutationUpdateNotificationSettingsArgs, 'input'>>;
}>;

export type NotificationKindChannelsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['NotificationKindChannels'] = ResolversParentTypes['NotificationKindChannels']> = ResolversObject<{
  channels?: Resolver<Array<ResolversTypes['NotificationChannel']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DossierChangeKind'], ParentType, ContextType>;
}>;

export type NotificationSettingsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['NotificationSettings'] = ResolversParentTypes['NotificationSettings']> = ResolversObject<{
  channels?: Resolver<Array<ResolversTypes['NotificationKindChannels']>, ParentType, ContextType>;
  quietHours?: Resolver<Maybe<ResolversTypes['QuietHours']>, ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accessLog?: Resolver<Maybe<ResolversTypes['AccessLogConnection']>, ParentType, ContextType, RequireFields<PersonAccessLogArgs, 'first'>>;
  changesFound?: Resolver<Array<ResolversTypes['DossierChange']>, ParentType, ContextType>;
  dossierChanges?: Resolver<Maybe<ResolversTypes['DossierChangeConnection']>, ParentType, ContextType, RequireFields<PersonDossierChangesArgs, 'first'>>;
  iin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notificationSettings?: Resolver<Maybe<ResolversTypes['NotificationSettings']>, ParentType, ContextType>;
}>;

export type QuietHoursResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['QuietHours'] = ResolversParentTypes['QuietHours']> = ResolversObject<{
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GatewayContext> = ResolversObject<{
  AccessLogConnection?: AccessLogConnectionResolvers<ContextType>;
  AccessLogEdge?: AccessLogEdgeResolvers<ContextType>;
  AccessLogEntry?: AccessLogEntryResolvers<ContextType>;
  AccessLogPageInfo?: AccessLogPageInfoResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DossierChange?: DossierChangeResolvers<ContextType>;
  DossierChangeConnection?: DossierChangeConnectionResolvers<ContextType>;
  DossierChangeEdge?: DossierChangeEdgeResolvers<ContextType>;
  DossierChangePageInfo?: DossierChangePageInfoResolvers<ContextType>;
  DossierChangeValue?: DossierChangeValueResolvers<ContextType>;
  Freshness?: FreshnessResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NotificationKindChannels?: NotificationKindChannelsResolvers<ContextType>;
  NotificationSettings?: NotificationSettingsResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  QuietHours?: QuietHoursResolvers<ContextType>;
}>;

