import { describe, expect, it } from 'vitest';
import { DEMO } from '../subgraphs/mocks/demo-family.js';
import { operation } from '../test/operations.js';
import { planSteps } from './plan-floor.js';

describe('the plan floor’s requests', () => {
  it('are the whole dossier’s query plan: one step, `me` asked of all seven subgraphs at once, no entity fetch', () => {
    const steps = planSteps(operation('WholeDossier'), 'WholeDossier', DEMO.user);
    expect(steps.map((step) => step.map((f) => f.subgraph).sort())).toEqual([
      ['civil-registry', 'e-kyzmet', 'fines', 'health', 'licences', 'property', 'queues', 'social-benefits', 'vehicles'],
    ]);
    for (const fetch of steps[0]!) {
      const body = JSON.parse(fetch.body) as { query: string; variables?: unknown };
      expect(body.query).toMatch(/^query WholeDossier__[a-z_]+__\d+\{me\{/);
      expect(body.query).not.toContain('_entities');
      expect(body.variables).toBeUndefined();
    }
  });

  it('refuses a plan it cannot send faithfully: entities under a path other than `me`', () => {
    expect(() => planSteps(operation('ChildrenDossiers'), 'ChildrenDossiers', DEMO.user)).toThrow(/not under me/);
  });
});
