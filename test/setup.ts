import nock from 'nock';
import { afterEach, beforeEach, expect } from 'vitest';

// nock hygiene for every test file: nothing leaves the machine, loopback servers stay reachable,
// and every interceptor a test set up was used.
beforeEach(() => {
  nock.cleanAll();
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1|localhost/);
});

afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending, 'every nock interceptor set up by the test was called').toEqual([]);
});
