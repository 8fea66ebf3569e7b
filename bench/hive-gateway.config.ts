/**
 * Hive Gateway's configuration for the benchmark (`hive-gateway supergraph <copy> -c this file`).
 *
 * Hive enforces none of our auth: the driver sends it a pre-signed caller context
 * (`x-dossier-caller`), and this forwards that header to every subgraph, which verifies it as
 * it verifies ours. BENCH_HIVE_DEDUP=off turns off the merging of identical in-flight subgraph
 * requests that Hive does by default. BENCH_PARENT_PID: the orchestrator; if it is gone, this
 * process ends too (nothing the benchmark starts outlives it).
 */
// Typed by hand: importing '@graphql-hive/gateway' types into the project's `tsc` run would bring
// in its global fetch typings, which clash with Node's (gateway/server.ts would stop compiling).

import { exitUnlessConfigured } from '../runtime/config.js';

const CALLER_HEADER = 'x-dossier-caller';
const { BENCH_HIVE_DEDUP, BENCH_PARENT_PID: parent } = exitUnlessConfigured();
const dedup = BENCH_HIVE_DEDUP !== 'off';

if (parent !== undefined) {
  setInterval(() => {
    try {
      process.kill(parent, 0);
    } catch {
      process.exit(1);
    }
  }, 1000).unref();
}

export const gatewayConfig = {
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }: { request: Request }) => ({ [CALLER_HEADER]: request.headers.get(CALLER_HEADER) }),
  },
  ...(!dedup && { transportEntries: { '*': { options: { deduplicateInflightRequests: false } } } }),
};
