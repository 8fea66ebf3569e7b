/**
 * Query limits for the gateway: depth, aliases, cost, directives and tokens per operation, field
 * suggestions hidden, HTTP batching off. Over a limit, the request is answered with
 * QUERY_TOO_COMPLEX (HTTP 400) before anything is planned or executed.
 *
 * How each limit is enforced:
 * - DEPTH, ALIASES, COST, DIRECTIVES: graphql-armor's validation rules. Apollo Server runs them
 *   with the standard rules, against the API schema, before the gateway plans the query. Armor
 *   reports a rejection to our `onReject`, which reports our own coded error instead; Apollo then
 *   wraps every validation error as GRAPHQL_VALIDATION_FAILED, so the plugin below puts our code back.
 * - VALUE_DEPTH: how deep list and object values nest, per argument whatever its type (a custom
 *   scalar such as Date accepts any literal), in field and directive arguments, variables' default
 *   values, and the variables' values of the request. Apollo's query planner walks a nested list
 *   literal twice per level (2^N: 24 levels cost seconds, a few hundred never return), so a deep
 *   literal is refused by a validation rule, before planning; variables' values are measured
 *   without recursion when the operation is resolved, before execution plans anything.
 * - COST with variables: armor's rule sees the document only, so a list size given by a variable
 *   (`first: $n`), an omitted one (the schema's default) or null ("all") would count as 1; the
 *   cost is measured again once the operation is resolved, with those sizes (cost.ts).
 * - TOKENS: graphql's own parser limit (`parseOptions.maxLexicalTokens`), which stops parsing at
 *   the first token over the limit. Armor's Apollo token plugin throws from `parsingDidStart`,
 *   which Apollo Server answers with a 500, so it is not used. The plugin recognises the parser's
 *   abort by its position (not by its wording) and recodes it.
 * - Field suggestions: "Did you mean ...?" is cut from every error message (validation errors
 *   and variable errors alike). Armor's Apollo plugin leaves a dangling "?" behind a mask and
 *   misses the enum-value and inline-fragment suggestions, so the plugin does it itself.
 * - BATCH: HTTP batching stays off (`allowBatchedHttpRequests: false`). A client of the dossier
 *   sends one operation per request; a batch would multiply every per-operation limit and slip
 *   past per-request rate limits. Apollo Server answers a JSON array body with HTTP 400,
 *   BAD_REQUEST "Operation batching disabled." before any operation is parsed. (Apollo gives a
 *   plugin no view of the whole batch, so a maximum batch size could not be enforced from here.)
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  Kind,
  Lexer,
  Source,
  TokenKind,
  type ListValueNode,
  type ObjectValueNode,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql';
import { dossierError, ErrorCode } from '../schema/errors.js';
import { operationCost } from './cost.js';
import { configOf, QUERY_LIMIT_DEFAULTS, type Env } from '../runtime/config.js';

/**
 * Which limit a QUERY_TOO_COMPLEX error is about, as `extensions.limit`. There is no BATCH: with
 * batching off, a batch is refused as BAD_REQUEST (see above).
 */
export type QueryLimit = 'DEPTH' | 'ALIASES' | 'COST' | 'TOKENS' | 'DIRECTIVES' | 'VALUE_DEPTH';

export interface QueryLimitValues {
  /** Deepest field nesting; fragments add no depth of their own. */
  maxDepth: number;
  /** Aliased fields per operation (`__typename` aliases are free). */
  maxAliases: number;
  /** graphql-armor's cost: objects 2, scalars 1, ×1.5 per level of depth, × `first`/`last`. */
  maxCost: number;
  /** Lexical tokens per document. */
  maxTokens: number;
  /** Directives per operation. */
  maxDirectives: number;
  /** Nesting of list and object values in one argument, default value or variable (`[[1]]`: 2). */
  maxValueDepth: number;
}

/**
 * Sized on test/operations/dossier.graphql. The biggest real operation, the whole dossiers of a
 * parent, spouse and children in one query, measures depth 8, cost ≈ 5,500, 350 tokens (930 with
 * every fragment written out inline), no aliases, no directives. ChildrenDossiers: depth 8, cost ≈ 1,500.
 */
export const DEFAULT_QUERY_LIMITS: Readonly<QueryLimitValues> = {
  maxDepth: QUERY_LIMIT_DEFAULTS.QUERY_MAX_DEPTH,
  maxAliases: QUERY_LIMIT_DEFAULTS.QUERY_MAX_ALIASES,
  maxCost: QUERY_LIMIT_DEFAULTS.QUERY_MAX_COST,
  maxTokens: QUERY_LIMIT_DEFAULTS.QUERY_MAX_TOKENS,
  maxDirectives: QUERY_LIMIT_DEFAULTS.QUERY_MAX_DIRECTIVES,
  // the deepest real value is 2 (`filter: { status: [IN_PROGRESS] }`); 2^8 steps of planning are nothing
  maxValueDepth: QUERY_LIMIT_DEFAULTS.QUERY_MAX_VALUE_DEPTH,
};

