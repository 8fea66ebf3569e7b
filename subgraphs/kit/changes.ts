/**
 * What changed since the last view. On every LIVE answer of a state system (a cache hit cannot
 * differ from what was seen: every live answer went through here), the subgraph's `watch` lists
 * the items of the record that matter (a queue entry's position, a fine paid or not, ...); they
 * are compared with the copy of that section the citizen last saw, kept in PostgreSQL as per-item
 * fingerprints, and each difference the portal notifies of is recorded as a change, with one
 * outbox row per channel the citizen's settings enable, in the same transaction as the new
 * last-seen copy. The first view records a baseline and reports nothing.
 *
 * Concurrent live reads of one person (two requests, two replicas) cannot record a change twice:
 * the last-seen row is locked (SELECT ... FOR UPDATE) while it is compared and replaced, so the
 * second finds the first's copy and nothing new.
 *
 * Stored: the citizen as the keyed hash of the IIN (HASH_KEY), each item as the keyed hash of its
 * key, a fingerprint of its value, and only what a client renders (the item's reference as the
 * dossier shows it and a small value); never a name, an address or an IIN.
 */
import { createHash, createHmac } from 'node:crypto';
import { type ChangeValue, DEFAULT_NOTIFICATION_SETTINGS, type DossierChangeKind, deliverAfter, type NotificationSettings } from '../../schema/changes.js';
import type { Section } from '../../schema/sections.js';
import { createLogger, describeError, pseudonym } from '../../runtime/log.js';
import { dossierChangeTrackingFailures, dossierChangesFound } from '../../runtime/metrics.js';
import { secretFrom } from '../../runtime/secrets.js';
import type { Database, Queryable } from '../../runtime/sql.js';

/** What a watched item is: decides which differences are changes (`changesOf`). */
export type WatchedKind = 'KINDERGARTEN_QUEUE' | 'ENCUMBRANCE' | 'PROPERTY_RIGHT' | 'FINE' | 'SERVICE_REQUEST' | 'BENEFIT' | 'LICENCE' | 'DOCUMENT';

/** One item of a record the citizen is told about when it changes. */
export interface WatchedItem {
  what: WatchedKind;
  /** Stable within the section: the application number, cadastral number and right, ...; stored only as a keyed hash. */
  key: string;
  /** The item as the dossier shows it, for the client to find it there (stored in clear: never a name, address or IIN). */
  reference: string;
  /** The value compared and rendered. */
  value: ChangeValue;
}

/** A subgraph's watch: the items of a record, as of `today` (Kazakhstan). */
export type Watch<R> = (record: R, today: string) => WatchedItem[];

/** An item as remembered. */
export interface SeenItem {
  /** Fingerprint of the value. */
  f: string;
  w: WatchedKind;
  r: string;
  v: ChangeValue;
}

export interface FoundChange {
  kind: DossierChangeKind;
  item: string;
  before: ChangeValue | null;
  after: ChangeValue | null;
}

const fingerprint = (value: ChangeValue): string => createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 22);

/** The changes between what was seen of one item and what is there now (either may be absent). */
export function changesOf(
  what: WatchedKind,
  before: ChangeValue | undefined,
  after: ChangeValue | undefined,
): Array<Pick<FoundChange, 'kind' | 'before' | 'after'>> {
  const change = (kind: DossierChangeKind) => [{ kind, before: before ?? null, after: after ?? null }];
  switch (what) {
    case 'KINDERGARTEN_QUEUE':
      return before && after && before.position !== after.position ? change('KINDERGARTEN_QUEUE_POSITION_CHANGED') : [];
    case 'ENCUMBRANCE':
      if (!before && after) return change('ENCUMBRANCE_IMPOSED');
      return before && !after ? change('ENCUMBRANCE_REMOVED') : [];
    case 'PROPERTY_RIGHT':
      if (!before && after) return change('PROPERTY_RIGHT_STARTED');
      return before && !after ? change('PROPERTY_RIGHT_ENDED') : [];
    case 'FINE':
      if (!before && after) return change('FINE_IMPOSED');
      return before && after && !before.paid && after.paid ? change('FINE_PAID') : [];
    case 'SERVICE_REQUEST':
      return before && after && before.status !== after.status ? change('SERVICE_REQUEST_STATUS_CHANGED') : [];
    case 'BENEFIT':
      if (after?.status === 'ASSIGNED' && before?.status !== 'ASSIGNED') return change('BENEFIT_ASSIGNED');
      return before && after?.status === 'ENDED' && before.status !== 'ENDED' ? change('BENEFIT_ENDED') : [];
    case 'LICENCE':
      return before && after && before.status !== after.status ? change('LICENCE_STATUS_CHANGED') : [];
    case 'DOCUMENT':
      return after?.status === 'EXPIRING' && before?.status !== 'EXPIRING' ? change('DOCUMENT_EXPIRING') : [];
  }
}

