import { runSubgraph } from '../kit/main.js';
import { subgraph } from './subgraph.js';

await runSubgraph(subgraph);
