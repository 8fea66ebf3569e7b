/** How the gateway reaches a subgraph over HTTP. */
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ACCESSED_EXTENSION, BUDGET_HEADER, CALLER_HEADER, REQUEST_ID_HEADER } from '../schema/caller.js';
import { dossierError, ErrorCode } from '../schema/errors.js';
import { internalFetch } from '../schema/http-fetch.js';
import { createLogger, describeError } from '../schema/log.js';
import { isSection, SECTIONS, type Section } from '../schema/sections.js';
import { mergingFetch } from './merging-fetch.js';
import type { GatewayContext } from './server.js';

const log = createLogger('gateway');

const mergedFetch = mergingFetch(internalFetch);

/**
 * A subgraph over HTTP: sends the signed caller context and the time left, and turns a subgraph
 * that cannot be reached into a coded error naming its section (the rest of the plan goes on).
 */
export class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly section: Section | undefined;

  constructor(readonly name: string, url: string) {
    super({ url, fetcher: mergedFetch });
    this.section = SECTIONS.find((s) => s.subgraph === name)?.section;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!context.callerToken) return;
    request.http?.headers.set(CALLER_HEADER, context.callerToken);
    request.http?.headers.set(REQUEST_ID_HEADER, context.caller.requestId);
    request.http?.headers.set(BUDGET_HEADER, String(Math.max(1, context.deadline - Date.now())));
  }

  override didReceiveResponse({ response, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>>[0]) {
    const report = response.extensions?.[ACCESSED_EXTENSION] as { section?: unknown; iins?: unknown } | undefined;
    if (report && isSection(report.section) && Array.isArray(report.iins)) {
      for (const iin of report.iins) {
        if (typeof iin !== 'string') continue;
        const sections = context.accessed.get(iin) ?? new Set<Section>();
        sections.add(report.section);
        context.accessed.set(iin, sections);
      }
    }
    if (response.extensions) delete response.extensions[ACCESSED_EXTENSION];
    return response;
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']> {
    try {
      return await super.process(options);
    } catch (error) {
      const requestId = 'context' in options ? options.context.caller?.requestId : undefined;
      log.error('subgraph_unreachable', { subgraph: this.name, requestId, ...describeError(error) });
      throw dossierError(ErrorCode.SERVICE_UNAVAILABLE, `Section ${this.section ?? this.name} is unavailable for a moment; try again shortly.`, {
        section: this.section ?? this.name,
      });
    }
  }
}

