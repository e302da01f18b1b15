// Follow your audience: a channel belongs on a platform its audiences use, and an audience is
// reached on a platform where it is active, not pulled to one of ours.
import { defineRule, message } from './types.js';
import { entries, pointer } from './util.js';
import type { Platform } from '../model/strategy.js';

/** Platforms that say nothing about where an audience is: our own website, or "other". */
const NEUTRAL = new Set<string>(['website', 'other']);

export default defineRule({
  id: 'follow-audience',
  severity: 'warning',
  options: {},
  description: {
    en: 'Each channel is on a platform its audiences use, and each audience is reached on a platform it uses.',
    nl: 'Elk kanaal zit op een platform dat zijn doelgroepen gebruiken, en elke doelgroep wordt bereikt op een platform dat ze gebruikt.',
  },
  docs: {
    rationale: {
      en: 'The method’s central advice is to follow your audience: be where your audiences already are, rather than trying to pull them to your own platform. Where an audience records the `platforms` it is active on, the rule compares them with the platform of each channel that serves it, and reports an audience that no channel reaches on any of its platforms.',
      nl: 'Het centrale advies van de methode is: volg je doelgroep. Wees waar je doelgroepen al zijn, in plaats van ze naar je eigen platform te willen halen. Waar bij een doelgroep staat op welke platforms ze actief is (`platforms`), vergelijkt de regel die met het platform van elk kanaal dat de doelgroep bedient, en meldt de regel een doelgroep die door geen enkel kanaal wordt bereikt op een van haar platforms.',
    },
    example:
      'version: 1\naudiences:\n  ouders: {name: Ouders, platforms: [facebook, whatsapp]}\nchannels:\n  instagram: {platform: instagram, audiences: [ouders]}\n',
    sources: ['epale'],
  },
  messages: {
    'channel-elsewhere': message<{ channel: string; platform: Platform; audiences: readonly string[]; platforms: readonly Platform[] }>(
      (p, w) =>
        `Channel ${w.quote(p.channel)} is on ${w.value('platform', p.platform)}, but ${w.list(p.audiences.map((a) => w.quote(a)))} ${p.audiences.length === 1 ? 'is' : 'are'} active on ${w.list(p.platforms.map((platform) => w.value('platform', platform)))}. Follow your audience: choose a platform where it already is, or record that it uses ${w.value('platform', p.platform)} too.`,
      (p, w) =>
        `Kanaal ${w.quote(p.channel)} zit op ${w.value('platform', p.platform)}, maar ${w.list(p.audiences.map((a) => w.quote(a)))} ${p.audiences.length === 1 ? 'is' : 'zijn'} actief op ${w.list(p.platforms.map((platform) => w.value('platform', platform)))}. ${
          p.audiences.length === 1
            ? `Volg je doelgroep: kies een platform waar ze al is, of vul bij de doelgroep aan dat ze ook ${w.value('platform', p.platform)} gebruikt.`
            : `Volg je doelgroepen: kies een platform waar ze al zijn, of vul bij de doelgroepen aan dat ze ook ${w.value('platform', p.platform)} gebruiken.`
        }`,
    ),
    unreached: message<{ audience: string; platforms: readonly Platform[] }>(
      (p, w) =>
        `No channel reaches ${w.quote(p.audience)} on ${w.list(
          p.platforms.map((platform) => w.value('platform', platform)),
          'or',
        )}, where this audience is active. Serve it from a channel on one of these platforms.`,
      (p, w) =>
        `Geen enkel kanaal bereikt ${w.quote(p.audience)} op ${w.list(
          p.platforms.map((platform) => w.value('platform', platform)),
          'or',
        )}, terwijl deze doelgroep daar actief is. Bereik haar via een kanaal op een van die platforms.`,
    ),
  },
  check({ strategy, report }) {
    const audiences = new Map(entries(strategy.audiences));
    const platformsOf = (id: string): Platform[] | undefined => {
      const listed = audiences.get(id)?.platforms?.filter((platform) => !NEUTRAL.has(platform));
      return listed && listed.length > 0 ? listed : undefined;
    };
    const reached = new Set<string>();
    for (const [id, channel] of entries(strategy.channels)) {
      if (NEUTRAL.has(channel.platform)) continue;
      const away: string[] = [];
      const elsewhere = new Set<Platform>();
      for (const audience of channel.audiences ?? []) {
        const platforms = platformsOf(audience);
        if (!platforms) continue;
        if (platforms.includes(channel.platform)) reached.add(audience);
        else {
          away.push(audiences.get(audience)?.name ?? audience);
          for (const platform of platforms) elsewhere.add(platform);
        }
      }
      // Only when none of its audiences uses the platform: a channel may serve several.
      const served = (channel.audiences ?? []).filter((audience) => platformsOf(audience));
      if (away.length > 0 && away.length === served.length) {
        report({
          pointer: pointer('channels', id, 'platform'),
          messageId: 'channel-elsewhere',
          data: { channel: id, platform: channel.platform, audiences: away, platforms: [...elsewhere] },
        });
      }
    }
    for (const [id, audience] of audiences) {
      const platforms = platformsOf(id);
      if (!platforms || reached.has(id)) continue;
      // An audience no channel serves at all is audience-reached's to report.
      const served = entries(strategy.channels).some(([, channel]) => channel.audiences?.includes(id));
      if (!served) continue;
      report({
        pointer: pointer('audiences', id, 'platforms'),
        messageId: 'unreached',
        data: { audience: audience.name ?? id, platforms },
      });
    }
  },
});
