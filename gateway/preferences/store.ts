/**
 * The sections a citizen hid on their page, in the access log's database (migration
 * 003_section_visibility.sql). Each change is a row of its own (INSERT only, as the access log:
 * the gateway's role needs no UPDATE or DELETE); the sections hidden now are those whose latest
 * row says hidden.
 */
import { GraphQLError } from 'graphql';
import { isValidIin } from '../../schema/iin.js';
import { ErrorCode } from '../../schema/errors.js';
import { createLogger, describeError } from '../../runtime/log.js';
import { isSection, SECTION_NAMES, type Section } from '../../schema/sections.js';
import type { Queryable } from '../../runtime/sql.js';

export interface SectionPreferences {
  /** The sections this citizen hid, in the order of schema/sections.ts. */
  hidden(ownerIin: string): Promise<Section[]>;
  /** Hides a section (or shows it again); resolves once stored. */
  set(ownerIin: string, section: Section, hidden: boolean): Promise<void>;
}

const log = createLogger('preferences');

const unavailable = (cause: unknown): GraphQLError =>
  new GraphQLError('Your page settings are unavailable for a moment; try again shortly.', {
    originalError: cause instanceof Error ? cause : undefined,
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, section: 'PREFERENCES' },
  });

const SELECT_HIDDEN = `SELECT section FROM (
  SELECT DISTINCT ON (section) section, hidden FROM section_visibility WHERE owner_iin = $1 ORDER BY section, id DESC
) latest WHERE hidden`;

export function createSectionPreferences(db: Queryable): SectionPreferences {
  return {
    async hidden(ownerIin) {
      if (!isValidIin(ownerIin)) throw new TypeError('preferences: invalid ownerIin');
      let rows: Array<{ section: string }>;
      try {
        ({ rows } = await db.query<{ section: string }>(SELECT_HIDDEN, [ownerIin]));
      } catch (error) {
        log.error('preferences_read_failed', describeError(error));
        throw unavailable(error);
      }
      const hidden = new Set(rows.map((r) => r.section));
      return SECTION_NAMES.filter((s) => hidden.has(s));
    },
    async set(ownerIin, section, hidden) {
      if (!isValidIin(ownerIin)) throw new TypeError('preferences: invalid ownerIin');
      if (!isSection(section)) throw new TypeError('preferences: invalid section');
      try {
        await db.query('INSERT INTO section_visibility (owner_iin, section, hidden) VALUES ($1, $2, $3)', [ownerIin, section, hidden]);
      } catch (error) {
        log.error('preferences_write_failed', describeError(error));
        throw unavailable(error);
      }
    },
  };
}
