import type { Channel, Format, Platform } from '../model/strategy.js';
import { fits, formatsOf } from './platforms.js';
import { defineRule, message } from './types.js';
import { entries, items, pointer } from './util.js';

export default defineRule({
  id: 'content-fits-channel',
  severity: 'warning',
  options: {},
  description: {
    en: 'Formats fit the platform they are posted on (YouTube is for video, Instagram for photos).',
    nl: 'Vormen passen bij het platform waarop ze verschijnen (YouTube is voor video, Instagram voor foto’s).',
  },
  docs: {
    rationale: {
      en: 'Content must suit the channel: Instagram is for photos and short video, YouTube for video. The rule checks a channel’s `formats`, the `format` of cadence entries and calendar items, and warns when none of a content pillar’s formats fits a channel the pillar is posted on. The platform `other` and the format `other` always fit.',
      nl: 'Content moet bij het kanaal passen: Instagram is voor foto’s en korte video’s, YouTube voor video. De regel toetst de vormen van een kanaal (`formats`), de vorm (`format`) van het publicatieritme en van kalenderitems, en waarschuwt als geen enkele vorm van een contentpijler past bij een kanaal waarop die contentpijler verschijnt. Het platform `other` en de vorm `other` passen altijd.',
    },
    example: 'version: 1\nchannels:\n  youtube:\n    platform: youtube\n    admins: [a, b]\n    formats: [video, photo]\n',
    sources: ['epale'],
  },
  messages: {
    format: message<{ format: Format; platform: Platform; fits: readonly Format[] }>(
      (p, w) =>
        `${w.capital(w.value('format', p.format))} does not fit ${w.value('platform', p.platform)}. Content must suit the channel: ${w.value('platform', p.platform)} is for ${w.list(p.fits.map((f) => w.value('format', f)))}.`,
      (p, w) =>
        `De vorm ${w.value('format', p.format)} past niet bij ${w.value('platform', p.platform)}. Content moet bij het kanaal passen; op ${w.value('platform', p.platform)} passen ${w.list(p.fits.map((f) => w.value('format', f)))}.`,
    ),
    pillar: message<{ pillar: string; channel: string; platform: Platform; fits: readonly Format[] }>(
      (p, w) =>
        `None of the formats of content pillar ${w.quote(p.pillar)} fits channel ${w.quote(p.channel)} (${w.value('platform', p.platform)} is for ${w.list(p.fits.map((f) => w.value('format', f)))}). Add a format that fits, or post this pillar on another channel.`,
      (p, w) =>
        `Geen van de vormen van de contentpijler ${w.quote(p.pillar)} past bij het kanaal ${w.quote(p.channel)} (op ${w.value('platform', p.platform)} passen ${w.list(p.fits.map((f) => w.value('format', f)))}). Voeg een passende vorm toe, of plaats deze contentpijler op een ander kanaal.`,
    ),
  },
  check({ strategy, report }) {
    const channels = new Map(entries(strategy.channels));
    const carried = (channel: Channel): Format[] => [...(formatsOf(channel.platform) ?? [])];

    for (const [id, channel] of channels) {
      for (const [index, format] of items(channel.formats)) {
        if (fits(channel.platform, format)) continue;
        report({
          pointer: pointer('channels', id, 'formats', index),
          messageId: 'format',
          data: { format, platform: channel.platform, fits: carried(channel) },
        });
      }
    }
    for (const [id, pillar] of entries(strategy.content?.pillars)) {
      const formats = pillar.formats ?? [];
      if (formats.length === 0) continue;
      for (const [index, channelId] of items(pillar.channels)) {
        const channel = channels.get(channelId);
        if (!channel || formats.some((format) => fits(channel.platform, format))) continue;
        report({
          pointer: pointer('content', 'pillars', id, 'channels', index),
          messageId: 'pillar',
          data: { pillar: id, channel: channelId, platform: channel.platform, fits: carried(channel) },
        });
      }
    }
    const posts = [
      ...items(strategy.content?.cadence).map(([index, entry]) => ({ entry, path: ['content', 'cadence', index] as const })),
      ...items(strategy.calendar?.items).map(([index, entry]) => ({ entry, path: ['calendar', 'items', index] as const })),
    ];
    for (const { entry, path } of posts) {
      const channel = entry.channel ? channels.get(entry.channel) : undefined;
      if (!channel || !entry.format || fits(channel.platform, entry.format)) continue;
      report({
        pointer: pointer(...path, 'format'),
        messageId: 'format',
        data: { format: entry.format, platform: channel.platform, fits: carried(channel) },
      });
    }
  },
});
