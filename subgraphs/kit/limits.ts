/** The most IINs one state-system batch request carries (the mock's limit too). */
export const MAX_BATCH_KEYS = 1000;
