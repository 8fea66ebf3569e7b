/**
 * The state systems' API as the subgraphs and the mocks both speak it: part of the contract, so
 * neither side imports the other's runtime for it.
 */

/** The most IINs one state-system batch request (`POST /api/v1/persons:batch`) carries. */
export const MAX_BATCH_KEYS = 1000;
