// The changes between two versions of a strategy that the method has words for, one part of
// the strategy at a time: each says what changed and whether it weakens the strategy.
import type { Strategy } from '../../model/strategy.js';
import { goalDisplayName, targetOf } from '../measures/goal.js';
import { entries } from '../../util/objects.js';
import type { Change, Subject } from './changes.js';
import { keyed } from './paths.js';
import type { Path } from './paths.js';

export type Push = (change: Omit<Change, 'paths'> & { paths?: Path[] }) => void;

type Entries<T> = [string, T][];

/** Safeguards whose removal weakens the strategy. */
const GUARDED: Record<'privacy' | 'crisis' | 'guidelines', readonly string[]> = {
  privacy: ['policy', 'consent', 'consent_per', 'register', 'withdrawal', 'reconsent_at_16'],
  crisis: ['plan', 'spokesperson', 'first_steps', 'hacked_account'],
  guidelines: ['protocol', 'parents'],
};

const SEVERITY_RANK: Record<string, number> = { off: 0, info: 1, warning: 2, error: 3 };

export const shown = (value: unknown): string | number | null =>
  value === undefined || value === null
    ? null
    : typeof value === 'number' || typeof value === 'string'
      ? value
      : Array.isArray(value)
        ? value.join(', ')
        : JSON.stringify(value);

/** The period: its first or last day moved. */
export function periodChanges(before: Strategy, after: Strategy, push: Push): void {
  if (before.period?.start !== after.period?.start || before.period?.end !== after.period?.end) {
    push({
      subject: 'period',
      id: '',
      name: '',
      kind: 'period',
      before: before.period ? `${before.period.start} – ${before.period.end}` : null,
      after: after.period ? `${after.period.start} – ${after.period.end}` : null,
      weakening: false,
    });
  }
}

/** Goals: added, removed, a target lowered (or raised for a goal that goes down), a later deadline. */
export function goalChanges(before: Strategy, after: Strategy, push: Push): void {
  const oldGoals = new Map(entries(before.goals));
  const newGoals = new Map(entries(after.goals));
  for (const [id, goal] of newGoals) {
    const old = oldGoals.get(id);
    const name = goalDisplayName(goal);
    if (!old) {
      push({ subject: 'goal', id, name, kind: 'added', weakening: false });
      continue;
    }
    const was = targetOf(old);
    const is = targetOf(goal);
    if (was !== is) {
      const down = goal.direction === 'decrease' || (goal.baseline !== undefined && is !== undefined && is < goal.baseline);
      const lowered = was !== undefined && is !== undefined && (down ? is > was : is < was);
      push({ subject: 'goal', id, name, kind: 'target', before: was ?? null, after: is ?? null, weakening: lowered || is === undefined });
    }
    if (old.deadline !== goal.deadline) {
      push({
        subject: 'goal',
        id,
        name,
        kind: 'deadline',
        before: old.deadline ?? null,
        after: goal.deadline ?? null,
        weakening: goal.deadline === undefined || (old.deadline !== undefined && goal.deadline > old.deadline),
      });
    }
    if (old.baseline !== goal.baseline)
      push({
        subject: 'goal',
        id,
        name,
        kind: 'baseline',
        before: old.baseline ?? null,
        after: goal.baseline ?? null,
        weakening: goal.baseline === undefined,
      });
  }
  for (const [id, goal] of oldGoals)
    if (!newGoals.has(id)) push({ subject: 'goal', id, name: goalDisplayName(goal), kind: 'removed', weakening: true });
}

/** Channels: added, removed (and what still refers to it), fewer administrators. */
export function channelChanges(before: Strategy, after: Strategy, push: Push): void {
  const oldChannels = new Map(entries(before.channels));
  const newChannels = new Map(entries(after.channels));
  // A channel is named by its id here; describeChange names its platform in the reader's language.
  const channelName = (id: string): string => id;
  for (const [id, channel] of newChannels) {
    const old = oldChannels.get(id);
    if (!old) {
      push({ subject: 'channel', id, name: channelName(id), platform: channel.platform, kind: 'added', weakening: false });
      continue;
    }
    // Administrators by name: a swap is a change too, and the reader sees who left.
    const was = (old.admins ?? []).filter((admin): admin is string => typeof admin === 'string');
    const is = (channel.admins ?? []).filter((admin): admin is string => typeof admin === 'string');
    if (JSON.stringify([...was].sort()) !== JSON.stringify([...is].sort())) {
      const names = (ids: readonly string[], s: Strategy): string | null =>
        ids.length === 0 ? null : ids.map((admin) => s.team?.members?.[admin]?.name ?? admin).join(', ');
      push({
        subject: 'channel',
        id,
        name: channelName(id),
        platform: channel.platform,
        kind: 'admins',
        before: names(was, before),
        after: names(is, after),
        weakening: is.length < was.length,
      });
    }
  }
  for (const [id, channel] of oldChannels) {
    if (newChannels.has(id)) continue;
    const references =
      (after.calendar?.items ?? []).filter((item) => item?.channel === id).length +
      (after.content?.cadence ?? []).filter((entry) => entry?.channel === id).length +
      (after.calendar?.key_dates ?? []).filter((date) => date?.channels?.includes(id)).length;
    push({
      subject: 'channel',
      id,
      name: channelName(id),
      platform: channel.platform,
      kind: 'removed',
      weakening: false,
      ...(references > 0 ? { references } : {}),
    });
  }
}

