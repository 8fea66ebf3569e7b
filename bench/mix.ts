/**
 * The portal mix: what the portal, the mobile app and the Telegram bot send over a day, as one
 * sequence of requests over many citizens (each request's body, person and client's name):
 *
 *   60%  the identity summary (IdentitySummary), on a password or SMS login   portal, mobile, telegram-bot
 *   25%  the whole dossier, warm (WholeDossier), EDS                         portal, mobile
 *    5%  the whole dossier of a citizen not seen before (cold), EDS          portal
 *    5%  Refresh VEHICLES, then read (RefreshSections), EDS                   portal, mobile
 *    5%  the list of service requests (ServiceRequestList), password or SMS  telegram-bot, mobile
 *
 * Deterministic (a seeded generator): every target gets the very same sequence.
 */
import { operation } from '../test/operations.js';
import type { BenchPerson, MixedRequest } from './common.js';

/** A small seeded generator (mulberry32): the same sequence for every target and every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const body = (name: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query: operation(name), operationName: name, variables });

export interface Mix {
  persons: BenchPerson[];
  sequence: MixedRequest[];
  /** Cold persons it uses (taken from the cold pool). */
  coldUsed: number;
}

/** `length` requests of the mix over the warm citizens, the cold ones taken with `takeCold`. */
export function portalMix(length: number, warm: readonly BenchPerson[], takeCold: (n: number) => BenchPerson[], seed = 20_260_101): Mix {
  // one generator for the kinds, one for the choices, each drawn alike for every request: the
  // sequence's beginning is the same whatever its length (the first answers are compared across gateways)
  const kindOf = seeded(seed);
  const choice = seeded(seed + 1);
  const bodies = {
    identity: body('IdentitySummary'),
    whole: body('WholeDossier'),
    refresh: body('RefreshSections', { sections: ['VEHICLES'] }),
    requests: body('ServiceRequestList'),
  };
  const persons: BenchPerson[] = [];
  const index = new Map<string, number>();
  const as = (person: BenchPerson, login: NonNullable<BenchPerson['login']>): number => {
    const key = `${person.iin}:${login}`;
    let i = index.get(key);
    if (i === undefined) {
      i = persons.push({ ...person, login }) - 1;
      index.set(key, i);
    }
    return i;
  };
  const kinds: Array<'identity' | 'whole' | 'cold' | 'refresh' | 'requests'> = [];
  for (let i = 0; i < length; i++) {
    const r = kindOf() * 100;
    kinds.push(r < 60 ? 'identity' : r < 85 ? 'whole' : r < 90 ? 'cold' : r < 95 ? 'refresh' : 'requests');
  }
  const cold = takeCold(kinds.filter((k) => k === 'cold').length);
  let coldUsed = 0;
  const sequence = kinds.map((kind): MixedRequest => {
    const at = <T>(xs: readonly T[]): T => xs[Math.floor(choice() * xs.length)]!;
    const citizen = at(warm);
    const weak = at(['SMS', 'PASSWORD'] as const);
    const anyClient = at(['portal', 'mobile', 'telegram-bot']);
    const reader = at(['portal', 'mobile']);
    const lister = at(['telegram-bot', 'mobile']);
    switch (kind) {
      case 'identity':
        return { body: bodies.identity, person: as(citizen, weak), client: anyClient };
      case 'whole':
        return { body: bodies.whole, person: as(citizen, 'EDS'), client: reader };
      case 'cold': {
        const person = cold[coldUsed++ % Math.max(1, cold.length)] ?? citizen;
        return { body: bodies.whole, person: as(person, 'EDS'), client: 'portal' };
      }
      case 'refresh':
        return { body: bodies.refresh, person: as(citizen, 'EDS'), client: reader };
      default:
        return { body: bodies.requests, person: as(citizen, weak), client: lister };
    }
  });
  return { persons, sequence, coldUsed: cold.length };
}
