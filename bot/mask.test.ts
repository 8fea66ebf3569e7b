import { describe, expect, it } from 'vitest';
import { formatDate, formatTenge, languageOf } from './i18n.js';
import { maskIin, maskIinsIn } from './mask.js';

describe('masking IINs', () => {
  it('shows the first four and the last three digits, never the rest', () => {
    expect(maskIin('850314301234')).toBe('8503•••••234');
    expect(maskIin('not an iin')).toBe('••••••••••••');
  });

  it('masks every run of exactly twelve digits in a text, and nothing longer or shorter', () => {
    expect(maskIinsIn('child 210510607895, protocol 0226111800123, 12345')).toBe('child 2105•••••895, protocol 0226111800123, 12345');
  });
});

describe('words', () => {
  it('formats dates and tenge as people in Kazakhstan write them', () => {
    expect(formatDate('2026-11-28')).toBe('28.11.2026');
    expect(formatTenge(1_234_567)).toBe('1 234 567 ₸');
    expect(formatTenge(500)).toBe('500 ₸');
  });

  it('takes Telegram’s language when it is one of kk, ru, en; Russian otherwise', () => {
    expect(languageOf('kk')).toBe('kk');
    expect(languageOf('en-GB')).toBe('en');
    expect(languageOf('de')).toBe('ru');
    expect(languageOf(undefined)).toBe('ru');
  });
});
