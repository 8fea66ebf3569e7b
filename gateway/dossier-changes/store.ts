/**
 * The citizen's side of what changed since the last view: the changes the subgraphs recorded
 * (subgraphs/kit/changes.ts), newest first and cursor-paginated, and the notification settings
 * (channels per kind, quiet hours) the subgraphs read when they queue notifications. Both keyed by
 * the keyed hash of the IIN (runtime/log.ts `pseudonym`): no IIN is stored.
 *
 * The role needs SELECT on dossier_changes, SELECT, INSERT, UPDATE on notification_settings.
 */
import { GraphQLError } from 'graphql';
import {
  type ChangeValue,
  DEFAULT_NOTIFICATION_SETTINGS,
  DOSSIER_CHANGE_KINDS,
  type DossierChangeKind,
  isClockTime,
  type NotificationChannel,
  type NotificationSettings,
  type QuietHours,
} from '../../schema/changes.js';
import { dossierError, ErrorCode } from '../../schema/errors.js';
import type { Section } from '../../schema/sections.js';
import { createLogger, describeError, pseudonym } from '../../runtime/log.js';
import type { Database } from '../../runtime/sql.js';
import { decodeCursor, encodeCursor, MAX_PAGE_SIZE } from '../access-log/store.js';

export interface DossierChangeRecord {
  id: string;
  cursor: string;
  kind: DossierChangeKind;
  section: Section;
  item: string;
  foundAt: string;
  before: ChangeValue | null;
  after: ChangeValue | null;
}

