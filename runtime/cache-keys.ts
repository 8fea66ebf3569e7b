/**
 * The names of the shared cache's keys in Redis, which the subgraphs write and the gateway reads
 * (a caller's civil-registry generation tells every gateway replica that their wards may have
 * changed). Every key of one person carries one hash tag, `{<prefix>:<pseudonym>}`, so on a Redis
 * Cluster all of a person's keys live in one slot: a script over them (a refresh of several
 * sections, a write checking the generation) touches one node, and a batch over many people splits
 * by person.
 */
import { configOf, type Env } from './config.js';
import { pseudonym } from './log.js';

export const cachePrefix = (env?: Env): string => configOf(env).CACHE_PREFIX;

/** The hash tag shared by every key of one person. */
export const personTag = (prefix: string, iin: string): string => `{${prefix}:${pseudonym(iin)}}`;

/**
 * g: the generation (moved by a refresh); d: the last answer; r: refreshed lately (rate limit);
 * c:<generation>: a replica's claim on the state-system request.
 */
export const sectionKey = (prefix: string, section: string, iin: string, kind: 'g' | 'd' | 'r' | `c:${number}`): string =>
  `${personTag(prefix, iin)}:${section}:${kind}`;
