import { describe, expect, it } from 'vitest';
import { addDays, changesOf, diffCopies, seenCopy, type WatchedItem } from './changes.js';

const queue = (position: number | null): WatchedItem => ({
  what: 'KINDERGARTEN_QUEUE',
  key: '02-2021-0048213',
  reference: '02-2021-0048213',
  value: { text: String(position), position },
});
const copy = (...items: WatchedItem[]) => seenCopy(items, (k) => `h(${k})`);

describe('what changed between two copies of a section', () => {
  it('a queue position that moved: one change, before and after as the client renders them', () => {
    expect(diffCopies(copy(queue(57)), copy(queue(41)))).toEqual([
      {
        kind: 'KINDERGARTEN_QUEUE_POSITION_CHANGED',
        item: '02-2021-0048213',
        before: { text: '57', position: 57 },
        after: { text: '41', position: 41 },
      },
    ]);
  });

  it('the same copy: nothing', () => {
    expect(diffCopies(copy(queue(57)), copy(queue(57)))).toEqual([]);
  });

  it('items that come and go: imposed and removed encumbrances, started and ended rights', () => {
    const enc: WatchedItem = { what: 'ENCUMBRANCE', key: 'e1', reference: '20:316:024:021', value: { text: 'MORTGAGE', status: 'MORTGAGE' } };
    const right: WatchedItem = { what: 'PROPERTY_RIGHT', key: 'r1', reference: '20:316:024:021', value: { text: 'since', date: '2019-05-14' } };
    expect(diffCopies(copy(right), copy(right, enc)).map((c) => c.kind)).toEqual(['ENCUMBRANCE_IMPOSED']);
    expect(diffCopies(copy(right, enc), copy()).map((c) => c.kind)).toEqual(['PROPERTY_RIGHT_ENDED', 'ENCUMBRANCE_REMOVED']);
    expect(diffCopies(copy(), copy(right)).map((c) => c.kind)).toEqual(['PROPERTY_RIGHT_STARTED']);
  });

  it('fines: imposed, then paid; nothing when a paid fine stays paid', () => {
    const unpaid = { text: '15000 ₸, unpaid', amount: 15000, paid: false };
    const paid = { ...unpaid, text: '15000 ₸, paid', paid: true };
    expect(changesOf('FINE', undefined, unpaid).map((c) => c.kind)).toEqual(['FINE_IMPOSED']);
    expect(changesOf('FINE', unpaid, paid)).toEqual([{ kind: 'FINE_PAID', before: unpaid, after: paid }]);
    expect(changesOf('FINE', paid, paid)).toEqual([]);
  });

  it('statuses: a request or licence whose status moved; a benefit assigned or ended; a document that starts expiring', () => {
    expect(changesOf('SERVICE_REQUEST', { text: 'a', status: 'IN_PROGRESS' }, { text: 'b', status: 'COMPLETED' }).map((c) => c.kind)).toEqual([
      'SERVICE_REQUEST_STATUS_CHANGED',
    ]);
    expect(changesOf('SERVICE_REQUEST', undefined, { text: 'b', status: 'SUBMITTED' })).toEqual([]);
    expect(changesOf('LICENCE', { text: 'a', status: 'VALID' }, { text: 'b', status: 'SUSPENDED' }).map((c) => c.kind)).toEqual(['LICENCE_STATUS_CHANGED']);
    expect(changesOf('BENEFIT', undefined, { text: 'a', status: 'ASSIGNED' }).map((c) => c.kind)).toEqual(['BENEFIT_ASSIGNED']);
    expect(changesOf('BENEFIT', { text: 'a', status: 'ASSIGNED' }, { text: 'b', status: 'ENDED' }).map((c) => c.kind)).toEqual(['BENEFIT_ENDED']);
    expect(changesOf('DOCUMENT', { text: 'a', status: 'VALID' }, { text: 'b', status: 'EXPIRING' }).map((c) => c.kind)).toEqual(['DOCUMENT_EXPIRING']);
    expect(changesOf('DOCUMENT', { text: 'a', status: 'EXPIRING' }, { text: 'b', status: 'EXPIRED' })).toEqual([]);
  });

  it('remembers items only by keyed hash, with the reference and value to render', () => {
    expect(copy(queue(57))).toEqual({
      'h(02-2021-0048213)': { f: expect.any(String), w: 'KINDERGARTEN_QUEUE', r: '02-2021-0048213', v: { text: '57', position: 57 } },
    });
  });

  it('adds days across a month and a year', () => {
    expect(addDays('2026-11-22', 30)).toBe('2026-12-22');
    expect(addDays('2026-12-15', 30)).toBe('2027-01-14');
  });
});
