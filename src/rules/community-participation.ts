// The thresholds of the method: below 15% active members a community is not representative;
// from 15% take part; above 30% you must.
import { defineRule, message } from './types.js';
import { items, pointer } from './util.js';

type Share = { community: string; share: number };

export default defineRule({
  id: 'community-participation',
  severity: 'info',
  options: { low: 0.15, high: 0.3, large: 50 },
  description: {
    en: 'Advice per community from its share of active members (15% and 30% thresholds).',
    nl: 'Advies per community op basis van het aandeel actieve leden (grenzen van 15% en 30%).',
  },
  docs: {
    rationale: {
      en: 'Advice per community from its `active_share`, the share of members who post or react: below `low` (15%) what circulates is not representative, so merge similar communities, stimulate participation or bring in an expert; from `low` to `high` (30%) taking part is worth it; above `high` you must take part, as it is the best source of usable content, when it is also large (`large` members or more, 50 by default): a small group, however lively, reaches few. Start with one active community and add the next only when you can keep up.',
      nl: 'Advies per community op basis van `active_share`, het aandeel leden dat zelf berichten plaatst of reageert: onder `low` (15%) is wat er rondgaat niet representatief, dus voeg vergelijkbare community’s samen, stimuleer deelname of haal er een inhoudsdeskundige bij; van `low` tot `high` (30%) is meedoen de moeite waard; boven `high` moet je meedoen, want dan is de community de beste bron van bruikbare content, als ze ook groot is (`large` leden of meer, standaard 50): een kleine groep, hoe levendig ook, bereikt weinig mensen. Begin met één actieve community en voeg pas een volgende toe als je het kunt bijhouden.',
    },
    example: 'version: 1\ncommunities:\n  - {name: Alumninetwerk, active_share: 0.1}\n',
    sources: ['social'],
  },
  messages: {
    low: message<Share>(
      (p, w) =>
        `Only ${w.percent(p.share)} of the members of ${w.quote(p.community)} post or react: what circulates there is not representative. Merge it with similar communities, stimulate participation, or bring in an expert.`,
      (p, w) =>
        `Slechts ${w.percent(p.share)} van de leden van ${w.quote(p.community)} plaatst zelf berichten of reageert: wat daar rondgaat, is niet representatief. Voeg de community samen met vergelijkbare community’s, stimuleer deelname of haal er een inhoudsdeskundige bij.`,
    ),
    medium: message<Share>(
      (p, w) => `${w.percent(p.share)} of the members of ${w.quote(p.community)} are active: taking part is worth it.`,
      (p, w) => `${w.percent(p.share)} van de leden van ${w.quote(p.community)} is actief: meedoen is de moeite waard.`,
    ),
    'high-small': message<Share & { members: number }>(
      (p, w) =>
        `${w.percent(p.share)} of the ${w.number(p.members)} members of ${w.quote(p.community)} are active: taking part is worth it, but with so few members it reaches few; the source of content is a community that is large and active.`,
      (p, w) =>
        `${w.percent(p.share)} van de ${w.number(p.members)} leden van ${w.quote(p.community)} is actief: meedoen is de moeite waard, maar met zo weinig leden bereik je er weinig mee. De beste bron van content is een community die groot én actief is.`,
    ),
    high: message<Share>(
      (p, w) =>
        `${w.percent(p.share)} of the members of ${w.quote(p.community)} are active: you must take part; this is the best source of usable content.`,
      (p, w) =>
        `${w.percent(p.share)} van de leden van ${w.quote(p.community)} is actief: doe hier zelf actief mee, want zo’n community is de beste bron van bruikbare content.`,
    ),
  },
  check({ strategy, options, report }) {
    for (const [index, community] of items(strategy.communities)) {
      if (community.active_share === undefined) continue;
      const share = Math.round(community.active_share * 100);
      const band = community.active_share < options.low ? 'low' : community.active_share > options.high ? 'high' : 'medium';
      // "Large and active": a small group, however lively, is no source of content.
      if (band === 'high' && community.members !== undefined && community.members < options.large) {
        report({
          pointer: pointer('communities', index, 'active_share'),
          messageId: 'high-small',
          data: { community: community.name, share, members: community.members },
        });
        continue;
      }
      report({ pointer: pointer('communities', index, 'active_share'), messageId: band, data: { community: community.name, share } });
    }
  },
});
