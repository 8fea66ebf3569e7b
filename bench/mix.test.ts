import { describe, expect, it } from 'vitest';
import type { BenchPerson } from './common.js';
import { portalMix } from './mix.js';

const warm: BenchPerson[] = Array.from({ length: 50 }, (_, i) => ({ iin: `w${i}`, wards: [] }));
const coldTaken = 0;
const takeCold = (n: number) => Array.from({ length: n }, (_, i) => ({ iin: `c${coldTaken + i}`, wards: [] }));

describe('the portal mix', () => {
  const mix = portalMix(10_000, warm, takeCold);
  const share = (f: (r: (typeof mix.sequence)[number]) => boolean) => mix.sequence.filter(f).length / mix.sequence.length;
  const operationOf = (body: string) => (JSON.parse(body) as { operationName: string }).operationName;
  const person = (i: number) => mix.persons[i]!;

  it('is 60% identity summary on weak logins, 25% warm and 5% cold whole dossier, 5% refresh, 5% service requests', () => {
    expect(share((r) => operationOf(r.body) === 'IdentitySummary' && person(r.person).login !== 'EDS')).toBeCloseTo(0.6, 1);
    expect(share((r) => operationOf(r.body) === 'WholeDossier' && person(r.person).iin.startsWith('w'))).toBeCloseTo(0.25, 1);
    expect(share((r) => operationOf(r.body) === 'WholeDossier' && person(r.person).iin.startsWith('c'))).toBeCloseTo(0.05, 1);
    expect(share((r) => operationOf(r.body) === 'RefreshSections' && person(r.person).login === 'EDS')).toBeCloseTo(0.05, 1);
    expect(share((r) => operationOf(r.body) === 'ServiceRequestList' && person(r.person).login !== 'EDS')).toBeCloseTo(0.05, 1);
  });

  it('sends each operation as the clients that use it, and no cold citizen twice', () => {
    const clients = (name: string) => new Set(mix.sequence.filter((r) => operationOf(r.body) === name).map((r) => r.client));
    expect(clients('IdentitySummary')).toEqual(new Set(['portal', 'mobile', 'telegram-bot']));
    expect(clients('ServiceRequestList')).toEqual(new Set(['telegram-bot', 'mobile']));
    const cold = mix.sequence.filter((r) => person(r.person).iin.startsWith('c')).map((r) => person(r.person).iin);
    expect(new Set(cold).size).toBe(cold.length);
    expect(mix.coldUsed).toBe(cold.length);
  });

  it('is the same sequence every time (every target gets the same requests), and a shorter one its beginning', () => {
    const again = portalMix(10_000, warm, takeCold);
    const shorter = portalMix(300, warm, takeCold);
    const requests = (m: typeof mix) => m.sequence.map((r) => [r.body, m.persons[r.person], r.client]);
    expect(requests(again)).toEqual(requests(mix));
    expect(requests(shorter)).toEqual(requests(mix).slice(0, 300));
  });
});
