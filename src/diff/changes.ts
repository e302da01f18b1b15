// What changed between two versions of a strategy, as a board reads it: per goal, channel,
// audience, member and safeguard, with the changes that weaken the strategy (a lower target,
// a later deadline, fewer administrators, a dropped consent or crisis field) marked as such.
import type { Strategy } from '../model/strategy.js';
import { goalDisplayName, targetOf } from '../core/measures/goal.js';
import { entries } from '../rules/util.js';
import { keyed, pathChanges, valueAt, within } from './paths.js';
import { FIELD_NAMES } from './field-names.js';
import type { Path } from './paths.js';

export type ChangeKind =
  | 'added'
  | 'removed'
  | 'target'
  | 'deadline'
  | 'baseline'
  | 'admins'
  | 'cadence'
  | 'hours'
  | 'response-time'
  | 'field-removed'
  | 'field-added'
  | 'field-changed'
  | 'rule-severity'
  | 'period'
  | 'measurement-changed'
  | 'measurement-removed'
  | 'measurement-added'
  | 'value-changed'
  | 'value-added'
  | 'value-removed';

export type Subject =
  | 'goal'
  | 'channel'
  | 'audience'
  | 'member'
  | 'pillar'
  | 'kpi'
  | 'key-date'
  | 'webcare'
  | 'privacy'
  | 'crisis'
  | 'guidelines'
  | 'rule'
  | 'period'
  | 'team'
  | 'measurement'
  | 'item'
  | 'section';

export interface Change {
  subject: Subject;
  /** The id in the strategy; empty for a block such as privacy. */
  id: string;
  /** The name a reader knows it by. */
  name: string;
  kind: ChangeKind;
  /** The field, for field changes (consent, spokesperson). */
  field?: string;
  before?: string | number | null;
  after?: string | number | null;
  /** A change that makes the strategy less ambitious or less safe. */
  weakening: boolean;
  /** For a removed channel: calendar items that still name it. */
  references?: number;
  /** A channel's platform, for its name in the reader's language. */
  platform?: string;
  /** The places in the document this change stands for. */
  paths: Path[];
  /** For a change to any other field: the keys from the goal, channel, member (…) or section on. */
  fieldPath?: string[];
  /** A measurement already recorded that was changed or removed: what a reviewer most needs to see. */
  rewrite?: boolean;
}

type Entries<T> = [string, T][];

/** Safeguards whose removal weakens the strategy. */
const GUARDED: Record<'privacy' | 'crisis' | 'guidelines', readonly string[]> = {
  privacy: ['policy', 'consent', 'consent_per', 'register', 'withdrawal', 'reconsent_at_16'],
  crisis: ['plan', 'spokesperson', 'first_steps', 'hacked_account'],
  guidelines: ['protocol', 'parents'],
};

const SEVERITY_RANK: Record<string, number> = { off: 0, info: 1, warning: 2, error: 3 };

const shown = (value: unknown): string | number | null =>
  value === undefined || value === null
    ? null
    : typeof value === 'number' || typeof value === 'string'
      ? value
      : Array.isArray(value)
        ? value.join(', ')
        : JSON.stringify(value);

