// The view the templates render: the strategy with defaults filled in, ids resolved to names,
// figures derived, and every field present (null or empty when the strategy leaves it out),
// so templates compiled in strict mode fail on a misspelt field instead of printing nothing.
import type { Language, Strategy } from '../model/strategy.js';
import { DEFAULT_MINUTES_PER_POST, figures } from '../model/figures.js';
import type { CalendarEntry } from './calendar.js';
import { channelNamer, entryTexter, shortDate } from './calendar-text.js';
import { goalDisplayName } from '../core/measures/goal.js';
import { goalView } from './goal-view.js';
import type { Flavour } from './output-names.js';
import { holidaySettings } from '../core/holidays.js';
import { VOCABULARY } from '../i18n/vocabulary.js';
import { labels, platformName } from './labels.js';
import { formatNumber, words } from '../i18n/words.js';
import type { LabelKey, LabelTable } from './labels.js';
import { anchor } from './markdown.js';
import { own } from '../util/own.js';
import { channelSlots } from '../core/calendar-input.js';

export interface Derived {
  /** Hours per week the cadence takes, per channel id. */
  hoursPerChannel: Record<string, number>;
  /** Hours per week the cadence asks of each team member (by id). */
  hoursPerMember: Record<string, number>;
  cadenceHours: number;
  teamHours: number;
  /** cadenceHours / teamHours, or null without team hours. */
  capacityUsed: number | null;
}

