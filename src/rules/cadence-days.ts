// A cadence's days can hold its posts: three posts a week on Monday and Wednesday would need
// a third day the calendar does not have. Fewer posts than days take the days in turn.
import { defineRule, message } from './types.js';
import { items, pointer } from './util.js';
import type { Weekday } from '../model/strategy.js';

export default defineRule({
  id: 'cadence-days',
  severity: 'warning',
  options: {},
  description: {
    en: 'A cadence names at least as many days as it has posts a week.',
    nl: 'Een publicatieritme noemt minstens zoveel dagen als het berichten per week heeft.',
  },
  docs: {
    rationale: {
      en: 'The calendar plans at most one post a day per cadence entry, on the days it lists. With more posts a week than days, the extra posts are not planned, while the document promises them. With fewer posts than days, the days take turns: one post a week on Tuesday and Friday is Tuesday one week and Friday the next.',
      nl: 'De kalender plant per regel van het publicatieritme hoogstens één bericht per dag, op de dagen die erin staan. Met meer berichten per week dan dagen worden de extra berichten niet gepland, terwijl het document ze wel belooft. Met minder berichten dan dagen wisselen de dagen elkaar af: één bericht per week op dinsdag en vrijdag is de ene week dinsdag en de volgende vrijdag.',
    },
    example: 'version: 1\ncontent:\n  cadence:\n    - {channel: instagram, per_week: 3, days: [mon, wed]}\n',
  },
  messages: {
    'too-few-days': message<{ perWeek: number; days: readonly Weekday[] }>(
      (p, w) => `${w.number(p.perWeek)} posts a week on ${w.count(p.days.length, 'day')} (${w.list(p.days.map((day) => w.value('weekday', day)))}): the calendar plans at most ${p.days.length} a week. Add days, or lower per_week.`,
      (p, w) => `${w.number(p.perWeek)} berichten per week op ${w.count(p.days.length, 'day')} (${w.list(p.days.map((day) => w.value('weekday', day)))}): de kalender plant er hoogstens ${p.days.length} per week. Voeg dagen toe of verlaag het aantal per week.`,
    ),
  },
  check({ strategy, report }) {
    for (const [index, cadence] of items(strategy.content?.cadence)) {
      const days = [...new Set(cadence.days ?? [])];
      if (days.length === 0 || Math.ceil(cadence.per_week - 1e-9) <= days.length) continue;
      report({ pointer: pointer('content', 'cadence', index, 'days'), messageId: 'too-few-days', data: { perWeek: cadence.per_week, days } });
    }
  },
});
