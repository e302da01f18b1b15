// Backing and skills, after Kennisnet's tips for schools: the board behind it, training for
// those who post, and parents who know. Advice a school can switch off.
import { defineRule, message } from './types.js';
import { entries, items, pointer } from './util.js';

const SCHOOLS = new Set(['po', 'vo', 'mbo']);

export default defineRule({
  id: 'backing',
  severity: 'info',
  options: {},
  description: {
    en: 'Backing and skills: a sponsor on the board, training for those who post, parents informed.',
    nl: 'Draagvlak en vaardigheden: een bestuurder die het steunt, training voor wie post, ouders die het weten.',
  },
  docs: {
    rationale: {
      en: 'Kennisnet’s tips for social media in schools: social media work when the board backs them (`team.sponsor`), when staff who post are trained and supported (`team.training`), and, in primary and secondary schools and mbo, when parents and pupils know what the school does online and why (`guidelines.parents`: an information evening, a letter, the school guide). Advice, not a requirement: switch it off with `checks: {backing: off}`.',
      nl: 'De tips van Kennisnet voor sociale media op school: sociale media werken als het bestuur erachter staat (`team.sponsor`), als medewerkers die posten getraind en ondersteund worden (`team.training`), en in het po, vo en mbo als ouders en leerlingen weten wat de school online doet en waarom (`guidelines.parents`: een ouderavond, een brief, de schoolgids). Een advies, geen eis: zet het uit met `checks: {backing: off}`.',
    },
    example:
      'version: 1\norganisation: {name: Basisschool De Klimop, sector: po}\nteam:\n  owner: an\n  members:\n    an: {name: An, hours_per_week: 3}\n',
    sources: ['kennisnet'],
  },
  messages: {
    sponsor: message<Record<string, never>>(
      () => 'Who on the board or in the school’s leadership backs this strategy and makes room for it? Name the sponsor.',
      () => 'Wie in het bestuur of de schoolleiding staat achter deze strategie en maakt er ruimte voor? Noem die persoon of rol.',
    ),
    training: message<{ makers: number }>(
      (p, w) =>
        `${w.capital(w.count(p.makers, 'member'))} make posts: record how they are trained and supported (media literacy, privacy, tone).`,
      (p, w) =>
        `${w.capital(w.count(p.makers, 'member'))} maken berichten: leg vast hoe ze getraind en ondersteund worden (mediawijsheid, privacy, toon).`,
    ),
    parents: message<Record<string, never>>(
      () =>
        'How do parents and pupils learn what the school does on social media, and why? An information evening, a letter or the school guide.',
      () =>
        'Hoe horen ouders en leerlingen wat de school op sociale media doet, en waarom? Bijvoorbeeld op een ouderavond, in een brief of in de schoolgids.',
    ),
  },
  check({ strategy, report }) {
    const team = strategy.team;
    if (!team || entries(strategy.channels).length === 0) return;
    if (!team.sponsor?.trim()) report({ pointer: pointer('team'), at: 'key', messageId: 'sponsor', data: {} });
    const makers = new Set(
      items(strategy.content?.cadence)
        .map(([, cadence]) => cadence.owner)
        .filter(Boolean),
    );
    if (makers.size > 1 && !team.training?.trim())
      report({ pointer: pointer('team'), at: 'key', messageId: 'training', data: { makers: makers.size } });
    if (SCHOOLS.has(strategy.organisation?.sector ?? '') && !strategy.guidelines?.parents?.trim()) {
      report({
        pointer: strategy.guidelines ? pointer('guidelines') : pointer('organisation', 'sector'),
        at: strategy.guidelines ? 'key' : 'value',
        messageId: 'parents',
        data: {},
      });
    }
  },
});
