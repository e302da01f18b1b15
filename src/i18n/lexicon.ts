// What every language's lexicon holds (./<language>/lexicon.ts): the label of every schema
// value, the nouns texts count with their plurals, the fields as the wizard asks for them,
// and how the language writes numbers, lists, dates and articles. The English lexicon's keys
// are the ones every language has; the tables are typed by the schema's enums, so a new value
// without its label in every language does not compile.
import type {
  Calendar,
  CalendarItem,
  Channel,
  Costs,
  Format,
  Frequency,
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

export interface Vocabulary {
  platform: Record<Platform, string>;
  format: Record<Format, string>;
  weekday: Record<Weekday, string>;
  weekdayShort: Record<Weekday, string>;
  frequency: Record<Frequency, string>;
  sector: Record<Sector, string>;
  /** Those an organisation of the sector teaches: pupils, students, learners. */
  learners: Record<Sector, string>;
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
  /** Months in tables and calendars: jan, feb; Jan, Feb. */
  monthShort: readonly [string, string, string, string, string, string, string, string, string, string, string, string];
}

export type ValueKind = Exclude<keyof Vocabulary, 'month' | 'monthShort'>;
export type ValueOf<K extends ValueKind> = keyof Vocabulary[K] & string;

export const PLATFORM_NAMES = {
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

export type ArticleKind = 'definite' | 'indefinite' | 'this';

/** The nouns texts count or point at, and the fields texts name: the English lexicon's. */
export type NounId = keyof typeof import('./en/lexicon.js').nouns;
export type FieldId = keyof typeof import('./en/lexicon.js').fields;

export interface Lexicon {
  /** The locale whose plural rules count the nouns (Intl.PluralRules). */
  locale: string;
  marks: { group: string; decimal: string };
  /** Whether a spreadsheet written in this language puts the day first (31-10-2026) when the file itself does not show it. */
  dayFirst: boolean;
  conjunctions: { and: string; or: string };
  vocabulary: Vocabulary;
  nouns: Record<NounId, { one: string; other: string }>;
  fields: Record<FieldId, string>;
  /** "geen kanalen", "no channels". */
  none(plural: string): string;
  /** "1 oktober 2027", "1 October 2027". */
  date(day: number, month: string, year: string): string;
  /** A quarter in words: "vierde kwartaal 2026", "fourth quarter of 2026". */
  quarter(index: number, year: string): string;
  /** Two days and the days between: "1 januari 2027 tot en met 31 maart 2027". */
  range(from: string, to: string): string;
  /** "het kanaal", "een kanaal", "dit kanaal"; "the channel", "a channel", "this channel". */
  article(noun: NounId, kind: ArticleKind): string;
}
