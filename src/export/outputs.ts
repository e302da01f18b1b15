// Everything `render` produces from a strategy, as file name -> content. Pure: the command
// decides where (and whether) to write.
import type { Language, Strategy } from '../model/strategy.js';
import { MAX_CALENDAR_ENTRIES } from '../model/strategy.js';
import { calendarCsv } from './csv.js';
import type { CsvDelimiter } from './csv.js';
import { calendarIcs, DEFAULT_TIMEZONE } from './ics.js';
import { buildCalendar } from '../render/calendar.js';
import type { CalendarEntry, CalendarFilter } from '../render/calendar.js';
import { labels } from '../render/labels.js';
import { compileTemplates } from '../render/templates.js';
import type { TemplateCompiler, TemplateSources } from '../render/templates.js';
import { calendarView, documentView } from '../render/view.js';
import type { DocumentContext } from '../render/view.js';
import { todayIn } from '../util/today.js';

import type { OutputName } from '../render/output-names.js';
import type { Flavour } from '../render/output-names.js';

export type MarkdownFlavour = Exclude<Flavour, 'html'>;

export { NORMALISED_NAME, OUTPUT_NAMES } from '../render/output-names.js';
export type { OutputName } from '../render/output-names.js';

export interface Rendered {
  name: OutputName;
  content: string;
}

export class CalendarTooLarge extends Error {
  constructor(readonly count: number) {
    super(`calendar of ${count} entries`);
  }
}

export function calendarEntries(strategy: Strategy, filter: CalendarFilter | undefined, language: Language): CalendarEntry[] {
  const expected = expectedEntries(strategy);
  if (expected > MAX_CALENDAR_ENTRIES) throw new CalendarTooLarge(expected);
  return buildCalendar(strategy, filter, language);
}

/** An upper bound on the entries buildCalendar makes, known before making them. */
function expectedEntries(strategy: Strategy): number {
  const period = strategy.period;
  const weeks = period ? Math.max(0, (Date.parse(period.end) - Date.parse(period.start)) / (7 * 86_400_000)) + 2 : 0;
  const perWeek = (strategy.content?.cadence ?? []).reduce((sum, entry) => sum + Math.min(7, Math.ceil(entry?.per_week ?? 0)), 0);
  // Holidays: at most about twenty a year, besides the blackouts and local days listed.
  const daysOff =
    Math.ceil(weeks / 52 + 1) * 20 + (strategy.calendar?.blackout?.length ?? 0) + (strategy.calendar?.holidays?.local?.length ?? 0);
  return Math.ceil(weeks * perWeek) + (strategy.calendar?.items?.length ?? 0) + (strategy.calendar?.key_dates?.length ?? 0) + daysOff;
}

// Every output is written in `language`, the language of the run: the strategy's own unless
// --lang says otherwise (src/i18n/locale.ts).

export function renderMarkdownCalendar(
  strategy: Strategy,
  entries: CalendarEntry[],
  language: Language,
  sources: TemplateSources,
  compiler?: TemplateCompiler,
  range?: CalendarFilter,
): string {
  return compileTemplates(sources, language, compiler).render('calendar.md', calendarView(strategy, entries, language, range));
}

export function renderCsv(strategy: Strategy, entries: CalendarEntry[], language: Language, delimiter?: CsvDelimiter): string {
  return calendarCsv(strategy, entries, language, delimiter);
}

/** What a render builds on besides the strategy: the calendar it wrote before, when it runs, the CSV separator asked for. */
export interface RenderSettings {
  ics?: string;
  now?: string;
  csvDelimiter?: CsvDelimiter;
  /** The wiki the Markdown is for: `--flavour`, else `document.flavour`. */
  flavour?: MarkdownFlavour;
  /** The day of the render and, when forced, the errors check found; without it, today. */
  document?: DocumentContext;
}

export function renderIcs(strategy: Strategy, entries: CalendarEntry[], language: Language, earlier: Partial<RenderSettings> = {}): string {
  return calendarIcs(strategy, entries, {
    language,
    name: `${labels(language).label('calendar.title')} ${strategy.organisation?.name ?? ''}`.trim(),
    timezone: strategy.calendar?.timezone ?? DEFAULT_TIMEZONE,
    stamp: strategy.period?.start ?? '2000-01-01',
    ...(earlier.ics !== undefined ? { previous: earlier.ics } : {}),
    ...(earlier.now !== undefined ? { now: earlier.now } : {}),
  });
}

export function renderAll(
  strategy: Strategy,
  language: Language,
  sources: TemplateSources,
  only?: ReadonlySet<OutputName>,
  compiler?: TemplateCompiler,
  settings: RenderSettings = {},
): Rendered[] {
  const wanted = (name: OutputName): boolean => !only || only.has(name);
  const templates = compileTemplates(sources, language, compiler);
  const out: Rendered[] = [];
  const flavour = settings.flavour ?? strategy.document?.flavour ?? 'github';
  if (wanted('strategy.md'))
    out.push({
      name: 'strategy.md',
      content: templates.render(
        'strategy.md',
        documentView(strategy, language, flavour, {
          ...(settings.document ?? { asOf: todayIn(strategy.calendar?.timezone) }),
          calendarBeside: wanted('calendar.md') && wanted('calendar.csv') && wanted('calendar.ics'),
        }),
      ),
    });
  const needsCalendar = wanted('calendar.md') || wanted('calendar.csv') || wanted('calendar.ics');
  const entries = needsCalendar ? calendarEntries(strategy, undefined, language) : [];
  if (wanted('calendar.md'))
    out.push({ name: 'calendar.md', content: templates.render('calendar.md', calendarView(strategy, entries, language)) });
  if (wanted('calendar.csv')) out.push({ name: 'calendar.csv', content: renderCsv(strategy, entries, language, settings.csvDelimiter) });
  if (wanted('calendar.ics')) out.push({ name: 'calendar.ics', content: renderIcs(strategy, entries, language, settings) });
  return out;
}