/** Audiences, pillars, KPIs and key dates: added and removed. */
export function namedChanges(before: Strategy, after: Strategy, push: Push): void {
  const named = <T>(
    subject: Subject,
    was: Entries<T>,
    is: Entries<T>,
    nameOf: (id: string, value: T) => string,
    removalWeakens = false,
  ): void => {
    const old = new Map(was);
    const now = new Map(is);
    for (const [id, value] of now) if (!old.has(id)) push({ subject, id, name: nameOf(id, value), kind: 'added', weakening: false });
    for (const [id, value] of old)
      if (!now.has(id)) push({ subject, id, name: nameOf(id, value), kind: 'removed', weakening: removalWeakens });
  };
  named('audience', entries(before.audiences), entries(after.audiences), (id, a) => a.name ?? id);
  named('pillar', entries(before.content?.pillars), entries(after.content?.pillars), (id, p) => p.name ?? id);
  named('kpi', entries(before.control?.kpis), entries(after.control?.kpis), (id, k) => k.metric ?? id, true);
  const keyDates = (s: Strategy): Entries<{ title: string; date: string }> =>
    (s.calendar?.key_dates ?? []).filter((k): k is NonNullable<typeof k> => Boolean(k)).map((k) => [k.id ?? `${k.date} ${k.title}`, k]);
  named('key-date', keyDates(before), keyDates(after), (_, k) => `${k.title} (${k.date})`);
}

/** The team: members added and removed, hours changed. */
export function teamChanges(before: Strategy, after: Strategy, push: Push): void {
  const oldMembers = new Map(entries(before.team?.members));
  const newMembers = new Map(entries(after.team?.members));
  for (const [id, member] of newMembers) {
    const old = oldMembers.get(id);
    if (!old) push({ subject: 'member', id, name: member.name, kind: 'added', weakening: false });
    else if ((old.hours_per_week ?? 0) !== (member.hours_per_week ?? 0)) {
      push({
        subject: 'member',
        id,
        name: member.name,
        kind: 'hours',
        before: old.hours_per_week ?? 0,
        after: member.hours_per_week ?? 0,
        weakening: (member.hours_per_week ?? 0) < (old.hours_per_week ?? 0),
      });
    }
  }
  for (const [id, member] of oldMembers)
    if (!newMembers.has(id)) push({ subject: 'member', id, name: member.name, kind: 'removed', weakening: false });
  if (before.team?.owner !== after.team?.owner)
    push({
      subject: 'team',
      id: '',
      name: '',
      kind: 'field-changed',
      field: 'owner',
      before: before.team?.owner ?? null,
      after: after.team?.owner ?? null,
      weakening: !after.team?.owner,
    });
}

/** The cadence: posts per week per channel. */
export function cadenceChanges(before: Strategy, after: Strategy, push: Push): void {
  const perWeek = (s: Strategy): Map<string, number> => {
    const totals = new Map<string, number>();
    for (const entry of s.content?.cadence ?? []) if (entry) totals.set(entry.channel, (totals.get(entry.channel) ?? 0) + entry.per_week);
    return totals;
  };
  const oldChannels = new Map(entries(before.channels));
  const newChannels = new Map(entries(after.channels));
  const oldCadence = perWeek(before);
  const newCadence = perWeek(after);
  for (const id of new Set([...oldCadence.keys(), ...newCadence.keys()])) {
    const was = oldCadence.get(id) ?? 0;
    const is = newCadence.get(id) ?? 0;
    if (was !== is && newChannels.has(id) && oldChannels.has(id))
      push({
        subject: 'channel',
        id,
        // A channel is named by its id here; describeChange names its platform in the reader's language.
        name: id,
        platform: newChannels.get(id)?.platform ?? id,
        kind: 'cadence',
        before: was,
        after: is,
        weakening: false,
      });
  }
}

