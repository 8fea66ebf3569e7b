import type { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkedUpdate, type SettingsUpdate } from './store.js';

const refusal = (update: SettingsUpdate) => {
  try {
    checkedUpdate(update);
  } catch (error) {
    return { message: (error as GraphQLError).message, ...(error as GraphQLError).extensions };
  }
  throw new Error('accepted');
};

describe('notification settings input', () => {
  it('is accepted when well formed', () => {
    const update: SettingsUpdate = { channels: [{ kind: 'FINE_IMPOSED', channels: ['SMS', 'TELEGRAM'] }], quietHours: { from: '23:00', to: '07:30' } };
    expect(checkedUpdate(update)).toBe(update);
    expect(checkedUpdate({ quietHours: null })).toEqual({ quietHours: null });
  });

  it('is refused with BAD_USER_INPUT naming the argument and the rule', () => {
    expect(refusal({})).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input', rule: 'EMPTY' });
    expect(
      refusal({
        channels: [
          { kind: 'FINE_PAID', channels: ['SMS'] },
          { kind: 'FINE_PAID', channels: [] },
        ],
      }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.channels[1].kind', rule: 'DUPLICATE' });
    expect(refusal({ channels: [{ kind: 'FINE_PAID', channels: ['SMS', 'SMS'] }] })).toMatchObject({
      argument: 'input.channels[0].channels',
      rule: 'DUPLICATE',
    });
    expect(refusal({ quietHours: { from: '22:00', to: '24:00' } })).toMatchObject({ argument: 'input.quietHours.to', rule: 'FORMAT' });
    expect(refusal({ quietHours: { from: '7:00', to: '08:00' } })).toMatchObject({ argument: 'input.quietHours.from', rule: 'FORMAT' });
    expect(refusal({ quietHours: { from: '22:00', to: '22:00' } })).toMatchObject({ argument: 'input.quietHours', rule: 'EMPTY_RANGE' });
  });
});
