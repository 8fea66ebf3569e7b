/** How the gateway reaches a subgraph over HTTP. */
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ACCESSED_EXTENSION, BUDGET_HEADER, CALLER_HEADER, REQUEST_ID_HEADER, type CallerKey } from '../schema/caller.js';
import { BINDING_HEADER, CallerBinding } from '../schema/caller-binding.js';
import { dossierError, ErrorCode } from '../schema/errors.js';
import { postText, type Poster } from '../runtime/http-post.js';
import { createLogger, describeError } from '../runtime/log.js';
import { secondsSince, subgraphFetchSeconds } from '../runtime/metrics.js';
import { isSection, SECTIONS, type Section } from '../schema/sections.js';
import { mergingPost } from './merging-post.js';
import { injectTraceContext, inSpan, SpanKind } from '../runtime/tracing.js';
import type { Span } from '@opentelemetry/api';
import type { GatewayContext } from './server.js';

const log = createLogger('gateway');

type GraphQLRequest = GraphQLDataSourceProcessOptions['request'];
type GraphQLResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;

/** How long past the request's deadline a subgraph may take before the gateway stops waiting for it. */
export const SUBGRAPH_GRACE_MS = 1000;

/** The process's POST to subgraphs: node:http, identical in-flight queries merged. */
const mergedPost = mergingPost(postText);

/**
 * A subgraph over HTTP: a JSON POST with the signed caller context bound to this very request
 * (schema/caller-binding.ts) and the time left, identical in-flight queries of one caller merged
 * (merging-post.ts: the merged request goes out once, with the first one's binding). A subgraph
 * that cannot be reached, answers with an error status or not in time costs its section only: a
 * coded error naming it.
 *
 * Apollo's RemoteGraphQLDataSource does the same with node-fetch's Request and Headers objects,
 * which were a tenth of the gateway's CPU in the benchmark; the subgraphs need none of what they
 * add (APQ, cache-control hints).
 */
export class SubgraphSource implements GraphQLDataSource<GatewayContext> {
  private readonly section: Section | undefined;
  private readonly binding: CallerBinding;

  constructor(
    readonly name: string,
    private readonly url: string,
    secret: CallerKey,
    /** How to POST (tests hand a fake); node:http with merging by default. */
    private readonly post: Poster = mergedPost,
  ) {
    this.section = SECTIONS.find((s) => s.subgraph === name)?.section;
    this.binding = new CallerBinding(secret);
  }

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GraphQLResponse> {
    // health checks and schema loading come without a caller (this gateway does neither: its supergraph is static)
    const context = 'incomingRequestContext' in options ? options.context : undefined;
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    let patienceMs: number | undefined;
    const body = JSON.stringify(bodyOf(options.request));
    if (context?.callerToken) {
      // a fetch that reads another person goes with the caller's wards, once they are known
      const callerToken =
        context.wardsToken && context.fetchReadsOthers?.(options.request.query ?? '', options.request.variables)
          ? await context.wardsToken
          : context.callerToken;
      const budget = Math.max(1, context.deadline - Date.now());
      headers[CALLER_HEADER] = callerToken;
      headers[BINDING_HEADER] = this.binding.bind(this.name, callerToken, body);
      headers[REQUEST_ID_HEADER] = context.caller.requestId;
      headers[BUDGET_HEADER] = String(budget);
      patienceMs = budget + SUBGRAPH_GRACE_MS;
    }
    return inSpan(
      `fetch ${this.name}`,
      { kind: SpanKind.CLIENT, attributes: { 'dossier.subgraph': this.name, 'http.request.method': 'POST', 'url.full': this.url } },
      (span) => this.send(headers, body, patienceMs, context, span),
    );
  }

  private async send(
    headers: Record<string, string>,
    body: string,
    patienceMs: number | undefined,
    context: GatewayContext | undefined,
    span: Span | undefined,
  ): Promise<GraphQLResponse> {
    injectTraceContext(headers);
    const start = performance.now();
    try {
      const answer = await this.post(this.url, headers, body, patienceMs);
      span?.setAttribute('http.response.status_code', answer.status);
      if (answer.status < 200 || answer.status >= 300) throw new Error(`the subgraph answered HTTP ${answer.status} ${answer.statusText}`);
      const response = parseJson(answer.text);
      if (typeof response !== 'object' || response === null || Array.isArray(response))
        throw new Error('the subgraph answered something other than a GraphQL response');
      subgraphFetchSeconds.observe({ subgraph: this.name, outcome: 'ok' }, secondsSince(start));
      return context ? this.takeAccesses(response as GraphQLResponse, context) : (response as GraphQLResponse);
    } catch (error) {
      subgraphFetchSeconds.observe({ subgraph: this.name, outcome: 'error' }, secondsSince(start));
      log.error('subgraph_unreachable', { subgraph: this.name, requestId: context?.caller.requestId, ...describeError(error) });
      throw dossierError(ErrorCode.SERVICE_UNAVAILABLE, `Section ${this.section ?? this.name} is unavailable for a moment; try again shortly.`, {
        section: this.section ?? this.name,
      });
    }
  }

  /** Notes whose sections the subgraph reports it served (for the access log) and strips the report. */
  private takeAccesses(response: GraphQLResponse, context: GatewayContext): GraphQLResponse {
    const report = response.extensions?.[ACCESSED_EXTENSION] as { section?: unknown; iins?: unknown } | undefined;
    if (!report) return response;
    if (isSection(report.section) && Array.isArray(report.iins)) {
      for (const iin of report.iins) {
        if (typeof iin !== 'string') continue;
        const sections = context.accessed.get(iin) ?? new Set<Section>();
        sections.add(report.section);
        context.accessed.set(iin, sections);
      }
    }
    delete response.extensions![ACCESSED_EXTENSION];
    return response;
  }
}

/** JSON.parse without the text in its error (V8 quotes the start of it, which could be personal data, into the log). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error('the subgraph answered with something other than JSON');
  }
}

/** The POST body: what the query planner asks, nothing of the incoming HTTP request. */
const bodyOf = ({ query, variables, operationName, extensions }: GraphQLRequest) => ({ query, variables, operationName, extensions });
