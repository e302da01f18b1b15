// A cadence's days can hold its posts: three posts a week on Monday and Wednesday would need
// a third day the calendar does not have. Fewer posts than days take the days in turn.
import { defineRule } from './types.js';
import { items, pointer } from './util.js';
import { channelSlots } from '../core/calendar-input.js';

export default defineRule({
  id: 'cadence-days',
  severity: 'warning',
  options: {},
  docs: {
    example: 'version: 1\ncontent:\n  cadence:\n    - {channel: instagram, per_week: 3, days: [mon, wed], time: "12:00"}\n',
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
