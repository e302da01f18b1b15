// The questions of `strategy init`, as data: one catalogue that drives the prompts, the
// answers taken from files and flags, and `strategy init --questions`. Blocks follow the
// method's order; later blocks offer what earlier blocks recorded.
import type { Language, Strategy } from '../model/strategy.js';
import { platformName } from '../render/labels.js';
import { VOCABULARY } from '../i18n/vocabulary.js';
import type { BlockId, NounId, ValueKind } from '../i18n/vocabulary.js';
import { words } from '../i18n/words.js';
import { PLATFORM_FORMATS } from '../rules/platforms.js';
import { suggestedSlots } from '../core/posting-times.js';
import { reviewQuarter } from '../review/period.js';

export interface Bi {
  nl: string;
  en: string;
}

const bi = (nl: string, en: string): Bi => ({ nl, en });

export type Kind = 'text' | 'longtext' | 'number' | 'integer' | 'date' | 'time' | 'select' | 'multiselect' | 'confirm' | 'list';

export interface Context {
  strategy: Partial<Strategy>;
  language: Language;
  /** The collection entry being filled in, if any. */
  entry?: Record<string, unknown>;
  /** Today in the strategy's time zone, from the command's clock. */
  today: () => string;
}

export interface ChoiceItem {
  value: string;
  label: Bi | string;
}

export interface Question {
  /** Where the answer goes: dotted, relative to the block (or to the collection entry). */
  key: string;
  kind: Kind;
  prompt: Bi;
  help?: Bi;
  required?: boolean;
  choices?: readonly ChoiceItem[] | ((context: Context) => ChoiceItem[]);
  default?: (context: Context) => unknown;
  when?: (context: Context) => boolean;
  /**
   * The answer is kept elsewhere: ids of entries in another collection whose `field` lists
   * this entry (an audience says which goals are about it; the goals record it).
   */
  link?: { collection: string; field: string };
  /** A select whose values are numbers written as text. */
  numeric?: boolean;
  /** A method warning to show as soon as the answer is given (e.g. a format the platform lacks). */
  warn?: (value: unknown, context: Context) => Bi | undefined;
}

export interface Collection {
  /** Dotted path of the map (keyed by id) or list in the strategy. */
  path: string;
  shape: 'map' | 'list';
  noun: NounId;
  /** For maps: the question whose answer names the entry; the id is derived from it. */
  name?: Question;
  /** Names to pick from before typing one (the eight typical audiences, say). */
  suggestions?: readonly Bi[];
  /** "Add another?" defaults to yes: a revisit is usually to add one (a new review). */
  addDefault?: boolean;
  questions: Question[];
}

export interface Block {
  id: BlockId;
  title: Bi;
  intro: Bi;
  optional?: boolean;
  /** Asked only when named (`init --block review`), not on the walk through the method. */
  onRequest?: boolean;
  questions: Question[];
  collections: Collection[];
}

const list = (values: readonly string[], labels?: Record<string, Bi>): ChoiceItem[] =>
  values.map((value) => ({ value, label: labels?.[value] ?? value }));

const PLATFORMS = Object.keys(PLATFORM_FORMATS).concat('other');
const FORMATS = ['photo', 'video', 'short-video', 'text', 'story', 'poll', 'live', 'blog', 'podcast', 'carousel', 'link', 'event', 'other'];
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** The labels of one kind of schema value, in both languages, from the one vocabulary. */
const labelsOf = (kind: ValueKind): Record<string, Bi> =>
  Object.fromEntries(Object.keys(VOCABULARY.en[kind]).map((value) => [value, bi((VOCABULARY.nl[kind] as Record<string, string>)[value]!, (VOCABULARY.en[kind] as Record<string, string>)[value]!)]));
const FORMAT_LABELS = labelsOf('format');
const FREQUENCY_LABELS = labelsOf('frequency');
const WEEKDAY_LABELS = labelsOf('weekday');
const blockTitle = (id: BlockId): Bi => bi(VOCABULARY.nl.block[id], VOCABULARY.en.block[id]);
/** "korte video, foto en story" in the language of the context. */
const formatList = (formats: readonly string[], language: Language): string => words(language).list(formats.map((f) => words(language).value('format', f)));

