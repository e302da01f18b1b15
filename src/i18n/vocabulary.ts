// The one vocabulary of the tool: the label of every schema value, the nouns the texts count
// and the fields as the wizard asks for them, once per language. The tables are typed by the
// schema's enums, so a new value without its Dutch and English label does not compile. The
// wizard, the findings, the documents and the calendar all read from here.
import type {
  Calendar,
  CalendarItem,
  Channel,
  Costs,
  Format,
  Frequency,
  Language,
  Organisation,
  Audience,
  Platform,
  Weekday,
} from '../model/strategy.js';

type Sector = NonNullable<Organisation['sector']>;
type Domain = NonNullable<Organisation['domains']>[number];
type UserType = NonNullable<Audience['user_types']>[number];
type Visibility = NonNullable<Channel['visibility']>;
type Per = NonNullable<NonNullable<Costs['items']>[number]['per']>;
type Status = NonNullable<CalendarItem['status']>;
type Severity = 'error' | 'warning' | 'info' | 'off';
type SchoolHoliday = NonNullable<NonNullable<NonNullable<Calendar['holidays']>['local']>[number]['replaces']>;
type Region = NonNullable<NonNullable<Calendar['holidays']>['region']>;
import type { PublicHoliday } from '../core/holidays.js';
export type { PublicHoliday };

/** The blocks of the method, in its order: the wizard's steps and `init --block`. */
export const BLOCK_IDS = [
  'baseline',
  'vision',
  'goals',
  'audiences',
  'channels',
  'content',
  'implementation',
  'benchmark',
  'control',
  'calendar',
  'extras',
  'review',
] as const;
export type BlockId = (typeof BLOCK_IDS)[number];

interface Vocabulary {
  platform: Record<Platform, string>;
  format: Record<Format, string>;
  weekday: Record<Weekday, string>;
  weekdayShort: Record<Weekday, string>;
  frequency: Record<Frequency, string>;
  sector: Record<Sector, string>;
  domain: Record<Domain, string>;
  userType: Record<UserType, string>;
  visibility: Record<Visibility, string>;
  per: Record<Per, string>;
  status: Record<Status, string>;
  severity: Record<Severity, string>;
  block: Record<BlockId, string>;
  publicHoliday: Record<PublicHoliday, string>;
  schoolHoliday: Record<SchoolHoliday, string>;
  region: Record<Region, string>;
  month: readonly [string, string, string, string, string, string, string, string, string, string, string, string];
}

export type ValueKind = Exclude<keyof Vocabulary, 'month'>;
export type ValueOf<K extends ValueKind> = keyof Vocabulary[K] & string;

const PLATFORM_NAMES = {
  instagram: 'Instagram',
  facebook: 'Facebook',
  linkedin: 'LinkedIn',
  x: 'X',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  snapchat: 'Snapchat',
  whatsapp: 'WhatsApp',
  threads: 'Threads',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  pinterest: 'Pinterest',
  'viva-engage': 'Viva Engage',
  teams: 'Teams',
} as const;