export function changesBetween(before: Strategy, after: Strategy): Change[] {
  const changes: Change[] = [];
  const push = (change: Omit<Change, 'paths'> & { paths?: Path[] }): void => {
    changes.push({ ...change, paths: change.paths ?? coverage(change, before, after) });
  };

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

  // Goals: added, removed, a target lowered (or raised for a goal that goes down), a later deadline.
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

  // Channels: added, removed (and what still refers to it), fewer administrators.
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

  // Audiences, pillars, KPIs and key dates: added and removed.
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

  // The team: members added and removed, hours changed.
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

  // The cadence: posts per week per channel.
  const perWeek = (s: Strategy): Map<string, number> => {
    const totals = new Map<string, number>();
    for (const entry of s.content?.cadence ?? []) if (entry) totals.set(entry.channel, (totals.get(entry.channel) ?? 0) + entry.per_week);
    return totals;
  };
  const oldCadence = perWeek(before);
  const newCadence = perWeek(after);
  for (const id of new Set([...oldCadence.keys(), ...newCadence.keys()])) {
    const was = oldCadence.get(id) ?? 0;
    const is = newCadence.get(id) ?? 0;
    if (was !== is && newChannels.has(id) && oldChannels.has(id))
      push({
        subject: 'channel',
        id,
        name: channelName(id),
        platform: newChannels.get(id)?.platform ?? id,
        kind: 'cadence',
        before: was,
        after: is,
        weakening: false,
      });
  }

  // Webcare: a slower promise weakens it.
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

  // Safeguards: a consent, crisis or protocol field dropped weakens the strategy.
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

  // The checks: a rule set lower is a rule the strategy is no longer held to as strictly.
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

  // Measurements: one kept, changed or taken away is its own kind of change.
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

  // Everything else that differs, field by field: the count is the count of all changes.
  const covered = changes.flatMap((change) => change.paths);
  for (const change of otherChanges(before, after, covered)) changes.push(change);

  // Rewritten measurements first, then weakening changes; otherwise in the order found (the method's order).
  return [
    ...changes.filter((change) => change.rewrite),
    ...changes.filter((change) => !change.rewrite && change.weakening),
    ...changes.filter((change) => !change.rewrite && !change.weakening),
  ];
}

/** The places a change of the method's own kinds stands for. */
function coverage(change: Omit<Change, 'paths'>, before: Strategy, after: Strategy): Path[] {
  const { subject, id, kind, field } = change;
  switch (subject) {
    case 'period':
      return [['period']];
    case 'goal':
      if (kind === 'added' || kind === 'removed') return [['goals', id]];
      if (kind === 'target')
        return [
          ['goals', id, 'target'],
          ['goals', id, 'target_change'],
        ];
      return [['goals', id, kind]];
    case 'channel':
      if (kind === 'added' || kind === 'removed') return [['channels', id]];
      if (kind === 'admins') return [['channels', id, 'admins']];
      // The cadence of a channel: every line of it.
      return [
        ...new Set(
          [...(before.content?.cadence ?? []), ...(after.content?.cadence ?? [])]
            .filter((entry) => entry?.channel === id)
            .map((entry) => `${id} ${entry?.pillar ?? ''}`.trim()),
        ),
      ].map((key) => ['content', 'cadence', key, 'per_week']);
    case 'audience':
      return [['audiences', id]];
    case 'pillar':
      return [['content', 'pillars', id]];
    case 'kpi':
      return [['control', 'kpis', id]];
    case 'key-date':
      return [['calendar', 'key_dates', id]];
    case 'member':
      return kind === 'hours' ? [['team', 'members', id, 'hours_per_week']] : [['team', 'members', id]];
    case 'team':
      return [['team', field ?? 'owner']];
    case 'webcare':
      return [['webcare', 'response_time_hours']];
    case 'privacy':
    case 'crisis':
    case 'guidelines':
      return field ? [[subject, field]] : [[subject]];
    case 'rule': {
      // A rule's level inside a setting with options: the options are changes of their own.
      const isObject = (value: unknown): boolean => value !== null && typeof value === 'object';
      return isObject(before.checks?.[id]) && isObject(after.checks?.[id]) ? [['checks', id, 'severity']] : [['checks', id]];
    }
    default:
      return [];
  }
}

/** Records of the strategy whose entries a reader knows by name: the subject, and how the name is found. */
const RECORDS: readonly { at: Path; subject: Subject; name: (entry: Record<string, unknown>, id: string) => string }[] = [
  { at: ['goals'], subject: 'goal', name: (goal, id) => (typeof goal.statement === 'string' ? goalDisplayName(goal as never) : id) },
  { at: ['channels'], subject: 'channel', name: (_, id) => id },
  { at: ['audiences'], subject: 'audience', name: (a, id) => (typeof a.name === 'string' ? a.name : id) },
  { at: ['team', 'members'], subject: 'member', name: (m, id) => (typeof m.name === 'string' ? m.name : id) },
  { at: ['content', 'pillars'], subject: 'pillar', name: (p, id) => (typeof p.name === 'string' ? p.name : id) },
  { at: ['control', 'kpis'], subject: 'kpi', name: (k, id) => (typeof k.metric === 'string' ? k.metric : id) },
  {
    at: ['calendar', 'items'],
    subject: 'item',
    name: (item, id) => (typeof item.title === 'string' ? `${item.title}${typeof item.date === 'string' ? ` (${item.date})` : ''}` : id),
  },
  {
    at: ['calendar', 'key_dates'],
    subject: 'key-date',
    name: (k, id) => (typeof k.title === 'string' ? `${k.title}${typeof k.date === 'string' ? ` (${k.date})` : ''}` : id),
  },
];

