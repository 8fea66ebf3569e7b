/**
 * The per-request loader of a section: DataLoader collects every IIN a request asks for (one
 * `_entities` call carries them all) and asks the state system once for all of them.
 * Errors are values: a failed batch answers each key with the same coded GraphQLError, so the
 * section is null with a reason while the rest of the dossier is answered.
 */
import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import { dossierError, ErrorCode } from '../../schema/errors.js';
import { createLogger, describeError } from '../../schema/log.js';
import type { Section } from '../../schema/sections.js';
import { MAX_BATCH_KEYS } from './limits.js';
import { StateSystemError, type StateClient } from './state-client.js';

export type FreshnessSource = 'LIVE' | 'CACHE' | 'STALE';

export interface Freshness {
  /** When the state system gave this data (ISO date-time). */
  fetchedAt: string;
  /** Where this answer came from: the state system now, the cache, or a stale copy served because the state system failed. */
  source: FreshnessSource;
}

export interface SectionData<R> {
  /** The state system's record, or null when it has none for this person. */
  record: R | null;
  freshness: Freshness;
}

const log = createLogger('loader');

/** The client-facing error for a failed state-system call: coded, naming the section, no upstream details. */
export function sectionError(section: Section, error: unknown): GraphQLError {
  if (error instanceof StateSystemError) {
    const messages: Record<StateSystemError['code'], string> = {
      STATE_SYSTEM_UNAVAILABLE: 'is unavailable',
      STATE_SYSTEM_TIMEOUT: 'did not answer in time',
      STATE_SYSTEM_BAD_RESPONSE: 'gave an answer that could not be used',
    };
    return dossierError(error.code, `The state system of section ${section} ${messages[error.code]}; try again later.`, { section });
  }
  return dossierError(ErrorCode.INTERNAL, `Section ${section} could not be read.`, { section });
}

export function createSectionLoader<R extends { iin: string }>(
  section: Section,
  client: StateClient<R>,
): DataLoader<string, SectionData<R>> {
  return new DataLoader<string, SectionData<R>>(
    async (iins) => {
      try {
        const records = await client.fetchBatch(iins);
        const freshness: Freshness = { fetchedAt: new Date().toISOString(), source: 'LIVE' };
        return iins.map((iin) => ({ record: records.get(iin) ?? null, freshness }));
      } catch (error) {
        log.warn('state_system_failed', { section, keys: iins.length, ...describeError(error) });
        const failure = sectionError(section, error);
        return iins.map(() => failure);
      }
    },
    { maxBatchSize: MAX_BATCH_KEYS },
  );
}
