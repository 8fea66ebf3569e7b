import { describe, expect, it } from 'vitest';
import { cadastreRegionOf, checkBin, isCadastralNumber, isValidBin, makeBin, reduce, shareText, sumFractions } from './formats.js';

describe('cadastral numbers', () => {
  it('accepts four colon-separated groups RR:DDD:QQQ:PPP', () => {
    for (const good of ['20:316:024:021', '03:047:112:009', '21:001:999:100']) expect(isCadastralNumber(good), good).toBe(true);
    expect(cadastreRegionOf('20:316:024:021')).toBe('20');
  });

  it('rejects anything else', () => {
    for (const bad of [
      '20-316-024-021',
      '20:316:24:021',
      '2:316:024:021',
      '20:316:024',
      '20:316:024:021:5',
      '20:316:024:02a',
      ' 20:316:024:021',
      '',
      20316024021,
    ]) {
      expect(isCadastralNumber(bad), String(bad)).toBe(false);
    }
  });
});

describe('BINs', () => {
  it('accepts real BINs (Kaspi Bank, Halyk Bank)', () => {
    expect(checkBin('971240001315')).toEqual({ ok: true, registeredIn: '1997-12' });
    expect(checkBin('940140000385')).toEqual({ ok: true, registeredIn: '1994-01' });
  });

  it('names the rule a bad BIN breaks', () => {
    expect(checkBin('97124000131')).toEqual({ ok: false, rule: 'FORMAT' });
    expect(checkBin('97124000131x')).toEqual({ ok: false, rule: 'FORMAT' });
    expect(checkBin(971240001315)).toEqual({ ok: false, rule: 'FORMAT' });
    expect(checkBin('971340001315')).toEqual({ ok: false, rule: 'MONTH' });
    expect(checkBin('970040001315')).toEqual({ ok: false, rule: 'MONTH' });
    expect(checkBin('971270001315')).toEqual({ ok: false, rule: 'TYPE' });
    expect(checkBin('971230001315')).toEqual({ ok: false, rule: 'TYPE' });
    expect(checkBin('971244001315')).toEqual({ ok: false, rule: 'ATTRIBUTE' });
    expect(checkBin('971240001316')).toEqual({ ok: false, rule: 'CONTROL_DIGIT' });
    expect(checkBin('940140000384')).toEqual({ ok: false, rule: 'CONTROL_DIGIT' });
  });

  it('builds BINs that check, including ones needing the second weighting, and none where no control digit exists', () => {
    let second = 0;
    let never = 0;
    for (let serial = 0; serial < 2000; serial++) {
      const bin = makeBin('2015-06-30', 4, 0, serial);
      if (bin === null) {
        never += 1;
        continue;
      }
      expect(bin.slice(0, 6)).toBe('150640');
      expect(isValidBin(bin), bin).toBe(true);
      const first = [...bin.slice(0, 11)].reduce((s, d, i) => s + Number(d) * (i + 1), 0) % 11;
      if (first === 10) second += 1;
    }
    expect(second).toBeGreaterThan(0);
    expect(never).toBeGreaterThan(0);
    expect(makeBin('2008-11-02', 6, 1, 42)).toMatch(/^08116100042\d$/);
  });
});

describe('shares', () => {
  it('reduces, sums exactly and prints fractions', () => {
    expect(reduce({ numerator: 2, denominator: 4 })).toEqual({ numerator: 1, denominator: 2 });
    expect(
      sumFractions([
        { numerator: 1, denominator: 2 },
        { numerator: 1, denominator: 2 },
      ]),
    ).toEqual({ numerator: 1, denominator: 1 });
    expect(
      sumFractions([
        { numerator: 2, denominator: 3 },
        { numerator: 1, denominator: 3 },
      ]),
    ).toEqual({ numerator: 1, denominator: 1 });
    expect(
      sumFractions([
        { numerator: 1, denominator: 2 },
        { numerator: 1, denominator: 3 },
      ]),
    ).toEqual({ numerator: 5, denominator: 6 });
    expect(sumFractions([])).toEqual({ numerator: 0, denominator: 1 });
    expect(shareText({ numerator: 1, denominator: 2 })).toBe('1/2');
  });
});
