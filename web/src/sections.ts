/** Which fields make each section of the page, and what the errors of an answer say about each card. */
import type { GraphQLFormattedError } from 'graphql';
import type { DossierSection } from '../operations/__generated__/client/graphql';

export const SECTION_ORDER: readonly DossierSection[] = [
  'CIVIL_REGISTRY',
  'PROPERTY',
  'VEHICLES',
  'HEALTH',
  'FINES',
  'QUEUES',
  'SERVICE_REQUESTS',
  'SOCIAL_BENEFITS',
  'LICENCES',
];

/** The Person fields of PortalSections, by section (web/operations/portal.graphql). */
const FIELDS: Record<DossierSection, readonly string[]> = {
  CIVIL_REGISTRY: ['name', 'sex', 'birthDate', 'documents', 'address', 'civilRegistryFreshness'],
  PROPERTY: ['realEstate', 'propertyFreshness'],
  VEHICLES: ['vehicles', 'drivingLicence', 'vehiclesFreshness'],
  HEALTH: ['polyclinicAttachment', 'healthInsurance', 'healthFreshness'],
  FINES: ['fines', 'debts', 'travelBan', 'finesFreshness'],
  QUEUES: ['kindergartenQueue', 'housingQueue', 'queuesFreshness'],
  SERVICE_REQUESTS: ['serviceRequests', 'serviceRequestsFreshness'],
  SOCIAL_BENEFITS: ['socialBenefits', 'socialBenefitsFreshness'],
  LICENCES: ['licences', 'licencesFreshness'],
};

const SECTION_OF_FIELD = new Map<string, DossierSection>(
  Object.entries(FIELDS).flatMap(([section, fields]) => fields.map((f) => [f, section as DossierSection])),
);

/** Whose card an error is about: `me` (the caller) or the index of a child, and the section. */
export interface ErrorPlace {
  child: number | null;
  section: DossierSection | null;
  /** The Person field the error is on (`documents`, `children`, `accessLog`, ...). */
  field: string;
}

/** Where an error of PortalDossier or PortalRefresh belongs, from its path. */
export function placeOf(error: GraphQLFormattedError): ErrorPlace | null {
  const path = error.path ?? [];
  let child: number | null = null;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (segment === 'children' && typeof path[i + 1] === 'number') {
      child = path[i + 1] as number;
      i++;
      continue;
    }
    if (typeof segment !== 'string') continue;
    const section = SECTION_OF_FIELD.get(segment);
    if (section || segment === 'children' || segment === 'accessLog' || segment === 'hiddenSections')
      return { child, section: section ?? null, field: segment };
  }
  return null;
}

export type CardProblem =
  /** Every field of the section needs an EDS login. */
  | { kind: 'eds'; partial: boolean }
  /** The state system (or the subgraph) failed, and no copy was served. */
  | { kind: 'down'; code: string }
  | { kind: 'forbidden' }
  | { kind: 'failed'; code: string };

const DOWN = new Set(['STATE_SYSTEM_UNAVAILABLE', 'STATE_SYSTEM_TIMEOUT', 'STATE_SYSTEM_BAD_RESPONSE', 'SERVICE_UNAVAILABLE']);

/** What a card shows instead of (or beside) its data, given the errors of its section. */
export function problemOf(errors: readonly GraphQLFormattedError[], section: DossierSection): CardProblem | null {
  if (errors.length === 0) return null;
  const codes = errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
  const down = codes.find((c) => DOWN.has(c));
  if (down) return { kind: 'down', code: down };
  if (codes.includes('FORBIDDEN')) return { kind: 'forbidden' };
  if (codes.every((c) => c === 'EDS_REQUIRED')) {
    const denied = new Set(errors.map((e) => placeOf(e)?.field));
    return { kind: 'eds', partial: FIELDS[section].some((f) => !denied.has(f) && !f.endsWith('Freshness')) };
  }
  return { kind: 'failed', code: codes[0]! };
}
