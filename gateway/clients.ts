/**
 * Which client application a request came from, as the access log records it and the citizen
 * reads it: one of the known clients, by the name it sends in `apollographql-client-name`. Any
 * other name is recorded as `other` (and a missing one as `unknown`): the header is the client's
 * free text, decoded by Node as Latin-1, and neither the access log nor the logs copy it.
 */
export const KNOWN_CLIENTS = ['portal', 'mobile', 'telegram-bot', 'sandbox'] as const;

export type ClientName = (typeof KNOWN_CLIENTS)[number] | 'other' | 'unknown';

const known: ReadonlySet<string> = new Set(KNOWN_CLIENTS);

export function clientName(header: string | string[] | undefined): ClientName {
  const sent = (Array.isArray(header) ? header[0] : header)?.trim().toLowerCase();
  if (!sent) return 'unknown';
  return known.has(sent) ? (sent as ClientName) : 'other';
}
