// Webcare as it works in practice: the steps fit the promised response time, and somebody (or
// an auto-reply) covers the evenings, weekends and holidays that staffed hours leave out.
import { defineRule } from './types.js';
import { STEPS } from '../i18n/rule-data.js';
import { entries, pointer } from './util.js';

/** From Friday 17:00 to Monday 9:00: a response time shorter than this needs weekend cover. */
const WEEKEND_HOURS = 64;

export default defineRule({
  id: 'webcare-practice',
  severity: 'warning',
  options: {},
  docs: {
    example:
      'version: 1\nwebcare:\n  response_time_hours: 24\n  hours: ma-vr 08:30-17:00\n  workflow:\n    detect: {by: [kim], within_hours: 4}\n    respond: {by: [kim], within_hours: 24}\n    approve: {by: [sanne], within_hours: 4}\n    publish: {by: [kim], within_hours: 2}\n',
    sources: ['kennisnet', 'social'],
  },
  check({ strategy, report }) {
    const webcare = strategy.webcare;
    const promised = webcare?.response_time_hours;
    if (!webcare || promised === undefined || entries(strategy.channels).length === 0) return;
    const steps = STEPS.flatMap((step) => {
      const hours = webcare.workflow?.[step]?.within_hours;
      return hours === undefined ? [] : [{ step, hours }];
    });
    const total = steps.reduce((sum, step) => sum + step.hours, 0);
    if (steps.length > 1 && total > promised)
      report({ pointer: pointer('webcare', 'workflow'), at: 'key', messageId: 'steps-exceed', data: { total, promised, steps } });
    if (webcare.hours && promised < WEEKEND_HOURS && !webcare.coverage && !webcare.auto_reply) {
      report({ pointer: pointer('webcare', 'hours'), messageId: 'no-cover', data: { staffed: webcare.hours, promised } });
    }
  },
});
