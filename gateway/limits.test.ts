import { ApolloServer, HeaderMap, type BaseContext } from '@apollo/server';
import { buildSchema, parse, validate, type GraphQLFormattedError } from 'graphql';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorCode } from '../schema/errors.js';
import { operation } from '../test/operations.js';
import { DEFAULT_QUERY_LIMITS, queryLimits, resolveQueryLimits, type QueryLimitOptions } from './limits.js';
import { resetConfig } from '../runtime/config.js';

// A plain schema with the recursion that makes limits matter: a person's children and spouse are persons.
const typeDefs = /* GraphQL */ `
  enum Sort { NAME AGE }
  type Person {
    name: String!
    age: Int
    spouse: Person
    children(first: Int): [Person!]!
  }
  type Query {
    me: Person
    people(sort: Sort): [Person!]!
  }
`;

interface Person {
  name: string;
  age: number;
}
const person = (name: string): Person => ({ name, age: 40 });

/** An Apollo Server with the limits and resolvers that log every call, so a test can see nothing ran. */
function limitedServer(options?: QueryLimitOptions) {
  const calls: string[] = [];
  const limits = queryLimits<BaseContext>(options);
  const server = new ApolloServer({
    typeDefs,
    resolvers: {
      Query: {
        me: () => (calls.push('me'), person('Ata')),
        people: () => (calls.push('people'), [person('Ata')]),
      },
      Person: {
        spouse: (p: Person) => (calls.push('spouse'), person(`${p.name}'s spouse`)),
        children: (p: Person) => (calls.push('children'), [person(`${p.name}'s child`)]),
      },
    },
    ...limits,
  });
  return { server, calls };
}

async function run(server: ApolloServer, query: string, variables?: Record<string, unknown>) {
  const response = await server.executeOperation({ query, variables });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { ...response.body.singleResult, status: response.http.status };
}

/** `{ me { children { children { ... name } } } }` with `levels` children between me and name: depth levels + 2. */
const nested = (levels: number) => `{ me { ${'children { '.repeat(levels)}name${' }'.repeat(levels)} } }`;

const tooComplex = (limit: string, message: string | RegExp): Partial<GraphQLFormattedError> =>
  expect.objectContaining({
    message: typeof message === 'string' ? message : expect.stringMatching(message),
    extensions: expect.objectContaining({ code: ErrorCode.QUERY_TOO_COMPLEX, limit }),
  });

