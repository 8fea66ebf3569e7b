/**
 * OpenTelemetry traces: explicit spans through @opentelemetry/api (no auto-instrumentation),
 * exported over OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT is set, and entirely off otherwise: no
 * SDK is loaded or started, and every helper here is a plain call of the function it wraps.
 *
 * One request is one trace across the three tiers, carried by W3C `traceparent` headers:
 *   gateway  `query WholeDossier` (server) → Apollo Gateway's own `gateway.*` spans →
 *            `fetch <subgraph>` (client, one per subgraph request) → `access_log.record` →
 *            `INSERT access_log`
 *   subgraph `query …` (server) → `cache.read` → `state-system <system>` (client, one per attempt)
 *   state system (the mocks) `POST /api/v1/persons:batch` (server)
 *
 * No span holds personal data: attributes name subgraphs, sections, counts, codes and durations,
 * never an IIN, a name or an address; and, in case a client put one in an operation name, every
 * string attribute and span name is passed through `loggable` (an IIN becomes its pseudonym)
 * before it leaves the process.
 */
import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Context,
  type Span,
  type SpanOptions,
  type Tracer,
} from '@opentelemetry/api';
import type { ReadableSpan, Span as SdkSpan, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { IncomingHttpHeaders } from 'node:http';
import { loggable } from './log.js';
import { configOf, type Env } from './config.js';

export { SpanKind };

export interface TracingConfig {
  /** The OTLP/HTTP base URL (`/v1/traces` is appended), e.g. `http://otel-collector:4318`. */
  endpoint: string;
  /** `service.name` of every span of this process. */
  serviceName: string;
}

/** OTEL_EXPORTER_OTLP_ENDPOINT (tracing is off without it) and OTEL_SERVICE_NAME (default: the process's part), from runtime/config.ts. */
export function tracingConfigFromEnv(defaultServiceName: string, env?: Env): TracingConfig | undefined {
  const { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_SERVICE_NAME: serviceName } = configOf(env);
  return endpoint ? { endpoint, serviceName: serviceName || defaultServiceName } : undefined;
}

/** The OTLP/HTTP traces URL of a base endpoint, as the OpenTelemetry specification builds it. */
export const tracesUrl = (endpoint: string): string => `${endpoint.replace(/\/+$/, '')}/v1/traces`;

export interface Tracing {
  /** Exports what is still buffered and stops: spans are no longer recorded. */
  shutdown(): Promise<void>;
  forceFlush(): Promise<void>;
}

let tracer: Tracer | undefined;

/** Whether spans are recorded in this process (a started SDK). */
export const tracingOn = (): boolean => tracer !== undefined;

/**
 * Starts the SDK when OTEL_EXPORTER_OTLP_ENDPOINT is set (or a span processor is given: tests);
 * else does nothing and returns undefined. Registers the global tracer provider (Apollo Gateway's
 * own spans then join the trace), the AsyncLocalStorage context manager and the W3C propagator.
 */
export async function startTracing(defaultServiceName: string, options: { env?: Env; processor?: SpanProcessor } = {}): Promise<Tracing | undefined> {
  if (tracer) throw new Error('tracing is already started in this process');
  const config = tracingConfigFromEnv(defaultServiceName, options.env);
  if (!config && !options.processor) return undefined;
  const [{ NodeTracerProvider }, { BatchSpanProcessor }, { resourceFromAttributes }] = await Promise.all([
    import('@opentelemetry/sdk-trace-node'),
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/resources'),
  ]);
  let processor = options.processor;
  if (!processor) {
    const { OTLPTraceExporter } = await import('@opentelemetry/exporter-trace-otlp-http');
    processor = new BatchSpanProcessor(new OTLPTraceExporter({ url: tracesUrl(config!.endpoint) }));
  }
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': config?.serviceName ?? defaultServiceName }),
    spanProcessors: [new WithoutPersonalData(processor)],
  });
  provider.register();
  tracer = trace.getTracer('dossier-federation');
  return {
    forceFlush: () => provider.forceFlush(),
    shutdown: async () => {
      tracer = undefined;
      await provider.shutdown();
      trace.disable();
      context.disable();
      propagation.disable();
    },
  };
}

/**
 * The last look at a span before it is exported: a string attribute or a span name holding a valid
 * IIN (an operation name a client chose, say) gets the pseudonym instead, and is cut as log lines are.
 */
class WithoutPersonalData implements SpanProcessor {
  constructor(private readonly inner: SpanProcessor) {}

  onStart(span: SdkSpan, parentContext: Context): void {
    this.inner.onStart(span, parentContext);
  }

  onEnding(span: SdkSpan): void {
    for (const [key, value] of Object.entries(span.attributes)) {
      if (typeof value === 'string' && loggable(value) !== value) span.setAttribute(key, loggable(value));
      else if (Array.isArray(value) && value.some((v) => typeof v === 'string' && loggable(v) !== v))
        span.setAttribute(
          key,
          (value as string[]).map((v) => loggable(v)),
        );
    }
    if (loggable(span.name) !== span.name) span.updateName(loggable(span.name));
    this.inner.onEnding?.(span);
  }

  onEnd(span: ReadableSpan): void {
    this.inner.onEnd(span);
  }

  forceFlush(): Promise<void> {
    return this.inner.forceFlush();
  }

  shutdown(): Promise<void> {
    return this.inner.shutdown();
  }
}

/** What an error may say on a span: its code or class, never its message. */
const statusOf = (error: unknown): string => {
  const { code, name } = (error ?? {}) as { code?: unknown; name?: unknown; extensions?: { code?: unknown } };
  const extensions = (error as { extensions?: { code?: unknown } } | null)?.extensions;
  return String(extensions?.code ?? code ?? name ?? 'error').slice(0, 60);
};

/**
 * Runs `fn` inside a new active span (ended when `fn` settles; an error marks it, by code only)
 * when tracing is on; else runs `fn` with no span.
 */
export function inSpan<T>(name: string, options: SpanOptions, fn: (span: Span | undefined) => Promise<T>): Promise<T> {
  if (!tracer) return fn(undefined);
  return tracer.startActiveSpan(name, options, async (span) => {
    try {
      return await fn(span);
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: statusOf(error) });
      throw error;
    } finally {
      span.end();
    }
  });
}

/**
 * A server span for a request received with these headers: its parent is the caller's span when
 * they carry a `traceparent`, else it starts a trace.
 */
export function inServerSpan<T>(headers: IncomingHttpHeaders, name: string, attributes: Attributes, fn: (span: Span | undefined) => Promise<T>): Promise<T> {
  if (!tracer) return fn(undefined);
  const parent = propagation.extract(ROOT_CONTEXT, headers);
  return context.with(parent, () => inSpan(name, { kind: SpanKind.SERVER, attributes }, fn));
}

/** Adds the active span's `traceparent` (and `tracestate`) to headers about to be sent; nothing when tracing is off. */
export function injectTraceContext(headers: Record<string, string>): void {
  if (tracer) propagation.inject(context.active(), headers);
}

/** The span active here, when tracing is on. */
export const activeSpan = (): Span | undefined => (tracer ? trace.getActiveSpan() : undefined);

/** A link to the span active here, for a span that works for several (a batch). */
export const activeSpanContext = () => activeSpan()?.spanContext();
