/**
 * Opaque page cursors, as every paginated list of the API gives them: base64url of a key the
 * list orders by. Reading one back is strict: only the exact encoding of a key the list accepts.
 */

export const encodeCursor = (key: string): string => Buffer.from(key, 'utf8').toString('base64url');

/** The key in a cursor when it is exactly our encoding of a key `isKey` accepts; null otherwise. */
export function decodeCursor(cursor: string, isKey: (key: string) => boolean, maxLength = 200): string | null {
  if (cursor.length > maxLength || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  return isKey(key) && encodeCursor(key) === cursor ? key : null;
}
