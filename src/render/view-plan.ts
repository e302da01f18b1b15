// The document's view of what the strategy plans and how it is held to account: the content,
// the benchmark, control, communities, costs, the reflection, the first page and the agenda.
import { DEFAULT_MINUTES_PER_POST } from '../model/figures.js';
import { VOCABULARY } from '../i18n/vocabulary.js';
import { formatNumber } from '../i18n/words.js';
import { own } from '../util/own.js';
import { channelSlots } from '../core/calendar-input.js';
import { holidaySettings } from '../core/holidays.js';
import { channelNamer } from './calendar-text.js';
import type { goalView } from './goal-view.js';

type GoalView = ReturnType<typeof goalView>;
import { platformName } from './labels.js';
import type { ViewTools } from './view-tools.js';

export function contentViewOf(v: ViewTools) {
  const { strategy, language, l, say, memberName, audienceName, goalName, channelName, num, list, map, derived } = v;
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
  return content
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
        // More days or times than posts a week: the calendar takes them in turn, which the table alone does not say.
        rotates: list(content.cadence).some((c) => {
          const slots = list(c.days).length > 0 || c.time ? undefined : channelSlots(strategy, c.channel);
          const days = list(c.days).length > 0 ? list(c.days).length : (slots?.days.length ?? 0);
          const times = c.time ? 1 : (slots?.times.length ?? 0);
          return days > Math.ceil(c.per_week) || times > 1;
        }),
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
}

export function benchmarkView(v: ViewTools) {
  const { strategy, list } = v;
  return list(strategy.benchmark).map((e) => ({
    organisation: e.organisation,
    url: e.url ?? null,
    strengths: list(e.strengths),
    avoid: list(e.avoid),
  }));
}

export function controlView(v: ViewTools) {
  const { strategy, l, goalName, list, map } = v;
  const c = strategy.control;
  return c
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
}

export function communitiesView(v: ViewTools) {
  const { strategy, language, memberName, num, list } = v;
  return list(strategy.communities).map((community) => ({
    name: community.name,
    platform: community.platform ? platformName(community.platform, language) : null,
    members: num(community.members),
    active: community.active_share === undefined ? null : `${Math.round(community.active_share * 100)}%`,
    owner: community.owner ? memberName(community.owner) : null,
  }));
}

export function costsView(v: ViewTools) {
  const { strategy, language, l, list } = v;
  return strategy.costs
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
}

export function reflectionView(v: ViewTools) {
  const { strategy } = v;
  const r = strategy.reflection;
  return r && (r.rose || r.thorn || r.bud) ? { rose: r.rose ?? null, thorn: r.thorn ?? null, bud: r.bud ?? null } : null;
}

/** The first page: what a board reads in a minute. */
export function summaryView(v: ViewTools, goals: readonly GoalView[], channels: readonly { platform: string }[]) {
  const { strategy, language, l, say, list, derived } = v;
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
  return summary;
}

/** The calendar in the document: key dates, periods without posts, and where the calendar is. */
export function agendaView(v: ViewTools) {
  const { strategy, language, l, cellDate, list } = v;
  const settings = holidaySettings(strategy);
  const calendarChannel = channelNamer(strategy, language);
  return {
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
}
