// ESLint-style rule tables: each case is a small strategy and the findings one rule must (or
// must not) report, with line and column.
import { describe, expect, it } from 'vitest';
import { lintSource } from '../../src/rules/run.js';
import { findRule } from '../../src/rules/registry.js';
import { VOCABULARY } from '../../src/i18n/vocabulary.js';
import type { ValueKind } from '../../src/i18n/vocabulary.js';
import { text } from '../helpers/text.js';

export interface InvalidCase {
  name: string;
  yaml: string;
  /** The day of the check, for rules about what is overdue. */
  today?: string;
  errors: { line: number; column: number; message: RegExp }[];
}

export interface ValidCase {
  name: string;
  yaml: string;
  today?: string;
}

export function ruleTable(ruleId: string, table: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(`rule ${ruleId}`, () => {
    it('is registered', () => {
      expect(findRule(ruleId)).toBeDefined();
    });
    it.each(table.valid)('valid: $name', ({ yaml, today }) => {
      const result = lintSource(yaml, today ? { today } : {});
      expect(result.findings.filter((f) => f.ruleId === 'schema' || f.ruleId === 'yaml-syntax')).toEqual([]);
      expect(result.findings.filter((f) => f.ruleId === ruleId)).toEqual([]);
    });
    it.each(table.invalid)('invalid: $name', ({ yaml, errors, today }) => {
      const result = lintSource(yaml, today ? { today } : {});
      expect(result.findings.filter((f) => f.ruleId === 'schema' || f.ruleId === 'yaml-syntax')).toEqual([]);
      const found = result.findings.filter((f) => f.ruleId === ruleId).map((f) => ({ line: f.line, column: f.column, message: text(f) }));
      // RULE_TABLE_DUMP=1 prints what a rule found, to write a new case from.
      if (process.env.RULE_TABLE_DUMP) console.log(JSON.stringify(found, null, 1));
      expect(found).toEqual(errors.map((e) => ({ line: e.line, column: e.column, message: expect.stringMatching(e.message) })));
    });
    it.each(table.invalid)('in Dutch, without YAML paths or English values: $name', ({ yaml, today }) => {
      for (const finding of lintSource(yaml, today ? { today } : {}).findings.filter((f) => f.ruleId === ruleId))
        expectPlainDutch(text(finding, 'nl'));
    });
  });
}

/**
 * What a Dutch reader must not meet in a finding: a YAML path (`webcare.owner`) or a schema
 * value that has a Dutch label of its own (`short-video`, `youtube`). What the user wrote
 * (in quotes) and the names of commands are theirs.
 */
export function expectPlainDutch(message: string): void {
  const prose = message.replace(/"[^"]*"/g, '""');
  expect(prose, message).not.toMatch(/\b[a-z_]+(\.[a-z_]+)+\b/);
  const found = ENGLISH_VALUES.filter((value) => new RegExp(`(^|[^\\w-])${value}([^\\w-]|$)`).test(prose));
  expect(found, message).toEqual([]);
}

/** Schema values whose Dutch label differs from the value itself. */
const ENGLISH_VALUES = (Object.keys(VOCABULARY.nl) as ValueKind[])
  // Region values (noord, midden, zuid) are Dutch words already.
  .filter((kind) => kind !== 'severity' && kind !== 'block' && kind !== 'region')
  .flatMap((kind) =>
    Object.entries(VOCABULARY.nl[kind] as Record<string, string>)
      .filter(([value, label]) => value !== label && value.length > 2)
      .map(([value]) => value),
  );

/** Lines joined with newlines: keeps the line numbers in the tables easy to count. */
export const yaml = (...lines: string[]): string => `${lines.join('\n')}\n`;
