/**
 * What the resolvers compute from E-Kyzmet's records: due dates and overdue flags (working days),
 * and the person's request list: filtered, newest first, in pages with opaque cursors.
 */
import { dossierError, ErrorCode } from '../../schema/errors.js';
import { addWorkingDays, kazakhstanDate } from './calendar.js';
import { decodeCursor as decodeCursorOf, encodeCursor } from '../../schema/cursor.js';
import { isCalendarDate } from '../../schema/dates.js';
import { isRequestNumber } from './formats.js';
import { FINAL_STATUSES, type ServiceRequestRecord } from './record.js';
import type { ServiceRequestFilter } from './__generated__/resolvers.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** The day (Astana time) the request was submitted. */
export const submittedOn = (r: ServiceRequestRecord): string => kazakhstanDate(r.submittedAt);

/** The last day of the term: the service's working days after the day of submission. */
export const dueDateOf = (r: ServiceRequestRecord): string => addWorkingDays(submittedOn(r), r.service.termWorkingDays);

/** The status change that closed the request (COMPLETED, REJECTED, WITHDRAWN), if it is closed. */
export function closingChange(r: ServiceRequestRecord) {
  const last = r.statusHistory[r.statusHistory.length - 1];
  return last && FINAL_STATUSES.includes(r.status) && last.status === r.status ? last : null;
}

/** Open past its due date, or completed after it. */
export function isOverdue(r: ServiceRequestRecord, today: string): boolean {
  const due = dueDateOf(r);
  if (!FINAL_STATUSES.includes(r.status)) return due < today;
  const closed = closingChange(r);
  return r.status === 'COMPLETED' && !!closed && kazakhstanDate(closed.at) > due;
}

/** Newest first: by submission instant, then by number. */
export function newestFirst(a: ServiceRequestRecord, b: ServiceRequestRecord): number {
  return Date.parse(b.submittedAt) - Date.parse(a.submittedAt) || b.number.localeCompare(a.number);
}

export { encodeCursor };

/** The request number a cursor stands for, or null when it is not a cursor this API gives. */
export const decodeCursor = (cursor: string): string | null => decodeCursorOf(cursor, isRequestNumber);

const badArgument = (argument: string, message: string) => dossierError(ErrorCode.BAD_USER_INPUT, message, { argument });

export interface PageArgs {
  filter?: ServiceRequestFilter | null;
  first?: number | null;
  after?: string | null;
}

export interface CheckedPageArgs {
  filter: ServiceRequestFilter;
  first: number;
  /** The request number after which the page starts. */
  after: string | null;
}

/** Checks the arguments before anything is loaded; throws BAD_USER_INPUT naming the argument. */
export function checkPageArgs(args: PageArgs): CheckedPageArgs {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badArgument('first', `first must be between 1 and ${MAX_PAGE_SIZE}, not ${first}.`);
  }
  let after: string | null = null;
  if (args.after !== null && args.after !== undefined) {
    after = decodeCursor(args.after);
    if (after === null) throw badArgument('after', 'after is not a cursor of this list: pass the endCursor of a previous page.');
  }
  const filter = args.filter ?? {};
  for (const key of ['submittedFrom', 'submittedTo'] as const) {
    const value = filter[key];
    if (value !== null && value !== undefined && !isCalendarDate(value)) {
      throw badArgument(`filter.${key}`, `filter.${key} must be a date YYYY-MM-DD, not ${JSON.stringify(value)}.`);
    }
  }
  if (filter.submittedFrom && filter.submittedTo && filter.submittedFrom > filter.submittedTo) {
    throw badArgument('filter', 'filter.submittedFrom is after filter.submittedTo.');
  }
  return { filter, first, after };
}

export function matches(filter: ServiceRequestFilter): (r: ServiceRequestRecord) => boolean {
  return (r) => {
    if (filter.status && !filter.status.includes(r.status)) return false;
    if (filter.channel && !filter.channel.includes(r.channel)) return false;
    const day = submittedOn(r);
    if (filter.submittedFrom && day < filter.submittedFrom) return false;
    if (filter.submittedTo && day > filter.submittedTo) return false;
    return true;
  };
}

export interface RequestPage {
  edges: Array<{ cursor: string; node: ServiceRequestRecord }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/**
 * One page of a person's requests. A cursor marks a place in the person's whole list (newest
 * first), so it stays valid whatever the filter; one that is not in the list is BAD_USER_INPUT.
 */
export function pageOf(requests: readonly ServiceRequestRecord[], args: CheckedPageArgs): RequestPage {
  const sorted = [...requests].sort(newestFirst);
  let start = 0;
  if (args.after !== null) {
    const index = sorted.findIndex((r) => r.number === args.after);
    if (index < 0) throw badArgument('after', 'after is not a cursor of this list: pass the endCursor of a previous page.');
    start = index + 1;
  }
  const keep = matches(args.filter);
  const rest = sorted.slice(start).filter(keep);
  const page = rest.slice(0, args.first);
  const edges = page.map((node) => ({ cursor: encodeCursor(node.number), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rest.length > page.length, endCursor: edges[edges.length - 1]?.cursor ?? null },
    totalCount: sorted.filter(keep).length,
  };
}