/** The strategy's figures, rounded for people to read. */
export function derive(strategy: Strategy): Derived {
  const f = figures(strategy);
  const rounded = (map: Map<string, number>): Record<string, number> =>
    Object.fromEntries([...map].map(([id, hours]) => [id, round(hours)]));
  return {
    hoursPerChannel: rounded(f.hoursPerChannel),
    hoursPerMember: rounded(f.hoursPerMember),
    cadenceHours: round(f.cadenceHours),
    teamHours: round(f.teamHours),
    capacityUsed: f.teamHours > 0 ? round(f.cadenceHours / f.teamHours) : null,
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

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
  const l = labels(language);
  const members = strategy.team?.members ?? {};
  const memberName = (id: string): string => own(members, id)?.name ?? id;
  const audienceName = (id: string): string => own(strategy.audiences, id)?.name ?? id;
  const goalName = (id: string): string => {
    const goal = own(strategy.goals, id);
    return goal ? goalDisplayName(goal) : id;
  };
  const say = words(language);
  /** A date in a table cell: "1 apr 2027", never wrapped. */
  const cellDate = (iso: string | undefined | null): string | null => (iso ? shortDate(iso, language, true) : null);
  const channelName = (id: string): string => {
    const channel = own(strategy.channels, id);
    return channel ? `${platformName(channel.platform, language)}${channel.handle ? ` ${channel.handle}` : ''}` : id;
  };
  const num = (value: number | undefined | null): string | null =>
    value === undefined || value === null ? null : formatNumber(value, language);
  const derived = derive(strategy);
  const list = <T>(value: readonly (T | undefined)[] | undefined): T[] => (value ?? []).filter((v): v is T => v !== undefined);
  const map = <T>(value: { [k: string]: T | undefined } | undefined): [string, T][] =>
    Object.entries(value ?? {}).filter((e): e is [string, T] => e[1] !== undefined);

  const organisation = {
    name: strategy.organisation?.name ?? l.label('document.title'),
    sector: strategy.organisation?.sector ? l.value('sector', strategy.organisation.sector) : null,
    vision: strategy.organisation?.vision ?? null,
    domains: list(strategy.organisation?.domains).map((d) => l.value('domain', d)),
    website: strategy.organisation?.website ?? null,
  };

  const b = strategy.baseline;
  const baseline = b
    ? {
        summary: b.summary ?? null,
        accounts: list(b.accounts).map((a) => ({
          platform: platformName(a.platform, language),
          handle: a.handle ?? null,
          followers: num(a.followers),
          posts: num(a.posts_per_week),
          active: a.active === undefined ? null : l.label(a.active ? 'yes' : 'no'),
          keep: a.keep === undefined ? null : l.label(a.keep ? 'yes' : 'no'),
        })),
        formats: list(b.formats).map((f) => l.value('format', f)),
        existingGoals: list(b.existing_goals),
        owners: list(b.owners),
        hours: num(b.hours_per_week),
        production: b.content_production ?? null,
        satisfaction: b.satisfaction ?? null,
      }
    : null;

  const goals = map(strategy.goals).map(([id, g]) =>
    goalView(strategy, id, g, language, context.asOf, { member: memberName, audience: audienceName }),
  );

  const audiences = map(strategy.audiences).map(([id, a]) => ({
    id,
    name: a.name,
    description: a.description ?? null,
    persona: a.persona
      ? {
          name: a.persona.name ?? null,
          age: a.persona.age ?? null,
          gender: a.persona.gender ?? null,
          occupation: a.persona.occupation ?? null,
          income: a.persona.income ?? null,
          interests: list(a.persona.interests),
        }
      : null,
    userTypes: list(a.user_types).map((u) => l.value('userType', u)),
    multiplier: a.multiplier === true,
    platforms: list(a.platforms).map((p) => platformName(p, language)),
    usage: a.usage ?? null,
  }));

  const channels = map(strategy.channels).map(([id, c]) => ({
    id,
    platform: platformName(c.platform, language),
    handle: c.handle ?? null,
    url: c.url ?? null,
    purpose: c.purpose ?? null,
    audiences: list(c.audiences).map(audienceName),
    admins: list(c.admins).map(memberName),
    visibility: l.value('visibility', c.visibility ?? 'public'),
    formats: list(c.formats).map((f) => l.value('format', f)),
    hoursPerWeek: num(derived.hoursPerChannel[id] ?? 0),
  }));

  const content = strategy.content;
  const pillarIds = Object.keys(content?.pillars ?? {}).filter((id) => own(content?.pillars, id));
  const listsChannels = pillarIds.some((id) => list(own(content?.pillars, id)?.channels).length > 0);
  const inTurn = (channel: string): string | null => {
    const names = pillarIds
      .filter(
        (id) => own(content?.pillars, id)?.share !== 0 && (!listsChannels || list(own(content?.pillars, id)?.channels).includes(channel)),
      )
      .map((id) => own(content?.pillars, id)!.name);
    return names.length > 0 ? l.label('content.in-turn', { pillars: say.list(names) }) : null;
  };
  const contentView = content
    ? {
        principles: list(content.principles),
        pillars: map(content.pillars).map(([id, p]) => ({
          id,
          name: p.name,
          description: p.description ?? null,
          goals: list(p.goals).map(goalName),
          audiences: list(p.audiences).map(audienceName),
          channels: list(p.channels).map(channelName),
          formats: list(p.formats).map((f) => l.value('format', f)),
        })),
        cadence: list(content.cadence).map((c) => ({
          channel: channelName(c.channel),
          // A line without a pillar takes the pillars of its channel in turn.
          pillar: c.pillar ? (own(content.pillars, c.pillar)?.name ?? c.pillar) : inTurn(c.channel),
          perWeek: num(c.per_week)!,
          // Without days or a time of its own, a line posts in its channel's slots.
          days: (list(c.days).length > 0 ? list(c.days) : c.time ? [] : channelSlots(strategy, c.channel).days).map((d) =>
            l.value('weekday', d),
          ),
          time: c.time ?? (list(c.days).length > 0 ? null : channelSlots(strategy, c.channel).times.join(', ')),
          format: c.format ? l.value('format', c.format) : null,
          minutes: num(c.minutes_per_post ?? DEFAULT_MINUTES_PER_POST)!,
          owner: c.owner ? memberName(c.owner) : null,
        })),
        hoursText:
          derived.cadenceHours > 0 && derived.teamHours > 0
            ? l.label('content.hours-total', {
                hours: formatNumber(derived.cadenceHours, language),
                available: formatNumber(derived.teamHours, language),
                share: `${Math.round((derived.capacityUsed ?? 0) * 100)}%`,
              })
            : null,
      }
    : null;

  const team = strategy.team
    ? {
        owner: strategy.team.owner ? memberName(strategy.team.owner) : null,
        members: map(strategy.team.members).map(([id, m]) => ({
          id,
          name: m.name,
          role: m.role ?? null,
          hours: num(m.hours_per_week),
          cadenceHours: num(derived.hoursPerMember[id] ?? 0),
        })),
        tasks: (['content_management', 'webcare', 'administration'] as const).map((task) => ({
          task: l.label(`task.${task}`),
          who: list(strategy.team?.tasks?.[task]).map(memberName),
        })),
        contributors: list(strategy.team.contributors).map((c) => ({ name: c.name, delivers: c.delivers ?? null })),
        sponsor: strategy.team.sponsor ?? null,
        training: strategy.team.training ?? null,
      }
    : null;

  const w = strategy.webcare;
  const webcare = w
    ? {
        owner: w.owner ? memberName(w.owner) : null,
        responseTime: w.response_time_hours === undefined ? null : `${num(w.response_time_hours)} ${l.label('webcare.hours-unit')}`,
        staffed: w.hours ?? null,
        workflow: (['detect', 'respond', 'approve', 'publish'] as const)
          .filter((step) => w.workflow?.[step])
          .map((step) => ({
            step: l.label(`step.${step}`),
            by: list(w.workflow?.[step]?.by).map(memberName),
            within: num(w.workflow?.[step]?.within_hours),
          })),
        routing: list(w.routing).map((r) => ({ topic: r.topic, to: r.to })),
        priority: w.priority ?? null,
        experts: w.experts ?? null,
        authorities: w.authorities ?? null,
        escalation: w.escalation ?? null,
        coverage: w.coverage ?? null,
        autoReply: w.auto_reply ?? null,
      }
    : null;

  const crisis =
    strategy.crisis || strategy.guidelines
      ? {
          plan: strategy.crisis?.plan ?? null,
          spokesperson: strategy.crisis?.spokesperson ?? null,
          contacts: list(strategy.crisis?.contacts),
          firstSteps: list(strategy.crisis?.first_steps),
          hackedAccount: strategy.crisis?.hacked_account ?? null,
          protocol: strategy.guidelines?.protocol ?? null,
          parents: strategy.guidelines?.parents ?? null,
          styleGuide: strategy.guidelines?.style_guide ?? null,
        }
      : null;

  const privacy = strategy.privacy
    ? {
        policy: strategy.privacy.policy ?? null,
        consent: strategy.privacy.consent ?? null,
        consentPer:
          list(strategy.privacy.consent_per).length > 0
            ? l.label('privacy.consent-per-text', {
                what: say.list(list(strategy.privacy.consent_per).map((per) => l.label(`privacy.per-${per}`))),
              })
            : null,
        register: strategy.privacy.register ?? null,
        withdrawal: strategy.privacy.withdrawal ?? null,
        reconsent:
          strategy.privacy.reconsent_at_16 === true
            ? l.label('privacy.reconsent', {
                pupils: l.label(
                  strategy.organisation?.sector === 'po' || strategy.organisation?.sector === 'vo' ? 'privacy.pupils' : 'privacy.students',
                ),
              })
            : null,
        measures: list(strategy.privacy.measures),
      }
    : null;

  const benchmark = list(strategy.benchmark).map((e) => ({
    organisation: e.organisation,
    url: e.url ?? null,
    strengths: list(e.strengths),
    avoid: list(e.avoid),
  }));

  const c = strategy.control;
  const control = c
    ? {
        kpis: map(c.kpis).map(([id, k]) => ({
          id,
          name: k.metric ?? goalName(k.goal),
          goal: goalName(k.goal),
          metric: k.metric ?? null,
          source: k.source ?? null,
          frequency: k.frequency ? l.value('frequency', k.frequency) : null,
        })),
        // Built so that a missing part drops its clause, not half a sentence.
        reporting:
          c.reporting?.cadence && c.reporting.audience
            ? l.label('control.reporting-text', { cadence: l.value('frequency', c.reporting.cadence), audience: c.reporting.audience })
            : c.reporting?.cadence
              ? l.label('control.reporting-cadence', { cadence: l.value('frequency', c.reporting.cadence) })
              : c.reporting?.audience
                ? l.label('control.reporting-audience', { audience: c.reporting.audience })
                : null,
        tools: list(c.tools),
      }
    : null;

  const communities = list(strategy.communities).map((community) => ({
    name: community.name,
    platform: community.platform ? platformName(community.platform, language) : null,
    members: num(community.members),
    active: community.active_share === undefined ? null : `${Math.round(community.active_share * 100)}%`,
    owner: community.owner ? memberName(community.owner) : null,
  }));

  const costs = strategy.costs
    ? {
        summary: strategy.costs.summary ?? null,
        items: list(strategy.costs.items).map((i) => ({
          description: i.description,
          amount:
            i.amount_eur === undefined ? null : `€ ${formatNumber(i.amount_eur, language)}${i.per ? ` ${l.value('per', i.per)}` : ''}`,
        })),
        benefits: list(strategy.costs.benefits),
      }
    : null;

  const r = strategy.reflection;
  const reflection = r && (r.rose || r.thorn || r.bud) ? { rose: r.rose ?? null, thorn: r.thorn ?? null, bud: r.bud ?? null } : null;

  // The first page: what a board reads in a minute.
  const d = strategy.document;
  // "Vastgesteld door het college op 8 juli 2026, versie 1.0", or "Concept, versie 0.3".
  const adoption =
    d?.adopted_by && d.adopted_on
      ? l.label('summary.adopted', { by: d.adopted_by, on: say.date(d.adopted_on) })
      : d?.adopted_by
        ? l.label('summary.adopted-by', { by: d.adopted_by })
        : null;
  const status = d
    ? [
        d.status === 'adopted' && adoption ? adoption : l.label(`document.status.${d.status ?? 'draft'}`),
        d.version ? l.label('summary.version', { version: d.version }) : null,
        d.status !== 'adopted' ? adoption : null,
      ]
        .filter(Boolean)
        .join(', ')
    : null;
  const perYear = list(strategy.costs?.items).reduce(
    (sum, item) => sum + (item.per === 'month' ? (item.amount_eur ?? 0) * 12 : item.per === 'year' ? (item.amount_eur ?? 0) : 0),
    0,
  );
  const once = list(strategy.costs?.items).reduce((sum, item) => sum + (item.per === 'once' || !item.per ? (item.amount_eur ?? 0) : 0), 0);
  const costsText = [
    perYear > 0 ? l.label('summary.costs-text', { year: formatNumber(perYear, language) }) : null,
    once > 0 ? l.label('summary.costs-once', { once: formatNumber(once, language) }) : null,
  ]
    .filter(Boolean)
    .join(', ');
  const summary = {
    shown: false,
    status: status ? `${status.charAt(0).toUpperCase()}${status.slice(1)}` : null,
    authors: list(d?.authors),
    goals: goals.map((g) => ({
      name: g.name,
      target: g.targetText,
      deadline: g.deadline,
      course: g.courseShort,
    })),
    channels: channels.map((c) => c.platform).filter((name, i, all) => all.indexOf(name) === i),
    team:
      derived.teamHours > 0
        ? derived.cadenceHours > 0
          ? l.label('summary.team-text', {
              hours: say.count(Math.round(derived.teamHours * 10) / 10, 'hour'),
              cadence: say.count(Math.round(derived.cadenceHours * 10) / 10, 'hour'),
              share: say.percent(Math.round((derived.capacityUsed ?? 0) * 100)),
            })
          : l.label('summary.team-hours', { hours: say.count(derived.teamHours, 'hour') })
        : null,
    costs: costsText || null,
  };
  summary.shown = Boolean(
    strategy.period ||
      summary.status ||
      summary.authors.length > 0 ||
      summary.goals.length > 0 ||
      summary.channels.length > 0 ||
      summary.team ||
      summary.costs,
  );

  // The calendar in the document: key dates, periods without posts, and where the calendar is.
  const settings = holidaySettings(strategy);
  const calendarChannel = channelNamer(strategy, language);
  const agenda = {
    keyDates: list(strategy.calendar?.key_dates)
      .map((k) => ({ iso: k.date, date: cellDate(k.date)!, title: k.title, channels: list(k.channels).map(calendarChannel) }))
      .sort((a, b2) => (a.iso < b2.iso ? -1 : a.iso > b2.iso ? 1 : 0)),
    blackouts: list(strategy.calendar?.blackout).map((b2) => ({
      period: `${cellDate(b2.from)} – ${cellDate(b2.to)}`,
      reason: b2.reason ?? null,
    })),
    holidays:
      settings.public === 'skip'
        ? l.label('agenda.holidays', {
            region:
              settings.region && settings.school === 'skip'
                ? l.label('agenda.region', { region: VOCABULARY[language].region[settings.region] })
                : '',
          })
        : null,
  };
  const hasAgenda = agenda.keyDates.length > 0 || agenda.blackouts.length > 0 || list(strategy.content?.cadence).length > 0;

  // A section shows when it has something to say: a block written as `crisis: {}` has not.
  const filled = (value: unknown): boolean =>
    value === null || value === undefined || value === false
      ? false
      : Array.isArray(value)
        ? value.some(filled)
        : typeof value === 'object'
          ? Object.values(value).some(filled)
          : value !== '';
  const present: Record<string, boolean> = {
    summary: summary.shown,
    organisation: true,
    baseline: filled(baseline),
    goals: goals.length > 0,
    audiences: audiences.length > 0,
    channels: channels.length > 0,
    content: filled(contentView && [contentView.principles, contentView.pillars, contentView.cadence]),
    team: filled(team && [team.owner, team.members, team.contributors, team.tasks.map((task) => task.who)]),
    webcare: filled(webcare),
    crisis: filled(crisis),
    privacy: filled(privacy),
    benchmark: benchmark.length > 0,
    control: filled(control && [control.kpis, control.reporting, control.tools]) || goals.length > 0,
    agenda: hasAgenda,
    communities: communities.length > 0,
    costs: filled(costs),
    reflection: reflection !== null,
  };
  // The blocks of the method that are not yet written: named under the contents, not silently
  // left out. Communities, costs and the reflection are optional in the method.
  const optional = new Set(['summary', 'agenda', 'communities', 'costs', 'reflection']);
  const missing = Object.entries(present)
    .filter(([key, shown]) => !shown && !optional.has(key))
    .map(([key]) => l.label(`${key}.title` as LabelKey));
  // The summary comes before the table of contents; the contents list what follows.
  const sections: Section[] = Object.entries(present)
    .filter(([key, shown]) => shown && key !== 'summary')
    .map(([key]) => {
      const title = l.label(`${key}.title` as LabelKey);
      return { key, title, anchor: anchor(title) };
    });

  return {
    language,
    // What the charts become: Mermaid in a fence (GitHub, GitLab), in Azure DevOps' `::: mermaid`,
    // a table (plain Markdown), or an SVG drawn by the HTML writer.
    flavour: {
      mermaid: flavour === 'github' || flavour === 'gitlab',
      azure: flavour === 'azure-devops',
      table: flavour === 'plain',
      html: flavour === 'html',
    },
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
      : l
          .label('calendar.holidays-source', { region: region && school !== 'ignore' ? `(${VOCABULARY[language].region[region]})` : '' })
          .replace(/ {2,}/g, ' '),
    months,
  };
}

export type CalendarView = ReturnType<typeof calendarView>;
