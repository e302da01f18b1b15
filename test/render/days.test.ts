// Calendar days as numbers and back, against the Date object, over four centuries.
import { describe, expect, it } from 'vitest';
import { fromDay, toDay } from '../../src/core/days.js';

describe('calendar day numbers', () => {
  it('turn back into the same YYYY-MM-DD as Date gives, for every day from 1900 to 2300', () => {
    for (let day = toDay('1900-01-01'); day <= toDay('2300-12-31'); day++) {
      const expected = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (fromDay(day) !== expected) expect(fromDay(day)).toBe(expected);
      if (toDay(expected) !== day) expect(toDay(expected)).toBe(day);
    }
  });
});
