// The holidays the calendar skips are known for the whole period: the data shipped with the
// tool covers some school years, and a period beyond them would quietly get posts in holidays.
import { defineRule } from './types.js';
import { pointer } from './util.js';
import { holidaySettings, publicCoverage, schoolCoverage } from '../core/holidays.js';

export default defineRule({
  id: 'holiday-data',
  severity: 'warning',
  options: {},
  docs: {
    example: 'version: 1\nperiod: {start: 2030-08-01, end: 2031-07-31}\ncalendar:\n  holidays: {region: midden}\n',
  },
  check({ strategy, report }) {
    const period = strategy.period;
    if (!period || period.start > period.end) return;
    const settings = holidaySettings(strategy);
    if (settings.public !== 'ignore') {
      const known = publicCoverage();
      if (period.start < known.from || period.end > known.to)
        report({ pointer: pointer('period'), messageId: 'public', data: { from: known.from, until: known.to } });
    }
    if (settings.region && settings.school !== 'ignore') {
      const known = schoolCoverage(settings.region);
      if (known && (period.end > known.to || period.start < known.from)) {
        report({
          pointer: pointer('calendar', 'holidays', 'region'),
          messageId: 'school',
          data: { region: settings.region, until: known.to, end: period.end },
        });
      }
    }
  },
});
