// The view the templates render: the strategy with defaults filled in, ids resolved to names,
// figures derived, and every field present (null or empty when the strategy leaves it out),
// so templates compiled in strict mode fail on a misspelt field instead of printing nothing.
import type { Language, Strategy } from '../model/strategy.js';
import type { CalendarEntry } from './calendar.js';
import { entryTexter, shortDate } from './calendar-text.js';
import { goalView } from './goal-view.js';
import type { Flavour } from './output-names.js';
import { holidaySettings } from '../core/holidays.js';
import { VOCABULARY } from '../i18n/vocabulary.js';
import { labels } from './labels.js';
import { words } from '../i18n/words.js';
import type { LabelKey, LabelTable } from './labels.js';
import { anchor } from './markdown.js';
import { viewTools } from './view-tools.js';
import { audiencesView, baselineView, channelsView, crisisView, organisationView, privacyView, teamView, webcareView } from './view-who.js';
import {
  agendaView,
  benchmarkView,
  communitiesView,
  contentViewOf,
  controlView,
  costsView,
  reflectionView,
  summaryView,
} from './view-plan.js';
export type { Derived } from './derived.js';

export interface Section {
  key: string;
  title: string;
  anchor: string;
}

/** What a document is rendered against: the day its figures are as of, and what check found when it was forced. */
export interface DocumentContext {
  /** The day of the render (YYYY-MM-DD): measurements after it do not count. */
  asOf: string;
  /** The errors `check` found, when the document is rendered all the same (`--force`). */
  errors?: number;
  /** Whether calendar.md, calendar.csv and calendar.ics are written beside the document, so it can link to them. */
  calendarBeside?: boolean;
}

export function documentView(strategy: Strategy, language: Language, flavour: Flavour = 'github', context: DocumentContext) {
  const v = viewTools(strategy, language);
  const { l, say, map, list, derived } = v;
  const organisation = organisationView(v);
  const baseline = baselineView(v);
  const goals = map(strategy.goals).map(([id, g]) =>
    goalView(strategy, id, g, language, context.asOf, { member: v.memberName, audience: v.audienceName }),
  );
  const audiences = audiencesView(v);
  const channels = channelsView(v);
  const contentView = contentViewOf(v);
  const team = teamView(v);
  const webcare = webcareView(v);
  const crisis = crisisView(v);
  const privacy = privacyView(v);
  const benchmark = benchmarkView(v);
  const control = controlView(v);
  const communities = communitiesView(v);
  const costs = costsView(v);
  const reflection = reflectionView(v);
  const summary = summaryView(v, goals, channels);
  const agenda = agendaView(v);
  const hasAgenda = agenda.keyDates.length > 0 || agenda.blackouts.length > 0 || list(strategy.content?.cadence).length > 0;

  const { present, missing, sections } = presence(
    l,
    {
      vision: organisation.vision,
      summary,
      baseline,
      goals,
      audiences,
      channels,
      contentView,
      team,
      webcare,
      crisis,
      privacy,
      benchmark,
      control,
      communities,
      costs,
      reflection,
    },
    hasAgenda,
  );
  return {
    language,
    flavour: flavourOf(flavour),
    title: `${l.label('document.title')} ${organisation.name}`,
    // In words in the document's prose (1 augustus 2026); the file keeps ISO dates.
    period: strategy.period ? { start: words(language).date(strategy.period.start), end: words(language).date(strategy.period.end) } : null,
    sections,
    missing: missing.length > 0 ? l.label('document.missing', { sections: say.list(missing) }) : null,
    /** A document rendered although check finds errors says so first. */
    failing: context.errors ? l.label('document.failing', { errors: say.count(context.errors, 'error') }) : null,
    /** The date of the latest figure the document counts, for "stand per". */
    figuresOf: latestFigure(
      goals.map((g) => g.measure.latest?.date ?? null),
      language,
    ),
    organisation,
    baseline: present.baseline ? baseline : null,
    goals,
    audiences,
    channels,
    content: present.content ? contentView : null,
    team: present.team ? team : null,
    webcare: present.webcare ? webcare : null,
    crisis: present.crisis ? crisis : null,
    privacy: present.privacy ? privacy : null,
    benchmark,
    control: present.control ? control : null,
    communities,
    costs: present.costs ? costs : null,
    reflection,
    summary,
    /** The content section, for the calendar's link to the cadence. */
    contentSection: sections.find((section) => section.key === 'content') ?? null,
    agenda: hasAgenda ? agenda : null,
    /** The calendar files are beside the document (render wrote them with it): link them; else say how to make them. */
    calendarBeside: context.calendarBeside === true,
    derived,
  };
}

