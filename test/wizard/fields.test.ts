// Every field a rule reads is asked by the wizard, or left to the file with a reason
// (src/wizard/file-only.ts): a finding can be fixed without an editor. The fields a rule reads
// are recorded as the rules run over every bundled example and test strategy, with the
// strategy behind a proxy that notes each field a rule looks at.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/model/check.js';
import { RULES } from '../../src/rules/registry.js';
import { definedIds, ruleView } from '../../src/rules/view.js';
import { allQuestions } from '../../src/wizard/catalogue.js';
import { FILE_ONLY } from '../../src/wizard/file-only.js';

/** Maps keyed by id: a key below one of these is an id, written <id>. */
const MAPS = new Set(['goals', 'channels', 'audiences', 'content.pillars', 'team.members', 'control.kpis', 'checks']);

function recording(value: unknown, path: string, read: Set<string>): unknown {
  if (value === null || typeof value !== 'object') return value;
  return new Proxy(value as object, {
    get(target, key, receiver) {
      const found = Reflect.get(target, key, receiver);
      if (typeof key === 'symbol' || typeof found === 'function') return found;
      if (Array.isArray(target) && !/^\d+$/.test(key)) return found;
      const next = Array.isArray(target) ? `${path}[]` : MAPS.has(path) ? `${path}.<id>` : path ? `${path}.${key}` : key;
      read.add(next);
      return recording(found, next, read);
    },
  });
}

const STRATEGIES = [
  ...readdirSync('examples').map((name) => join('examples', name, 'strategy.yaml')),
  ...readdirSync('test/fixtures/strategies').map((name) => join('test/fixtures/strategies', name)),
];

/** The fields each rule reads, over every strategy. */
function fieldsRead(): Map<string, Set<string>> {
  const byField = new Map<string, Set<string>>();
  for (const file of STRATEGIES) {
    const parsed = checkSource(readFileSync(file, 'utf8')).parsed!;
    for (const rule of RULES) {
      const read = new Set<string>();
      const strategy = recording(ruleView(parsed.data, new Set()), '', read) as never;
      rule.check({ strategy, ids: definedIds(parsed.data), options: rule.options, today: '2027-01-15', report: () => {} });
      for (const field of read) {
        if (field === 'checks' || field.startsWith('checks.')) continue;
        const rules = byField.get(field) ?? new Set();
        rules.add(rule.id);
        byField.set(field, rules);
      }
    }
  }
  return byField;
}

/** Every field the wizard's questions write, lists without their brackets. */
function fieldsAsked(): Set<string> {
  const asked = new Set<string>();
  for (const { path, question, collection } of allQuestions()) {
    asked.add(path);
    // An audience's goals are kept on the goals: the question writes goals.<id>.audiences.
    if (question.link && collection) asked.add(`${question.link.collection}.<id>.${question.link.field}`);
  }
  return asked;
}

const bare = (field: string): string => field.replace(/\[\]$/, '');
const underFileOnly = (field: string): string | undefined =>
  Object.keys(FILE_ONLY).find((prefix) => field === prefix || field.startsWith(`${prefix}.`) || field.startsWith(`${prefix}[]`));

describe('the fields the rules read', () => {
  const read = fieldsRead();
  const asked = fieldsAsked();
  const leaves = [...read.keys()].filter(
    (field) => ![...read.keys()].some((other) => other !== field && (other.startsWith(`${field}.`) || other.startsWith(`${field}[]`))),
  );

  it('reads a few hundred fields over the bundled examples and test strategies', () => {
    expect(leaves.length).toBeGreaterThan(100);
  });

  it('asks every field a rule reads, or names why it is left to the file', () => {
    const unasked = leaves
      // A field read whole (a channel's slots) is asked by its parts.
      .filter((field) => !asked.has(bare(field)) && ![...asked].some((path) => path.startsWith(`${field}.`)) && !underFileOnly(field))
      .map((field) => `${field} (read by ${[...read.get(field)!].join(', ')})`);
    expect(unasked).toEqual([]);
  });

  it('leaves to the file only fields a rule reads and no question asks', () => {
    for (const field of Object.keys(FILE_ONLY)) {
      expect(
        leaves.some((leaf) => underFileOnly(leaf) === field),
        `${field} is read by a rule`,
      ).toBe(true);
      expect(
        [...asked].some((path) => path === field || path.startsWith(`${field}.`)),
        `${field} is not asked`,
      ).toBe(false);
    }
  });
});
