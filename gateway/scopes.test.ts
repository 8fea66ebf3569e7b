/**
 * Login-level pruning on its own: which fields `pruneOperation` removes for a caller without the
 * scopes, and what `restoreDenied` puts back (null, with EDS_REQUIRED at the field's path).
 */
import { buildSchema, parse, print, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { ScopeRules } from '../schema/scopes.js';
import { pruneOperation, restoreDenied } from './scopes.js';

const schema = buildSchema(`
  type Query { me: Person person(iin: String!): Person }
  type Person {
    iin: String!
    name: Name
    vehicles: [Vehicle]
    fines(paid: Boolean): [Fine]
    children: [Person]
    requests: [Request]
  }
  type Name { full: String }
  type Vehicle { plate: String }
  type Fine { amount: Int }
  type Request { number: String beneficiary: Person }
`);
const rules: ScopeRules = new Map([
  ['Person.vehicles', [['eds']]],
  ['Person.fines', [['eds']]],
  ['Person.children', [['eds']]],
]);
const EDS = new Set(['eds']);
const PASSWORD = new Set<string>();

const prune = (query: string, scopes: ReadonlySet<string> = PASSWORD, operationName?: string) =>
  pruneOperation(schema, parse(query), operationName, rules, scopes);
/** The fields a document selects, as `parent.key` paths (fragments and inline fragments walked into): what would be asked of the subgraphs. */
function selectedPaths(document: DocumentNode): string[] {
  const paths: string[] = [];
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === 'FragmentDefinition' ? [[d.name.value, d]] : [])));
  const walk = (set: { selections: readonly any[] } | undefined, path: string) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === 'Field') {
        const at = `${path}${path ? '.' : ''}${s.alias?.value ?? s.name.value}`;
        paths.push(at);
        walk(s.selectionSet, at);
      } else if (s.kind === 'InlineFragment') walk(s.selectionSet, path);
      else walk(fragments.get(s.name.value)?.selectionSet, path);
    }
  };
  for (const d of document.definitions) if (d.kind === 'OperationDefinition') walk(d.selectionSet, '');
  return paths;
}

describe('pruneOperation', () => {
  it('leaves an operation alone for a caller holding the scopes', () => {
    const query = '{ me { iin vehicles { plate } fines { amount } children { iin } } }';
    const { document, denied } = prune(query, EDS);
    expect(denied).toEqual([]);
    expect(selectedPaths(document)).toEqual(selectedPaths(parse(query)));
  });

  it('removes the fields the scopes do not grant, and only those', () => {
    const { document, denied } = prune('{ me { iin name { full } vehicles { plate } fines(paid: false) { amount } } }');
    expect(denied).toEqual([
      ['me', 'vehicles'],
      ['me', 'fines'],
    ]);
    expect(selectedPaths(document)).toEqual(['me', 'me.iin', 'me.name', 'me.name.full']);
  });

  it('names a denied field by its alias', () => {
    const { document, denied } = prune('{ me { car: vehicles { plate } unpaid: fines(paid: false) { amount } n: name { full } } }');
    expect(denied).toEqual([
      ['me', 'car'],
      ['me', 'unpaid'],
    ]);
    expect(selectedPaths(document)).toEqual(['me', 'me.n', 'me.n.full']);
  });

  it('prunes inside named fragments and inline fragments, on any operation of the document', () => {
    const query = `
      query Other { me { vehicles { plate } } }
      query Mine { me { ...Person ... on Person { fines { amount } iin } } }
      fragment Person on Person { name { full } vehicles { plate } }`;
    const { document, denied } = prune(query, PASSWORD, 'Mine');
    expect(denied).toEqual([
      ['me', 'vehicles'],
      ['me', 'fines'],
    ]);
    expect(selectedPaths(document)).toEqual(['me', 'me.name', 'me.name.full', 'me.iin']);
    expect(print(document)).not.toMatch(/vehicles|fines/);
  });

  it('prunes nested persons: a denied field below a granted one, and a denied list of persons whole', () => {
    const { document, denied } = prune('{ me { requests { number beneficiary { iin vehicles { plate } } } children { iin vehicles { plate } } } }');
    expect(denied).toEqual([
      ['me', 'requests', 'beneficiary', 'vehicles'],
      ['me', 'children'],
    ]);
    expect(selectedPaths(document)).toEqual(['me', 'me.requests', 'me.requests.number', 'me.requests.beneficiary', 'me.requests.beneficiary.iin']);
  });

  it('keeps a selection set valid when every field of it is denied', () => {
    const { document, denied } = prune('{ me { vehicles { plate } } person(iin: "x") { fines { amount } } }');
    expect(denied).toEqual([
      ['me', 'vehicles'],
      ['person', 'fines'],
    ]);
    expect(selectedPaths(document)).toEqual(['me', 'me.__typename', 'person', 'person.__typename']);
  });
});

describe('restoreDenied', () => {
  /** What the client asked, the (pruned) data the subgraphs answered, and what is restored. */
  const restore = (query: string, data: Record<string, unknown> | null, variables?: Record<string, unknown>) =>
    restoreDenied(schema, parse(query), undefined, variables, data, rules, PASSWORD);

  it('puts each denied field back as null with EDS_REQUIRED at its path, in every element of a list', () => {
    const query = '{ me { iin car: vehicles { plate } requests { number beneficiary { iin vehicles { plate } } } } }';
    const data = {
      me: {
        iin: '1',
        requests: [
          { number: 'a', beneficiary: { iin: '2' } },
          { number: 'b', beneficiary: null },
          { number: 'c', beneficiary: { iin: '3' } },
        ],
      },
    };
    const { data: restored, errors } = restore(query, data);
    expect(restored).toEqual({
      me: {
        iin: '1',
        car: null,
        requests: [
          { number: 'a', beneficiary: { iin: '2', vehicles: null } },
          { number: 'b', beneficiary: null },
          { number: 'c', beneficiary: { iin: '3', vehicles: null } },
        ],
      },
    });
    expect(errors.map((e) => ({ path: e.path, code: e.extensions.code }))).toEqual(
      expect.arrayContaining([
        { path: ['me', 'car'], code: 'EDS_REQUIRED' },
        { path: ['me', 'requests', 0, 'beneficiary', 'vehicles'], code: 'EDS_REQUIRED' },
        { path: ['me', 'requests', 2, 'beneficiary', 'vehicles'], code: 'EDS_REQUIRED' },
      ]),
    );
    expect(errors).toHaveLength(3);
    expect(errors[0]!.message).toMatch(/electronic digital signature/);
  });

  it('gives exactly the fields asked, in the order asked, with no __typename the client did not ask for', () => {
    const query = '{ me { b: fines { amount } iin ...F } } fragment F on Person { a: vehicles { plate } name { full } }';
    const { data } = restore(query, { me: { __typename: 'Person', iin: '1', name: { full: 'x' } } });
    expect(JSON.stringify(data)).toBe('{"me":{"b":null,"iin":"1","a":null,"name":{"full":"x"}}}');
  });

  it('restores nothing for a denied field the client skipped', () => {
    const { data, errors } = restore('query ($no: Boolean!) { me { iin vehicles @include(if: $no) { plate } } }', { me: { iin: '1' } }, { no: false });
    expect(data).toEqual({ me: { iin: '1' } });
    expect(errors).toEqual([]);
  });

  it('adds nothing where the parent is null or there is no data', () => {
    expect(restore('{ me { vehicles { plate } } }', { me: null }).errors).toEqual([]);
    expect(restore('{ me { vehicles { plate } } }', null).errors).toEqual([]);
  });
});
