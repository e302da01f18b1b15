// What the blocks of questions share: the lists they offer and the choices made from what
// earlier blocks recorded.
import type { Language, Platform } from '../../model/strategy.js';
import { wizardText } from '../texts.js';
import { platformName } from '../../render/labels.js';
import { VOCABULARY } from '../../i18n/vocabulary.js';
import type { BlockId, ValueKind } from '../../i18n/vocabulary.js';
import { words } from '../../i18n/words.js';
import { PLATFORM_FORMATS } from '../../rules/platforms.js';
import { byLanguage, q } from '../question-types.js';
import type { Bi, ChoiceItem, Context, Question } from '../question-types.js';

export const list = (values: readonly string[], labels?: Record<string, Bi>): ChoiceItem[] =>
  values.map((value) => ({ value, label: labels?.[value] ?? value }));

export const PLATFORMS = Object.keys(PLATFORM_FORMATS).concat('other');
export const FORMATS = [
  'photo',
  'video',
  'short-video',
  'text',
  'story',
  'poll',
  'live',
  'blog',
  'podcast',
  'carousel',
  'link',
  'event',
  'other',
];
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** The labels of one kind of schema value, in both languages, from the one vocabulary. */
export const labelsOf = (kind: ValueKind): Record<string, Bi> =>
  Object.fromEntries(
    Object.keys(VOCABULARY.en[kind]).map((value) => [
      value,
      byLanguage((language) => (VOCABULARY[language][kind] as Record<string, string>)[value]!),
    ]),
  );
export const FORMAT_LABELS = labelsOf('format');
export const FREQUENCY_LABELS = labelsOf('frequency');
export const WEEKDAY_LABELS = labelsOf('weekday');
export const blockTitle = (id: BlockId): Bi => byLanguage((language) => VOCABULARY[language].block[id]);
/** "korte video, foto en story" in the language of the context. */
export const formatList = (formats: readonly string[], language: Language): string =>
  words(language).list(formats.map((f) => words(language).value('format', f)));

/** A platform with what it is for: "Instagram – foto’s en korte video; jongeren". */
export const platformLabel = (platform: string, language: Language): string =>
  `${platformName(platform, language)} – ${wizardText(language).platformUse[platform as Platform]}`;
/** The platforms in the order to offer them: a primary school's parents' app first. */
export const platformsFor = (sector: unknown, platforms: readonly string[] = PLATFORMS): string[] =>
  sector === 'po' ? [...platforms.filter((p) => p === 'parents-app'), ...platforms.filter((p) => p !== 'parents-app')] : [...platforms];
export const platformChoices = (c: Context): ChoiceItem[] =>
  platformsFor(c.strategy.organisation?.sector).map((value) => ({ value, label: platformLabel(value, c.language) }));

export function mapChoices(
  section: Record<string, { name?: string; statement?: string; platform?: string; handle?: string } | undefined> | undefined,
): ChoiceItem[] {
  return Object.entries(section ?? {}).map(([id, entry]) => ({
    value: id,
    label: entry?.name ?? (entry?.platform ? `${platformName(entry.platform, 'en')} ${entry.handle ?? ''}`.trim() : id),
  }));
}

export const members = (c: Context): ChoiceItem[] => mapChoices(c.strategy.team?.members);

/**
 * An account of the baseline to offer for a channel: the one on `platform`, or else the
 * first kept one that is no channel yet.
 */
export function baselineAccount(c: Context, platform?: string): { platform: string; handle?: string } | undefined {
  const accounts = (c.strategy.baseline?.accounts ?? []).filter(
    (account): account is NonNullable<typeof account> => Boolean(account) && account!.keep !== false,
  );
  if (platform) return accounts.find((account) => account.platform === platform);
  const used = new Set(Object.values(c.strategy.channels ?? {}).map((channel) => channel?.platform));
  return accounts.find((account) => !used.has(account.platform));
}
export const audiences = (c: Context): ChoiceItem[] => mapChoices(c.strategy.audiences);
/** The names of the audiences the channel being filled in reaches. */
export const audienceNamesOf = (c: Context): string[] =>
  (Array.isArray(c.entry?.audiences) ? (c.entry.audiences as string[]) : []).map((id) => c.strategy.audiences?.[id]?.name ?? id);
export const goals = (c: Context): ChoiceItem[] =>
  Object.entries(c.strategy.goals ?? {}).map(([id, goal]) => ({ value: id, label: `${id}: ${goal?.statement ?? ''}`.slice(0, 70) }));
