import { readFileSync } from 'node:fs';
import { buildASTSchema, parse, type GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CACHE_TTL_SECONDS, defaultMockPort, defaultSubgraphPort, SECTION_NAMES, SECTIONS } from './sections.js';
import { SUPERGRAPH_FILE } from './supergraph.js';

describe('the section list', () => {
  it('is the DossierSection enum of the composed schema, value for value, in order', () => {
    // The enum is declared in SDL (composition needs it there); this keeps it the list's twin.
    const supergraph = buildASTSchema(parse(readFileSync(SUPERGRAPH_FILE, 'utf8')), { assumeValidSDL: true });
    const values = (supergraph.getType('DossierSection') as GraphQLEnumType).getValues().map((v) => v.name);
    expect(values).toEqual(SECTION_NAMES);
  });

  it('gives every section a cache TTL, a subgraph folder name and its own ports', () => {
    expect(Object.keys(CACHE_TTL_SECONDS).sort()).toEqual([...SECTION_NAMES].sort());
    for (const ttl of Object.values(CACHE_TTL_SECONDS)) expect(ttl).toBeGreaterThan(0);
    const ports = SECTIONS.flatMap((s) => [defaultSubgraphPort(s.subgraph), defaultMockPort(s.subgraph)]);
    expect(new Set(ports).size).toBe(2 * SECTIONS.length);
    expect(Math.max(...SECTIONS.map((s) => defaultSubgraphPort(s.subgraph)))).toBeLessThan(4100);
  });
});
