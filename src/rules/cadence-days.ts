// A cadence's days can hold its posts: three posts a week on Monday and Wednesday would need
// a third day the calendar does not have. Fewer posts than days take the days in turn.
import { defineRule, message } from './types.js';
import { items, pointer } from './util.js';
import type { Weekday } from '../model/strategy.js';
import { channelSlots } from '../core/calendar-input.js';

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
      en: 'A cadence entry with days of its own posts on those days: once a day at its own `time`, or at each of the channel’s times. With more posts a week than that, the extra posts are not planned, while the document promises them. With fewer posts than days, the days take turns: one post a week on Tuesday and Friday is Tuesday one week and Friday the next.',
      nl: 'Een regel van het publicatieritme met eigen dagen post op die dagen: één keer per dag op de eigen `time`, of anders op elk van de tijden van het kanaal. Met meer berichten per week dan dat worden de extra berichten niet gepland, terwijl het document ze wel belooft. Met minder berichten dan dagen wisselen de dagen elkaar af: één bericht per week op dinsdag en vrijdag is de ene week dinsdag en de volgende vrijdag.',
    },
    example: 'version: 1\ncontent:\n  cadence:\n    - {channel: instagram, per_week: 3, days: [mon, wed], time: "12:00"}\n',
  },
  messages: {
    'too-few-days': message<{ perWeek: number; days: readonly Weekday[]; slots: number }>(
      (p, w) =>
        `${w.number(p.perWeek)} posts a week on ${w.count(p.days.length, 'day')} (${w.list(p.days.map((day) => w.value('weekday', day)))}): the calendar plans at most ${p.slots} a week. Add days or times, or lower per_week.`,
      (p, w) =>
        `${w.number(p.perWeek)} berichten per week op ${w.count(p.days.length, 'day')} (${w.list(p.days.map((day) => w.value('weekday', day)))}): de kalender plant er hoogstens ${p.slots} per week. Voeg dagen of tijden toe, of verlaag het aantal per week.`,
    ),
  },
  check({ strategy, report }) {
    for (const [index, cadence] of items(strategy.content?.cadence)) {
      const days = [...new Set(cadence.days ?? [])];
      // A line with its own time posts once a day; without, at each of the channel's times.
      const slots = days.length * (cadence.time ? 1 : channelSlots(strategy, cadence.channel).times.length);
      if (days.length === 0 || Math.ceil(cadence.per_week - 1e-9) <= slots) continue;
      report({
        pointer: pointer('content', 'cadence', index, 'days'),
        messageId: 'too-few-days',
        data: { perWeek: cadence.per_week, days, slots },
      });
    }
  },
});
