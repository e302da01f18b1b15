// Every id used somewhere is defined where it belongs.
import type { Strategy } from '../model/strategy.js';
import { closest } from '../util/suggest.js';
import { defineRule } from './types.js';
import type { IdKind } from './types.js';
import { entries, items, pointer } from './util.js';

interface Reference {
  kind: IdKind;
  id: string;
  pointer: string;
}

/** Every place the format refers to an id, as (kind, id, where). */
export function* referencesIn(s: Strategy): Generator<Reference> {
  const one = function* (kind: IdKind, id: string | undefined, ...path: (string | number)[]): Generator<Reference> {
    if (id !== undefined) yield { kind, id, pointer: pointer(...path) };
  };
  const many = function* (kind: IdKind, ids: readonly string[] | undefined, ...path: (string | number)[]): Generator<Reference> {
    for (const [index, id] of items(ids)) yield { kind, id, pointer: pointer(...path, index) };
  };
  for (const [id, goal] of entries(s.goals)) {
    yield* one('member', goal.owner, 'goals', id, 'owner');
    yield* many('audience', goal.audiences, 'goals', id, 'audiences');
  }
  for (const [id, channel] of entries(s.channels)) {
    yield* many('audience', channel.audiences, 'channels', id, 'audiences');
    yield* many('goal', channel.goals, 'channels', id, 'goals');
    yield* many('member', channel.admins, 'channels', id, 'admins');
  }
  for (const [id, pillar] of entries(s.content?.pillars)) {
    yield* many('goal', pillar.goals, 'content', 'pillars', id, 'goals');
    yield* many('audience', pillar.audiences, 'content', 'pillars', id, 'audiences');
    yield* many('channel', pillar.channels, 'content', 'pillars', id, 'channels');
  }
  for (const [index, entry] of items(s.content?.cadence)) {
    yield* one('channel', entry.channel, 'content', 'cadence', index, 'channel');
    yield* one('pillar', entry.pillar, 'content', 'cadence', index, 'pillar');
    yield* one('member', entry.owner, 'content', 'cadence', index, 'owner');
  }
  yield* one('member', s.team?.owner, 'team', 'owner');
  for (const task of ['content_management', 'webcare', 'administration'] as const) {
    yield* many('member', s.team?.tasks?.[task], 'team', 'tasks', task);
  }
  yield* one('member', s.webcare?.owner, 'webcare', 'owner');
  for (const step of ['detect', 'respond', 'approve', 'publish'] as const) {
    yield* many('member', s.webcare?.workflow?.[step]?.by, 'webcare', 'workflow', step, 'by');
  }
  for (const [id, kpi] of entries(s.control?.kpis)) yield* one('goal', kpi.goal, 'control', 'kpis', id, 'goal');
  for (const [index, measurement] of items(s.control?.measurements)) {
    yield* one('kpi', measurement.kpi, 'control', 'measurements', index, 'kpi');
  }
  for (const [index, community] of items(s.communities)) yield* one('member', community.owner, 'communities', index, 'owner');
  for (const [index, date] of items(s.calendar?.key_dates)) yield* many('channel', date.channels, 'calendar', 'key_dates', index, 'channels');
  for (const [index, item] of items(s.calendar?.items)) {
    yield* one('channel', item.channel, 'calendar', 'items', index, 'channel');
    yield* one('pillar', item.pillar, 'calendar', 'items', index, 'pillar');
    yield* one('member', item.owner, 'calendar', 'items', index, 'owner');
  }
}

const MAX_LISTED = 8;

export default defineRule({
  id: 'references',
  severity: 'error',
  options: {},
  check({ strategy, ids, t, report }) {
    for (const reference of referencesIn(strategy)) {
      const known = ids[reference.kind];
      if (known.has(reference.id)) continue;
      const suggestion = closest(reference.id, known);
      const listed = [...known].slice(0, MAX_LISTED);
      if (known.size > MAX_LISTED) listed.push('…');
      report({
        pointer: reference.pointer,
        message: t('references.unknown', {
          id: reference.id,
          kind: t(`kind.${reference.kind}`),
          known: listed,
          ...(suggestion ? { suggestion } : {}),
        }),
      });
    }
  },
});
