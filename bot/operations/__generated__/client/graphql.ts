/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type KindergartenQueueStatus =
  /** A direction (путёвка) to a kindergarten has been issued; the parents must take it there. */
  | 'DIRECTION_ISSUED'
  /** The child attends the kindergarten; the application is closed. */
  | 'ENROLLED'
  /** In the queue, waiting for a place. */
  | 'WAITING';

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

export type BotRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type BotRequestsQuery = { me: { serviceRequests: { totalCount: number, edges: Array<{ node: { number: string, status: ServiceRequestStatus, dueDate: string, overdue: boolean, service: { name: { kk: string, ru: string } } } }> } | null } | null };

export type BotQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type BotQueueQuery = { me: { childrenKindergartenQueue: Array<{ city: string, position: number | null, status: KindergartenQueueStatus, desiredAdmissionYear: number, child: { iin: string, name: { firstName: string } | null } }> | null } | null };

export type BotFinesQueryVariables = Exact<{ [key: string]: never; }>;


export type BotFinesQuery = { me: { fines: Array<{ protocolNumber: string, amount: number, amountDue: number, discountDeadline: string | null, offenceDate: string, article: { code: string } }> | null } | null };

export type BotRefreshMutationVariables = Exact<{
  sections: Array<DossierSection> | DossierSection;
}>;


export type BotRefreshMutation = { refreshDossier: { refreshedSections: Array<DossierSection> } };

export type BotUnlinkMutationVariables = Exact<{ [key: string]: never; }>;


export type BotUnlinkMutation = { unlinkTelegram: number };


export const BotRequestsDocument = {"__meta__":{"hash":"sha256:3046d32a078b66f2aa56b544a90fec6be4b1dda7e1ec3a4f33ee4ebb589174e3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BotRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BotRequestsQuery, BotRequestsQueryVariables>;
export const BotQueueDocument = {"__meta__":{"hash":"sha256:64d2e0b7fabde5492ba3c811e021c14a7d7a1ab97fdb3b422da9bb0445afe9d9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BotQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childrenKindergartenQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iin"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"desiredAdmissionYear"}}]}}]}}]}}]} as unknown as DocumentNode<BotQueueQuery, BotQueueQueryVariables>;
export const BotFinesDocument = {"__meta__":{"hash":"sha256:777c61d9d94832e60f378e13891f9cbc6f2f2eec9be04011df604bd0152e75cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BotFines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"paid"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protocolNumber"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}},{"kind":"Field","name":{"kind":"Name","value":"discountDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"offenceDate"}}]}}]}}]}}]} as unknown as DocumentNode<BotFinesQuery, BotFinesQueryVariables>;
export const BotRefreshDocument = {"__meta__":{"hash":"sha256:549f1297eae44823691fab6ea6dc0726bd452121dc4b4b08916ebd9353b90e4a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BotRefresh"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sections"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DossierSection"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sections"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sections"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshedSections"}}]}}]}}]} as unknown as DocumentNode<BotRefreshMutation, BotRefreshMutationVariables>;
export const BotUnlinkDocument = {"__meta__":{"hash":"sha256:c65ad14e6e3d33cf8ca6ac373975ce97ad94f0206f80b077eb284adc9be13a15"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BotUnlink"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkTelegram"}}]}}]} as unknown as DocumentNode<BotUnlinkMutation, BotUnlinkMutationVariables>;