// The calendar's time zone is one calendars know (an IANA name such as Europe/Amsterdam);
// an unknown one would put every post at the wrong hour, or in no zone at all.
import { defineRule } from './types.js';
import { pointer } from './util.js';
import { isTimeZone } from '../util/timezone.js';

export default defineRule({
  id: 'calendar-timezone',
  severity: 'error',
  options: {},
  docs: {
    example: 'version: 1\ncalendar:\n  timezone: Europe/Amsterdm\n',
  },
  check({ strategy, report }) {
    const zone = strategy.calendar?.timezone;
    if (zone !== undefined && !isTimeZone(zone)) report({ pointer: pointer('calendar', 'timezone'), messageId: 'unknown', data: { zone } });
  },
});
