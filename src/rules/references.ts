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
  /** Given instead of `pointer` where building every pointer up front would cost too much. */
  path?: (string | number)[];
}

/**
 * Every place the format refers to an id, as (kind, id, where). A callback rather than a
 * generator: it runs once per calendar item, and there may be tens of thousands.
 */
export function forEachReference(s: Strategy, visit: (reference: Reference) => void): void {
  const one = (kind: IdKind, id: string | undefined, ...path: (string | number)[]): void => {
    if (id !== undefined) visit({ kind, id, pointer: pointer(...path) });
  };
  const many = (kind: IdKind, ids: readonly string[] | undefined, ...path: (string | number)[]): void => {
    for (const [index, id] of items(ids)) visit({ kind, id, pointer: pointer(...path, index) });
  };
  for (const [id, goal] of entries(s.goals)) {
    one('member', goal.owner, 'goals', id, 'owner');
    many('audience', goal.audiences, 'goals', id, 'audiences');
  }
  for (const [id, channel] of entries(s.channels)) {
    many('audience', channel.audiences, 'channels', id, 'audiences');
    many('goal', channel.goals, 'channels', id, 'goals');
    many('member', channel.admins, 'channels', id, 'admins');
  }
  for (const [id, pillar] of entries(s.content?.pillars)) {
    many('goal', pillar.goals, 'content', 'pillars', id, 'goals');
    many('audience', pillar.audiences, 'content', 'pillars', id, 'audiences');
    many('channel', pillar.channels, 'content', 'pillars', id, 'channels');
  }
  for (const [index, entry] of items(s.content?.cadence)) {
    one('channel', entry.channel, 'content', 'cadence', index, 'channel');
    one('pillar', entry.pillar, 'content', 'cadence', index, 'pillar');
    one('member', entry.owner, 'content', 'cadence', index, 'owner');
  }
  one('member', s.team?.owner, 'team', 'owner');
  for (const task of ['content_management', 'webcare', 'administration'] as const) {
    many('member', s.team?.tasks?.[task], 'team', 'tasks', task);
  }
  one('member', s.webcare?.owner, 'webcare', 'owner');
  for (const step of ['detect', 'respond', 'approve', 'publish'] as const) {
    many('member', s.webcare?.workflow?.[step]?.by, 'webcare', 'workflow', step, 'by');
  }
  for (const [id, kpi] of entries(s.control?.kpis)) one('goal', kpi.goal, 'control', 'kpis', id, 'goal');
  for (const [index, measurement] of items(s.control?.measurements)) one('kpi', measurement.kpi, 'control', 'measurements', index, 'kpi');
  for (const [index, community] of items(s.communities)) one('member', community.owner, 'communities', index, 'owner');
  for (const [index, date] of items(s.calendar?.key_dates)) many('channel', date.channels, 'calendar', 'key_dates', index, 'channels');
  for (const [index, item] of items(s.calendar?.items)) {
    // Most references resolve: build the pointer only for those that do not.
    if (item.channel !== undefined)
      visit({ kind: 'channel', id: item.channel, pointer: '', path: ['calendar', 'items', index, 'channel'] });
    if (item.pillar !== undefined) visit({ kind: 'pillar', id: item.pillar, pointer: '', path: ['calendar', 'items', index, 'pillar'] });
    if (item.owner !== undefined) visit({ kind: 'member', id: item.owner, pointer: '', path: ['calendar', 'items', index, 'owner'] });
    if (item.approved_by !== undefined)
      visit({ kind: 'member', id: item.approved_by, pointer: '', path: ['calendar', 'items', index, 'approved_by'] });
  }
}

const MAX_LISTED = 8;

export default defineRule({
  id: 'references',
  severity: 'error',
  options: {},
  docs: {
    example:
      'version: 1\nteam:\n  members:\n    lotte: {name: Lotte}\nchannels:\n  instagram: {platform: instagram, admins: [lote, lotte]}\n',
  },
  check({ strategy, ids, report }) {
    forEachReference(strategy, (reference) => {
      const known = ids[reference.kind];
      if (known.has(reference.id)) return;
      const suggestion = closest(reference.id, known);
      const listed = [...known].slice(0, MAX_LISTED);
      if (known.size > MAX_LISTED) listed.push('…');
      report({
        pointer: reference.path ? pointer(...reference.path) : reference.pointer,
        messageId: 'unknown',
        data: { id: reference.id, kind: reference.kind, known: listed, ...(suggestion ? { suggestion } : {}) },
      });
    });
  },
});
