// Start small, measured by the work: prove you can follow up before you grow. The work the
// channels and communities take (posting, webcare, monitoring) against the hours the team has.
import { figures } from '../model/figures.js';
import { defineRule } from './types.js';
import { entries, pointer } from './util.js';

export default defineRule({
  id: 'start-small',
  severity: 'warning',
  // hours_per_channel is accepted for files written for an earlier version; it is not used.
  options: { max_share: 0.8, listening_hours_per_channel: 0.5, hours_per_channel: 3 },
  docs: {
    example:
      'version: 1\nchannels:\n  instagram: {platform: instagram}\n  tiktok: {platform: tiktok}\nteam:\n  members:\n    lotte: {name: Lotte, hours_per_week: 4}\ncontent:\n  cadence:\n    - {channel: instagram, per_week: 3, minutes_per_post: 45, owner: lotte}\n    - {channel: tiktok, per_week: 2, minutes_per_post: 30, owner: lotte}\n',
    sources: ['social', 'kennisnet'],
  },
  check({ strategy, options, report }) {
    const channels = entries(strategy.channels).length;
    const communities = strategy.communities?.filter(Boolean).length ?? 0;
    const f = figures(strategy);
    if (channels + communities <= 1 || f.teamHours === 0 || f.cadenceHours === 0) return;
    const listening = f.webcareHours > 0 ? f.webcareHours : channels * options.listening_hours_per_channel;
    const work = f.cadenceHours + listening + f.monitoringHours;
    const share = work / f.teamHours;
    // Beyond the hours altogether is capacity's to report.
    if (share <= options.max_share || f.workHours > f.teamHours) return;
    report({
      pointer: pointer('channels'),
      at: 'key',
      messageId: 'too-many',
      data: { channels, communities, hours: f.teamHours, work: Math.round(work * 10) / 10, share: Math.round(share * 100) },
    });
  },
});