describe('query limits with explicit options', () => {
  const { server, calls } = limitedServer({ maxDepth: 5, maxAliases: 3, maxCost: 300, maxTokens: 120, maxDirectives: 3 });
  beforeAll(() => server.start());
  afterAll(() => server.stop());
  beforeEach(() => {
    calls.length = 0;
  });

  it('answers a query within every limit', async () => {
    const result = await run(server, '{ me { name spouse { name } children { name children { name } } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      me: { name: 'Ata', spouse: { name: "Ata's spouse" }, children: [{ name: "Ata's child", children: [{ name: "Ata's child's child" }] }] },
    });
    expect(calls).toContain('me');
  });

  it('answers a query exactly at the depth limit, counting fields and not fragments', async () => {
    const result = await run(server, `{ me { ...P } } fragment P on Person { children { children { ... on Person { children { name } } } } }`);
    expect(result.errors).toBeUndefined();
  });

  const overLimit: [string, string, string | RegExp][] = [
    ['DEPTH', nested(6), 'Query depth 8 is over the limit of 5.'],
    ['ALIASES', '{ a: me { name } b: me { name } c: me { name } d: me { name } }', 'Query has 4 aliases, over the limit of 3.'],
    ['COST', '{ me { children(first: 100) { name } } }', /^Query cost \d+ is over the limit of 300\.$/],
    [
      'DIRECTIVES',
      '{ me { name @include(if: true) age @include(if: true) spouse @skip(if: false) { name @include(if: true) } } }',
      'Query has 4 directives, over the limit of 3.',
    ],
    ['TOKENS', `{ me { ${'name '.repeat(150)}} }`, 'Query has 155 tokens, over the limit of 120.'],
  ];

  it.each(overLimit)('rejects a query over the %s limit as QUERY_TOO_COMPLEX, with HTTP 400, before any resolver runs', async (limit, query, message) => {
    const result = await run(server, query);
    expect(result.errors).toEqual([tooComplex(limit, message)]);
    expect(result.data).toBeUndefined();
    expect(result.status).toBe(400);
    expect(calls).toEqual([]);
  });

  it('rejects list and object values nested deeper than the limit, in arguments, defaults and variables', async () => {
    const { server: strict, calls: strictCalls } = limitedServer({ maxValueDepth: 2 });
    await strict.start();
    try {
      expect((await run(strict, '{ me { children(first: 1) { name } } }')).errors).toBeUndefined();
      strictCalls.length = 0;
      for (const query of [
        '{ me @skip(if: [[[true]]]) { name } }',
        '{ people(sort: { a: { b: [NAME] } }) { name } }',
        'query ($s: Sort = [[[NAME]]]) { people(sort: $s) { name } }',
      ]) {
        const result = await run(strict, query);
        expect(result.errors?.map((e) => e.extensions)).toContainEqual({ code: ErrorCode.QUERY_TOO_COMPLEX, limit: 'VALUE_DEPTH' });
      }
      const variable = await run(strict, 'query ($s: Sort) { people(sort: $s) { name } }', { s: [{ a: ['NAME'] }] });
      expect(variable.errors).toEqual([tooComplex('VALUE_DEPTH', 'Variable "$s" nests lists or objects more than 2 levels deep, the limit.')]);
      expect(variable.status).toBe(400);
      expect(strictCalls).toEqual([]);
    } finally {
      await strict.stop();
    }
  });

  it('states the cost it measured', async () => {
    // armor's cost: me (object 2) + 1.5 × children (object 2 + 1.5 × name (1)) × first: 100 = 2 + 1.5 × 350 = 527
    const result = await run(server, '{ me { children(first: 100) { name } } }');
    expect(result.errors?.[0]?.message).toBe('Query cost 527 is over the limit of 300.');
  });

  it('counts a list size given by a variable, a default or null ("all") as it counts a literal', async () => {
    for (const [query, variables] of [
      ['query ($n: Int) { me { children(first: $n) { name } } }', { n: 100 }],
      ['query ($n: Int = 100) { me { ...F } } fragment F on Person { children(first: $n) { name } }', {}],
      ['query ($n: Int) { me { children(first: $n) { name } } }', { n: null }],
    ] as const) {
      const result = await run(server, query, variables);
      expect(result.errors).toEqual([tooComplex('COST', 'Query cost 527 is over the limit of 300.')]);
      expect(result.status).toBe(400);
    }
    expect((await run(server, 'query ($n: Int) { me { children(first: $n) { name } } }', { n: 2 })).errors).toBeUndefined();
    expect(calls).toEqual(['me', 'children']);
  });

  it('counts aliases in fragments and lets __typename aliases go free', async () => {
    const free = await run(server, '{ me { t1: __typename t2: __typename t3: __typename t4: __typename name } }');
    expect(free.errors).toBeUndefined();
    const result = await run(server, '{ ...Q } fragment Q on Query { a: me { n1: name n2: name } b: me { name } }');
    expect(result.errors).toEqual([tooComplex('ALIASES', 'Query has 4 aliases, over the limit of 3.')]);
  });

  it('reports a genuine syntax error as GRAPHQL_PARSE_FAILED, even in a document over the token limit', async () => {
    const early = await run(server, `{ me { name ) ${'name '.repeat(150)}} }`);
    expect(early.errors?.[0]?.extensions?.code).toBe(ErrorCode.GRAPHQL_PARSE_FAILED);
    const small = await run(server, '{ me { name }');
    expect(small.errors?.[0]?.extensions?.code).toBe(ErrorCode.GRAPHQL_PARSE_FAILED);
    expect(calls).toEqual([]);
  });

  it('caps the tokens it counts for the message at ten times the limit', async () => {
    const result = await run(server, `{ me { ${'name '.repeat(5000)}} }`);
    expect(result.errors).toEqual([tooComplex('TOKENS', 'Query has more than 1200 tokens, over the limit of 120.')]);
  });

  it('keeps other validation errors as GRAPHQL_VALIDATION_FAILED beside a limit error', async () => {
    const result = await run(server, `{ me { nope ${'children { '.repeat(6)}name${' }'.repeat(6)} } }`);
    const codes = result.errors?.map((e) => e.extensions?.code);
    expect(codes).toContain(ErrorCode.QUERY_TOO_COMPLEX);
    expect(codes).toContain(ErrorCode.GRAPHQL_VALIDATION_FAILED);
  });
});

describe('field suggestions', () => {
  it('are cut from validation and variable errors (and graphql would give them without the limits)', async () => {
    const plain = new ApolloServer({ typeDefs, resolvers: {} });
    const { server } = limitedServer();
    try {
      const misspelt = [
        ['{ me { nmae } }', undefined, 'Cannot query field "nmae" on type "Person".'],
        ['{ mee { name } }', undefined, 'Cannot query field "mee" on type "Query".'],
        ['{ me { children(frist: 1) { name } } }', undefined, 'Unknown argument "frist" on field "Person.children".'],
        ['query ($s: Sort) { people(sort: $s) { name } }', { s: 'NAM' }, 'Variable "$s" got invalid value "NAM"; Value "NAM" does not exist in "Sort" enum.'],
      ] as const;
      for (const [query, variables, message] of misspelt) {
        const control = await run(plain, query, variables);
        expect(control.errors?.[0]?.message, 'graphql itself suggests').toMatch(/Did you mean/);
        const result = await run(server, query, variables);
        expect(result.errors?.map((e) => e.message)).toEqual([message]);
      }
    } finally {
      await plain.stop();
    }
  });
});

