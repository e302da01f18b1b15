import { figures } from '../model/figures.js';
import { defineRule } from './types.js';
import { entries, pointer } from './util.js';

export default defineRule({
  id: 'start-small',
  severity: 'warning',
  options: { hours_per_channel: 3 },
  check({ strategy, options, t, report }) {
    const channels = entries(strategy.channels).length;
    const communities = strategy.communities?.filter(Boolean).length ?? 0;
    const hours = figures(strategy).teamHours;
    if (channels + communities === 0 || hours === 0) return;
    const allowed = Math.max(1, Math.floor(hours / options.hours_per_channel));
    if (channels + communities <= allowed) return;
    report({ pointer: pointer('channels'), at: 'key', message: t('start-small.too-many', { channels, communities, hours, allowed }) });
  },
});
