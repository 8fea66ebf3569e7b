/**
 * The dossier's sections, one per state system, in DESIGN.md's order. Each has a subgraph and
 * a mock state system; default ports follow the same order (subgraphs 4001-4007, mocks 4101-4107).
 */
export const SECTIONS = [
  { section: 'CIVIL_REGISTRY', subgraph: 'civil-registry', title: 'Civil registry' },
  { section: 'PROPERTY', subgraph: 'property', title: 'Real-estate cadastre' },
  { section: 'VEHICLES', subgraph: 'vehicles', title: 'Vehicles and driving licences' },
  { section: 'HEALTH', subgraph: 'health', title: 'Health registration and insurance' },
  { section: 'FINES', subgraph: 'fines', title: 'Fines and debtor registry' },
  { section: 'QUEUES', subgraph: 'queues', title: 'Kindergarten and housing queues' },
  { section: 'SERVICE_REQUESTS', subgraph: 'e-kyzmet', title: 'Public-service requests (E-Kyzmet)' },
] as const;

export type Section = (typeof SECTIONS)[number]['section'];
export type SubgraphName = (typeof SECTIONS)[number]['subgraph'];

export const SECTION_NAMES: readonly Section[] = SECTIONS.map((s) => s.section);

export const sectionOf = (subgraph: SubgraphName): Section => SECTIONS.find((s) => s.subgraph === subgraph)!.section;

export const isSection = (value: unknown): value is Section =>
  typeof value === 'string' && (SECTION_NAMES as readonly string[]).includes(value);

export const DEFAULT_GATEWAY_PORT = 4000;
export const defaultSubgraphPort = (subgraph: SubgraphName): number =>
  4001 + SECTIONS.findIndex((s) => s.subgraph === subgraph);
export const defaultMockPort = (subgraph: SubgraphName): number =>
  4101 + SECTIONS.findIndex((s) => s.subgraph === subgraph);
