import { describe, expect, it } from 'vitest';
import { deliverAfter, isClockTime } from './changes.js';

/** An instant given in Kazakhstan time (UTC+5). */
const almaty = (local: string): number => Date.parse(`${local}+05:00`);

describe('quiet hours (Kazakhstan time)', () => {
  const night = { from: '22:00', to: '08:00' };

  it('outside them: at once', () => {
    expect(deliverAfter(almaty('2026-11-22T12:30:00'), night)).toBe(almaty('2026-11-22T12:30:00'));
    expect(deliverAfter(almaty('2026-11-22T08:00:00'), night)).toBe(almaty('2026-11-22T08:00:00'));
  });

  it('inside quiet hours that span midnight: when they end, the same night or the next morning', () => {
    expect(deliverAfter(almaty('2026-11-22T23:15:00'), night)).toBe(almaty('2026-11-23T08:00:00'));
    expect(deliverAfter(almaty('2026-11-23T03:59:30'), night)).toBe(almaty('2026-11-23T08:00:00'));
    expect(deliverAfter(almaty('2026-11-22T22:00:00'), night)).toBe(almaty('2026-11-23T08:00:00'));
  });

  it('quiet hours within one day; none at all', () => {
    expect(deliverAfter(almaty('2026-11-22T13:10:00'), { from: '13:00', to: '14:00' })).toBe(almaty('2026-11-22T14:00:00'));
    expect(deliverAfter(almaty('2026-11-22T23:15:00'), null)).toBe(almaty('2026-11-22T23:15:00'));
  });

  it('HH:MM only', () => {
    expect(['00:00', '08:00', '23:59'].every(isClockTime)).toBe(true);
    expect(['24:00', '8:00', '08:60', '08:00:00', ''].some(isClockTime)).toBe(false);
  });
});
