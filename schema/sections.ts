/**
 * The dossier's sections, one per state system, in the order of the README's dossier table. Each
 * has a subgraph and a mock state system; default ports follow the same order (subgraphs from 4001,
 * mocks from 4101). Adding a section is its entry here and its folder under subgraphs/
 * (schema.graphql, record.ts, resolvers.ts, subgraph.ts, index.ts, mock.ts): npm start, the gateway,
 * codegen and composition find it from this list; the DossierSection enum of
 * schema/subgraph-types.graphql must list it too (schema/sections.test.ts).
 */
export const SECTIONS = [
  { section: 'CIVIL_REGISTRY', subgraph: 'civil-registry', title: 'Civil registry' },
  { section: 'PROPERTY', subgraph: 'property', title: 'Real-estate cadastre' },
  { section: 'VEHICLES', subgraph: 'vehicles', title: 'Vehicles and driving licences' },
  { section: 'HEALTH', subgraph: 'health', title: 'Health registration and insurance' },
  { section: 'FINES', subgraph: 'fines', title: 'Fines and debtor registry' },
  { section: 'QUEUES', subgraph: 'queues', title: 'Kindergarten and housing queues' },
  { section: 'SERVICE_REQUESTS', subgraph: 'e-kyzmet', title: 'Public-service requests (E-Kyzmet)' },
  { section: 'SOCIAL_BENEFITS', subgraph: 'social-benefits', title: 'Social payments and benefits' },
  { section: 'LICENCES', subgraph: 'licences', title: 'Licences and permits' },
] as const;

export type Section = (typeof SECTIONS)[number]['section'];
export type SubgraphName = (typeof SECTIONS)[number]['subgraph'];

export const SECTION_NAMES: readonly Section[] = SECTIONS.map((s) => s.section);

export const sectionOf = (subgraph: SubgraphName): Section => SECTIONS.find((s) => s.subgraph === subgraph)!.section;

export const isSection = (value: unknown): value is Section => typeof value === 'string' && (SECTION_NAMES as readonly string[]).includes(value);

/**
 * How long a state system's answer is served from the cache before the state system is asked
 * again. Chosen by how often the data changes and how much a stale copy costs the citizen:
 */
export const CACHE_TTL_SECONDS: Record<Section, number> = {
  // Births, marriages and new documents are rare events, and registry offices correct records slowly.
  CIVIL_REGISTRY: 24 * 3600,
  // Registration of a right takes days at the cadastre; an hour-old copy is never misleading.
  PROPERTY: 6 * 3600,
  // A vehicle sale or a licence renewal shows up within the day.
  VEHICLES: 6 * 3600,
  // Attachment changes rarely; insurance contributions arrive once a month.
  HEALTH: 12 * 3600,
  // A fine can be issued or paid any minute, and the 50% discount runs for days: keep it short.
  FINES: 15 * 60,
  // Queue positions move as places are given out, daily at most.
  QUEUES: 3600,
  // Request statuses change while the citizen waits for them.
  SERVICE_REQUESTS: 2 * 60,
  // A benefit is assigned, suspended or ended by a decision of the payer, and paid once a month
  // (pensions and allowances on set days): a copy of a few hours misses nothing the citizen can act
  // on, and the day a payment lands the Refresh action brings it in.
  SOCIAL_BENEFITS: 6 * 3600,
  // Licences are issued, suspended or revoked by a licensor's decision, weeks apart; a suspension
  // matters to the holder, who hears of it from the licensor first and can Refresh: half a day.
  LICENCES: 12 * 3600,
};

/** How long a copy is kept after its TTL, to be served marked stale when the state system fails. */
export const MAX_STALE_SECONDS = 7 * 24 * 3600;

export const DEFAULT_GATEWAY_PORT = 4000;

/** The gateway's own subgraph: the access log, served inside the gateway's process. */
export const ACCESS_LOG_SUBGRAPH = 'access-log';
/** The gateway's other own subgraph: the Telegram bot's links, served inside the gateway's process. */
export const TELEGRAM_SUBGRAPH = 'telegram';
/** The gateway's other subgraph: the citizen's page settings (the sections they hid), served inside the gateway's process. */
export const PREFERENCES_SUBGRAPH = 'preferences';
/** The subgraphs served inside the gateway's process, never over HTTP. */
export const GATEWAY_SUBGRAPHS: readonly string[] = [ACCESS_LOG_SUBGRAPH, TELEGRAM_SUBGRAPH, PREFERENCES_SUBGRAPH];
export const defaultSubgraphPort = (subgraph: SubgraphName): number => 4001 + SECTIONS.findIndex((s) => s.subgraph === subgraph);
export const defaultMockPort = (subgraph: SubgraphName): number => 4101 + SECTIONS.findIndex((s) => s.subgraph === subgraph);