export type DocumentView = ReturnType<typeof documentView>;

/**
 * What the charts become: Mermaid in a fence (GitHub, GitLab), in Azure DevOps' `::: mermaid`,
 * a table (plain Markdown), or an SVG drawn by the HTML writer.
 */
function flavourOf(flavour: Flavour) {
  return {
    mermaid: flavour === 'github' || flavour === 'gitlab',
    azure: flavour === 'azure-devops',
    table: flavour === 'plain',
    html: flavour === 'html',
  };
}

// A section shows when it has something to say: a block written as `crisis: {}` has not.
const filled = (value: unknown): boolean =>
  value === null || value === undefined || value === false
    ? false
    : Array.isArray(value)
      ? value.some(filled)
      : typeof value === 'object'
        ? Object.values(value).some(filled)
        : value !== '';

type Parts = Pick<DocumentView, 'summary' | 'goals' | 'audiences' | 'channels' | 'benchmark' | 'communities' | 'reflection'> & {
  vision: unknown;
  baseline: unknown;
  contentView: { principles: unknown; pillars: unknown; cadence: unknown } | null;
  team: { owner: unknown; members: unknown; contributors: unknown; tasks: { who: unknown }[] } | null;
  webcare: unknown;
  crisis: unknown;
  privacy: unknown;
  control: { kpis: unknown; reporting: unknown; tools: unknown } | null;
  costs: unknown;
};

/** Which sections the document shows, which blocks of the method it names as not yet written, and its table of contents. */
function presence(l: LabelTable, p: Parts, hasAgenda: boolean) {
  const present: Record<string, boolean> = {
    summary: p.summary.shown,
    organisation: true,
    baseline: filled(p.baseline),
    goals: p.goals.length > 0,
    audiences: p.audiences.length > 0,
    channels: p.channels.length > 0,
    content: filled(p.contentView && [p.contentView.principles, p.contentView.pillars, p.contentView.cadence]),
    team: filled(p.team && [p.team.owner, p.team.members, p.team.contributors, p.team.tasks.map((task) => task.who)]),
    webcare: filled(p.webcare),
    crisis: filled(p.crisis),
    privacy: filled(p.privacy),
    benchmark: p.benchmark.length > 0,
    control: filled(p.control && [p.control.kpis, p.control.reporting, p.control.tools]) || p.goals.length > 0,
    agenda: hasAgenda,
    communities: p.communities.length > 0,
    costs: filled(p.costs),
    reflection: p.reflection !== null,
  };
  // The blocks of the method that are not yet written: named under the contents, not silently
  // left out. Communities, costs and the reflection are optional in the method.
  const optional = new Set(['summary', 'agenda', 'communities', 'costs', 'reflection']);
  const missing = Object.entries(present)
    .filter(([key, shown]) => !shown && !optional.has(key))
    .map(([key]) => l.label(`${key}.title` as LabelKey));
  // The vision is the organisation section's heart: without it, the section shows only facts.
  if (!p.vision) missing.unshift(l.label('organisation.vision'));
  // The summary comes before the table of contents; the contents list what follows.
  const sections: Section[] = Object.entries(present)
    .filter(([key, shown]) => shown && key !== 'summary')
    .map(([key]) => {
      const title = l.label(`${key}.title` as LabelKey);
      return { key, title, anchor: anchor(title) };
    });

  return { present, missing, sections };
}

function latestFigure(dates: readonly (string | null)[], language: Language): string | null {
  const latest = dates
    .filter((d): d is string => d !== null)
    .sort()
    .pop();
  return latest ? labels(language).label('document.figures-of', { date: words(language).date(latest) }) : null;
}

