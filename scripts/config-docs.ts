/**
 * `npm run config:docs`: writes the configuration table of README.md from runtime/config.ts;
 * `-- --check` only says whether it is stale (exit code 1), as CI may.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { withConfigTable } from '../runtime/config-docs.js';

const file = new URL('../README.md', import.meta.url);
const readme = readFileSync(file, 'utf8');
const fresh = withConfigTable(readme);
if (process.argv.includes('--check')) {
  if (fresh !== readme) {
    console.error('README.md: the configuration table is stale; run npm run config:docs');
    process.exit(1);
  }
  console.log('README.md: the configuration table is current.');
} else if (fresh === readme) {
  console.log('README.md: the configuration table is current.');
} else {
  writeFileSync(file, fresh);
  console.log('README.md: configuration table written from runtime/config.ts.');
}
