/**
 * Today in Kazakhstan, or the date TODAY pins (tests and demos; refused in production, where a
 * pinned date would make every age, validity and deadline wrong: at start-up by runtime/config.ts,
 * and here on use).
 */
import { kazakhstanDate } from '../schema/dates.js';
import { config } from './config.js';

export function today(): string {
  const { TODAY, production } = config();
  if (TODAY === undefined) return kazakhstanDate(Date.now());
  if (production) throw new Error(`TODAY=${TODAY} pins the date for tests and demos; unset it in production (NODE_ENV=production).`);
  return TODAY;
}