/** Keyed hash of an item (the citizen and section are part of it: the same item of two people hashes apart). */
export type ItemHasher = (citizen: string, section: Section, key: string) => string;

export function itemHasher(secret: Uint8Array = secretFrom('HASH_KEY', 'hashKey')): ItemHasher {
  return (citizen, section, key) => createHmac('sha256', secret).update(`${citizen}\u0000${section}\u0000${key}`).digest('base64url').slice(0, 22);
}

/** The items of a record as remembered: keyed hash -> seen item. */
export function seenCopy(items: readonly WatchedItem[], hash: (key: string) => string): Record<string, SeenItem> {
  const copy: Record<string, SeenItem> = {};
  for (const item of items) copy[hash(item.key)] = { f: fingerprint(item.value), w: item.what, r: item.reference, v: item.value };
  return copy;
}

/** Every change between two copies, in a stable order (the new copy's items, then those gone). */
export function diffCopies(before: Record<string, SeenItem>, after: Record<string, SeenItem>): FoundChange[] {
  const found: FoundChange[] = [];
  for (const [key, now] of Object.entries(after)) {
    const was = before[key];
    if (was?.f === now.f) continue;
    for (const c of changesOf(now.w, was?.v, now.v)) found.push({ ...c, item: now.r });
  }
  for (const [key, was] of Object.entries(before)) {
    if (key in after) continue;
    for (const c of changesOf(was.w, was.v, undefined)) found.push({ ...c, item: was.r });
  }
  return found;
}

const sameCopy = (a: Record<string, SeenItem>, b: Record<string, SeenItem>): boolean => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => b[k]?.f === a[k]!.f);
};

/** Records what citizens saw of a section; `observe` is called with each live answer of a batch. */
export interface ChangeRecorder {
  /** Compares each person's live record with their last-seen copy and records the changes. Never rejects: a failure is logged (the next live read compares again). */
  observe(section: Section, views: ReadonlyArray<{ iin: string; items: WatchedItem[] }>, fetchedAt?: number): Promise<void>;
}

const log = createLogger('dossier-changes');

interface SeenRow {
  citizen: string;
  items: Record<string, SeenItem> | null;
}

const settingsOf = async (tx: Queryable, citizens: string[]): Promise<Map<string, NotificationSettings>> => {
  const { rows } = await tx.query<{ citizen: string; settings: NotificationSettings }>(
    'SELECT citizen, settings FROM notification_settings WHERE citizen = ANY($1::text[])',
    [citizens],
  );
  return new Map(rows.map((r) => [r.citizen, r.settings]));
};

/**
 * The recorder over a database migrated by `npm run migrate` (002_dossier_changes.sql). The role
 * needs SELECT, INSERT, UPDATE on dossier_last_seen, SELECT, INSERT on dossier_changes (RETURNING id),
 * INSERT on notification_outbox, and SELECT on notification_settings.
 */