const platformChoices = (c: Context): ChoiceItem[] => PLATFORMS.map((value) => ({ value, label: platformName(value, c.language) }));

function mapChoices(section: Record<string, { name?: string; statement?: string; platform?: string; handle?: string } | undefined> | undefined): ChoiceItem[] {
  return Object.entries(section ?? {}).map(([id, entry]) => ({
    value: id,
    label: entry?.name ?? (entry?.platform ? `${platformName(entry.platform, 'en')} ${entry.handle ?? ''}`.trim() : id),
  }));
}

const members = (c: Context): ChoiceItem[] => mapChoices(c.strategy.team?.members);

/**
 * An account of the baseline to offer for a channel: the one on `platform`, or else the
 * first kept one that is no channel yet.
 */
function baselineAccount(c: Context, platform?: string): { platform: string; handle?: string } | undefined {
  const accounts = (c.strategy.baseline?.accounts ?? []).filter((account): account is NonNullable<typeof account> => Boolean(account) && account!.keep !== false);
  if (platform) return accounts.find((account) => account.platform === platform);
  const used = new Set(Object.values(c.strategy.channels ?? {}).map((channel) => channel?.platform));
  return accounts.find((account) => !used.has(account.platform));
}
const audiences = (c: Context): ChoiceItem[] => mapChoices(c.strategy.audiences);
/** The names of the audiences the channel being filled in reaches. */
const audienceNamesOf = (c: Context): string[] =>
  (Array.isArray(c.entry?.audiences) ? (c.entry.audiences as string[]) : []).map((id) => c.strategy.audiences?.[id]?.name ?? id);
const goals = (c: Context): ChoiceItem[] =>
  Object.entries(c.strategy.goals ?? {}).map(([id, goal]) => ({ value: id, label: `${id}: ${goal?.statement ?? ''}`.slice(0, 70) }));
const channels = (c: Context): ChoiceItem[] => mapChoices(c.strategy.channels);
const pillars = (c: Context): ChoiceItem[] => mapChoices(c.strategy.content?.pillars);

/** Choices from what earlier blocks recorded; the question is skipped while there are none. */
const offer = (source: (c: Context) => ChoiceItem[]): Pick<Question, 'choices' | 'when'> => ({
  choices: source,
  when: (c) => source(c).length > 0,
});

/** Formats of `value` that none of the platforms in `platformsOf` carries. */
function misfits(formats: unknown, platforms: readonly string[]): string[] {
  if (!Array.isArray(formats) || platforms.length === 0) return [];
  return formats.filter(
    (format) =>
      format !== 'other' &&
      platforms.every((platform) => platform !== 'other' && !(PLATFORM_FORMATS as Record<string, readonly string[]>)[platform]?.includes(format)),
  );
}

export const TYPICAL_AUDIENCES: readonly Bi[] = [
  bi('Aankomende leerlingen en studenten', 'Prospective students'),
  bi('Huidige leerlingen en studenten', 'Current students'),
  bi('Ouders en verzorgers', 'Parents and carers'),
  bi('Medewerkers', 'Staff'),
  bi('Alumni', 'Alumni'),
  bi('Bedrijven en leerbedrijven', 'Businesses and work-placement companies'),
  bi('Media en journalisten', 'Media and journalists'),
  bi('Regio en buurt', 'The region and the neighbourhood'),
];

/** Today in Amsterdam, or the day SOURCE_DATE_EPOCH says. */

