import { defineRule, message } from './types.js';
import { entries, items, pointer } from './util.js';

export default defineRule({
  id: 'channel-purpose',
  severity: 'warning',
  options: {},
  description: {
    en: 'Every channel has an audience and serves a goal or a content pillar.',
    nl: 'Elk kanaal heeft een doelgroep en draagt bij aan een doel of contentpijler.',
  },
  docs: {
    rationale: {
      en: 'Every channel has at least one audience (`audiences`) and serves at least one goal (`goals`) or content pillar (a pillar lists it under `channels`, or the cadence posts a pillar on it). Choose a channel because your audience is there and it serves the strategy: every channel costs time.',
      nl: 'Elk kanaal heeft minstens één doelgroep (`audiences`) en draagt bij aan minstens één doel (`goals`) of contentpijler (een contentpijler noemt het kanaal onder `channels`, of het publicatieritme plaatst er een contentpijler op). Kies een kanaal omdat je doelgroep er al is en het de strategie dient: elk kanaal kost tijd.',
    },
    example: 'version: 1\nchannels:\n  tiktok: {platform: tiktok, admins: [a, b]}\n',
    sources: ['training'],
  },
  messages: {
    'no-audience': message<{ channel: string }>(
      (p, w) =>
        `Channel ${w.quote(p.channel)} has no audience. Choose a channel because your audience is already there: record which audiences it is for, or drop the channel.`,
      (p, w) =>
        `Het kanaal ${w.quote(p.channel)} heeft geen doelgroep. Kies een kanaal omdat je doelgroep er al is: leg bij het kanaal vast voor welke doelgroepen het bedoeld is, of schrap het kanaal.`,
    ),
    'no-goal': message<{ channel: string }>(
      (p, w) =>
        `Channel ${w.quote(p.channel)} serves no goal, and no content pillar is posted on it. Link it to a goal or a content pillar, or drop it: every channel costs time.`,
      (p, w) =>
        `Het kanaal ${w.quote(p.channel)} draagt niet bij aan een doel, en er verschijnt geen contentpijler op. Koppel het kanaal aan een doel of een contentpijler, of schrap het: elk kanaal kost tijd.`,
    ),
  },
  check({ strategy, report }) {
    const withPillar = new Set(entries(strategy.content?.pillars).flatMap(([, pillar]) => pillar.channels ?? []));
    for (const [, entry] of items(strategy.content?.cadence)) if (entry.pillar) withPillar.add(entry.channel);
    for (const [id, channel] of entries(strategy.channels)) {
      if ((channel.audiences ?? []).length === 0)
        report({ pointer: pointer('channels', id), at: 'key', messageId: 'no-audience', data: { channel: id } });
      if ((channel.goals ?? []).length === 0 && !withPillar.has(id))
        report({ pointer: pointer('channels', id), at: 'key', messageId: 'no-goal', data: { channel: id } });
    }
  },
});