export function createChangeRecorder(db: Database, options: { hasher?: ItemHasher; now?: () => number } = {}): ChangeRecorder {
  let hasher = options.hasher;
  const now = options.now ?? Date.now;

  return {
    async observe(section, views, fetchedAt = now()) {
      if (views.length === 0) return;
      const fetched = new Date(fetchedAt).toISOString();
      hasher ??= itemHasher();
      const hash = hasher;
      // one person once per batch, in a fixed order: two batches lock the rows they share in the same order
      const copies = new Map<string, Record<string, SeenItem>>();
      for (const { iin, items } of views) {
        const citizen = pseudonym(iin);
        copies.set(
          citizen,
          seenCopy(items, (key) => hash(citizen, section, key)),
        );
      }
      const citizens = [...copies.keys()].sort();
      try {
        // Most live answers change nothing: one read without a lock finds those.
        const { rows: seen } = await db.query<SeenRow>('SELECT citizen, items FROM dossier_last_seen WHERE section = $1 AND citizen = ANY($2::text[])', [
          section,
          citizens,
        ]);
        const unchanged = new Set(seen.filter((r) => r.items && sameCopy(r.items, copies.get(r.citizen)!)).map((r) => r.citizen));
        const pending = citizens.filter((c) => !unchanged.has(c));
        if (pending.length === 0) return;
        const found = await db.transaction(async (tx) => {
          await tx.query(
            `INSERT INTO dossier_last_seen (citizen, section, items) SELECT c, $1, NULL FROM unnest($2::text[]) AS c ORDER BY c ON CONFLICT DO NOTHING`,
            [section, pending],
          );
          const { rows } = await tx.query<SeenRow>(
            'SELECT citizen, items FROM dossier_last_seen WHERE section = $1 AND citizen = ANY($2::text[]) ORDER BY citizen FOR UPDATE',
            [section, pending],
          );
          const changes: Array<FoundChange & { citizen: string }> = [];
          const replaced: string[] = [];
          for (const row of rows) {
            const copy = copies.get(row.citizen)!;
            if (row.items && sameCopy(row.items, copy)) continue; // a concurrent read recorded it meanwhile
            replaced.push(row.citizen);
            // the first view is the baseline: nothing to report
            if (row.items) for (const c of diffCopies(row.items, copy)) changes.push({ ...c, citizen: row.citizen });
          }
          if (replaced.length > 0) {
            await tx.query(
              `UPDATE dossier_last_seen AS s SET items = n.items::jsonb, updated_at = now()
                 FROM unnest($2::text[], $3::text[]) AS n(citizen, items)
                WHERE s.section = $1 AND s.citizen = n.citizen`,
              [section, replaced, replaced.map((c) => JSON.stringify(copies.get(c)))],
            );
          }
          if (changes.length === 0) return 0;
          // changes are rare: one statement each, so each id is surely its change's
          const ids: string[] = [];
          for (const c of changes) {
            const { rows: inserted } = await tx.query<{ id: string }>(
              `INSERT INTO dossier_changes (citizen, section, kind, item, before, after, fetched_at)
               VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7) RETURNING id::text AS id`,
              [c.citizen, section, c.kind, c.item.slice(0, 100), c.before && JSON.stringify(c.before), c.after && JSON.stringify(c.after), fetched],
            );
            ids.push(inserted[0]!.id);
          }
          // one outbox row per change and channel its citizen's settings enable, due after the quiet hours
          const settings = await settingsOf(tx, [...new Set(changes.map((c) => c.citizen))]);
          const outbox: Array<[string, string, string, string]> = [];
          const at = now();
          for (const [n, c] of changes.entries()) {
            const s = settings.get(c.citizen) ?? DEFAULT_NOTIFICATION_SETTINGS;
            const due = new Date(deliverAfter(at, s.quietHours)).toISOString();
            // a kind added after the settings were saved has its default channels, as the gateway shows them
            for (const channel of s.channels[c.kind] ?? DEFAULT_NOTIFICATION_SETTINGS.channels[c.kind]) outbox.push([ids[n]!, c.citizen, channel, due]);
          }
          if (outbox.length > 0) {
            await tx.query(
              `INSERT INTO notification_outbox (change_id, citizen, channel, deliver_after)
               SELECT change_id::bigint, citizen, channel, deliver_after::timestamptz
                 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS o(change_id, citizen, channel, deliver_after)`,
              [outbox.map((o) => o[0]), outbox.map((o) => o[1]), outbox.map((o) => o[2]), outbox.map((o) => o[3])],
            );
          }
          return changes.length;
        });
        if (found > 0) {
          dossierChangesFound.inc({ section }, found);
          log.info('dossier_changes_found', { section, changes: found });
        }
      } catch (error) {
        // the read is served all the same; the copy was not replaced, so the next live read finds the change
        dossierChangeTrackingFailures.inc({ section });
        log.error('dossier_changes_failed', { section, people: citizens.length, ...describeError(error) });
      }
    },
  };
}

/** The calendar date `days` after `date` (both `YYYY-MM-DD`). */
export const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