/** Fields whose values name team members: shown by the member's name. */
const PERSON_FIELDS = new Set([
  'owner',
  'admins',
  'by',
  'sponsor',
  'contributors',
  'approved_by',
  'to',
  'one_person',
  'authors',
  'adopted_by',
  'owners',
]);

/** Every difference between two versions that no change of the method's own kinds stands for, one per place. */
export function otherChanges(before: unknown, after: unknown, covered: readonly Path[] = []): Change[] {
  const data = (value: unknown): Record<string, unknown> =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const members = (s: unknown): Record<string, unknown> => data(data(data(s).team).members);
  const person = (id: unknown): unknown => {
    const member = data(members(after)[String(id)] ?? members(before)[String(id)]);
    return typeof id === 'string' && typeof member.name === 'string' ? member.name : id;
  };
  const shownValue = (value: unknown, field: string | undefined): string | number | null => {
    if (value === undefined || value === null) return null;
    const named = field && PERSON_FIELDS.has(field) ? (Array.isArray(value) ? value.map(person) : person(value)) : value;
    return shown(named);
  };
  const changes: Change[] = [];
  for (const change of pathChanges(before, after)) {
    const path = change.path;
    if (path.length === 0 || covered.some((prefix) => within(path, prefix))) continue;
    const record = RECORDS.find(({ at }) => path.length > at.length && within(path, at));
    const subject: Subject = record?.subject ?? 'section';
    const id = record ? path[record.at.length]! : '';
    const rest = record ? path.slice(record.at.length + 1) : [...path];
    const entry = record ? data(valueAt(after, path.slice(0, record.at.length + 1))) : {};
    const old = record ? data(valueAt(before, path.slice(0, record.at.length + 1))) : {};
    const name = record ? record.name(Object.keys(entry).length > 0 ? entry : old, id) : '';
    const platform = subject === 'channel' ? (entry.platform ?? old.platform) : undefined;
    // A value in a list of values (an administrator, an audience) is named by itself.
    const inList = change.listValue === true;
    const fieldPath = inList ? rest.slice(0, -1) : rest;
    const field = [...fieldPath].reverse().find((key) => FIELD_NAMES[key] !== undefined);
    const kind: ChangeKind = change.before === undefined ? 'value-added' : change.after === undefined ? 'value-removed' : 'value-changed';
    const value = (v: unknown): string | number | null => (v === undefined ? null : isLeaf(v) ? shownValue(v, field) : null);
    changes.push({
      subject,
      id,
      name,
      kind,
      fieldPath,
      ...(field ? { field } : {}),
      before: value(change.before),
      after: value(change.after),
      weakening: weakens(path, change.before, change.after),
      ...(typeof platform === 'string' ? { platform } : {}),
      paths: [path as string[]],
    });
  }
  return changes;
}

/**
 * Whether a change to one of these places makes the strategy less safe: webcare that may take
 * longer, fewer people on a core task or a webcare step, a crisis step or contact dropped, a
 * rule's minimum lowered.
 */
function weakens(path: Path, before: unknown, after: unknown): boolean {
  const [section, block, , field] = path;
  const gone = before !== undefined && after === undefined;
  const lower = typeof before === 'number' && typeof after === 'number' && after < before;
  const higher = typeof before === 'number' && typeof after === 'number' && after > before;
  if (section === 'webcare' && block === 'workflow') return (field === 'within_hours' && higher) || (field === 'by' && gone);
  if (section === 'team' && block === 'tasks') return gone && path.length === 4;
  if (section === 'crisis' && (block === 'first_steps' || block === 'contacts')) return gone;
  if (section === 'checks') return path[path.length - 1] === 'min' && lower;
  return false;
}

/** A value shown as it is: a number, a text, or a list of them. */
function isLeaf(value: unknown): boolean {
  return (
    value === null ||
    typeof value !== 'object' ||
    (Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object'))
  );
}
