import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonRef } from '../../kit/person.js';
import type { ServiceRequestRecord, Context } from '../record.js';
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
 * A citizen. This slice is IS "E-Kyzmet"'s: the status of every public-service request the person
 * made, on whatever channel.
 */
export type Person = {
  __typename?: 'Person';
  /** Individual identification number: 12 digits. */
  iin: Scalars['String']['output'];
  /**
   * The person's public-service requests, newest first (by submission time), a page at a time.
   * `first` is 1..100 (default 20); `after` is the `endCursor` of the previous page. Both are
   * checked: a value out of range or a cursor this person's list did not give is BAD_USER_INPUT
   * with `extensions.argument` naming the argument. `totalCount` counts every request that matches
   * the filter, on all pages.
   */
  serviceRequests: Maybe<ServiceRequestConnection>;
  /** When the E-Kyzmet data in this answer was fetched, and from where. */
  serviceRequestsFreshness: Maybe<Freshness>;
};


/**
 * A citizen. This slice is IS "E-Kyzmet"'s: the status of every public-service request the person
 * made, on whatever channel.
 */
export type PersonServiceRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceRequestFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A public service, as its service passport describes it. */
export type PublicService = {
  __typename?: 'PublicService';
  /** The service's code in E-Kyzmet's catalogue, e.g. `SOC-001`. */
  code: Scalars['String']['output'];
  name: ServiceText;
  /** The term when the service is asked for on the portal, in minutes; null when the passport gives none. */
  termOnPortalMinutes: Maybe<Scalars['Int']['output']>;
  /** The term of the service, in working days. */
  termWorkingDays: Scalars['Int']['output'];
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

/** Where a request was submitted. */
export type ServiceChannel =
  /** A local executive body's E-akimat platform. */
  | 'E_AKIMAT'
  /** The eGov mobile app. */
  | 'MOBILE_APP'
  /** The Open dialogue platform. */
  | 'OPEN_DIALOGUE'
  /** The e-government portal egov.kz. */
  | 'PORTAL'
  /** A public service centre (ЦОН / ХҚКО), in person. */
  | 'PSC'
  /** A self-service public access point (terminal). */
  | 'PUBLIC_ACCESS_POINT'
  /** The eGov Telegram bot. */
  | 'TELEGRAM_BOT';

export type ServiceDocumentKind =
  /** A certificate (справка, свидетельство). */
  | 'CERTIFICATE'
  /** A decision of the provider, e.g. to grant a payment. */
  | 'DECISION'
  /** A notification, e.g. of a registration. */
  | 'NOTIFICATION';

/** One request for a public service, as E-Kyzmet tracks it from submission to result. */
export type ServiceRequest = {
  __typename?: 'ServiceRequest';
  /** The person the request is about when it is not the applicant (the child, for a child-care payment). */
  beneficiary: Maybe<Person>;
  /** Where the request was submitted. */
  channel: ServiceChannel;
  /** When the request reached its final status (COMPLETED, REJECTED or WITHDRAWN); null while it is open. */
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /**
   * The last day of the service's term: `service.termWorkingDays` working days after the day of
   * submission (Astana time; the day of submission itself is not counted). Weekends and
   * Kazakhstan's public holidays are not working days; a national holiday that falls on a weekend
   * moves the day off to the next working day.
   */
  dueDate: Scalars['Date']['output'];
  /** The request number the applicant is given, e.g. `KZ-2026-000123456` (the year is the year of submission). */
  number: Scalars['String']['output'];
  /**
   * Whether the term was broken: the request is still open (not COMPLETED, REJECTED or WITHDRAWN)
   * and its due date is before today, or it was COMPLETED after its due date.
   */
  overdue: Scalars['Boolean']['output'];
  /** The results of a COMPLETED request: bilingual PDF documents. Empty for any other status. */
  resultDocuments: Array<ServiceResultDocument>;
  service: PublicService;
  /** The current status (the last entry of `statusHistory`). */
  status: ServiceRequestStatus;
  /** Every status the request has had, oldest first; the first is SUBMITTED at `submittedAt`. */
  statusHistory: Array<ServiceRequestStatusChange>;
  submittedAt: Scalars['DateTime']['output'];
};

/** A page of a person's service requests (Relay connection). */
export type ServiceRequestConnection = {
  __typename?: 'ServiceRequestConnection';
  edges: Array<ServiceRequestEdge>;
  pageInfo: ServiceRequestPageInfo;
  /** How many requests match the filter, on all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ServiceRequestEdge = {
  __typename?: 'ServiceRequestEdge';
  /** Opaque: pass it as `after` to get the requests that follow this one. */
  cursor: Scalars['String']['output'];
  node: ServiceRequest;
};

/**
 * Which requests to list. Every condition given must hold. A list condition left out (or null) does
 * not restrict; an empty list matches nothing.
 */
export type ServiceRequestFilter = {
  /** Only requests submitted through one of these channels. */
  channel?: InputMaybe<Array<ServiceChannel>>;
  /** Only requests whose current status is one of these. */
  status?: InputMaybe<Array<ServiceRequestStatus>>;
  /** Only requests submitted on or after this day (Astana time). */
  submittedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Only requests submitted on or before this day (Astana time). */
  submittedTo?: InputMaybe<Scalars['Date']['input']>;
};

export type ServiceRequestPageInfo = {
  __typename?: 'ServiceRequestPageInfo';
  /** The cursor of this page's last request; null when the page is empty. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether more requests follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

export type ServiceRequestStatus =
  /** The service was rendered; see `resultDocuments`. */
  | 'COMPLETED'
  /** Being processed by the service provider. */
  | 'IN_PROGRESS'
  /** The provider asked the applicant for missing documents. */
  | 'NEEDS_DOCUMENTS'
  /** Refused, with the reason in the status comment. */
  | 'REJECTED'
  /** Received, not yet taken up. */
  | 'SUBMITTED'
  /** Withdrawn by the applicant. */
  | 'WITHDRAWN';

export type ServiceRequestStatusChange = {
  __typename?: 'ServiceRequestStatusChange';
  /** When the request entered this status. */
  at: Scalars['DateTime']['output'];
  /** The provider's comment (in Russian), e.g. the reason of a refusal. */
  comment: Maybe<Scalars['String']['output']>;
  status: ServiceRequestStatus;
};

/** A result of a completed request: a PDF with the text in Kazakh and Russian. */
export type ServiceResultDocument = {
  __typename?: 'ServiceResultDocument';
  issuedAt: Scalars['DateTime']['output'];
  kind: ServiceDocumentKind;
  title: ServiceText;
  /** Where the PDF can be downloaded (https://egov.kz/documents/<id>.pdf). */
  url: Scalars['String']['output'];
};

/** A text in both official languages. */
export type ServiceText = {
  __typename?: 'ServiceText';
  /** Kazakh. */
  kk: Scalars['String']['output'];
  /** Russian. */
  ru: Scalars['String']['output'];
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
  Person: ResolverTypeWrapper<PersonRef>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  PublicService: ResolverTypeWrapper<PublicService>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ServiceChannel: ServiceChannel;
  ServiceDocumentKind: ServiceDocumentKind;
  ServiceRequest: ResolverTypeWrapper<ServiceRequestRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ServiceRequestConnection: ResolverTypeWrapper<Omit<ServiceRequestConnection, 'edges'> & { edges: Array<ResolversTypes['ServiceRequestEdge']> }>;
  ServiceRequestEdge: ResolverTypeWrapper<Omit<ServiceRequestEdge, 'node'> & { node: ResolversTypes['ServiceRequest'] }>;
  ServiceRequestFilter: ServiceRequestFilter;
  ServiceRequestPageInfo: ResolverTypeWrapper<ServiceRequestPageInfo>;
  ServiceRequestStatus: ServiceRequestStatus;
  ServiceRequestStatusChange: ResolverTypeWrapper<ServiceRequestStatusChange>;
  ServiceResultDocument: ResolverTypeWrapper<ServiceResultDocument>;
  ServiceText: ResolverTypeWrapper<ServiceText>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Freshness: Freshness;
  Person: PersonRef;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  PublicService: PublicService;
  Query: Record<PropertyKey, never>;
  ServiceRequest: ServiceRequestRecord;
  Boolean: Scalars['Boolean']['output'];
  ServiceRequestConnection: Omit<ServiceRequestConnection, 'edges'> & { edges: Array<ResolversParentTypes['ServiceRequestEdge']> };
  ServiceRequestEdge: Omit<ServiceRequestEdge, 'node'> & { node: ResolversParentTypes['ServiceRequest'] };
  ServiceRequestFilter: ServiceRequestFilter;
  ServiceRequestPageInfo: ServiceRequestPageInfo;
  ServiceRequestStatusChange: ServiceRequestStatusChange;
  ServiceResultDocument: ServiceResultDocument;
  ServiceText: ServiceText;
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
  serviceRequests?: Resolver<Maybe<ResolversTypes['ServiceRequestConnection']>, ParentType, ContextType, RequireFields<PersonServiceRequestsArgs, 'first'>>;
  serviceRequestsFreshness?: Resolver<Maybe<ResolversTypes['Freshness']>, ParentType, ContextType>;
}>;

export type PublicServiceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublicService'] = ResolversParentTypes['PublicService']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['ServiceText'], ParentType, ContextType>;
  termOnPortalMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  termWorkingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  me?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'iin'>>;
}>;

export type ServiceRequestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceRequest'] = ResolversParentTypes['ServiceRequest']> = ResolversObject<{
  beneficiary?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['ServiceChannel'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  resultDocuments?: Resolver<Array<ResolversTypes['ServiceResultDocument']>, ParentType, ContextType>;
  service?: Resolver<ResolversTypes['PublicService'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ServiceRequestStatus'], ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['ServiceRequestStatusChange']>, ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ServiceRequestConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceRequestConnection'] = ResolversParentTypes['ServiceRequestConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ServiceRequestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['ServiceRequestPageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceRequestEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceRequestEdge'] = ResolversParentTypes['ServiceRequestEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ServiceRequest'], ParentType, ContextType>;
}>;

export type ServiceRequestPageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceRequestPageInfo'] = ResolversParentTypes['ServiceRequestPageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ServiceRequestStatusChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceRequestStatusChange'] = ResolversParentTypes['ServiceRequestStatusChange']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ServiceRequestStatus'], ParentType, ContextType>;
}>;

export type ServiceResultDocumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceResultDocument'] = ResolversParentTypes['ServiceResultDocument']> = ResolversObject<{
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ServiceDocumentKind'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['ServiceText'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ServiceTextResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceText'] = ResolversParentTypes['ServiceText']> = ResolversObject<{
  kk?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ru?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Freshness?: FreshnessResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PublicService?: PublicServiceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ServiceRequest?: ServiceRequestResolvers<ContextType>;
  ServiceRequestConnection?: ServiceRequestConnectionResolvers<ContextType>;
  ServiceRequestEdge?: ServiceRequestEdgeResolvers<ContextType>;
  ServiceRequestPageInfo?: ServiceRequestPageInfoResolvers<ContextType>;
  ServiceRequestStatusChange?: ServiceRequestStatusChangeResolvers<ContextType>;
  ServiceResultDocument?: ServiceResultDocumentResolvers<ContextType>;
  ServiceText?: ServiceTextResolvers<ContextType>;
}>;

