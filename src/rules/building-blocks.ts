// The building blocks of the method that come before the goals: where the organisation stands
// now (the baseline), what social media add to its core strategy (the vision), and what it can
// learn from comparable organisations (the benchmark). Advice once there is a plan to hold them to.
import { defineRule } from './types.js';
import { entries, items, pointer } from './util.js';

export default defineRule({
  id: 'building-blocks',
  severity: 'info',
  options: {},
  docs: {
    example:
      'version: 1\norganisation: {name: ROC Voorbeeld, sector: mbo}\ngoals:\n  aanmeldingen: {statement: Meer aanmeldingen, metric: aanmeldingen, baseline: 400, target: 480, deadline: 2027-06-30}\n',
    sources: ['epale'],
  },
  check({ strategy, report }) {
    if (entries(strategy.goals).length === 0 && entries(strategy.channels).length === 0) return;
    const baseline = strategy.baseline;
    const described = Boolean(baseline?.summary?.trim()) || items(baseline?.accounts).length > 0 || baseline?.hours_per_week !== undefined;
    if (!described) report({ pointer: baseline ? pointer('baseline') : '', at: 'key', messageId: 'baseline', data: {} });
    if (!strategy.organisation?.vision?.trim())
      report({ pointer: strategy.organisation ? pointer('organisation') : '', at: 'key', messageId: 'vision', data: {} });
    if (items(strategy.benchmark).length === 0)
      report({ pointer: strategy.benchmark ? pointer('benchmark') : '', at: 'key', messageId: 'benchmark', data: {} });
  },
});
