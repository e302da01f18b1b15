// A school's calendar knows its school holidays: po, vo and mbo follow the holidays of their
// region, and without the region the calendar plans posts in them.
import { defineRule } from './types.js';
import { pointer } from './util.js';
import { SCHOOL_SECTORS } from '../core/sectors.js';

export default defineRule({
  id: 'holiday-region',
  severity: 'warning',
  options: {},
  docs: {
    example: 'version: 1\norganisation: {name: Basisschool De Klimop, sector: po}\n',
  },
  check({ strategy, report }) {
    const sector = strategy.organisation?.sector;
    const holidays = strategy.calendar?.holidays;
    if (!sector || !SCHOOL_SECTORS.has(sector) || holidays?.region || holidays?.school === 'ignore') return;
    report({ pointer: holidays ? pointer('calendar', 'holidays') : pointer('organisation', 'sector'), messageId: 'missing', data: {} });
  },
});
