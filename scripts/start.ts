/** `npm start`: every mock state system, every subgraph and the gateway; Ctrl-C stops them all. */
import { getPopulation } from '../subgraphs/mocks/population.js';
import { metricsPortFromEnv } from '../runtime/metrics.js';
import { startSystem } from './system.js';

const started = Date.now();
const population = getPopulation();
const system = await startSystem({ ports: 'default', population, host: process.env.HOST, metricsPort: metricsPortFromEnv(9400) }).catch((error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') {
    console.error(`Port ${(error as { port?: number }).port} is already in use: is another \`npm start\` running? Stop it, or set PORT for the gateway.`);
  } else console.error(`Could not start: ${error.message}`);
  process.exit(1);
});
const pad = (s: string) => s.padEnd(16);
console.log(`Synthetic population: ${population.people.length} people (seed ${population.seed}).`);
for (const s of system.subgraphs) console.log(`${pad(s.name)} subgraph ${s.url}   state system ${s.mockUrl}`);
console.log(`\nGateway: ${system.gatewayUrl}  (Apollo Sandbox: open it in a browser)`);
if (system.metricsUrl) console.log(`Metrics (internal port, Prometheus): ${system.metricsUrl}`);
console.log('Token for the demo user: npm run -s token -- 850314301234 --eds');
console.log(`Ready in ${Date.now() - started} ms. Ctrl-C stops everything.`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping...');
  await system.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
