import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The composed supergraph, committed and served by the gateway (`npm run compose` writes it). */
export const SUPERGRAPH_FILE = fileURLToPath(new URL('./supergraph.graphql', import.meta.url));

export const readSupergraph = (): string => readFileSync(SUPERGRAPH_FILE, 'utf8');
