import { defineRule } from './types.js';
import type { Part } from '../i18n/rule-data.js';
import { STEPS } from '../i18n/rule-data.js';
import { entries, pointer } from './util.js';

export default defineRule({
  id: 'webcare-defined',
  severity: 'warning',
  options: {},
  docs: {
    example: 'version: 1\nchannels:\n  facebook: {platform: facebook, admins: [a, b]}\nwebcare:\n  response_time_hours: 24\n',
    sources: ['kennisnet', 'social'],
  },
  check({ strategy, report }) {
    // Without channels there is nothing to answer on yet.
    if (entries(strategy.channels).length === 0) return;
    const webcare = strategy.webcare;
    const missing: Part[] = [];
    if (!webcare?.owner) missing.push('webcare.owner');
    if (webcare?.response_time_hours === undefined) missing.push('webcare.response_time_hours');
    // Where one person may do it all (the head teacher answers directly), the owner does every step.
    if (!webcare?.one_person)
      for (const step of STEPS) if ((webcare?.workflow?.[step]?.by ?? []).length === 0) missing.push(`webcare.workflow.${step}`);
    if (missing.length === 0) return;
    report({ pointer: webcare ? pointer('webcare') : '', at: 'key', messageId: 'missing', data: { parts: missing } });
  },
});