/** The environment variable that sets each limit. */
export const QUERY_LIMIT_ENV: Readonly<Record<keyof QueryLimitValues, keyof typeof QUERY_LIMIT_DEFAULTS>> = {
  maxDepth: 'QUERY_MAX_DEPTH',
  maxAliases: 'QUERY_MAX_ALIASES',
  maxCost: 'QUERY_MAX_COST',
  maxTokens: 'QUERY_MAX_TOKENS',
  maxDirectives: 'QUERY_MAX_DIRECTIVES',
  maxValueDepth: 'QUERY_MAX_VALUE_DEPTH',
};

export type QueryLimitOptions = Partial<QueryLimitValues>;

/** What `queryLimits` adds to the ApolloServer config; every key is an ApolloServer option. */
export interface QueryLimitsConfig<TContext extends BaseContext = BaseContext> {
  plugins: ApolloServerPlugin<TContext>[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
  allowBatchedHttpRequests: false;
}

function positiveInteger(value: unknown, name: string): number {
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1) {
    throw new Error(`${name} must be a whole number of at least 1, not ${JSON.stringify(value)}`);
  }
  return n;
}

/** The limits in force: the options, else the configuration (runtime/config.ts, with the defaults). Throws on a value that is not a positive whole number. */
export function resolveQueryLimits(options: QueryLimitOptions = {}, env?: Env): QueryLimitValues {
  const configured = configOf(env);
  const resolve = (key: keyof QueryLimitValues): number => {
    const fromOptions = options[key];
    if (fromOptions !== undefined) return positiveInteger(fromOptions, key);
    return configured[QUERY_LIMIT_ENV[key]];
  };
  return {
    maxDepth: resolve('maxDepth'),
    maxAliases: resolve('maxAliases'),
    maxCost: resolve('maxCost'),
    maxTokens: resolve('maxTokens'),
    maxDirectives: resolve('maxDirectives'),
    maxValueDepth: resolve('maxValueDepth'),
  };
}

const MEASURES: Record<QueryLimit, { measure: string; of: (found: number | string) => string }> = {
  DEPTH: { measure: 'Query depth', of: (found) => `Query depth ${found} is` },
  ALIASES: { measure: 'Query aliases', of: (found) => `Query has ${found} aliases,` },
  COST: { measure: 'Query cost', of: (found) => `Query cost ${found} is` },
  TOKENS: { measure: 'Query token count', of: (found) => `Query has ${found} tokens,` },
  DIRECTIVES: { measure: 'Query directives', of: (found) => `Query has ${found} directives,` },
  VALUE_DEPTH: { measure: 'Value nesting', of: (found) => `${found} nests lists or objects more than` },
};

/** The coded error for a query over a limit, e.g. "Query depth 14 is over the limit of 10." */
export function queryTooComplex(limit: QueryLimit, found: number | string | undefined, max: number): GraphQLError {
  const { measure, of } = MEASURES[limit];
  const subject = found === undefined ? `${measure} is` : of(found);
  const message = limit === 'VALUE_DEPTH' ? `${subject} ${max} levels deep, the limit.` : `${subject} over the limit of ${max}.`;
  return dossierError(ErrorCode.QUERY_TOO_COMPLEX, message, { limit });
}

/**
 * Armor's onReject for one limit: reports our coded error instead of armor's. Armor puts what it
 * measured only in its message ("... limit of 10 exceeded, found 14."), so the number is read
 * from there; should that wording change, the message simply leaves the number out.
 */
function reportAs(limit: QueryLimit, max: number) {
  return (context: ValidationContext | null, error: GraphQLError): void => {
    const found = /found (\d+(?:\.\d+)?)/.exec(error.message)?.[1];
    context?.reportError(queryTooComplex(limit, found === undefined ? undefined : Math.ceil(Number(found)), max));
  };
}

function armorRules(limits: QueryLimitValues): ValidationRule[] {
  const onRejection = (limit: QueryLimit, max: number) => ({ exposeLimits: true, propagateOnRejection: false, onReject: [reportAs(limit, max)] });
  return new ApolloArmor({
    blockFieldSuggestion: { enabled: false },
    maxTokens: { enabled: false },
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ignoreIntrospection: true, ...onRejection('DEPTH', limits.maxDepth) },
    maxAliases: { n: limits.maxAliases, ...onRejection('ALIASES', limits.maxAliases) },
    costLimit: { maxCost: limits.maxCost, flattenFragments: true, ignoreIntrospection: true, ...onRejection('COST', limits.maxCost) },
    maxDirectives: { n: limits.maxDirectives, ...onRejection('DIRECTIVES', limits.maxDirectives) },
  }).protect().validationRules;
}

/**
 * How deep lists and objects nest in a value, counted without recursion and only up to `cap + 1`:
 * `1` is 0, `[1]` 1, `{ a: [1] }` 2. A literal of the document (`literal`: a ValueNode), or a
 * variable's value (JSON).
 */
