/**
 * The warn and error lines a test file expects its code to log. A file declares the events it
 * provokes (`expectLog('state_system_failed')`, at its top or in a test); test/setup.ts then
 * echoes to stderr only the warn and error lines nobody declared, each labelled with its test, so
 * an unexpected one stands out in a green run. Every line, expected or not, is still captured and
 * scanned for personal data (test/global-setup.ts).
 */
const expected = new Set<string>();

/** Declares log events this test file provokes on purpose (by `event`, e.g. 'cache_unavailable'). */
export function expectLog(...events: string[]): void {
  for (const event of events) expected.add(event);
}

/** The event of a warn or error line nobody declared, or undefined. */
export function unexpectedEvent(line: string): string | undefined {
  if (!/"level":"(warn|error)"/.test(line)) return undefined;
  const event = /"event":"([^"]*)"/.exec(line)?.[1] ?? '';
  return expected.has(event) ? undefined : event || '(no event)';
}
