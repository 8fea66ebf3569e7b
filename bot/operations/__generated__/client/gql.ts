/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query BotRequests {\n  me {\n    serviceRequests(first: 10) {\n      totalCount\n      edges {\n        node {\n          number\n          service {\n            name {\n              kk\n              ru\n            }\n          }\n          status\n          dueDate\n          overdue\n        }\n      }\n    }\n  }\n}\n\nquery BotQueue {\n  me {\n    childrenKindergartenQueue {\n      child {\n        iin\n        name {\n          firstName\n        }\n      }\n      city\n      position\n      status\n      desiredAdmissionYear\n    }\n  }\n}\n\nquery BotFines {\n  me {\n    fines(paid: false) {\n      protocolNumber\n      article {\n        code\n      }\n      amount\n      amountDue\n      discountDeadline\n      offenceDate\n    }\n  }\n}\n\nmutation BotRefresh($sections: [DossierSection!]!) {\n  refreshDossier(sections: $sections) {\n    refreshedSections\n  }\n}\n\nmutation BotUnlink {\n  unlinkTelegram\n}": typeof types.BotRequestsDocument,
};
const documents: Documents = {
    "query BotRequests {\n  me {\n    serviceRequests(first: 10) {\n      totalCount\n      edges {\n        node {\n          number\n          service {\n            name {\n              kk\n              ru\n            }\n          }\n          status\n          dueDate\n          overdue\n        }\n      }\n    }\n  }\n}\n\nquery BotQueue {\n  me {\n    childrenKindergartenQueue {\n      child {\n        iin\n        name {\n          firstName\n        }\n      }\n      city\n      position\n      status\n      desiredAdmissionYear\n    }\n  }\n}\n\nquery BotFines {\n  me {\n    fines(paid: false) {\n      protocolNumber\n      article {\n        code\n      }\n      amount\n      amountDue\n      discountDeadline\n      offenceDate\n    }\n  }\n}\n\nmutation BotRefresh($sections: [DossierSection!]!) {\n  refreshDossier(sections: $sections) {\n    refreshedSections\n  }\n}\n\nmutation BotUnlink {\n  unlinkTelegram\n}": types.BotRequestsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BotRequests {\n  me {\n    serviceRequests(first: 10) {\n      totalCount\n      edges {\n        node {\n          number\n          service {\n            name {\n              kk\n              ru\n            }\n          }\n          status\n          dueDate\n          overdue\n        }\n      }\n    }\n  }\n}\n\nquery BotQueue {\n  me {\n    childrenKindergartenQueue {\n      child {\n        iin\n        name {\n          firstName\n        }\n      }\n      city\n      position\n      status\n      desiredAdmissionYear\n    }\n  }\n}\n\nquery BotFines {\n  me {\n    fines(paid: false) {\n      protocolNumber\n      article {\n        code\n      }\n      amount\n      amountDue\n      discountDeadline\n      offenceDate\n    }\n  }\n}\n\nmutation BotRefresh($sections: [DossierSection!]!) {\n  refreshDossier(sections: $sections) {\n    refreshedSections\n  }\n}\n\nmutation BotUnlink {\n  unlinkTelegram\n}"): (typeof documents)["query BotRequests {\n  me {\n    serviceRequests(first: 10) {\n      totalCount\n      edges {\n        node {\n          number\n          service {\n            name {\n              kk\n              ru\n            }\n          }\n          status\n          dueDate\n          overdue\n        }\n      }\n    }\n  }\n}\n\nquery BotQueue {\n  me {\n    childrenKindergartenQueue {\n      child {\n        iin\n        name {\n          firstName\n        }\n      }\n      city\n      position\n      status\n      desiredAdmissionYear\n    }\n  }\n}\n\nquery BotFines {\n  me {\n    fines(paid: false) {\n      protocolNumber\n      article {\n        code\n      }\n      amount\n      amountDue\n      discountDeadline\n      offenceDate\n    }\n  }\n}\n\nmutation BotRefresh($sections: [DossierSection!]!) {\n  refreshDossier(sections: $sections) {\n    refreshedSections\n  }\n}\n\nmutation BotUnlink {\n  unlinkTelegram\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;