/**
 * The README's configuration table, written from runtime/config.ts (`npm run config:docs`):
 * one row per variable (a family such as `STATE_TIMEOUT_MS_<SECTION>` in one), with its default,
 * what it is and what production requires of it. runtime/config.test.ts fails when README.md's
 * table is not this one.
 */
import { VARIABLES, type Variable } from './config.js';

export const TABLE_START = '<!-- config:start: written by `npm run config:docs` from runtime/config.ts; edit there -->';
export const TABLE_END = '<!-- config:end -->';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const namesOf = (v: Variable): string => (v.name.includes('<') ? `\`${v.name}\`` : v.names.map((n) => `\`${n}\``).join(', '));

/** A value as code, words as they are. */
const defaultOf = (v: Variable): string => (v.default !== undefined && v.defaultText === String(v.default) ? `\`${v.defaultText}\`` : v.defaultText);

/** The table, in Markdown. */
export function configTable(): string {
  return [
    '| variable | default | what | in production |',
    '| --- | --- | --- | --- |',
    ...VARIABLES.map((v) => `| ${namesOf(v)} | ${cell(defaultOf(v))} | ${cell(v.description)} | ${cell(v.productionRule)} |`),
  ].join('\n');
}

/** `readme` with the text between the markers replaced by the table; throws when the markers are missing. */
export function withConfigTable(readme: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${TABLE_START} ... ${TABLE_END} markers`);
  return `${readme.slice(0, start + TABLE_START.length)}\n${configTable()}\n${readme.slice(end)}`;
}
