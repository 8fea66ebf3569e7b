import { describe, expect, it } from 'vitest';
import { checkIin, iinControlDigit, makeIin } from './iin.js';

describe('IIN rules', () => {
  it('accepts the demo family', () => {
    for (const iin of ['850314301234', '870722404561', '210510607895', '230901503210', '100202506546', '621111309871']) {
      expect(checkIin(iin)).toMatchObject({ ok: true, iin });
    }
    expect(checkIin('850314301234')).toEqual({ ok: true, iin: '850314301234', birthDate: '1985-03-14', sex: 'MALE' });
    expect(checkIin('210510607895')).toMatchObject({ birthDate: '2021-05-10', sex: 'FEMALE' });
  });

  it.each([
    [12345, 'FORMAT'],
    ['', 'FORMAT'],
    ['85031430123', 'FORMAT'],
    ['8503143012345', 'FORMAT'],
    ['85031430123a', 'FORMAT'],
    [' 50314301234', 'FORMAT'],
    ['850314001234', 'CENTURY'],
    ['850314701234', 'CENTURY'],
    ['851314301234', 'BIRTH_DATE'],
    ['850230301234', 'BIRTH_DATE'],
    ['010229501234', 'BIRTH_DATE'], // 2001 is not a leap year
    ['850314301235', 'CONTROL_DIGIT'],
  ])('rejects %j: %s', (iin, rule) => {
    const check = checkIin(iin);
    expect(check).toMatchObject({ ok: false, rule });
    expect(check.ok || check.message.length > 10).toBe(true);
  });

  it('knows numbers that are never issued (both weightings give 10)', () => {
    let found = 0;
    for (let serial = 0; serial < 10_000 && found === 0; serial++) {
      const first11 = `850314${3}${String(serial).padStart(4, '0')}`;
      if (iinControlDigit(first11) === null) {
        found++;
        expect(makeIin('1985-03-14', 'MALE', serial)).toBeNull();
        for (let d = 0; d <= 9; d++) expect(checkIin(`${first11}${d}`)).toMatchObject({ ok: false, rule: 'NEVER_ISSUED' });
      }
    }
    expect(found).toBe(1);
  });

  it('uses the second weighting when the first gives 10', () => {
    // 85031430 0 0 4: first weighting 10, second weighting gives the control digit
    let checked = 0;
    for (let serial = 0; serial < 2000; serial++) {
      const first11 = `8503143${String(serial).padStart(4, '0')}`;
      const w1 = [...first11].reduce((s, c, i) => s + (i + 1) * Number(c), 0) % 11;
      if (w1 !== 10) continue;
      const w2 = [...first11].reduce((s, c, i) => s + [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2][i]! * Number(c), 0) % 11;
      if (w2 === 10) continue;
      expect(iinControlDigit(first11)).toBe(w2);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('builds valid IINs for each century and sex', () => {
    expect(checkIin(makeIin('1899-12-31', 'FEMALE', 1))).toMatchObject({ ok: true, birthDate: '1899-12-31', sex: 'FEMALE' });
    expect(checkIin(makeIin('1962-11-11', 'MALE', 987))).toMatchObject({ ok: true, birthDate: '1962-11-11', sex: 'MALE' });
    expect(checkIin(makeIin('2024-02-29', 'FEMALE', 42))).toMatchObject({ ok: true, birthDate: '2024-02-29', sex: 'FEMALE' });
  });
});
