// Today in Amsterdam without the time-zone data: the same date as Intl gives, at every hour.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { amsterdamDate } from '../../src/util/today.js';

const intl = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

describe('today in Amsterdam', () => {
  it('is the date Intl gives, around every change of the clocks and at any moment from 2000 to 2099', () => {
    for (let year = 2000; year < 2100; year++) {
      for (const month of [2, 9]) {
        for (let day = 24; day <= 31; day++) {
          for (const hour of [21, 22, 23, 0, 1]) {
            for (const minute of [0, 59]) {
              const ms = Date.UTC(year, month, day, hour, minute);
              expect(amsterdamDate(ms)).toBe(intl.format(ms));
            }
          }
        }
      }
    }
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) }), (ms) => amsterdamDate(ms) === intl.format(ms)),
    );
  });
});