export const channels = (c: Context): ChoiceItem[] => mapChoices(c.strategy.channels);
/** The KPIs that measure the goal being filled in. */
export const kpisOf = (c: Context): ChoiceItem[] =>
  Object.entries(c.strategy.control?.kpis ?? {})
    .filter(([, kpi]) => kpi?.goal !== undefined && kpi.goal === c.entryId)
    .map(([id, kpi]) => ({ value: id, label: kpi?.metric ?? id }));
export const pillars = (c: Context): ChoiceItem[] => mapChoices(c.strategy.content?.pillars);

/** Whether the organisation is one of these sectors. */
export const sectorIs =
  (...sectors: string[]) =>
  (c: Context): boolean =>
    sectors.includes(String(c.strategy.organisation?.sector ?? ''));

/** The choice that leaves a field empty, for a select the user may not know the answer to. */
export const DONT_KNOW = { value: '', label: q('Not sure (leave it to the figures)') };

/** Choices from what earlier blocks recorded; the question is skipped while there are none. */
export const offer = (source: (c: Context) => ChoiceItem[]): Pick<Question, 'choices' | 'when'> => ({
  choices: source,
  when: (c) => source(c).length > 0,
});

/** Formats of `value` that none of the platforms in `platformsOf` carries. */
export function misfits(formats: unknown, platforms: readonly string[]): string[] {
  if (!Array.isArray(formats) || platforms.length === 0) return [];
  return formats.filter(
    (format) =>
      format !== 'other' &&
      platforms.every(
        (platform) => platform !== 'other' && !(PLATFORM_FORMATS as Record<string, readonly string[]>)[platform]?.includes(format),
      ),
  );
}

/** The audiences a primary school typically has: parents above all; its pupils are too young for social media. */
const PRIMARY_AUDIENCES: readonly Bi[] = [
  q('Parents and carers'),
  q('Parents of new pupils'),
  q('Staff'),
  q('The neighbourhood'),
  q('Childcare and other partners'),
  q('Media and journalists'),
];

/** The audiences of adult education: learners, the partners who send them, employers. */
const ADULT_AUDIENCES: readonly Bi[] = [
  q('Prospective learners'),
  q('Current learners'),
  q('Partners: the municipality, libraries, welfare'),
  q('Employers'),
  q('Staff and volunteers'),
  q('The region and the neighbourhood'),
  q('Media and journalists'),
];

/** The typical audiences of an organisation of this sector, to pick from before typing one. */
export const typicalAudiences = (sector: unknown): readonly Bi[] =>
  sector === 'po'
    ? PRIMARY_AUDIENCES
    : sector === 'vo'
      ? SECONDARY_AUDIENCES
      : sector === 'mbo'
        ? VOCATIONAL_AUDIENCES
        : sector === 'hbo' || sector === 'wo'
          ? HIGHER_AUDIENCES
          : sector === 'adult-education'
            ? ADULT_AUDIENCES
            : TYPICAL_AUDIENCES;

/** A secondary school: its pupils (from group 8 of primary school), their parents, former pupils. */
const SECONDARY_AUDIENCES: readonly Bi[] = [
  q('Prospective pupils'),
  q('Current pupils'),
  q('Parents and carers'),
  q('Staff'),
  q('Former pupils'),
  q('Media and journalists'),
  q('The region and the neighbourhood'),
];

/** An mbo: its students, their parents, and the companies where they learn the trade. */
const VOCATIONAL_AUDIENCES: readonly Bi[] = [
  q('Prospective students'),
  q('Current students'),
  q('Parents and carers'),
  q('Staff'),
  q('Alumni'),
  q('Work-placement companies'),
  q('Media and journalists'),
  q('The region and the neighbourhood'),
];

/** A hogeschool or university: its students, alumni, and the professional field. */
const HIGHER_AUDIENCES: readonly Bi[] = [
  q('Prospective students'),
  q('Current students'),
  q('Parents and carers'),
  q('Staff'),
  q('Alumni'),
  q('The professional field: employers and internships'),
  q('Media and journalists'),
  q('The region and the neighbourhood'),
];

export const TYPICAL_AUDIENCES: readonly Bi[] = [
  q('Prospective students'),
  q('Current students'),
  q('Parents and carers'),
  q('Staff'),
  q('Alumni'),
  q('Businesses and work-placement companies'),
  q('Media and journalists'),
  q('The region and the neighbourhood'),
];
