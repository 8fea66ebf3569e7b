import { describe, expect, it } from 'vitest';
import { ageOn } from '../../schema/dates.js';
import { checkIin } from '../../schema/iin.js';
import { DEMO } from './demo-family.js';
import { PLACES } from './places.js';
import { generatePopulation, POPULATION_DATE } from './population.js';

const population = generatePopulation();

describe('synthetic population', () => {
  it('has 10,000 people by default, and the size is configurable', () => {
    expect(population.people).toHaveLength(10_000);
    expect(generatePopulation({ size: 500 }).people).toHaveLength(500);
    expect(new Set(population.people.map((p) => p.iin)).size).toBe(10_000);
  });

  it('is deterministic: the same seed gives the same people, another seed others', () => {
    const again = generatePopulation();
    expect(JSON.stringify(again.people)).toBe(JSON.stringify(population.people));
    const other = generatePopulation({ seed: 7 });
    expect(other.people.slice(10, 20).map((p) => p.iin)).not.toEqual(population.people.slice(10, 20).map((p) => p.iin));
  });

  it('gives everyone a valid IIN that agrees with their birth date and sex', () => {
    for (const p of population.people) {
      const check = checkIin(p.iin);
      expect(check.ok && check.birthDate === p.birthDate && check.sex === p.sex, p.iin).toBe(true);
      expect(p.birthDate <= POPULATION_DATE).toBe(true);
    }
  });

  it('links families in both directions', () => {
    const byIin = population.byIin;
    for (const p of population.people) {
      for (const c of p.childIins) {
        const child = byIin.get(c)!;
        expect(child.fatherIin === p.iin || child.motherIin === p.iin).toBe(true);
        expect(child.birthDate > p.birthDate).toBe(true);
      }
      for (const parent of [p.fatherIin, p.motherIin]) if (parent) expect(byIin.get(parent)!.childIins).toContain(p.iin);
      for (const m of p.marriages) {
        const spouse = byIin.get(m.spouseIin)!;
        expect(spouse.sex).not.toBe(p.sex);
        expect(spouse.marriages.find((x) => x.spouseIin === p.iin)).toEqual({ ...m, spouseIin: p.iin });
        expect(ageOn(p.birthDate, m.registeredOn)).toBeGreaterThanOrEqual(18);
      }
      expect(p.marriages.filter((m) => m.dissolvedOn === null).length).toBeLessThanOrEqual(1);
    }
    expect(population.people.filter((p) => p.marriages.length > 0).length).toBeGreaterThan(3000);
    expect(population.people.filter((p) => p.fatherIin).length).toBeGreaterThan(3000);
  });

  it('uses Kazakh and Russian names and real regions and cities', () => {
    const regions = new Set(PLACES.map((p) => `${p.region}/${p.city}`));
    for (const p of population.people) expect(regions.has(`${p.address.region}/${p.address.city}`)).toBe(true);
    const origins = new Set(population.people.map((p) => p.origin));
    expect(origins).toEqual(new Set(['KAZAKH', 'RUSSIAN']));
    expect(population.people.some((p) => p.surname === 'Иванова')).toBe(true);
  });

  it('contains the demo family exactly as subgraphs/mocks/demo-family.ts lists it', () => {
    const get = (iin: string) => population.byIin.get(iin)!;
    const user = get(DEMO.user);
    expect(user).toMatchObject({ sex: 'MALE', birthDate: '1985-03-14', surname: 'Ахметов', firstName: 'Серик', fatherIin: DEMO.father });
    expect(user.marriages.find((m) => m.dissolvedOn === null)!.spouseIin).toBe(DEMO.wife);
    expect(user.childIins).toEqual([DEMO.elderSon, DEMO.daughter, DEMO.son]);
    expect(get(DEMO.wife)).toMatchObject({ sex: 'FEMALE', birthDate: '1987-07-22', childIins: [DEMO.daughter, DEMO.son] });
    expect(get(DEMO.daughter)).toMatchObject({ sex: 'FEMALE', birthDate: '2021-05-10', motherIin: DEMO.wife, fatherIin: DEMO.user });
    expect(get(DEMO.son)).toMatchObject({ sex: 'MALE', birthDate: '2023-09-01', motherIin: DEMO.wife });
    const elder = get(DEMO.elderSon);
    expect(elder).toMatchObject({ sex: 'MALE', birthDate: '2010-02-02', fatherIin: DEMO.user });
    expect(elder.motherIin).not.toBe(DEMO.wife);
    expect(user.marriages.find((m) => m.spouseIin === elder.motherIin)!.dissolvedOn).not.toBeNull();
    expect(get(DEMO.father)).toMatchObject({ sex: 'MALE', birthDate: '1962-11-11', childIins: [DEMO.user] });
    // the same family whatever the seed
    expect(generatePopulation({ seed: 1, size: 50 }).byIin.get(DEMO.user)!.childIins).toEqual(user.childIins);
  });

  it('generates the default population in well under 2 s', () => {
    const started = performance.now();
    generatePopulation({ seed: 99 });
    // a generous bound that only catches an accidental quadratic blow-up
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
