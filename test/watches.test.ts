/**
 * What each subgraph watches for "what changed since the last view" (its `watch` in subgraph.ts):
 * the items, their references (never a name, address or IIN) and the values compared.
 */
import { describe, expect, it } from 'vitest';
import { subgraph as civilRegistry } from '../subgraphs/civil-registry/subgraph.js';
import type { CivilRecord } from '../subgraphs/civil-registry/record.js';
import { subgraph as property } from '../subgraphs/property/subgraph.js';
import type { PropertyRecord } from '../subgraphs/property/record.js';
import { subgraph as queues } from '../subgraphs/queues/subgraph.js';
import type { QueuesRecord } from '../subgraphs/queues/record.js';
import { subgraph as health } from '../subgraphs/health/subgraph.js';
import { subgraph as vehicles } from '../subgraphs/vehicles/subgraph.js';

const TODAY = '2026-11-22';

describe('watched items', () => {
  it('identity documents: EXPIRING within 30 days, by kind only (the number is only hashed)', () => {
    const doc = (number: string, expiresOn: string | null) => ({ kind: 'PASSPORT', number, issuer: 'МВД РК', issuedOn: '2016-01-01', expiresOn });
    const record = {
      documents: [doc('N1', '2026-12-01'), doc('N2', '2026-12-22'), doc('N3', '2026-12-23'), doc('N4', '2026-11-21'), doc('N5', null)],
    } as unknown as CivilRecord;
    const items = civilRegistry.watch!(record, TODAY);
    expect(items.map((i) => i.value.status)).toEqual(['EXPIRING', 'EXPIRING', 'VALID', 'EXPIRED', 'VALID']);
    expect(new Set(items.map((i) => i.reference))).toEqual(new Set(['PASSPORT']));
    expect(new Set(items.map((i) => i.key)).size).toBe(5);
  });

  it('real estate: each right, and each encumbrance still in force (one that ended yesterday is gone)', () => {
    const record = {
      realEstate: [
        {
          cadastralNumber: '20:316:024:021',
          rightSince: '2019-05-14',
          encumbrances: [
            { kind: 'MORTGAGE', since: '2019-05-14', until: null, basisDocumentNumber: 'B1', holder: { kind: 'BANK', name: 'АО «Банк»' } },
            { kind: 'LEASE', since: '2020-01-01', until: '2026-11-21', basisDocumentNumber: 'B2', holder: { kind: 'INDIVIDUAL', name: 'Иванов Иван' } },
          ],
        },
      ],
      movableEncumbrances: [],
    } as unknown as PropertyRecord;
    const items = property.watch!(record, TODAY);
    expect(items.map((i) => [i.what, i.reference, i.value.status ?? i.value.date])).toEqual([
      ['PROPERTY_RIGHT', '20:316:024:021', '2019-05-14'],
      ['ENCUMBRANCE', '20:316:024:021', 'MORTGAGE'],
    ]);
    // the holder (a person's name, for some) is never part of what is kept
    expect(JSON.stringify(items)).not.toContain('Иванов');
  });

  it("the kindergarten queue: a child's own entries and a parent's children's, by application number", () => {
    const entry = (applicationNumber: string, position: number | null) => ({ applicationNumber, position, status: position === null ? 'ENROLLED' : 'WAITING' });
    const record = { kindergartenQueue: [entry('02-2021-1', 57)], childrenKindergartenQueue: [entry('02-2023-2', null)] } as unknown as QueuesRecord;
    expect(queues.watch!(record, TODAY).map((i) => [i.reference, i.value.position, i.value.text])).toEqual([
      ['02-2021-1', 57, '57'],
      ['02-2023-2', null, 'no place in the queue (ENROLLED)'],
    ]);
  });

  it('vehicles and health have nothing the portal notifies of', () => {
    expect(vehicles.watch).toBeUndefined();
    expect(health.watch).toBeUndefined();
  });
});
