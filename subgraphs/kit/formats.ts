/** Shape checks every subgraph's records and formats share. */

/** A JSON object (or array): what a record's fields are read from. */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Kazakhstan's region codes in use, as on vehicle plates and in register numbers: 01 Astana,
 * 02 Almaty, 03-16 the regions, 17 Shymkent, 18-20 the regions formed in 2022.
 */
export const REGION_CODES: readonly string[] = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0'));

export const isRegionCode = (code: string): boolean => REGION_CODES.includes(code);
