import { describe, expect, it } from 'vitest';
import { DEMO } from '../subgraphs/mocks/demo-family.js';
import { operation } from '../test/operations.js';
import { planSteps } from './plan-floor.js';

describe('the plan floor’s requests', () => {
  it('are the whole dossier’s query plan: the civil registry’s `me`, then every other section of that person at once', () => {
    const steps = planSteps(operation('WholeDossier'), 'WholeDossier', DEMO.user);
    expect(steps.map((step) => step.map((f) => f.subgraph).sort())).toEqual([
      ['civil-registry'],
      ['e-kyzmet', 'fines', 'health', 'licences', 'property', 'queues', 'social-benefits', 'vehicles'],
    ]);
    const root = JSON.parse(steps[0]![0]!.body) as { query: string; variables?: unknown };
    expect(root.query).toMatch(/^query WholeDossier__civil_registry__0\{me\{/);
    expect(root.variables).toBeUndefined();
    for (const fetch of steps[1]!) {
      const body = JSON.parse(fetch.body) as { query: string; variables: unknown };
      expect(body.query).toMatch(/_entities\(representations:\$representations\)\{\.\.\.on Person\{/);
      expect(body.variables).toEqual({ representations: [{ __typename: 'Person', iin: DEMO.user }] });
    }
  });

  it('refuses a plan it cannot send faithfully: entities under a path other than `me`', () => {
    expect(() => planSteps(operation('ChildrenDossiers'), 'ChildrenDossiers', DEMO.user)).toThrow(/not under me/);
  });
});