export interface DossierChangePage {
  entries: DossierChangeRecord[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/** What `updateNotificationSettings` may change; a field left out is kept. */
export interface SettingsUpdate {
  channels?: ReadonlyArray<{ kind: DossierChangeKind; channels: readonly NotificationChannel[] }> | null;
  /** null: no quiet hours; undefined: kept. */
  quietHours?: QuietHours | null;
}

export interface DossierChanges {
  list(iin: string, first: number, after?: string): Promise<DossierChangePage>;
  /** The changes found in these live answers (a section and when its state system gave it), in the order found. */
  foundIn(iin: string, answers: ReadonlyArray<{ section: Section; fetchedAt: string }>): Promise<DossierChangeRecord[]>;
  settings(iin: string): Promise<NotificationSettings>;
  updateSettings(iin: string, update: SettingsUpdate): Promise<NotificationSettings>;
}

const log = createLogger('dossier-changes');

function unavailable(cause: unknown): GraphQLError {
  return new GraphQLError('What changed in the dossier cannot be read for a moment; try again shortly.', {
    originalError: cause instanceof Error ? cause : undefined,
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, section: 'DOSSIER_CHANGES' },
  });
}

const badInput = (argument: string, rule: string, message: string): GraphQLError => dossierError(ErrorCode.BAD_USER_INPUT, message, { argument, rule });

/** Checks an update before anything is written: the first mistake, naming the argument and the rule. */
export function checkedUpdate(update: SettingsUpdate): SettingsUpdate {
  if (update.channels == null && update.quietHours === undefined) {
    throw badInput('input', 'EMPTY', 'Give channels, quietHours or both: there is nothing to change.');
  }
  const seen = new Set<string>();
  for (const [n, entry] of (update.channels ?? []).entries()) {
    if (seen.has(entry.kind)) throw badInput(`input.channels[${n}].kind`, 'DUPLICATE', `The kind ${entry.kind} is listed more than once.`);
    seen.add(entry.kind);
    if (new Set(entry.channels).size !== entry.channels.length) {
      throw badInput(`input.channels[${n}].channels`, 'DUPLICATE', `A channel is listed more than once for ${entry.kind}.`);
    }
  }
  const quiet = update.quietHours;
  if (quiet) {
    for (const end of ['from', 'to'] as const) {
      if (!isClockTime(quiet[end])) throw badInput(`input.quietHours.${end}`, 'FORMAT', `quietHours.${end} must be a time of day as HH:MM, 00:00 to 23:59.`);
    }
    if (quiet.from === quiet.to)
      throw badInput('input.quietHours', 'EMPTY_RANGE', 'quietHours.from and quietHours.to are the same time: give two different times, or null for none.');
  }
  return update;
}

interface ChangeRow {
  id: string;
  kind: DossierChangeKind;
  section: Section;
  item: string;
  found_at: string;
  before: ChangeValue | null;
  after: ChangeValue | null;
}

const SELECT_PAGE = `SELECT id::text AS id, kind, section, item, before, after,
       to_char(found_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS found_at
  FROM dossier_changes
 WHERE citizen = $1 AND ($2::bigint IS NULL OR dossier_changes.id < $2::bigint)
 ORDER BY dossier_changes.id DESC
 LIMIT $3`;

const fromRow = (r: ChangeRow): DossierChangeRecord => ({
  id: r.id,
  cursor: encodeCursor(r.id),
  kind: r.kind,
  section: r.section,
  item: r.item,
  foundAt: r.found_at,
  before: r.before,
  after: r.after,
});

/** Settings as stored, completed with the defaults for kinds added since they were saved. */
const completed = (stored: NotificationSettings | undefined): NotificationSettings => ({
  channels: { ...DEFAULT_NOTIFICATION_SETTINGS.channels, ...stored?.channels },
  quietHours: stored ? stored.quietHours : DEFAULT_NOTIFICATION_SETTINGS.quietHours,
});

export function createDossierChanges(db: Database): DossierChanges {
  return {
    async list(iin, first, after) {
      if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
        throw badInput('first', 'RANGE', `first must be an integer from 1 to ${MAX_PAGE_SIZE}.`);
      }
      const afterId = after == null ? null : decodeCursor(after);
      if (after != null && afterId === null) throw badInput('after', 'CURSOR', 'after is not a cursor of this list.');
      let rows: ChangeRow[];
      try {
        ({ rows } = await db.query<ChangeRow>(SELECT_PAGE, [pseudonym(iin), afterId, first + 1]));
      } catch (error) {
        log.error('dossier_changes_list_failed', describeError(error));
        throw unavailable(error);
      }
      const entries = rows.slice(0, first).map(fromRow);
      return { entries, endCursor: entries.at(-1)?.cursor ?? null, hasNextPage: rows.length > first };
    },

    async foundIn(iin, answers) {
      if (answers.length === 0) return [];
      try {
        const { rows } = await db.query<ChangeRow>(
          `SELECT id::text AS id, kind, section, item, before, after,
                  to_char(found_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS found_at
             FROM dossier_changes
            WHERE citizen = $1 AND (section, fetched_at) IN (SELECT * FROM unnest($2::text[], $3::timestamptz[]))
            ORDER BY id`,
          [pseudonym(iin), answers.map((a) => a.section), answers.map((a) => a.fetchedAt)],
        );
        return rows.map(fromRow);
      } catch (error) {
        log.error('dossier_changes_list_failed', describeError(error));
        throw unavailable(error);
      }
    },

    async settings(iin) {
      try {
        const { rows } = await db.query<{ settings: NotificationSettings }>('SELECT settings FROM notification_settings WHERE citizen = $1', [pseudonym(iin)]);
        return completed(rows[0]?.settings);
      } catch (error) {
        log.error('notification_settings_read_failed', describeError(error));
        throw unavailable(error);
      }
    },

    async updateSettings(iin, update) {
      checkedUpdate(update);
      const citizen = pseudonym(iin);
      try {
        return await db.transaction(async (tx) => {
          // the row exists before it is locked, so two first updates at once merge rather than overwrite
          await tx.query('INSERT INTO notification_settings (citizen, settings) VALUES ($1, $2::jsonb) ON CONFLICT DO NOTHING', [
            citizen,
            JSON.stringify(DEFAULT_NOTIFICATION_SETTINGS),
          ]);
          const { rows } = await tx.query<{ settings: NotificationSettings }>('SELECT settings FROM notification_settings WHERE citizen = $1 FOR UPDATE', [
            citizen,
          ]);
          const current = completed(rows[0]?.settings);
          const next: NotificationSettings = {
            channels: { ...current.channels },
            quietHours: update.quietHours === undefined ? current.quietHours : update.quietHours && { from: update.quietHours.from, to: update.quietHours.to },
          };
          for (const entry of update.channels ?? []) next.channels[entry.kind] = [...entry.channels];
          await tx.query('UPDATE notification_settings SET settings = $2::jsonb, updated_at = now() WHERE citizen = $1', [citizen, JSON.stringify(next)]);
          return next;
        });
      } catch (error) {
        log.error('notification_settings_write_failed', describeError(error));
        throw unavailable(error);
      }
    },
  };
}

/** The settings as the schema lists them: every kind, in the portal's order. */
export const settingsView = (settings: NotificationSettings) => ({
  channels: DOSSIER_CHANGE_KINDS.map((kind) => ({ kind, channels: settings.channels[kind] ?? [] })),
  quietHours: settings.quietHours,
});
