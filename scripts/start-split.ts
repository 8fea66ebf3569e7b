/**
 * `npm run start:split`: every mock state system, every subgraph and the gateway, each in its own
 * process as in production (scripts/split.ts), their output forwarded with the part's name;
 * Ctrl-C or SIGTERM stops them all, each gracefully. HOST and PORT_OFFSET (added to every
 * default port) are honoured. `npm start` runs the same system in one process.
 */
import { exitUnlessConfigured } from '../runtime/config.js';
import { launchSplit } from './split.js';

const { HOST, PORT_OFFSET } = exitUnlessConfigured();
const started = Date.now();
const system = await launchSplit({ host: HOST, portOffset: PORT_OFFSET }).catch((error: Error) => {
  console.error(`Could not start: ${error.message}`);
  process.exit(1);
});
for (const p of system.parts) console.log(`${p.kind.padEnd(13)} ${p.name.padEnd(28)} ${p.url}  pid ${p.child.pid}`);
console.log(`\nGateway: ${system.gatewayUrl}`);
console.log('Token for the demo user: npm run -s token -- 850314301234 --eds');
console.log(`${system.parts.length} processes ready in ${Date.now() - started} ms. Ctrl-C stops everything.`);

let stopping = false;
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping...');
  const codes = await system.stop();
  const failed = Object.entries(codes).filter(([, c]) => c !== 0);
  for (const [name, c] of failed) console.error(`${name} exited with ${c}`);
  process.exit(failed.length > 0 ? 1 : code);
};
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
// a part that dies on its own takes the rest down with it, as a failed deployment would be seen
for (const p of system.parts) {
  void system.exited(p).then((code) => {
    if (stopping) return;
    console.error(`${p.name} exited with ${code}; stopping everything.`);
    void stop(1);
  });
}
