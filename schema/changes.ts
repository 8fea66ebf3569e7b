/**
 * What changed in a dossier since the citizen last saw it: the kinds of change the portal notifies
 * of, the value a client renders before and after, and the notification channels. The contract
 * between the subgraphs' kit (which finds and records changes, subgraphs/kit/changes.ts) and the
 * gateway (which lists them and keeps the notification settings, gateway/dossier-changes/).
 */

/** The portal's list of notified changes (the DossierChangeKind enum of gateway/access-log/schema.graphql). */
export const DOSSIER_CHANGE_KINDS = [
  'KINDERGARTEN_QUEUE_POSITION_CHANGED',
  'ENCUMBRANCE_IMPOSED',
  'ENCUMBRANCE_REMOVED',
  'PROPERTY_RIGHT_STARTED',
  'PROPERTY_RIGHT_ENDED',
  'FINE_IMPOSED',
  'FINE_PAID',
  'SERVICE_REQUEST_STATUS_CHANGED',
  'BENEFIT_ASSIGNED',
  'BENEFIT_ENDED',
  'LICENCE_STATUS_CHANGED',
  'DOCUMENT_EXPIRING',
] as const;
export type DossierChangeKind = (typeof DOSSIER_CHANGE_KINDS)[number];
export const isChangeKind = (v: unknown): v is DossierChangeKind => typeof v === 'string' && (DOSSIER_CHANGE_KINDS as readonly string[]).includes(v);

/**
 * One side of a change, as a client renders it: `text` always, and the typed field the kind is
 * about. Small and non-identifying by construction: a position, a status, an amount, a date,
 * paid or not; never a name, an address or an IIN (it is stored in clear).
 */
export interface ChangeValue {
  text: string;
  position?: number | null;
  status?: string | null;
  amount?: number | null;
  date?: string | null;
  paid?: boolean | null;
}

/** How a change reaches the citizen, besides the dossier itself. */
export const NOTIFICATION_CHANNELS = ['EMAIL', 'SMS', 'PUSH', 'TELEGRAM'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** Quiet hours: no delivery from `from` to `to` (HH:MM, Kazakhstan time; may span midnight). */
export interface QuietHours {
  from: string;
  to: string;
}

/** A citizen's notification settings: the channels of each kind, and the quiet hours of every channel. */
export interface NotificationSettings {
  channels: Record<DossierChangeKind, NotificationChannel[]>;
  quietHours: QuietHours | null;
}

/** What a citizen who never changed them gets: every kind by push, nothing at night (22:00 to 08:00). */
export const DEFAULT_NOTIFICATION_SETTINGS: NotificationSettings = {
  channels: Object.fromEntries(DOSSIER_CHANGE_KINDS.map((k) => [k, ['PUSH']])) as unknown as Record<DossierChangeKind, NotificationChannel[]>,
  quietHours: { from: '22:00', to: '08:00' },
};

/** HH:MM, 00:00 to 23:59. */
export const isClockTime = (v: string): boolean => /^([01]\d|2[0-3]):[0-5]\d$/.test(v);

const MINUTE = 60_000;
const KAZAKHSTAN_OFFSET_MS = 5 * 60 * MINUTE; // UTC+5 since 2024-03-01 (schema/dates.ts)
const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * When a notification found at `now` (ms since the epoch) may be delivered: at once, or, inside
 * the quiet hours, when they end (Kazakhstan time).
 */
export function deliverAfter(now: number, quietHours: QuietHours | null): number {
  if (!quietHours) return now;
  const local = new Date(now + KAZAKHSTAN_OFFSET_MS);
  const minute = local.getUTCHours() * 60 + local.getUTCMinutes();
  const from = minutesOf(quietHours.from);
  const to = minutesOf(quietHours.to);
  const quiet = from < to ? minute >= from && minute < to : minute >= from || minute < to;
  if (!quiet) return now;
  const wait = (to - minute + 24 * 60) % (24 * 60);
  return Math.floor(now / MINUTE) * MINUTE + wait * MINUTE;
}