export const CATALOGUE: readonly Block[] = [
  {
    id: 'baseline',
    title: blockTitle('baseline'),
    intro: bi(
      'Eerst kijken we waar jullie nu staan: hoe gebruikt jullie organisatie sociale media op dit moment? Alles wat volgt, vergelijken we hiermee.',
      'First, where do you stand: how does your organisation use social media today? Everything that follows is measured against this.',
    ),
    questions: [
      { key: 'baseline.summary', kind: 'longtext', prompt: bi('Hoe gebruiken jullie sociale media nu, in een paar zinnen?', 'How do you use social media now, in a few sentences?') },
      { key: 'baseline.formats', kind: 'multiselect', prompt: bi('Welke vormen (foto, video, story …) gebruiken jullie al?', 'Which formats (photo, video, story …) do you use already?'), choices: list(FORMATS, FORMAT_LABELS) },
      { key: 'baseline.hours_per_week', kind: 'number', prompt: bi('Hoeveel uur per week besteden jullie er nu aan, iedereen bij elkaar?', 'How many hours a week does it take now, everyone together?') },
      { key: 'baseline.content_production', kind: 'text', prompt: bi('Hoe wordt de content nu gemaakt, en door wie?', 'How is content made today, and by whom?') },
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
          { key: 'keep', kind: 'confirm', prompt: bi('Houden jullie dit account aan in de nieuwe strategie?', 'Will you keep this account under the new strategy?') },
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
        prompt: bi('Wat is de bijdrage van sociale media aan jullie kernstrategie?', 'What does social media contribute to your core strategy?'),
        help: bi('Bijvoorbeeld: laten zien hoe het is om bij ons te leren, zodat aankomende leerlingen en studenten kunnen kiezen.', 'For example: show what studying with us is like, so prospective students can choose.'),
      },
      {
        key: 'organisation.domains',
        kind: 'multiselect',
        prompt: bi('Voor welke domeinen zetten jullie sociale media in?', 'In which domains do you use social media?'),
        choices: list(['communication', 'learning', 'professional-development'], labelsOf('domain')),
      },
      { key: 'period.start', kind: 'date', required: true, prompt: bi('Eerste dag van de strategieperiode (JJJJ-MM-DD)', 'First day of the strategy period (YYYY-MM-DD)') },
      { key: 'period.end', kind: 'date', required: true, prompt: bi('Laatste dag van de strategieperiode (JJJJ-MM-DD)', 'Last day of the strategy period (YYYY-MM-DD)') },
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
          { key: 'metric', kind: 'text', prompt: bi('Wat meten jullie om te weten of het doel is bereikt (maatstaf)?', 'What do you measure to know the goal is reached (metric)?') },
          { key: 'baseline', kind: 'number', prompt: bi('Huidige waarde (nulmeting)', 'Value now (baseline)') },
          { key: 'target', kind: 'number', prompt: bi('Streefwaarde', 'Target value') },
          { key: 'unit', kind: 'text', prompt: bi('Eenheid (volgers, aanmeldingen, %)', 'Unit (followers, registrations, %)') },
          { key: 'deadline', kind: 'date', prompt: bi('Deadline (JJJJ-MM-DD)', 'Deadline (YYYY-MM-DD)') },
          { key: 'owner', kind: 'select', prompt: bi('Wie is verantwoordelijk voor dit doel?', 'Who is responsible for this goal?'), ...offer(members) },
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
          { key: 'description', kind: 'text', prompt: bi('Wie zijn het en wat hebben ze van jullie nodig?', 'Who are they and what do they need from you?') },
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
          { key: 'persona.interests', kind: 'list', prompt: bi('Persona – hobby’s en interesses (gescheiden door komma’s)', 'Persona – hobbies and interests (comma-separated)') },
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
          { key: 'multiplier', kind: 'confirm', prompt: bi('Brengt deze doelgroep jullie boodschap verder in haar eigen netwerk (verspreider)?', 'Does this group spread your message in its own network (multiplier)?') },
          { key: 'platforms', kind: 'multiselect', prompt: bi('Op welke platforms is deze doelgroep actief?', 'On which platforms is this audience active?'), choices: platformChoices },
          { key: 'usage', kind: 'text', prompt: bi('Hoe gebruiken ze die platforms?', 'How do they use those platforms?') },
        ],
      },
    ],
  },
  {
    id: 'channels',
    title: blockTitle('channels'),
    intro: bi(
      'Kies een kanaal omdat jullie doelgroep er al is en het bij jullie merk past. Begin klein, en zorg voor minstens twee beheerders per account.',
      'Choose a channel because your audience is already there and it fits your brand. Start small, and give every account at least two administrators.',
    ),
    questions: [],
    collections: [
      {
        path: 'channels',
        shape: 'map',
        noun: 'channel',
        name: { key: 'platform', kind: 'select', required: true, prompt: bi('Platform', 'Platform'), choices: platformChoices, default: (c) => baselineAccount(c)?.platform },
        questions: [
          { key: 'handle', kind: 'text', prompt: bi('Accountnaam', 'Account name'), default: (c) => baselineAccount(c, c.entry?.platform as string | undefined)?.handle },
          { key: 'purpose', kind: 'text', prompt: bi('Waarvoor gebruiken jullie dit kanaal?', 'What do you use this channel for?') },
          { key: 'audiences', kind: 'multiselect', prompt: bi('Welke doelgroepen bereiken jullie via dit kanaal?', 'Which audiences do you reach through this channel?'), ...offer(audiences) },
          { key: 'goals', kind: 'multiselect', prompt: bi('Aan welke doelen draagt dit kanaal bij?', 'Which goals does this channel serve?'), ...offer(goals) },
          {
            key: 'admins',
            kind: 'multiselect',
            prompt: bi('Beheerders (minstens twee, voor vakanties en ziekte)', 'Administrators (at least two, for holidays and illness)'),
            choices: members,
            when: (c) => members(c).length > 0,
            warn: (value) => (Array.isArray(value) && value.length < 2 ? bi('Met één beheerder zijn jullie kwetsbaar: kies er minstens twee (voeg zo nodig een teamlid toe bij Visie en team).', 'With one administrator the account is fragile: choose at least two (add a team member under Vision and team if needed).') : undefined),
          },
          {
            key: 'visibility',
            kind: 'select',
            prompt: bi('Openbaar of besloten?', 'Public or closed?'),
            choices: list(['public', 'closed'], labelsOf('visibility')),
          },
          {
            key: 'slots.days',
            kind: 'multiselect',
            prompt: bi('Op welke dagen posten jullie op dit kanaal?', 'On which days do you post on this channel?'),
            help: bi('Voorstel: de dagen waarop gebruikers van dit platform het actiefst zijn.', 'Suggestion: the days when users of this platform are most active.'),
            choices: list(WEEKDAYS, WEEKDAY_LABELS),
            default: (c) => suggestedSlots(String(c.entry?.platform ?? 'other'), audienceNamesOf(c)).days,
          },
          {
            key: 'slots.times',
            kind: 'list',
            prompt: bi('Hoe laat posten jullie? (UU:MM, gescheiden door komma’s; de kalender wisselt ze af)', 'At what times do you post? (HH:MM, comma-separated; the calendar takes them in turn)'),
            default: (c) => suggestedSlots(String(c.entry?.platform ?? 'other'), audienceNamesOf(c)).times,
          },
          {
            key: 'formats',
            kind: 'multiselect',
            prompt: bi('Welke vormen plaatsen jullie op dit kanaal?', 'Which formats do you post on this channel?'),
            choices: list(FORMATS, FORMAT_LABELS),
            warn: (value, c) => {
              const wrong = misfits(value, [String(c.entry?.platform ?? 'other')]);
              const platform = String(c.entry?.platform);
              return wrong.length > 0
                ? bi(
                    `Let op: ${formatList(wrong, 'nl')} ${wrong.length === 1 ? 'past' : 'passen'} niet bij ${platformName(platform, 'nl')}.`,
                    `Note: ${formatList(wrong, 'en')} ${wrong.length === 1 ? 'does' : 'do'} not fit ${platformName(platform, 'en')}.`,
                  )
                : undefined;
            },
          },
        ],
      },
    ],
  },
  {
    id: 'content',
    title: blockTitle('content'),
    intro: bi(
      'Welke boodschappen brengen jullie, op welk kanaal en hoe vaak? Instagram is voor beeld, YouTube voor video. Vertel eerlijke verhalen, ook van leerlingen, studenten en collega’s.',
      'Which messages, on which channel, how often? Instagram is for images, YouTube for video. Tell honest stories, also from students and colleagues.',
    ),
    questions: [{ key: 'content.principles', kind: 'list', prompt: bi('Uitgangspunten voor de content (gescheiden door komma’s)', 'Principles for content (comma-separated)') }],
    collections: [
      {
        path: 'content.pillars',
        shape: 'map',
        noun: 'pillar',
        name: {
          key: 'name',
          kind: 'text',
          required: true,
          prompt: bi('Naam van de contentpijler', 'Name of the content pillar'),
          help: bi('Een vast thema waar jullie steeds over posten, bijvoorbeeld "In de werkplaats".', 'A recurring theme you post about, for example "In the workshop".'),
        },
        questions: [
          { key: 'description', kind: 'text', prompt: bi('Waar gaan de berichten over?', 'What are the posts about?') },
          { key: 'goals', kind: 'multiselect', prompt: bi('Aan welke doelen draagt deze contentpijler bij?', 'Which goals does this content pillar serve?'), ...offer(goals) },
          { key: 'audiences', kind: 'multiselect', prompt: bi('Voor welke doelgroepen?', 'For which audiences?'), ...offer(audiences) },
          { key: 'channels', kind: 'multiselect', prompt: bi('Op welke kanalen?', 'On which channels?'), ...offer(channels) },
          {
            key: 'share',
            kind: 'number',
            prompt: bi('Welk deel van de berichten gaat hierover, in procent? (leeg: even vaak als de andere)', 'What share of the posts is about this, in percent? (empty: as often as the others)'),
          },
          {
            key: 'formats',
            kind: 'multiselect',
            prompt: bi('In welke vormen?', 'In which formats?'),
            choices: list(FORMATS, FORMAT_LABELS),
            warn: (value, c) => {
              const chosen = (c.entry?.channels as string[] | undefined) ?? [];
              const platforms = chosen.map((id) => c.strategy.channels?.[id]?.platform ?? 'other');
              const bad = platforms.filter((p) => misfits(value, [p]).length === (Array.isArray(value) ? value.length : 0) && Array.isArray(value) && value.length > 0);
              return bad.length > 0
                ? bi(
                    `Let op: geen van deze vormen past bij ${words('nl').list(bad.map((p) => platformName(p, 'nl')))}.`,
                    `Note: none of these formats fits ${words('en').list(bad.map((p) => platformName(p, 'en')))}.`,
                  )
                : undefined;
            },
          },
        ],
      },
      {
        path: 'content.cadence',
        shape: 'list',
        noun: 'cadence',
        questions: [
          { key: 'channel', kind: 'select', required: true, prompt: bi('Kanaal', 'Channel'), choices: channels },
          { key: 'pillar', kind: 'select', prompt: bi('Contentpijler', 'Content pillar'), ...offer(pillars) },
          { key: 'per_week', kind: 'number', required: true, prompt: bi('Berichten per week', 'Posts per week') },
          { key: 'days', kind: 'multiselect', prompt: bi('Op welke dagen?', 'On which days?'), choices: list(WEEKDAYS, WEEKDAY_LABELS) },
          { key: 'time', kind: 'time', prompt: bi('Hoe laat (UU:MM)?', 'At what time (HH:MM)?') },
          { key: 'minutes_per_post', kind: 'number', prompt: bi('Minuten per bericht (maken en plaatsen)', 'Minutes per post (make and publish)') },
          { key: 'owner', kind: 'select', prompt: bi('Wie maakt deze berichten?', 'Who makes these posts?'), ...offer(members) },
        ],
      },
    ],
  },
  {
    id: 'implementation',
    title: blockTitle('implementation'),
    intro: bi(
      'Wie is eindverantwoordelijk, wie doet de drie kerntaken (contentbeheer, webcare, accountbeheer), en hoe gaan jullie om met vragen, kritiek en crises?',
      'Who is accountable, who does the three core tasks (content management, webcare, administration), and how do you handle questions, criticism and crises?',
    ),
    questions: [
      { key: 'team.owner', kind: 'select', prompt: bi('Wie is eindverantwoordelijk?', 'Who is accountable?'), ...offer(members) },
      { key: 'team.tasks.content_management', kind: 'multiselect', prompt: bi('Contentbeheer: wie plant, maakt en plaatst?', 'Content management: who plans, makes and publishes?'), ...offer(members) },
      { key: 'team.tasks.webcare', kind: 'multiselect', prompt: bi('Webcare: wie houdt vragen en reacties bij en antwoordt?', 'Webcare: who keeps track of questions and reactions and answers them?'), ...offer(members) },
      { key: 'team.tasks.administration', kind: 'multiselect', prompt: bi('Accountbeheer: wie regelt accounts en toegang?', 'Administration: who manages accounts and access?'), ...offer(members) },
      { key: 'webcare.owner', kind: 'select', prompt: bi('Wie is verantwoordelijk voor webcare?', 'Who is responsible for webcare?'), ...offer(members) },
      { key: 'webcare.response_time_hours', kind: 'number', prompt: bi('Binnen hoeveel uur krijgt elk bericht antwoord?', 'Within how many hours does every message get an answer?'), default: () => 24 },
      { key: 'webcare.workflow.detect.by', kind: 'multiselect', prompt: bi('Wie signaleert berichten en vermeldingen?', 'Who detects messages and mentions?'), ...offer(members) },
      { key: 'webcare.workflow.respond.by', kind: 'multiselect', prompt: bi('Wie schrijft het antwoord?', 'Who writes the answer?'), ...offer(members) },
      { key: 'webcare.workflow.approve.by', kind: 'multiselect', prompt: bi('Wie keurt gevoelige antwoorden en berichten goed?', 'Who approves sensitive answers and posts?'), ...offer(members) },
      { key: 'webcare.workflow.publish.by', kind: 'multiselect', prompt: bi('Wie plaatst de antwoorden en berichten?', 'Who publishes the answers and posts?'), ...offer(members) },
      { key: 'webcare.escalation', kind: 'text', prompt: bi('Wanneer en naar wie escaleren jullie?', 'When and to whom do you escalate?') },
      { key: 'crisis.plan', kind: 'longtext', prompt: bi('Wat gebeurt er bij een crisis, stap voor stap?', 'What happens in a crisis, step by step?') },
      { key: 'crisis.spokesperson', kind: 'text', prompt: bi('Wie is woordvoerder?', 'Who is the spokesperson?') },
      { key: 'guidelines.protocol', kind: 'text', prompt: bi('Waar staat het socialemediaprotocol?', 'Where is the social-media protocol?') },
      { key: 'guidelines.style_guide', kind: 'text', prompt: bi('Stijlgids en toon', 'Style guide and tone of voice') },
      { key: 'privacy.consent', kind: 'text', prompt: bi('Hoe vragen en registreren jullie toestemming voor foto’s en video’s?', 'How do you ask and record consent for photos and videos?') },
    ],
    collections: [],
  },
  {
    id: 'benchmark',
    title: blockTitle('benchmark'),
    intro: bi('Wat doen vergelijkbare organisaties goed, en welke fouten willen jullie vermijden?', 'What do comparable organisations do well, and which mistakes do you want to avoid?'),
    questions: [],
    collections: [
      {
        path: 'benchmark',
        shape: 'list',
        noun: 'benchmark',
        questions: [
          { key: 'organisation', kind: 'text', required: true, prompt: bi('Organisatie', 'Organisation') },
          { key: 'strengths', kind: 'list', prompt: bi('Wat doen ze goed (gescheiden door komma’s)?', 'What do they do well (comma-separated)?') },
          { key: 'avoid', kind: 'list', prompt: bi('Wat willen jullie vermijden (gescheiden door komma’s)?', 'What do you want to avoid (comma-separated)?') },
        ],
      },
    ],
  },
  {
    id: 'control',
    title: blockTitle('control'),
    intro: bi('Meet de resultaten, evalueer ze en stuur bij waar nodig. Geef elk doel minstens één KPI.', 'Measure the results, evaluate them and adjust course where needed. Give every goal at least one KPI.'),
    questions: [
      {
        key: 'control.reporting.cadence',
        kind: 'select',
        prompt: bi('Hoe vaak rapporteren jullie?', 'How often do you report?'),
        choices: list(['weekly', 'monthly', 'quarterly', 'yearly'], FREQUENCY_LABELS),
        default: () => 'monthly',
      },
      { key: 'control.reporting.audience', kind: 'text', prompt: bi('Aan wie?', 'To whom?') },
      { key: 'control.tools', kind: 'list', prompt: bi('Met welke hulpmiddelen meten jullie (gescheiden door komma’s)?', 'Which tools do you measure with (comma-separated)?') },
    ],
    collections: [
      {
        path: 'control.kpis',
        shape: 'map',
        noun: 'kpi',
        name: { key: 'metric', kind: 'text', required: true, prompt: bi('Wat wordt gemeten?', 'What is measured?') },
        questions: [
          { key: 'goal', kind: 'select', required: true, prompt: bi('Welk doel meet deze KPI?', 'Which goal does this KPI measure?'), choices: goals },
          { key: 'source', kind: 'text', prompt: bi('Bron van het cijfer', 'Source of the figure') },
          { key: 'frequency', kind: 'select', prompt: bi('Hoe vaak meten jullie deze KPI?', 'How often do you measure this KPI?'), choices: list(['weekly', 'monthly', 'quarterly'], FREQUENCY_LABELS), default: () => 'monthly' },
        ],
      },
    ],
  },
  {
    id: 'calendar',
    title: blockTitle('calendar'),
    intro: bi('Leg belangrijke datums vast (open dagen, aanmelddeadlines) en stilteperiodes: periodes zonder berichten, zoals schoolvakanties.', 'Key dates (open days, enrolment deadlines) and blackout periods such as school holidays.'),
    questions: [
      {
        key: 'calendar.run_up.announce',
        kind: 'integer',
        prompt: bi('Hoeveel dagen voor een belangrijke datum kondigen jullie die aan? (0 = niet)', 'How many days before a key date do you announce it? (0 = not)'),
        default: () => 14,
      },
      { key: 'calendar.run_up.remind', kind: 'integer', prompt: bi('En hoeveel dagen ervoor volgt een herinnering? (0 = geen)', 'And how many days before does a reminder follow? (0 = none)'), default: () => 2 },
      { key: 'calendar.run_up.on_the_day', kind: 'confirm', prompt: bi('Posten jullie ook op de dag zelf?', 'Do you also post on the day itself?'), default: () => true },
      {
        key: 'calendar.max_posts_per_day',
        kind: 'integer',
        prompt: bi('Hoeveel berichten per dag kan het team hoogstens maken? (leeg: wat de uren toelaten)', 'How many posts a day can the team make at most? (empty: what the hours allow)'),
      },
    ],
    collections: [
      {
        path: 'calendar.key_dates',
        shape: 'list',
        noun: 'key-date',
        questions: [
          { key: 'date', kind: 'date', required: true, prompt: bi('Datum (JJJJ-MM-DD)', 'Date (YYYY-MM-DD)') },
          { key: 'title', kind: 'text', required: true, prompt: bi('Wat gebeurt er?', 'What happens?') },
          { key: 'channels', kind: 'multiselect', prompt: bi('Op welke kanalen besteden jullie er aandacht aan?', 'On which channels do you cover it?'), ...offer(channels) },
        ],
      },
      {
        path: 'calendar.blackout',
        shape: 'list',
        noun: 'blackout',
        questions: [
          { key: 'from', kind: 'date', required: true, prompt: bi('Eerste dag (JJJJ-MM-DD)', 'First day (YYYY-MM-DD)') },
          { key: 'to', kind: 'date', required: true, prompt: bi('Laatste dag (JJJJ-MM-DD)', 'Last day (YYYY-MM-DD)') },
          { key: 'reason', kind: 'text', prompt: bi('Reden', 'Reason') },
        ],
      },
    ],
  },
  {
    id: 'extras',
    title: blockTitle('extras'),
    intro: bi('Optioneel: community’s waar jullie aan deelnemen, kosten en baten, en een terugblik (roos, doorn, knop).', 'Optional: communities you take part in, costs and benefits, and a look back (rose, thorn, bud).'),
    optional: true,
    questions: [
      { key: 'costs.summary', kind: 'text', prompt: bi('Kosten en baten in een paar zinnen', 'Costs and benefits in a few sentences') },
      { key: 'reflection.rose', kind: 'text', prompt: bi('Roos: een hoogtepunt', 'Rose: a high point') },
      { key: 'reflection.thorn', kind: 'text', prompt: bi('Doorn: wat was lastig?', 'Thorn: what was hard?') },
      { key: 'reflection.bud', kind: 'text', prompt: bi('Knop: een nieuw idee', 'Bud: a new idea') },
    ],
    collections: [
      {
        path: 'communities',
        shape: 'list',
        noun: 'community',
        questions: [
          { key: 'name', kind: 'text', required: true, prompt: bi('Naam van de community', 'Name of the community') },
          { key: 'members', kind: 'integer', prompt: bi('Aantal leden', 'Number of members') },
          { key: 'active_share', kind: 'number', prompt: bi('Aandeel actieve leden (tussen 0 en 1; 0,2 = 20%)', 'Share of active members (between 0 and 1; 0.2 = 20%)') },
        ],
      },
    ],
  },
  {
    id: 'review',
    title: blockTitle('review'),
    intro: bi(
      'Blik met het team terug op de afgelopen periode (meestal een kwartaal): wat ging goed (roos), wat was lastig (doorn), wat gaan jullie proberen (knop), en wat besluiten jullie? Het verslag met de cijfers maak je met strategy review.',
      'Look back on the past period with the team (usually a quarter): what went well (rose), what was hard (thorn), what to try next (bud), and what you decide. strategy review writes the report with the figures.',
    ),
    questions: [],
    onRequest: true,
    collections: [
      {
        path: 'reviews',
        shape: 'list',
        noun: 'review',
        addDefault: true,
        questions: [
          { key: 'date', kind: 'date', required: true, prompt: bi('Datum van de terugblik (JJJJ-MM-DD)', 'Date of the review (YYYY-MM-DD)'), default: (c) => c.today() },
          {
            key: 'period',
            kind: 'text',
            required: true,
            prompt: bi('Over welke periode? Een kwartaal (2026-Q4), een maand (2026-11) of twee datums (2026-09-01/2026-11-15)', 'Which period? A quarter (2026-Q4), a month (2026-11) or two dates (2026-09-01/2026-11-15)'),
            default: (c) => reviewQuarter(typeof c.entry?.date === 'string' ? c.entry.date : c.today()).label,
          },
          { key: 'by', kind: 'list', prompt: bi('Wie deden er mee? (gescheiden door komma’s)', 'Who took part? (comma-separated)') },
          { key: 'rose', kind: 'longtext', prompt: bi('Roos: wat ging goed?', 'Rose: what went well?') },
          { key: 'thorn', kind: 'longtext', prompt: bi('Doorn: wat was lastig of ging mis?', 'Thorn: what was hard or went wrong?') },
          { key: 'bud', kind: 'longtext', prompt: bi('Knop: welk idee gaan jullie proberen?', 'Bud: which idea will you try next?') },
          { key: 'decisions', kind: 'list', prompt: bi('Besluiten: wat veranderen jullie aan doelen, kanalen, content of team? (gescheiden door puntkomma’s)', 'Decisions: what do you change in goals, channels, content or the team? (separated by semicolons)') },
        ],
      },
    ],
  },
];

/** Every question with its full dotted path, for flags, answers files and help. */
export function allQuestions(): { path: string; question: Question; block: Block; collection?: Collection }[] {
  const out: { path: string; question: Question; block: Block; collection?: Collection }[] = [];
  for (const block of CATALOGUE) {
    for (const question of block.questions) out.push({ path: question.key, question, block });
    for (const collection of block.collections) {
      const prefix = collection.shape === 'map' ? `${collection.path}.<id>` : `${collection.path}[]`;
      for (const question of [...(collection.name ? [collection.name] : []), ...collection.questions]) {
        out.push({ path: `${prefix}.${question.key}`, question, block, collection });
      }
    }
  }
  return out;
}

export function say(text: Bi | string, language: Language): string {
  return typeof text === 'string' ? text : text[language];
}
