import { appendFileSync } from 'node:fs';
import nock from 'nock';
import { afterEach, beforeEach, expect } from 'vitest';
import { resetConfig } from '../runtime/config.js';
import { createLogger, logSink } from '../runtime/log.js';
import { LOG_DIR } from './global-setup.js';
import { unexpectedEvent } from './logs.js';

// Every log line of the run, debug included, goes to a file the global teardown scans for
// personal data; a warning or error the test file did not declare with expectLog (test/logs.ts)
// also to stderr, labelled with its test, so it stands out.
const file = `${LOG_DIR}${process.pid}.jsonl`;
logSink.write = (line) => {
  appendFileSync(file, `${line}\n`);
  const event = unexpectedEvent(line);
  if (event !== undefined) console.warn(`Unexpected log line (a test that provokes it declares expectLog('${event}')):\n${line}`);
};
// One line through the application's own logger, so the scan knows the capture works even when
// the tests that run (a single file, say) log nothing themselves.
createLogger('test').debug('log_capture_started');

// nock hygiene for every test file: nothing leaves the machine, loopback servers stay reachable,
// and every interceptor a test set up was used. Net connect is refused from the moment the file
// loads, not only from the first test: what a beforeAll starts is held to it too.
const loopbackOnly = () => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1|localhost/);
};
loopbackOnly();
beforeEach(() => {
  nock.cleanAll();
  loopbackOnly();
});

afterEach(() => {
  // the configuration is parsed once per process: a test that changed process.env leaves none of it behind
  resetConfig();
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending, 'every nock interceptor set up by the test was called').toEqual([]);
});
