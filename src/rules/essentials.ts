// The blocks without which there is no strategy: a period, goals, audiences, channels and a
// team with an owner. An empty strategy fails; each missing block is one finding, where it
// belongs.
import { defineRule, message } from './types.js';
import { pointer } from './util.js';

type Block = 'period' | 'goals' | 'audiences' | 'channels' | 'team';

export default defineRule({
  id: 'essentials',
  severity: 'error',
  options: {},
  description: {
    en: 'The strategy has a period, goals, audiences, channels and a team with an owner.',
    nl: 'De strategie heeft een periode, doelen, doelgroepen, kanalen en een team met een eigenaar.',
  },
  docs: {
    rationale: {
      en: 'The method builds each block on the one before: without goals there is nothing to measure, without audiences no reason for a channel, without an owner nobody who answers for it. A file with only a name is not yet a strategy. Each missing block is reported once; `strategy init` asks for all of them.',
      nl: 'De methode bouwt elk onderdeel op het vorige: zonder doelen valt er niets te meten, zonder doelgroepen is er geen reden voor een kanaal, zonder eigenaar is niemand verantwoordelijk. Een bestand met alleen een naam is nog geen strategie. Elk ontbrekend onderdeel wordt één keer gemeld; `strategy init` vraagt ze allemaal uit.',
    },
    example: 'version: 1\norganisation: {name: Basisschool De Klimop}\n',
    sources: ['epale', 'training'],
  },
  messages: {
    missing: message<{ block: Block }>(
      (p) =>
        ({
          period: 'The strategy has no period yet: give its first and last day (a school year, for instance).',
          goals:
            'The strategy has no goals yet. Goals are the most important step: what should social media achieve, measurably and by when?',
          audiences: 'The strategy has no audiences yet: whom do you want to reach, and where are they active?',
          channels: 'The strategy has no channels yet: choose at least one, where your audiences are.',
          team: 'Nobody is responsible for the strategy yet: name the team and its owner.',
        })[p.block],
      (p) =>
        ({
          period: 'De strategie heeft nog geen periode: geef de eerste en de laatste dag (bijvoorbeeld een schooljaar).',
          goals:
            'De strategie heeft nog geen doelen. Doelen zijn de belangrijkste stap: wat moeten sociale media opleveren, hoe meet je dat en wanneer wil je het bereikt hebben?',
          audiences: 'De strategie heeft nog geen doelgroepen: wie wil je bereiken, en waar zijn ze actief?',
          channels: 'De strategie heeft nog geen kanalen: kies er minstens één, daar waar je doelgroepen zijn.',
          team: 'Nog niemand is verantwoordelijk voor de strategie: leg het team en de eigenaar vast.',
        })[p.block],
    ),
  },
  check({ strategy, ids, report }) {
    const missing = (block: Block): void =>
      report({ pointer: strategy[block] ? pointer(block) : '', at: 'key', messageId: 'missing', data: { block } });
    // A section the schema rejected is in the file: its own finding says what is wrong.
    const rejected = (block: Block): boolean => !strategy[block] && ids.sections.has(block);
    if (!strategy.period && !rejected('period')) missing('period');
    if (ids.goal.size === 0 && !rejected('goals')) missing('goals');
    if (ids.audience.size === 0 && !rejected('audiences')) missing('audiences');
    if (ids.channel.size === 0 && !rejected('channels')) missing('channels');
    if (!strategy.team?.owner && !rejected('team')) missing('team');
  },
});