export const VOCABULARY: Record<Language, Vocabulary> = {
  nl: {
    platform: { ...PLATFORM_NAMES, website: 'website', other: 'ander platform' },
    format: {
      photo: 'foto',
      video: 'video',
      'short-video': 'korte video',
      text: 'tekst',
      story: 'story',
      poll: 'peiling',
      live: 'livestream',
      blog: 'blog',
      podcast: 'podcast',
      carousel: 'carrousel',
      link: 'link',
      event: 'evenement',
      other: 'andere vorm',
    },
    weekday: { mon: 'maandag', tue: 'dinsdag', wed: 'woensdag', thu: 'donderdag', fri: 'vrijdag', sat: 'zaterdag', sun: 'zondag' },
    weekdayShort: { mon: 'ma', tue: 'di', wed: 'wo', thu: 'do', fri: 'vr', sat: 'za', sun: 'zo' },
    frequency: { daily: 'dagelijks', weekly: 'wekelijks', monthly: 'maandelijks', quarterly: 'elk kwartaal', yearly: 'jaarlijks' },
    sector: {
      po: 'primair onderwijs (po)',
      vo: 'voortgezet onderwijs (vo)',
      mbo: 'mbo',
      hbo: 'hbo',
      wo: 'wo (universiteit)',
      'adult-education': 'volwasseneneducatie',
      other: 'anders',
    },
    domain: {
      communication: 'communicatie van de school of instelling',
      learning: 'leerproces van leerlingen en studenten',
      'professional-development': 'professionalisering van medewerkers',
    },
    userType: { traditionalist: 'traditionalisten', networker: 'netwerkers', gamer: 'gamers', producer: 'producenten' },
    visibility: { public: 'openbaar', closed: 'besloten' },
    per: { once: 'eenmalig', month: 'per maand', year: 'per jaar' },
    status: {
      idea: 'idee',
      planned: 'gepland',
      'in-progress': 'in bewerking',
      ready: 'klaar',
      published: 'gepubliceerd',
      cancelled: 'geschrapt',
    },
    severity: { error: 'fout', warning: 'waarschuwing', info: 'info', off: 'uit' },
    block: {
      baseline: 'Nulmeting',
      vision: 'Visie en team',
      goals: 'Doelen',
      audiences: 'Doelgroepen',
      channels: 'Kanalen',
      content: 'Content',
      implementation: 'Uitvoering',
      benchmark: 'Benchmark',
      control: 'Meten en evalueren',
      calendar: 'Kalender',
      extras: 'Community’s, kosten en reflectie',
      review: 'Terugblik met het team',
    },
    publicHoliday: {
      'new-year': 'Nieuwjaarsdag',
      'good-friday': 'Goede Vrijdag',
      easter: 'Eerste Paasdag',
      'easter-monday': 'Tweede Paasdag',
      'kings-day': 'Koningsdag',
      remembrance: 'Dodenherdenking',
      liberation: 'Bevrijdingsdag',
      ascension: 'Hemelvaartsdag',
      whitsun: 'Eerste Pinksterdag',
      'whit-monday': 'Tweede Pinksterdag',
      christmas: 'Eerste Kerstdag',
      'boxing-day': 'Tweede Kerstdag',
    },
    schoolHoliday: {
      autumn: 'herfstvakantie',
      christmas: 'kerstvakantie',
      spring: 'voorjaarsvakantie',
      may: 'meivakantie',
      summer: 'zomervakantie',
    },
    region: { noord: 'regio noord', midden: 'regio midden', zuid: 'regio zuid' },
    month: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  },
  en: {
    platform: { ...PLATFORM_NAMES, website: 'website', other: 'other platform' },
    format: {
      photo: 'photo',
      video: 'video',
      'short-video': 'short video',
      text: 'text',
      story: 'story',
      poll: 'poll',
      live: 'live stream',
      blog: 'blog',
      podcast: 'podcast',
      carousel: 'carousel',
      link: 'link',
      event: 'event',
      other: 'other format',
    },
    weekday: { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' },
    weekdayShort: { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' },
    frequency: { daily: 'daily', weekly: 'weekly', monthly: 'monthly', quarterly: 'quarterly', yearly: 'yearly' },
    sector: {
      po: 'primary education (po)',
      vo: 'secondary education (vo)',
      mbo: 'vocational education (mbo)',
      hbo: 'university of applied sciences (hbo)',
      wo: 'research university (wo)',
      'adult-education': 'adult education',
      other: 'other',
    },
    domain: {
      communication: 'communication of the institution',
      learning: 'learning of pupils and students',
      'professional-development': 'professional development of staff',
    },
    userType: { traditionalist: 'traditionalists', networker: 'networkers', gamer: 'gamers', producer: 'producers' },
    visibility: { public: 'public', closed: 'closed' },
    per: { once: 'once', month: 'per month', year: 'per year' },
    status: {
      idea: 'idea',
      planned: 'planned',
      'in-progress': 'in progress',
      ready: 'ready',
      published: 'published',
      cancelled: 'cancelled',
    },
    severity: { error: 'error', warning: 'warning', info: 'info', off: 'off' },
    block: {
      baseline: 'Baseline',
      vision: 'Vision and team',
      goals: 'Goals',
      audiences: 'Audiences',
      channels: 'Channels',
      content: 'Content',
      implementation: 'Implementation',
      benchmark: 'Benchmark',
      control: 'Measuring and evaluating',
      calendar: 'Calendar',
      extras: 'Communities, costs and reflection',
      review: 'Review with the team',
    },
    publicHoliday: {
      'new-year': "New Year's Day",
      'good-friday': 'Good Friday',
      easter: 'Easter Sunday',
      'easter-monday': 'Easter Monday',
      'kings-day': "King's Day",
      remembrance: 'Remembrance of the Dead',
      liberation: 'Liberation Day',
      ascension: 'Ascension Day',
      whitsun: 'Whit Sunday',
      'whit-monday': 'Whit Monday',
      christmas: 'Christmas Day',
      'boxing-day': 'Boxing Day',
    },
    schoolHoliday: {
      autumn: 'autumn holiday',
      christmas: 'Christmas holiday',
      spring: 'spring holiday',
      may: 'May holiday',
      summer: 'summer holiday',
    },
    region: { noord: 'region north', midden: 'region central', zuid: 'region south' },
    month: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  },
};

interface Noun {
  /** `definite`: the singular after het/dit, where an adjective takes an -e (dit bestaande account). */
  nl: { one: string; other: string; article: 'de' | 'het'; definite?: string };
  en: { one: string; other: string; an?: true };
}

const noun = (nl: Noun['nl'], en: Noun['en']): Noun => ({ nl, en });

/** The nouns texts count or point at, with the article each takes. */
export const NOUNS = {
  channel: noun({ one: 'kanaal', other: 'kanalen', article: 'het' }, { one: 'channel', other: 'channels' }),
  audience: noun({ one: 'doelgroep', other: 'doelgroepen', article: 'de' }, { one: 'audience', other: 'audiences', an: true }),
  goal: noun({ one: 'doel', other: 'doelen', article: 'het' }, { one: 'goal', other: 'goals' }),
  pillar: noun({ one: 'contentpijler', other: 'contentpijlers', article: 'de' }, { one: 'content pillar', other: 'content pillars' }),
  member: noun({ one: 'teamlid', other: 'teamleden', article: 'het' }, { one: 'team member', other: 'team members' }),
  kpi: noun({ one: 'KPI', other: 'KPI’s', article: 'de' }, { one: 'KPI', other: 'KPIs' }),
  community: noun({ one: 'community', other: 'community’s', article: 'de' }, { one: 'community', other: 'communities' }),
  account: noun(
    { one: 'bestaand account', other: 'bestaande accounts', article: 'het', definite: 'bestaande account' },
    { one: 'existing account', other: 'existing accounts', an: true },
  ),
  administrator: noun(
    { one: 'beheerder', other: 'beheerders', article: 'de' },
    { one: 'administrator', other: 'administrators', an: true },
  ),
  post: noun({ one: 'bericht', other: 'berichten', article: 'het' }, { one: 'post', other: 'posts' }),
  strategy: noun({ one: 'strategie', other: 'strategieën', article: 'de' }, { one: 'strategy', other: 'strategies' }),
  review: noun({ one: 'terugblik', other: 'terugblikken', article: 'de' }, { one: 'review', other: 'reviews' }),
  'key-date': noun({ one: 'belangrijke datum', other: 'belangrijke datums', article: 'de' }, { one: 'key date', other: 'key dates' }),
  blackout: noun({ one: 'stilteperiode', other: 'stilteperiodes', article: 'de' }, { one: 'blackout period', other: 'blackout periods' }),
  'calendar-item': noun({ one: 'kalenderitem', other: 'kalenderitems', article: 'het' }, { one: 'calendar item', other: 'calendar items' }),
  cadence: noun(
    { one: 'vast publicatiemoment', other: 'vaste publicatiemomenten', article: 'het', definite: 'vaste publicatiemoment' },
    { one: 'regular post', other: 'regular posts' },
  ),
  benchmark: noun(
    { one: 'organisatie om van te leren', other: 'organisaties om van te leren', article: 'de' },
    { one: 'organisation to learn from', other: 'organisations to learn from', an: true },
  ),
  file: noun({ one: 'bestand', other: 'bestanden', article: 'het' }, { one: 'file', other: 'files' }),
  finding: noun({ one: 'melding', other: 'meldingen', article: 'de' }, { one: 'finding', other: 'findings' }),
  error: noun({ one: 'fout', other: 'fouten', article: 'de' }, { one: 'error', other: 'errors', an: true }),
  warning: noun({ one: 'waarschuwing', other: 'waarschuwingen', article: 'de' }, { one: 'warning', other: 'warnings' }),
  template: noun({ one: 'sjabloon', other: 'sjablonen', article: 'het' }, { one: 'template', other: 'templates' }),
  hour: noun({ one: 'uur', other: 'uur', article: 'het' }, { one: 'hour', other: 'hours', an: true }),
  day: noun({ one: 'dag', other: 'dagen', article: 'de' }, { one: 'day', other: 'days' }),
  week: noun({ one: 'week', other: 'weken', article: 'de' }, { one: 'week', other: 'weeks' }),
  change: noun({ one: 'wijziging', other: 'wijzigingen', article: 'de' }, { one: 'change', other: 'changes' }),
  reading: noun({ one: 'meting', other: 'metingen', article: 'de' }, { one: 'measurement', other: 'measurements' }),
  measurement: noun({ one: 'meetpunt', other: 'meetpunten', article: 'het' }, { one: 'data point', other: 'data points' }),
} satisfies Record<string, Noun>;

export type NounId = keyof typeof NOUNS;

/** Fields as the wizard asks for them, for texts that name what is missing or wrong. */
export const FIELDS = {
  'goal.metric': { nl: 'maatstaf (wat je meet)', en: 'metric (what is measured)' },
  'goal.target': { nl: 'streefwaarde', en: 'target' },
  'goal.unit': { nl: 'eenheid', en: 'unit' },
  'goal.deadline': { nl: 'deadline', en: 'deadline' },
  'webcare.owner': { nl: 'wie verantwoordelijk is voor webcare', en: 'who is responsible for webcare' },
  'webcare.response_time_hours': {
    nl: 'de reactietijd (binnen hoeveel uur elk bericht antwoord krijgt)',
    en: 'the response time (within how many hours every message is answered)',
  },
  'webcare.workflow.detect': { nl: 'wie berichten en vermeldingen signaleert', en: 'who spots messages and mentions' },
  'webcare.workflow.respond': { nl: 'wie de antwoorden schrijft', en: 'who writes the answers' },
  'webcare.workflow.approve': { nl: 'wie gevoelige antwoorden goedkeurt', en: 'who approves sensitive answers' },
  'webcare.workflow.publish': { nl: 'wie de antwoorden plaatst', en: 'who posts the answers' },
  'privacy.consent_per': {
    nl: 'toestemming per doel (website, sociale media, folder)',
    en: 'consent per purpose (website, social media, brochure)',
  },
  'privacy.register': { nl: 'wie de toestemmingen bijhoudt en waar', en: 'who keeps the record of consent and where' },
  'privacy.withdrawal': { nl: 'wat er gebeurt als toestemming wordt ingetrokken', en: 'what happens when consent is withdrawn' },
  'privacy.reconsent_at_16': { nl: 'toestemming van de leerling zelf vanaf 16 jaar', en: 'consent from the pupil themselves from 16' },
  'crisis.plan': { nl: 'een crisisplan met de eerste stappen', en: 'a crisis plan with the first steps' },
  'crisis.spokesperson': { nl: 'een woordvoerder', en: 'a spokesperson' },
  'crisis.hacked_account': { nl: 'wat je doet als een account gehackt is', en: 'what to do when an account is hacked' },
  'team.tasks.content_management': {
    nl: 'wie de content beheert (plannen, maken, plaatsen)',
    en: 'who manages content (plan, make, post)',
  },
  'team.tasks.webcare': { nl: 'wie webcare doet', en: 'who does webcare' },
  'team.tasks.administration': {
    nl: 'wie de accounts beheert (toegang, wachtwoorden, instellingen)',
    en: 'who administers the accounts (access, passwords, settings)',
  },
  'content.pillars': { nl: 'contentpijlers (waarover je post)', en: 'content pillars (what you post about)' },
  'content.cadence': { nl: 'een publicatieritme (hoe vaak, op welk kanaal)', en: 'a cadence (how often, on which channel)' },
  'control.kpis': { nl: 'KPI’s die de doelen meten', en: 'KPIs that measure the goals' },
  'control.reporting': { nl: 'hoe vaak je rapporteert en aan wie', en: 'how often results are reported, and to whom' },
} as const satisfies Record<string, Record<Language, string>>;

export type FieldId = keyof typeof FIELDS;