/** "12 berichten en 1 belangrijke datum van 1 augustus 2026 tot en met 31 juli 2027." */
function calendarSummary(posts: number, keyDates: number, range: { start: string; end: string }, language: Language): string {
  const w = words(language);
  const what = keyDates > 0 ? w.list([w.count(posts, 'post'), w.count(keyDates, 'key-date')]) : w.count(posts, 'post');
  return w.capital(labels(language).label('calendar.summary', { what, start: w.date(range.start), end: w.date(range.end) }));
}

export function calendarView(strategy: Strategy, entries: CalendarEntry[], language: Language, range: { from?: string; to?: string } = {}) {
  const l: LabelTable = labels(language);
  const texts = entryTexter(strategy, language);
  const months: { title: string; anchor: string; entries: ReturnType<typeof row>[] }[] = [];
  const row = (e: CalendarEntry) => {
    const t = texts(e);
    const details = [
      e.campaign ? `${l.label('calendar.campaign')}: ${e.campaign}` : null,
      e.text,
      e.hashtags.length > 0 ? e.hashtags.join(' ') : null,
      e.asset ? `${l.label('calendar.asset')}: ${e.asset}` : null,
    ].filter((part): part is string => Boolean(part));
    const approval =
      e.approvedBy.length > 0
        ? `${l.label('calendar.approves').toLowerCase()} ${e.approvedBy.join(', ')}${e.approvedOn ? ` (${shortDate(e.approvedOn, language)})` : ''}`
        : null;
    return {
      kind: e.kind,
      keyDate: e.kind === 'key-date',
      dayOff: e.kind === 'day-off',
      openTopic: e.kind === 'post' && !e.title,
      week: e.week,
      date: shortDate(e.date, language),
      isoDate: e.date,
      until: e.until ? shortDate(e.until, language, e.until.slice(0, 4) !== e.date.slice(0, 4)) : null,
      day: l.value('weekday', e.weekday),
      time: e.time,
      kindName: t.kind,
      channel: t.channel || null,
      pillar: e.pillarName,
      pillarAndFormat: [e.pillarName, e.format ? l.value('format', e.format) : null].filter(Boolean).join(' · ') || null,
      title: t.title,
      effect: t.effect,
      details: details.length > 0 ? details.join(' · ') : null,
      text: e.text,
      link: e.link,
      linkText: l.label('calendar.link'),
      asset: e.asset,
      hashtags: e.hashtags.join(' '),
      campaign: e.campaign,
      format: e.format ? l.value('format', e.format) : null,
      preparedBy: e.preparedBy,
      approvedBy: e.approvedBy,
      approvedOn: e.approvedOn,
      status: t.status,
      statusAndApproval: [t.status, approval].filter(Boolean).join(', '),
    };
  };
  for (const entry of entries) {
    const name = l.month(Number(entry.date.slice(5, 7)) - 1);
    const title = `${name.charAt(0).toUpperCase()}${name.slice(1)} ${entry.date.slice(0, 4)}`;
    let month = months[months.length - 1];
    if (!month || month.title !== title) {
      month = { title, anchor: anchor(title), entries: [] };
      months.push(month);
    }
    month.entries.push(row(entry));
  }
  const posts = entries.filter((e) => e.kind === 'post').length;
  const keyDates = entries.filter((e) => e.kind === 'key-date').length;
  const start = range.from ?? strategy.period?.start;
  const end = range.to ?? strategy.period?.end;
  const { region, school } = holidaySettings(strategy);
  return {
    language,
    title: `${l.label('calendar.title')} ${strategy.organisation?.name ?? ''}`.trim(),
    summary: start && end ? calendarSummary(posts, keyDates, { start, end }, language) : null,
    holidaysSource: !entries.some((e) => e.dayOff && e.dayOff.kind !== 'blackout' && e.dayOff.kind !== 'local')
      ? null
      : // The school holidays' source only when the calendar shows them.
        entries.some((e) => e.dayOff?.kind === 'school') && region && school !== 'ignore'
        ? l.label('calendar.holidays-source', { region: `(${VOCABULARY[language].region[region]})` })
        : l.label('calendar.holidays-source-public'),
    months,
  };
}

export type CalendarView = ReturnType<typeof calendarView>;
