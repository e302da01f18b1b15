// A normalised strategy (`render --format yaml`) given to check: say what it is, so nobody
// edits the copy instead of the strategy it was made from.
import { defineRule } from './types.js';
import { pointer } from './util.js';

export default defineRule({
  id: 'normalised-file',
  severity: 'info',
  options: {},
  docs: {
    example: 'version: 1\nderived:\n  cadence_hours_per_week: 4\n',
  },
  check({ strategy, report }) {
    if (strategy.derived !== undefined) report({ pointer: pointer('derived'), at: 'key', messageId: 'normalised', data: {} });
  },
});
