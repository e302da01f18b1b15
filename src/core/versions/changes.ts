// What changed between two versions of a strategy, as a board reads it: per goal, channel,
// audience, member and safeguard, with the changes that weaken the strategy (a lower target,
// a later deadline, fewer administrators, a dropped consent or crisis field) marked as such.
import type { Strategy } from '../../model/strategy.js';
import { goalDisplayName } from '../measures/goal.js';
import {
  cadenceChanges,
  channelChanges,
  checkChanges,
  goalChanges,
  measurementChanges,
  namedChanges,
  periodChanges,
  safeguardChanges,
  shown,
  teamChanges,
  webcareChanges,
} from './change-sections.js';
import type { Push } from './change-sections.js';
import { pathChanges, valueAt, within } from './paths.js';
import { isChangeField } from './fields.js';
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

export function changesBetween(before: Strategy, after: Strategy): Change[] {
  const changes: Change[] = [];
  const push: Push = (change) => {
    changes.push({ ...change, paths: change.paths ?? coverage(change, before, after) });
  };

  periodChanges(before, after, push);
  goalChanges(before, after, push);
  channelChanges(before, after, push);
  namedChanges(before, after, push);
  teamChanges(before, after, push);
  cadenceChanges(before, after, push);
  webcareChanges(before, after, push);
  safeguardChanges(before, after, push);
  checkChanges(before, after, push);
  measurementChanges(before, after, push);

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
    // A field a reader has a name for (every language names the same fields).
    const field = [...fieldPath].reverse().find(isChangeField);
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