describe('batched HTTP requests', () => {
  it('are refused with HTTP 400 and a coded error, and nothing runs', async () => {
    const { server, calls } = limitedServer();
    await server.start();
    try {
      const response = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: 'POST',
          headers: new HeaderMap([['content-type', 'application/json']]),
          search: '',
          body: [{ query: '{ me { name } }' }, { query: '{ me { name } }' }],
        },
        context: async () => ({}),
      });
      expect(response.status).toBe(400);
      if (response.body.kind !== 'complete') throw new Error('expected a complete body');
      expect(JSON.parse(response.body.string)).toEqual({ errors: [{ message: 'Operation batching disabled.', extensions: { code: ErrorCode.BAD_REQUEST } }] });
      expect(calls).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});

describe('defaults', () => {
  const { server, calls } = limitedServer();
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it('let every operation of the real dossier through, and a whole family in one query', () => {
    const frags = operation('WholeDossier').slice(operation('WholeDossier').indexOf('fragment'));
    const family = `query Family { me { ...Dossier spouse { ...Dossier } children { ...Dossier } } }\n${frags}`;
    const { validationRules, parseOptions } = queryLimits();
    const anySchema = buildSchema('type Query { unused: Int }'); // the limits look at the document only
    for (const query of [operation('WholeDossier'), operation('ChildrenDossiers'), operation('RefreshSections'), family]) {
      expect(validate(anySchema, parse(query, parseOptions), validationRules)).toEqual([]);
    }
  });

  it('reject a query twice as deep as the dossier, and one that asks for a thousand grandchildren', async () => {
    const deep = await run(server, nested(DEFAULT_QUERY_LIMITS.maxDepth));
    expect(deep.errors).toEqual([
      tooComplex('DEPTH', `Query depth ${DEFAULT_QUERY_LIMITS.maxDepth + 2} is over the limit of ${DEFAULT_QUERY_LIMITS.maxDepth}.`),
    ]);
    const wide = await run(server, '{ me { children(first: 1000) { children(first: 1000) { name } } } }');
    expect(wide.errors).toEqual([tooComplex('COST', /^Query cost \d+ is over the limit of 8000\.$/)]);
    expect(calls).toEqual([]);
  });

  it('answer Apollo Sandbox introspection', async () => {
    const result = await run(
      server,
      (await import('graphql')).getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, directiveIsRepeatable: true, specifiedByUrl: true }),
    );
    expect(result.errors).toBeUndefined();
  });
});

describe('configuration', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    resetConfig();
  });

  it('reads QUERY_MAX_* from the environment, with options over the environment over the defaults', () => {
    vi.stubEnv('QUERY_MAX_DEPTH', '4');
    vi.stubEnv('QUERY_MAX_ALIASES', '2');
    vi.stubEnv('QUERY_MAX_COST', '100');
    vi.stubEnv('QUERY_MAX_TOKENS', '50');
    vi.stubEnv('QUERY_MAX_DIRECTIVES', '1');
    vi.stubEnv('QUERY_MAX_VALUE_DEPTH', '3');
    resetConfig();
    expect(resolveQueryLimits()).toEqual({ maxDepth: 4, maxAliases: 2, maxCost: 100, maxTokens: 50, maxDirectives: 1, maxValueDepth: 3 });
    expect(resolveQueryLimits({ maxDepth: 7 })).toEqual({ maxDepth: 7, maxAliases: 2, maxCost: 100, maxTokens: 50, maxDirectives: 1, maxValueDepth: 3 });
    vi.unstubAllEnvs();
    expect(resolveQueryLimits({}, {})).toEqual(DEFAULT_QUERY_LIMITS);
  });

  it('applies the environment to a server', async () => {
    vi.stubEnv('QUERY_MAX_DEPTH', '3');
    resetConfig();
    const { server, calls } = limitedServer();
    await server.start();
    try {
      expect((await run(server, '{ me { children { name } } }')).errors).toBeUndefined();
      calls.length = 0;
      const result = await run(server, nested(2));
      expect(result.errors).toEqual([tooComplex('DEPTH', 'Query depth 4 is over the limit of 3.')]);
      expect(calls).toEqual([]);
    } finally {
      await server.stop();
    }
  });

  it('refuses a limit that is not a positive whole number', () => {
    expect(() => resolveQueryLimits({}, { QUERY_MAX_COST: 'lots' })).toThrow(/QUERY_MAX_COST/);
    expect(() => resolveQueryLimits({}, { QUERY_MAX_DEPTH: '0' })).toThrow(/QUERY_MAX_DEPTH/);
    expect(() => resolveQueryLimits({ maxTokens: 1.5 })).toThrow(/maxTokens/);
    expect(resolveQueryLimits({}, { QUERY_MAX_DEPTH: '' }).maxDepth).toBe(DEFAULT_QUERY_LIMITS.maxDepth);
  });
});
