/**
 * Around the whole test run: every log line the code writes is captured (test/setup.ts), and at
 * the end scanned for personal data and secrets: the demo family's names, any valid IIN at all,
 * any bearer token. One found fails the run.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkIin } from '../schema/iin.js';

export const LOG_DIR = fileURLToPath(new URL('../.local/test-logs/', import.meta.url));

const DEMO_NAMES = ['Ахметов', 'Ахметова', 'Серик', 'Айгерим', 'Сейткали', 'Айлин', 'Алихан', 'Тимур', 'Нурлан', 'Касымова', 'проспект Абая'];

export function setup(): void {
  rmSync(LOG_DIR, { recursive: true, force: true });
  mkdirSync(LOG_DIR, { recursive: true });
}

export function teardown(): void {
  const leaks: string[] = [];
  let lines = 0;
  for (const file of readdirSync(LOG_DIR)) {
    for (const line of readFileSync(`${LOG_DIR}${file}`, 'utf8').split('\n')) {
      if (!line) continue;
      lines++;
      const iins = (line.match(/\d{12}/g) ?? []).filter((d) => checkIin(d).ok);
      const names = DEMO_NAMES.filter((n) => line.includes(n));
      const tokens = line.match(/eyJ[\w-]+\.eyJ[\w-]+/g) ?? [];
      if (iins.length || names.length || tokens.length)
        leaks.push(`${file}: ${[...iins, ...names, ...tokens.map(() => 'a token')].join(', ')} in ${line.slice(0, 200)}`);
    }
  }
  if (leaks.length > 0) throw new Error(`Personal data in the logs of this test run:\n${leaks.slice(0, 20).join('\n')}`);
  if (lines === 0) throw new Error('No log line was captured: the personal-data scan of the logs saw nothing');
  console.log(`Scanned ${lines} log lines of this run: no IIN, name or address in clear.`);
}
