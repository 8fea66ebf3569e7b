/**
 * The portal page (web/) in a real browser: Debian's chromium driven by playwright-core, against the
 * whole system (mock state systems, subgraphs, gateway, PostgreSQL access log) and the page built
 * by Vite and served by web/server.ts. One browser for the file; screenshots at desktop and phone
 * width go to test/artefacts/web/ (git-ignored).
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { print } from 'graphql';
import pg from 'pg';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { migrateConfigured } from '../gateway/access-log/migrate-main.js';
import { openPostgresAccessLog, type AccessLog } from '../gateway/access-log/store.js';
import { authConfigFromEnv } from '../gateway/auth.js';
import { startGateway } from '../gateway/server.js';
import type { Served } from '../runtime/http.js';
import { startSystem, type RunningSystem } from '../scripts/system.js';
import { DEMO } from '../subgraphs/mocks/demo-family.js';
import { generatePopulation } from '../subgraphs/mocks/population.js';
import { PortalDossierDocument } from '../web/operations/__generated__/client/graphql.js';
import { buildWeb } from '../web/build.js';
import { startWebServer, type WebServer } from '../web/server.js';
import { ensureChromium } from './browser.js';
import { gql, requestCounts, resetMocks, setFaults, tokenFor } from './helpers.js';
import { expectLog } from './logs.js';

const SECTIONS = ['CIVIL_REGISTRY', 'PROPERTY', 'VEHICLES', 'HEALTH', 'FINES', 'QUEUES', 'SERVICE_REQUESTS', 'SOCIAL_BENEFITS', 'LICENCES'];
const ARTEFACTS = new URL('./artefacts/web/', import.meta.url).pathname;
const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

// the health state system is down on purpose
expectLog('state_system_failed');

const chromiumFound = ensureChromium();
if ('missing' in chromiumFound) {
  console.error(
    `\n!!!!!!!!!!\n!!! test/web.test.ts SKIPPED: ${chromiumFound.missing}.\n!!! Install it: apt-get update && apt-get install -y chromium\n!!!!!!!!!!\n`,
  );
}

describe.skipIf('missing' in chromiumFound)('the portal page in a browser', () => {
  const schema = `web_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new pg.Pool({ connectionString: DATABASE_URL });
  let accessLog: AccessLog;
  let system: RunningSystem;
  let production: Served;
  let web: WebServer;
  let browser: Browser;
  let desktop: BrowserContext;
  let page: Page;

  const card = (p: Page, iin: string, section: string) => p.locator(`article[data-person="${iin}"][data-section="${section}"]`);
  const cardStates = (p: Page, iin: string) =>
    p.$$eval(`article[data-person="${iin}"]`, (els: any[]) => Object.fromEntries(els.map((e) => [e.dataset.section, e.dataset.state])));

  async function signIn(p: Page, iin: string, login: 'EDS' | 'SMS' | 'PASSWORD'): Promise<void> {
    await p.goto(web.url);
    await p.selectOption('select[name=iin]', iin);
    await p.check(`input[name=login][value=${login}]`);
    await p.click('button[type=submit]');
    await card(p, iin, 'CIVIL_REGISTRY').waitFor();
  }

  beforeAll(async () => {
    mkdirSync(ARTEFACTS, { recursive: true });
    await admin.query(`CREATE SCHEMA ${schema}`);
    await migrateConfigured({ DATABASE_URL: `${DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}` });
    accessLog = await openPostgresAccessLog({ connectionString: DATABASE_URL, options: `-c search_path=${schema}` });
    const [started] = await Promise.all([
      startSystem({ population: generatePopulation({ size: 200 }), accessLog, development: true }),
      buildWeb(), // a no-op when web/dist is the build of these sources
    ]);
    system = started;
    production = await startGateway({
      auth: await authConfigFromEnv(),
      subgraphUrls: Object.fromEntries(system.subgraphs.map((s) => [s.name, s.url])),
      development: false,
      trustedDocuments: 'required',
      accessLog,
      port: 0,
      host: '127.0.0.1',
    });
    web = await startWebServer({ gatewayUrl: system.gatewayUrl });
    // the gateway's first plan of the page's query (and the JIT) takes a second or more on a busy
    // machine: planned once here, with nobody's data cached but the demo user's
    await gql(system, print(PortalDossierDocument), { token: await tokenFor(DEMO.user, 'EDS') });
    browser = await chromium.launch({ executablePath: (chromiumFound as { path: string }).path, args: ['--no-sandbox'] });
    desktop = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ru-RU', timezoneId: 'Asia/Almaty' });
    page = await desktop.newPage();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await production?.close();
    await system?.close();
    await accessLog?.close();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });

  beforeEach(() => resetMocks(system));

  it('an EDS login sees every section, each minor child’s sections and who read the data, written as in Kazakhstan', async () => {
    const graphql: Array<Record<string, string>> = [];
    page.on('request', (r) => void (r.url().endsWith('/graphql') && graphql.push(r.headers())));
    await signIn(page, DEMO.user, 'EDS');
    expect(await cardStates(page, DEMO.user)).toEqual(Object.fromEntries(SECTIONS.map((s) => [s, 'ok'])));
    // the client names itself: the access log records the portal's reads as such
    expect(graphql[0]?.['apollographql-client-name']).toBe('portal');
    await expect.poll(() => card(page, DEMO.user, 'CIVIL_REGISTRY').textContent()).toContain('14.03.1985');
    expect(await card(page, DEMO.user, 'VEHICLES').textContent()).toContain('215 AKZ 02');
    expect(await card(page, DEMO.user, 'FINES').textContent()).toMatch(/\d[\d\s\u00a0\u202f]*₸/);
    expect(await card(page, DEMO.user, 'VEHICLES').locator('.freshness').textContent()).toMatch(/обновлено/);
    // his three children are minors: each with every section
    const children: string[] = await page.$$eval('[data-child]', (els: any[]) => els.map((e) => e.dataset.child));
    expect(children.sort()).toEqual([DEMO.daughter, DEMO.son, DEMO.elderSon].sort());
    for (const child of children) expect(Object.values(await cardStates(page, child!))).toEqual(SECTIONS.map(() => 'ok'));
    await page.screenshot({ path: `${ARTEFACTS}desktop-eds.png`, fullPage: true });

    // the first read is in the access log from the next one on; the service worker now serves the shell
    await page.reload();
    await card(page, DEMO.user, 'LICENCES').waitFor();
    const rows = page.locator('table.access-log tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    expect(await rows.first().textContent()).toContain('portal');
  });

  it('installable: a web app manifest, and a service worker whose cache holds the app shell and never a GraphQL answer', async () => {
    const manifest = await (await fetch(new URL('/manifest.webmanifest', web.url))).json();
    expect(manifest).toMatchObject({ display: 'standalone', start_url: '/', icons: [expect.objectContaining({ src: '/icon.svg' })] });
    // (these functions run in the page: its globals through globalThis, this file being compiled for Node)
    await page.evaluate(() => (globalThis as any).navigator.serviceWorker.ready.then(() => true));
    const cached = () =>
      page.evaluate(async () => {
        const { caches } = globalThis as any;
        const urls: string[] = [];
        for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
        return urls;
      });
    await page.reload(); // fetched through the worker: the hashed assets are cached now
    await card(page, DEMO.user, 'LICENCES').waitFor();
    await expect.poll(async () => (await cached()).some((u) => u.startsWith('/assets/') && u.endsWith('.js'))).toBe(true);
    const urls = await cached();
    expect(urls).toContain('/');
    expect(urls.filter((u) => u.startsWith('/graphql') || u.startsWith('/dev/'))).toEqual([]);
  });

  it('Refresh brings the corrected record in the same round trip, then counts down the RATE_LIMITED wait', async () => {
    const vehicles = system.subgraphs.find((s) => s.name === 'vehicles')!;
    const corrected = {
      vehicles: [
        {
          plate: '001 KZT 01',
          vin: 'JTMHV05J604123456',
          make: 'Toyota',
          model: 'Land Cruiser',
          year: 2026,
          colour: 'Чёрный',
          registeredSince: '2026-11-20',
          registrationCertificate: 'AA00000001',
        },
      ],
    };
    const put = await fetch(`${vehicles.mockUrl}/_mock/records/${DEMO.user}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(corrected),
    });
    expect(put.status).toBe(200);
    const vehiclesCard = card(page, DEMO.user, 'VEHICLES');
    expect(await vehiclesCard.textContent()).toContain('215 AKZ 02'); // the cached copy
    const sent: string[] = [];
    page.on('request', (r) => void (r.url().endsWith('/graphql') && sent.push(r.postDataJSON()?.operationName)));
    const before = await requestCounts(system);
    await vehiclesCard.locator('button.refresh').click();
    await expect.poll(() => vehiclesCard.textContent()).toContain('001 KZT 01');
    expect(sent).toEqual(['PortalRefresh']); // one round trip: no query after the mutation
    const after = await requestCounts(system);
    expect(after.vehicles! - before.vehicles!).toBe(1);
    expect(await vehiclesCard.locator('.freshness').getAttribute('data-source')).toBe('LIVE');

    await vehiclesCard.locator('button.refresh').click();
    const countdown = vehiclesCard.locator('.countdown');
    await countdown.waitFor();
    expect(Number(await countdown.getAttribute('data-seconds'))).toBeGreaterThan(50);
    expect(await countdown.textContent()).toMatch(/Повторите через \d+ с/);
    expect(await vehiclesCard.locator('button.refresh').isDisabled()).toBe(true);
    const first = Number(await countdown.getAttribute('data-seconds'));
    await expect.poll(async () => Number(await countdown.getAttribute('data-seconds')), { timeout: 4000 }).toBeLessThan(first);
    expect((await requestCounts(system)).vehicles).toBe(after.vehicles); // refused before any state system was asked
  });

  it('switches between Kazakh, Russian and English', async () => {
    await page.click('button[data-lang=kk]');
    expect(await page.textContent('h1')).toBe('Жеке кабинет');
    expect(await card(page, DEMO.user, 'VEHICLES').locator('h3').textContent()).toBe('Көлік және жүргізуші куәлігі');
    expect(await page.getAttribute('html', 'lang')).toBe('kk');
    await page.click('button[data-lang=en]');
    expect(await page.textContent('h1')).toBe('Personal Account');
    expect(await card(page, DEMO.user, 'FINES').locator('h3').textContent()).toBe('Fines and debts');
    expect(await card(page, DEMO.user, 'VEHICLES').locator('.freshness').textContent()).toMatch(/^updated /);
    await page.screenshot({ path: `${ARTEFACTS}desktop-en.png`, fullPage: true });
    await page.click('button[data-lang=ru]');
    expect(await page.textContent('h1')).toBe('Личный кабинет');
  });

  it('a hidden section stays hidden on the citizen’s other devices (kept on the server); showing it again refreshes it', async () => {
    await card(page, DEMO.user, 'LICENCES').locator('button.hide').click();
    await page.locator('button[data-show=LICENCES]').waitFor();
    expect(await card(page, DEMO.user, 'LICENCES').count()).toBe(0);
    // on the server: the API says so
    const token = await tokenFor(DEMO.user, 'SMS');
    expect((await gql(system, '{ me { hiddenSections } }', { token })).data).toEqual({ me: { hiddenSections: ['LICENCES'] } });

    // the phone: another browser, another login, the same page
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'ru-RU' });
    try {
      const mobile = await phone.newPage();
      await signIn(mobile, DEMO.user, 'EDS');
      await card(mobile, DEMO.user, 'VEHICLES').waitFor();
      expect(await card(mobile, DEMO.user, 'LICENCES').count()).toBe(0);
      expect(await mobile.locator('button[data-show=LICENCES]').count()).toBe(1);
      // the layout fits a phone's width: nothing scrolls sideways but the access-log table in its own box
      expect(await mobile.evaluate(() => (globalThis as any).document.documentElement.scrollWidth <= (globalThis as any).innerWidth)).toBe(true);
      await mobile.screenshot({ path: `${ARTEFACTS}phone-eds.png`, fullPage: true });

      const before = await requestCounts(system);
      await mobile.click('button[data-show=LICENCES]');
      await card(mobile, DEMO.user, 'LICENCES').waitFor();
      await expect.poll(async () => (await requestCounts(system)).licences! - before.licences!).toBe(1); // refreshed: asked the state system
      // the refresh's answer shows the state system's copy
      await expect.poll(() => card(mobile, DEMO.user, 'LICENCES').locator('.freshness').getAttribute('data-source')).toBe('LIVE');
      expect((await gql(system, '{ me { hiddenSections } }', { token })).data).toEqual({ me: { hiddenSections: [] } });
    } finally {
      await phone.close();
    }
    await page.reload();
    await card(page, DEMO.user, 'LICENCES').waitFor();
  });

  it('an SMS login sees the identity summary and the service requests, and “sign in with EDS” on every other section', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ru-RU' });
    try {
      const sms = await context.newPage();
      await signIn(sms, DEMO.user, 'SMS');
      await card(sms, DEMO.user, 'SERVICE_REQUESTS').waitFor();
      expect(await cardStates(sms, DEMO.user)).toEqual({
        ...Object.fromEntries(SECTIONS.map((s) => [s, 'eds'])),
        CIVIL_REGISTRY: 'partial',
        SERVICE_REQUESTS: 'ok',
      });
      expect(await card(sms, DEMO.user, 'CIVIL_REGISTRY').textContent()).toContain('14.03.1985');
      expect(await card(sms, DEMO.user, 'VEHICLES').textContent()).toContain('Войдите с ЭЦП, чтобы увидеть это.');
      expect(await card(sms, DEMO.user, 'VEHICLES').textContent()).not.toContain('215 AKZ 02');
      // the children and the access log say the same, and no error code is dumped on the page
      expect(await sms.locator('[data-problem=eds]').count()).toBe(7 + 1 + 2);
      expect(await sms.textContent('body')).not.toMatch(/EDS_REQUIRED|extensions|INTERNAL/);
      await sms.screenshot({ path: `${ARTEFACTS}desktop-sms.png`, fullPage: true });
    } finally {
      await context.close();
    }
  });

  it('a section whose state system is down shows its own error state, or its last copy marked stale; the rest of the page works', async () => {
    await setFaults(system, 'health', { down: true });
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, locale: 'ru-RU' });
    try {
      const wife = await context.newPage();
      // his wife: nobody read her dossier yet, so there is no cached copy to serve
      await signIn(wife, DEMO.wife, 'EDS');
      await card(wife, DEMO.wife, 'LICENCES').waitFor();
      expect(await cardStates(wife, DEMO.wife)).toEqual({ ...Object.fromEntries(SECTIONS.map((s) => [s, 'ok'])), HEALTH: 'down' });
      expect(await card(wife, DEMO.wife, 'HEALTH').locator('.problem').textContent()).toBe('Госсистема временно недоступна. Повторите позже.');
      expect(await card(wife, DEMO.wife, 'HEALTH').locator('.problem').getAttribute('data-code')).toBe('STATE_SYSTEM_UNAVAILABLE');
      await wife.screenshot({ path: `${ARTEFACTS}phone-health-down.png`, fullPage: true });

      // his health copy is cached: a Refresh now finds the state system down and serves that copy, marked stale
      const health = card(page, DEMO.user, 'HEALTH');
      await health.locator('button.refresh').click();
      await health.locator('.badge.stale').waitFor();
      expect(await health.getAttribute('data-state')).toBe('ok');
      expect(await health.locator('.freshness').getAttribute('data-source')).toBe('STALE');
      expect(await health.textContent()).toContain('Госсистема не отвечает: показана последняя сохранённая копия.');
      expect(await health.textContent()).toContain('Застрахован');
      await health.screenshot({ path: `${ARTEFACTS}desktop-health-stale.png` });
    } finally {
      await context.close();
      await setFaults(system, 'health', { down: false });
    }
  });
});

describe('the development login and the page’s operations against a production gateway', () => {
  let system: RunningSystem;
  let production: Served;

  beforeAll(async () => {
    system = await startSystem({ population: generatePopulation({ size: 200 }), development: true });
    production = await startGateway({
      auth: await authConfigFromEnv(),
      subgraphUrls: Object.fromEntries(system.subgraphs.map((s) => [s.name, s.url])),
      development: false,
      trustedDocuments: 'required',
      port: 0,
      host: '127.0.0.1',
    });
  }, 120_000);
  afterAll(async () => {
    await production?.close();
    await system?.close();
  });

  const devToken = (gatewayUrl: string, body: unknown) =>
    fetch(gatewayUrl.replace(/\/graphql$/, '/dev/token'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('a development gateway issues a token the gateway accepts, for the login method asked', async () => {
    const response = await devToken(system.gatewayUrl, { iin: DEMO.wife, login: 'SMS' });
    expect(response.status).toBe(200);
    const { token } = (await response.json()) as { token: string };
    const body = await gql(system, '{ me { iin documents { number } } }', { token });
    expect(body.data).toEqual({ me: { iin: DEMO.wife, documents: null } });
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['EDS_REQUIRED']);
    const bad = await devToken(system.gatewayUrl, { iin: '123', login: 'EDS' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'iin', rule: 'FORMAT' });
  });

  it('building the page leaves NODE_ENV as it was (npm start builds it in the process its gateway runs in)', { timeout: 60_000 }, async () => {
    const before = process.env.NODE_ENV;
    delete process.env.NODE_ENV;
    try {
      expect(await buildWeb({ force: true })).toMatchObject({ built: true });
      expect(process.env.NODE_ENV).toBeUndefined(); // Vite sets it to production when unset
    } finally {
      process.env.NODE_ENV = before;
    }
  });

  it('hidden sections are the citizen’s own: set with any login, read by nobody else', async () => {
    const token = await tokenFor(DEMO.wife, 'PASSWORD');
    const set = await gql(system, 'mutation { setSectionHidden(section: FINES, hidden: true) { iin hiddenSections } }', { token });
    expect(set).toMatchObject({ status: 200, data: { setSectionHidden: { iin: DEMO.wife, hiddenSections: ['FINES'] } } });
    expect(set.errors).toBeUndefined();
    // her husband reads their children, not her page settings; nor do they show in his
    const his = await gql(system, `{ me { hiddenSections } child: person(iin: "${DEMO.daughter}") { iin hiddenSections } }`, {
      token: await tokenFor(DEMO.user, 'EDS'),
    });
    expect(his.data).toEqual({ me: { hiddenSections: [] }, child: { iin: DEMO.daughter, hiddenSections: null } });
    expect(his.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['child', 'hiddenSections'], 'FORBIDDEN']]);
    const refused = await gql(system, 'mutation { setSectionHidden(section: NOPE, hidden: true) { iin } }', { token });
    expect(refused.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('a production gateway has no development login', async () => {
    const response = await devToken(production.url, { iin: DEMO.user, login: 'EDS' });
    expect(response.status).toBe(404);
    expect(JSON.stringify(await response.json())).not.toMatch(/eyJ/);
  });

  it('a production gateway, which runs only trusted documents, runs the page’s query as the page sends it', async () => {
    const token = await tokenFor(DEMO.user, 'EDS');
    const response = await fetch(production.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'apollographql-client-name': 'portal' },
      body: JSON.stringify({ operationName: 'PortalDossier', query: print(PortalDossierDocument), variables: {} }),
    });
    const body = (await response.json()) as any;
    expect(body.errors).toBeUndefined();
    expect(body.data.me.iin).toBe(DEMO.user);
    expect(body.data.me.children).toHaveLength(3);
  });
});
