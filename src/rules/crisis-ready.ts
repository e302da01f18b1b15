// Once a strategy has public channels: a crisis plan with a spokesperson and first steps, what
// to do about a hacked account (the most common incident), and a protocol everyone knows.
import { defineRule } from './types.js';
import { entries, pointer } from './util.js';
import type { FieldId } from '../i18n/vocabulary.js';

export default defineRule({
  id: 'crisis-ready',
  severity: 'warning',
  options: {},
  docs: {
    example: 'version: 1\nchannels:\n  facebook: {platform: facebook, visibility: public}\ncrisis:\n  spokesperson: Directeur\n',
    sources: ['kennisnet', 'social'],
  },
  check({ strategy, report }) {
    const publicChannels = entries(strategy.channels).filter(([, channel]) => channel.visibility !== 'closed');
    if (publicChannels.length === 0) return;
    const crisis = strategy.crisis;
    const fields: FieldId[] = [];
    if (!crisis?.plan?.trim() && (crisis?.first_steps ?? []).length === 0) fields.push('crisis.plan');
    if (!crisis?.spokesperson?.trim()) fields.push('crisis.spokesperson');
    // A plan that names a hack covers it too.
    if (!crisis?.hacked_account?.trim() && !/hack/i.test(`${crisis?.plan ?? ''} ${(crisis?.first_steps ?? []).join(' ')}`))
      fields.push('crisis.hacked_account');
    if (fields.length > 0) report({ pointer: crisis ? pointer('crisis') : '', at: 'key', messageId: 'crisis', data: { parts: fields } });
    if (!strategy.guidelines?.protocol?.trim())
      report({
        pointer: strategy.guidelines ? pointer('guidelines') : '',
        at: 'key',
        messageId: 'protocol',
        data: { sector: strategy.organisation?.sector },
      });
  },
});