export function valueDepth(value: unknown, cap: number, literal = false): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest > cap) return deepest;
    if (node === null || typeof node !== 'object') continue;
    const children = !literal
      ? Object.values(node)
      : (node as ValueNode).kind === Kind.LIST
        ? (node as ListValueNode).values
        : (node as ValueNode).kind === Kind.OBJECT
          ? (node as ObjectValueNode).fields.map((f) => f.value)
          : []; // a scalar, an enum value, a variable
    for (const child of children) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** VALUE_DEPTH in the document: every argument (of fields and directives) and every variable's default value. */
function valueDepthRule(max: number): ValidationRule {
  return (context) => {
    const check = (value: ValueNode, what: string): void => {
      if (valueDepth(value, max, true) > max) context.reportError(queryTooComplex('VALUE_DEPTH', what, max));
    };
    return {
      Argument(node) {
        check(node.value, `Argument "${node.name.value}"`);
        return false;
      },
      VariableDefinition(node) {
        if (node.defaultValue) check(node.defaultValue, `The default value of "$${node.variable.name.value}"`);
        return false;
      },
    };
  };
}

/** An error thrown from a plugin is answered with HTTP 500 unless it says otherwise (Apollo drops `http` from the answer). */
function withStatus400(error: GraphQLError): GraphQLError {
  error.extensions.http = { status: 400 };
  return error;
}

/** VALUE_DEPTH in the request's variables: the first variable over the limit, as an error to throw. */
function variablesTooDeep(variables: Record<string, unknown> | undefined, max: number): GraphQLError | undefined {
  for (const [name, value] of Object.entries(variables ?? {})) {
    if (valueDepth(value, max) > max) {
      return withStatus400(queryTooComplex('VALUE_DEPTH', `Variable "$${name.slice(0, 64)}"`, max));
    }
  }
  return undefined;
}

/** Counts the document's tokens, up to `cap`; stops early at a character the lexer rejects. */
function countTokens(source: string, cap: number, before = Infinity): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF && token.start <= before && count < cap; token = lexer.advance()) count++;
  } catch {
    // a lexical error: the tokens before it are all there is to count
  }
  return count;
}

const SUGGESTION = /\s*Did you mean\b[\s\S]*$/;

function limitsPlugin<TContext extends BaseContext>(limits: QueryLimitValues): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, schema, document, operation }) {
          // before execution: Apollo Gateway's planning and variable coercion recurse through values
          const error = variablesTooDeep(request.variables, limits.maxValueDepth);
          if (error) throw error;
          // the cost with the list sizes the variables and the schema's defaults give (cost.ts)
          if (!operation) return;
          const fragments = new Map(document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
          const cost = Math.ceil(operationCost(schema, operation, fragments, request.variables));
          if (cost > limits.maxCost) throw withStatus400(queryTooComplex('COST', cost, limits.maxCost));
        },
        async didEncounterErrors({ errors, source }) {
          for (const error of errors) {
            error.message = error.message.replace(SUGGESTION, '');
            const code = error.extensions.code;
            const original = error.originalError;
            if (code === ErrorCode.GRAPHQL_VALIDATION_FAILED && original instanceof GraphQLError && original.extensions.code === ErrorCode.QUERY_TOO_COMPLEX) {
              // Apollo wrapped our error from a validation rule; give it back its code.
              error.extensions.code = ErrorCode.QUERY_TOO_COMPLEX;
            } else if (code === ErrorCode.GRAPHQL_PARSE_FAILED && source !== undefined && error.positions?.[0] !== undefined) {
              // The parser's token limit fails at the first token over the limit: more than
              // maxTokens tokens start at or before the error. Any other syntax error comes sooner.
              if (countTokens(source, limits.maxTokens + 1, error.positions[0]) <= limits.maxTokens) continue;
              const cap = limits.maxTokens * 10;
              const total = countTokens(source, cap + 1);
              error.message = queryTooComplex('TOKENS', total > cap ? `more than ${cap}` : total, limits.maxTokens).message;
              error.extensions.code = ErrorCode.QUERY_TOO_COMPLEX;
              error.extensions.limit = 'TOKENS';
            }
          }
        },
      };
    },
  };
}

/**
 * Query limits for an ApolloServer (the gateway's, or any other): options first, then the
 * QUERY_MAX_* environment variables, then DEFAULT_QUERY_LIMITS. Every key of the result is an
 * ApolloServer option; merge `plugins` with the server's own.
 */
export function queryLimits<TContext extends BaseContext = BaseContext>(options: QueryLimitOptions = {}): QueryLimitsConfig<TContext> {
  const limits = resolveQueryLimits(options);
  return {
    plugins: [limitsPlugin<TContext>(limits)],
    validationRules: [valueDepthRule(limits.maxValueDepth), ...armorRules(limits)],
    parseOptions: { maxLexicalTokens: limits.maxTokens },
    allowBatchedHttpRequests: false,
  };
}
