import { defineRule } from './types.js';
import { entries, pointer } from './util.js';

const STEPS = ['detect', 'respond', 'approve', 'publish'] as const;

export default defineRule({
  id: 'webcare-defined',
  severity: 'warning',
  options: {},
  check({ strategy, t, report }) {
    // Without channels there is nothing to answer on yet.
    if (entries(strategy.channels).length === 0) return;
    const webcare = strategy.webcare;
    const missing: string[] = [];
    if (!webcare?.owner) missing.push('webcare.owner');
    if (webcare?.response_time_hours === undefined) missing.push('webcare.response_time_hours');
    for (const step of STEPS) {
      if ((webcare?.workflow?.[step]?.by ?? []).length === 0) missing.push(`webcare.workflow.${step}`);
    }
    if (missing.length === 0) return;
    report({ pointer: webcare ? pointer('webcare') : '', at: 'key', message: t('webcare-defined.missing', { parts: missing }) });
  },
});