/** Webcare: a slower promise weakens it. */
export function webcareChanges(before: Strategy, after: Strategy, push: Push): void {
  const wasHours = before.webcare?.response_time_hours;
  const isHours = after.webcare?.response_time_hours;
  if (wasHours !== isHours)
    push({
      subject: 'webcare',
      id: '',
      name: '',
      kind: 'response-time',
      before: wasHours ?? null,
      after: isHours ?? null,
      weakening: isHours === undefined || (wasHours !== undefined && isHours > wasHours),
    });
}

/** Safeguards: a consent, crisis or protocol field dropped weakens the strategy. */
export function safeguardChanges(before: Strategy, after: Strategy, push: Push): void {
  for (const block of ['privacy', 'crisis', 'guidelines'] as const) {
    const was = (before[block] ?? {}) as Record<string, unknown>;
    const is = (after[block] ?? {}) as Record<string, unknown>;
    for (const field of GUARDED[block]) {
      const had = was[field] !== undefined && was[field] !== '' && was[field] !== false;
      const has = is[field] !== undefined && is[field] !== '' && is[field] !== false;
      if (had && !has) push({ subject: block, id: '', name: '', kind: 'field-removed', field, before: shown(was[field]), weakening: true });
      else if (!had && has)
        push({ subject: block, id: '', name: '', kind: 'field-added', field, after: shown(is[field]), weakening: false });
      // A list changed (first steps, consent per …) is said item by item below.
      else if (
        had &&
        has &&
        !(Array.isArray(was[field]) && Array.isArray(is[field])) &&
        JSON.stringify(was[field]) !== JSON.stringify(is[field])
      )
        push({
          subject: block,
          id: '',
          name: '',
          kind: 'field-changed',
          field,
          before: shown(was[field]),
          after: shown(is[field]),
          weakening: false,
        });
    }
  }
}

/** The checks: a rule set lower is a rule the strategy is no longer held to as strictly. */
export function checkChanges(before: Strategy, after: Strategy, push: Push): void {
  const setting = (value: unknown): string | undefined =>
    typeof value === 'string'
      ? value
      : value && typeof value === 'object'
        ? ((value as { severity?: string }).severity ?? undefined)
        : undefined;
  for (const id of new Set([...Object.keys(before.checks ?? {}), ...Object.keys(after.checks ?? {})])) {
    const was = setting(before.checks?.[id]);
    const is = setting(after.checks?.[id]);
    if (was === is) continue;
    push({
      subject: 'rule',
      id,
      name: id,
      kind: 'rule-severity',
      before: was ?? null,
      after: is ?? null,
      weakening: (SEVERITY_RANK[is ?? 'warning'] ?? 2) < (SEVERITY_RANK[was ?? 'warning'] ?? 2),
    });
  }
}

/** Measurements: one kept, changed or taken away is its own kind of change. */
export function measurementChanges(before: Strategy, after: Strategy, push: Push): void {
  // Keyed as the document's paths are: a measurement entered twice is "<kpi> <date> #2".
  const measurements = (s: Strategy): Map<string, { kpi: string; date: string; value: number }> =>
    keyed(
      ['control', 'measurements'],
      (s.control?.measurements ?? []).filter((m): m is NonNullable<typeof m> => Boolean(m)),
    ) as Map<string, { kpi: string; date: string; value: number }>;
  const oldMeasurements = measurements(before);
  const newMeasurements = measurements(after);
  const kpiName = (id: string): string => after.control?.kpis?.[id]?.metric ?? before.control?.kpis?.[id]?.metric ?? id;
  for (const [key, m] of newMeasurements) {
    const old = oldMeasurements.get(key);
    const paths = [['control', 'measurements', key]];
    if (!old)
      push({
        subject: 'measurement',
        id: m.kpi,
        name: kpiName(m.kpi),
        field: m.date,
        kind: 'measurement-added',
        after: m.value,
        weakening: false,
        paths,
      });
    else if (!Object.is(old.value, m.value) || JSON.stringify(old) !== JSON.stringify(m)) {
      push({
        subject: 'measurement',
        id: m.kpi,
        name: kpiName(m.kpi),
        field: m.date,
        kind: 'measurement-changed',
        before: old.value,
        after: m.value,
        weakening: false,
        rewrite: true,
        paths,
      });
    }
  }
  for (const [key, m] of oldMeasurements) {
    if (!newMeasurements.has(key))
      push({
        subject: 'measurement',
        id: m.kpi,
        name: kpiName(m.kpi),
        field: m.date,
        kind: 'measurement-removed',
        before: m.value,
        weakening: false,
        rewrite: true,
        paths: [['control', 'measurements', key]],
      });
  }
}
