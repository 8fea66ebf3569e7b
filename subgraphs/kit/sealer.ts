/** Encryption of cached values: AES-256-GCM, each value bound to its key (the cipher's associated data). */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { config } from '../../runtime/config.js';
import { createLogger } from '../../runtime/log.js';
import { secretFrom } from '../../runtime/secrets.js';

const log = createLogger('cache');

export class Sealer {
  constructor(private readonly key: Uint8Array) {
    if (key.length !== 32) throw new Error('the cache key must be 32 bytes (AES-256)');
  }

  seal(plain: string, boundTo: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(boundTo));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
  }

  /** The plain text, or null when the value was tampered with, moved from another key, or sealed under another key. */
  open(sealed: string, boundTo: string): string | null {
    try {
      const bytes = Buffer.from(sealed, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, 12));
      decipher.setAAD(Buffer.from(boundTo));
      decipher.setAuthTag(bytes.subarray(12, 28));
      return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  }
}

let warnedDevKey = false;

/** The cache key from CACHE_KEY, or the development one (said once in the log). */
export function cacheSealer(): Sealer {
  if (!config().CACHE_KEY && !warnedDevKey) {
    warnedDevKey = true;
    log.warn('cache_dev_key', { message: 'CACHE_KEY is not set: cached values are encrypted with the development key' });
  }
  return new Sealer(secretFrom('CACHE_KEY', 'cacheKey').subarray(0, 32));
}
