import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { readSupergraph } from '../schema/supergraph.js';
import { DEMO } from '../subgraphs/mocks/demo-family.js';
import { operation } from '../test/operations.js';
import { gatewayRequire } from './operation-memo.js';
import { gatewaySupergraph } from './scopes.js';
import { reachesOthers } from './wards.js';

const { Supergraph } = gatewayRequire('@apollo/federation-internals') as typeof import('@apollo/federation-internals');
const schema = Supergraph.build(gatewaySupergraph(readSupergraph())).apiSchema().toGraphQLJSSchema();

/** Whether the wards are needed for this operation, these variables, the demo user as the caller. */
const needs = (document: string, variables?: Record<string, unknown>, operationName?: string) =>
  reachesOthers(schema, parse(document), operationName)(variables, DEMO.user);

describe('whether an operation needs the caller’s wards (a look-up in front of the plan)', () => {
  it('not when it reads the caller alone, references to others included', () => {
    expect(needs(operation('IdentitySummary'))).toBe(false);
    expect(needs('{ me { name { full } vehicles { plate } spouse { iin } children { iin } parents { iin } } }')).toBe(false);
    expect(needs('{ me { realEstate { coOwners { iin } } childrenKindergartenQueue { child { iin } } } }')).toBe(false);
    expect(needs('fragment K on Person { iin } { me { children { ...K ... on Person { __typename } } } }')).toBe(false);
  });

  it('when it reads anything but the key of another person, through fragments too', () => {
    expect(needs(operation('WholeDossier'))).toBe(true);
    expect(needs(operation('ChildrenDossiers'))).toBe(true);
    expect(needs('{ me { spouse { name { full } } } }')).toBe(true);
    expect(needs('fragment N on Person { name { full } } { me { children { iin ...N } } }')).toBe(true);
    expect(needs('{ me { children { ... on Person { vehicles { plate } } } } }')).toBe(true);
  });

  it('person(iin) and refreshDossier(iin): only for a valid IIN other than the caller’s, literal or variable', () => {
    expect(needs(`{ person(iin: "${DEMO.user}") { vehicles { plate } } }`)).toBe(false);
    expect(needs(`{ person(iin: "${DEMO.son}") { vehicles { plate } } }`)).toBe(true);
    expect(needs('{ person(iin: "850314301235") { vehicles { plate } } }')).toBe(false); // refused by every subgraph anyway
    const byVariable = 'query P($iin: String!) { person(iin: $iin) { name { full } } }';
    expect(needs(byVariable, { iin: DEMO.user })).toBe(false);
    expect(needs(byVariable, { iin: DEMO.father })).toBe(true);
    expect(needs(operation('RefreshSections'), { sections: ['VEHICLES'] })).toBe(false);
    expect(needs(`mutation { refreshDossier(sections: [VEHICLES], iin: "${DEMO.son}") { person { vehicles { plate } } } }`)).toBe(true);
  });
});
