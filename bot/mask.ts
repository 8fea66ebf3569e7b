/** What of an IIN a chat may show: never all of it. */

/** `850314301234` → `8503•••••234`: the birth month a family tells apart, never the number. */
export const maskIin = (iin: string): string => (/^\d{12}$/.test(iin) ? `${iin.slice(0, 4)}•••••${iin.slice(9)}` : '•'.repeat(12));

/** Any run of exactly twelve digits in a text, masked: the last guard before a message leaves. */
export const maskIinsIn = (text: string): string => text.replace(/(?<!\d)\d{12}(?!\d)/g, maskIin);
