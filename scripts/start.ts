/**
 * `npm start` (development): checks what would make the start fail (production settings, ports,
 * a stale supergraph, an unreachable Redis), applies the access log's migrations (`npm run
 * migrate`), then starts every mock state system, every subgraph and the gateway, and serves the
 * portal page (web/, built first when its sources changed); Ctrl-C stops them all.
 */
import { describeRun, migrateConfigured } from '../gateway/access-log/migrate-main.js';
import { exitUnlessConfigured } from '../runtime/config.js';
import { metricsPortFromEnv } from '../runtime/metrics.js';
import { plannedPorts, portProblem, redisAtStart, supergraphAtStart } from './preflight.js';

const started = Date.now();
const refuse = (message: string): never => {
  console.error(message);
  process.exit(1);
};
// every part runs here: a bad value, or a production start's every missing setting, is named at once, and nothing starts
const { HOST, PORT_OFFSET, OTEL_EXPORTER_OTLP_ENDPOINT, WEB_PORT } = exitUnlessConfigured(['gateway', 'subgraph']);
// a second copy learns at once which ports to free (before the population is built)
const ports = await portProblem();
if (ports) refuse(ports);
// in development, a subgraph's changed schema is served, not a stale supergraph
const supergraph = await supergraphAtStart();
if (supergraph.refuse) refuse(supergraph.refuse);
if (supergraph.note) console.log(supergraph.note);
// an unreachable Redis is found once, at once, instead of by every subgraph in turn
const redis = await redisAtStart();
if (redis.note) console.log(redis.note);
// the gateway only checks the access log's schema: migrating is this separate step
try {
  console.log(describeRun(await migrateConfigured()));
} catch (error) {
  refuse(`Access log migrations failed: ${(error as Error).message}`);
}

// the portal page (web/): built when its sources changed since the last build, before anything
// runs (the build is CPU-heavy for a few seconds); served beside the gateway once it is up
const webBuild = await import('../web/build.js')
  .then(({ buildWeb }) => buildWeb())
  .then(
    ({ built, ms }) => (built && console.log(`Built the portal page (web/dist) in ${ms} ms.`), true),
    (error: Error) => (console.error(`The portal page could not be built: ${error.message}`), false),
  );

// loaded only once the checks pass: a refusal comes at once
const { getPopulation } = await import('../subgraphs/mocks/population.js');
const { startSystem } = await import('./system.js');
const population = getPopulation();
// OTLP traces of every part (one process, one service) when OTEL_EXPORTER_OTLP_ENDPOINT is set
const { startTracing, tracesUrl } = await import('../runtime/tracing.js');
const tracing = await startTracing('dossier').catch((error: Error) => refuse(error.message));
const system = await startSystem({
  ports: 'default',
  population,
  host: HOST,
  waitForCache: redis.waitForCache,
  metricsPort: metricsPortFromEnv(9400 + PORT_OFFSET),
}).catch((error: NodeJS.ErrnoException & { port?: number }) => {
  if (error.code !== 'EADDRINUSE') return refuse(`Could not start: ${error.message}`);
  // taken since the check: say whose port it is
  const part = plannedPorts().find((p) => p.port === error.port)?.part ?? 'a part';
  return refuse(`Port ${error.port} (${part}) was taken meanwhile: is another \`npm start\` starting? Free it, or set PORT_OFFSET (README, Configuration).`);
});
const web = webBuild
  ? await import('../web/server.js')
      .then(({ DEFAULT_WEB_PORT, startWebServer }) =>
        startWebServer({
          gatewayUrl: system.gatewayUrl,
          port: WEB_PORT ?? DEFAULT_WEB_PORT + PORT_OFFSET,
          host: HOST,
        }),
      )
      .catch((error: NodeJS.ErrnoException) => {
        // the API works without it: say why there is no page, and go on
        console.error(`The portal page is not served: ${error.message}${error.code === 'EADDRINUSE' ? ' (set WEB_PORT)' : ''}`);
        return undefined;
      })
  : undefined;
const pad = (s: string) => s.padEnd(16);
console.log(`Synthetic population: ${population.people.length} people (seed ${population.seed}).`);
for (const s of system.subgraphs) console.log(`${pad(s.name)} subgraph ${s.url}   state system ${s.mockUrl}`);
console.log(`\nGateway: ${system.gatewayUrl}  (Apollo Sandbox: open it in a browser)`);
if (web) console.log(`Portal page: ${web.url}  (development login: pick a demo-family member and a login method)`);
if (system.metricsUrl) console.log(`Metrics (internal port, Prometheus): ${system.metricsUrl}`);
if (tracing) console.log(`Traces (OTLP/HTTP): ${tracesUrl(OTEL_EXPORTER_OTLP_ENDPOINT!)}`);
console.log('Token for the demo user: npm run -s token -- 850314301234 --eds');
// the Telegram bot, when it has a token: long polling, reading through this gateway (started in the
// background: reaching Telegram must not hold up the rest)
const { botNotStarting, startBot } = await import('../bot/main.js');
const botRefusal = botNotStarting();
let bot: Awaited<ReturnType<typeof startBot>> | undefined;
if (botRefusal) console.log(botRefusal);
else
  void startBot({ gatewayUrl: system.gatewayUrl }).then(
    (running) => {
      bot = running;
      console.log(`Telegram bot @${running.username}: polling Telegram (npm run bot runs it alone).`);
    },
    (error: Error) => console.log(`Telegram bot: could not start: ${error.message}`),
  );
console.log(`Ready in ${Date.now() - started} ms. Ctrl-C stops everything.`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping...');
  await bot?.stop().catch(() => undefined);
  await web?.close();
  await system.close();
  await tracing?.shutdown();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
