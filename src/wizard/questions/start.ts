// The questions of the blocks baseline, vision, goals, audiences, in the method's order.
import { bi } from '../question-types.js';
import type { Block } from '../question-types.js';
import { list, FORMATS, labelsOf, FORMAT_LABELS, blockTitle, platformChoices, members, goals, offer, TYPICAL_AUDIENCES } from './shared.js';

export const BLOCKS: readonly Block[] = [
  {
    id: 'baseline',
    title: blockTitle('baseline'),
    intro: bi(
      'Eerst kijken we waar jullie nu staan: hoe gebruikt jullie organisatie sociale media op dit moment? Alles wat volgt, vergelijken we hiermee.',
      'First, where do you stand: how does your organisation use social media today? Everything that follows is measured against this.',
    ),
    questions: [
      {
        key: 'baseline.summary',
        kind: 'longtext',
        prompt: bi('Hoe gebruiken jullie sociale media nu, in een paar zinnen?', 'How do you use social media now, in a few sentences?'),
      },
      {
        key: 'baseline.formats',
        kind: 'multiselect',
        prompt: bi('Welke vormen (foto, video, story …) gebruiken jullie al?', 'Which formats (photo, video, story …) do you use already?'),
        choices: list(FORMATS, FORMAT_LABELS),
      },
      {
        key: 'baseline.hours_per_week',
        kind: 'number',
        prompt: bi(
          'Hoeveel uur per week besteden jullie er nu aan, iedereen bij elkaar?',
          'How many hours a week does it take now, everyone together?',
        ),
      },
      {
        key: 'baseline.content_production',
        kind: 'text',
        prompt: bi('Hoe wordt de content nu gemaakt, en door wie?', 'How is content made today, and by whom?'),
      },
      {
        key: 'baseline.satisfaction',
        kind: 'select',
        numeric: true,
        prompt: bi('Hoe tevreden zijn jullie met de huidige situatie?', 'How satisfied are you with the current situation?'),
        choices: [
          { value: '1', label: bi('1 – zeer ontevreden', '1 – very dissatisfied') },
          { value: '2', label: bi('2 – ontevreden', '2 – dissatisfied') },
          { value: '3', label: bi('3 – neutraal', '3 – neutral') },
          { value: '4', label: bi('4 – tevreden', '4 – satisfied') },
          { value: '5', label: bi('5 – zeer tevreden', '5 – very satisfied') },
        ],
      },
    ],
    collections: [
      {
        path: 'baseline.accounts',
        shape: 'list',
        noun: 'account',
        questions: [
          { key: 'platform', kind: 'select', prompt: bi('Platform', 'Platform'), required: true, choices: platformChoices },
          { key: 'handle', kind: 'text', prompt: bi('Accountnaam', 'Account name') },
          { key: 'followers', kind: 'integer', prompt: bi('Aantal volgers', 'Number of followers') },
          { key: 'posts_per_week', kind: 'number', prompt: bi('Berichten per week', 'Posts per week') },
          { key: 'active', kind: 'confirm', prompt: bi('Is het account echt actief?', 'Is the account really active?') },
          {
            key: 'keep',
            kind: 'confirm',
            prompt: bi('Houden jullie dit account aan in de nieuwe strategie?', 'Will you keep this account under the new strategy?'),
          },
        ],
      },
    ],
  },
  {
    id: 'vision',
    title: blockTitle('vision'),
    intro: bi(
      'Wat dragen sociale media bij aan de kernstrategie van jullie organisatie, en wie werkt eraan? Sociale media zijn geen doel op zich.',
      'What does social media contribute to your organisation’s core strategy, and who works on it? Social media is not a goal in itself.',
    ),
    questions: [
      { key: 'organisation.name', kind: 'text', required: true, prompt: bi('Naam van de organisatie', 'Name of the organisation') },
      {
        key: 'organisation.sector',
        kind: 'select',
        required: true,
        prompt: bi('Sector', 'Sector'),
        choices: list(['po', 'vo', 'mbo', 'hbo', 'wo', 'adult-education', 'other'], labelsOf('sector')),
      },
      {
        key: 'organisation.vision',
        kind: 'longtext',
        prompt: bi(
          'Wat is de bijdrage van sociale media aan jullie kernstrategie?',
          'What does social media contribute to your core strategy?',
        ),
        help: bi(
          'Bijvoorbeeld: laten zien hoe het is om bij ons te leren, zodat aankomende leerlingen en studenten kunnen kiezen.',
          'For example: show what studying with us is like, so prospective students can choose.',
        ),
      },
      {
        key: 'organisation.domains',
        kind: 'multiselect',
        prompt: bi('Voor welke domeinen zetten jullie sociale media in?', 'In which domains do you use social media?'),
        choices: list(['communication', 'learning', 'professional-development'], labelsOf('domain')),
      },
      {
        key: 'period.start',
        kind: 'date',
        required: true,
        prompt: bi('Eerste dag van de strategieperiode (JJJJ-MM-DD)', 'First day of the strategy period (YYYY-MM-DD)'),
      },
      {
        key: 'period.end',
        kind: 'date',
        required: true,
        prompt: bi('Laatste dag van de strategieperiode (JJJJ-MM-DD)', 'Last day of the strategy period (YYYY-MM-DD)'),
      },
    ],
    collections: [
      {
        path: 'team.members',
        shape: 'map',
        noun: 'member',
        name: { key: 'name', kind: 'text', required: true, prompt: bi('Naam van het teamlid', 'Name of the team member') },
        questions: [
          { key: 'role', kind: 'text', prompt: bi('Rol of functie', 'Role or job title') },
          { key: 'hours_per_week', kind: 'number', prompt: bi('Uren per week voor sociale media', 'Hours per week for social media') },
        ],
      },
    ],
  },
  {
    id: 'goals',
    title: blockTitle('goals'),
    intro: bi(
      'De belangrijkste stap. Maak elk doel SMART. Vaag: "we willen meer fans". SMART: "eind december heeft de Facebookpagina 10% meer fans".',
      'The most important step. Make every goal SMART. Vague: "we want more fans". SMART: "by the end of December the Facebook page has 10% more fans".',
    ),
    questions: [],
    collections: [
      {
        path: 'goals',
        shape: 'map',
        noun: 'goal',
        name: {
          key: 'statement',
          kind: 'text',
          required: true,
          prompt: bi('Het doel in één zin', 'The goal in one sentence'),
          help: bi(
            'Specifiek, meetbaar, acceptabel, realistisch, tijdgebonden. Niet "meer fans", maar "eind december 10% meer fans op de Facebookpagina".',
            'Specific, measurable, achievable, relevant, time-bound. Not "more fans" but "10% more fans on the Facebook page by the end of December".',
          ),
        },
        questions: [
          {
            key: 'metric',
            kind: 'text',
            prompt: bi(
              'Wat meten jullie om te weten of het doel is bereikt (maatstaf)?',
              'What do you measure to know the goal is reached (metric)?',
            ),
          },
          { key: 'baseline', kind: 'number', prompt: bi('Huidige waarde (nulmeting)', 'Value now (baseline)') },
          { key: 'target', kind: 'number', prompt: bi('Streefwaarde', 'Target value') },
          { key: 'unit', kind: 'text', prompt: bi('Eenheid (volgers, aanmeldingen, %)', 'Unit (followers, registrations, %)') },
          { key: 'deadline', kind: 'date', prompt: bi('Deadline (JJJJ-MM-DD)', 'Deadline (YYYY-MM-DD)') },
          {
            key: 'owner',
            kind: 'select',
            prompt: bi('Wie is verantwoordelijk voor dit doel?', 'Who is responsible for this goal?'),
            ...offer(members),
          },
        ],
      },
    ],
  },
  {
    id: 'audiences',
    title: blockTitle('audiences'),
    intro: bi(
      'Wie willen jullie bereiken, en waar zijn die mensen al actief? Volg je doelgroep: zoek haar op waar ze al is, in plaats van haar naar een ander platform te willen trekken.',
      'Whom do you want to reach, and where are they active already? Follow your audience: don’t try to pull it to your own platform.',
    ),
    questions: [],
    collections: [
      {
        path: 'audiences',
        shape: 'map',
        noun: 'audience',
        suggestions: TYPICAL_AUDIENCES,
        name: { key: 'name', kind: 'text', required: true, prompt: bi('Naam van de doelgroep', 'Name of the audience') },
        questions: [
          {
            key: 'description',
            kind: 'text',
            prompt: bi('Wie zijn het en wat hebben ze van jullie nodig?', 'Who are they and what do they need from you?'),
          },
          {
            key: 'goals',
            kind: 'multiselect',
            prompt: bi('Welke doelen zijn op deze doelgroep gericht?', 'Which goals are aimed at this audience?'),
            choices: goals,
            when: (c) => goals(c).length > 0,
            link: { collection: 'goals', field: 'audiences' },
          },
          { key: 'persona.age', kind: 'text', prompt: bi('Persona – leeftijd', 'Persona – age') },
          { key: 'persona.occupation', kind: 'text', prompt: bi('Persona – beroep of opleiding', 'Persona – occupation or study') },
          {
            key: 'persona.interests',
            kind: 'list',
            prompt: bi('Persona – hobby’s en interesses (gescheiden door komma’s)', 'Persona – hobbies and interests (comma-separated)'),
          },
          {
            key: 'user_types',
            kind: 'multiselect',
            prompt: bi('Welke gebruikerstypen zitten in deze doelgroep?', 'Which user types are in this audience?'),
            choices: list(['traditionalist', 'networker', 'gamer', 'producer'], {
              traditionalist: bi('traditionalisten (lezen mee)', 'traditionalists (read along)'),
              networker: bi('netwerkers (delen en verbinden)', 'networkers (share and connect)'),
              gamer: bi('gamers (spelen en wedijveren)', 'gamers (play and compete)'),
              producer: bi('producenten (maken zelf content)', 'producers (make content)'),
            }),
          },
          {
            key: 'multiplier',
            kind: 'confirm',
            prompt: bi(
              'Brengt deze doelgroep jullie boodschap verder in haar eigen netwerk (verspreider)?',
              'Does this group spread your message in its own network (multiplier)?',
            ),
          },
          {
            key: 'platforms',
            kind: 'multiselect',
            prompt: bi('Op welke platforms is deze doelgroep actief?', 'On which platforms is this audience active?'),
            choices: platformChoices,
          },
          { key: 'usage', kind: 'text', prompt: bi('Hoe gebruiken ze die platforms?', 'How do they use those platforms?') },
        ],
      },
    ],
  },
];
