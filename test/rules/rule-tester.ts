// ESLint-style rule tables: each case is a small strategy and the findings one rule must (or
// must not) report, with line and column.
import { describe, expect, it } from 'vitest';
import { lintSource } from '../../src/rules/run.js';
import { findRule } from '../../src/rules/registry.js';

export interface InvalidCase {
  name: string;
  yaml: string;
  errors: { line: number; column: number; message: RegExp }[];
}

export interface ValidCase {
  name: string;
  yaml: string;
}

export function ruleTable(ruleId: string, table: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(`rule ${ruleId}`, () => {
    it('is registered', () => {
      expect(findRule(ruleId)).toBeDefined();
    });
    it.each(table.valid)('valid: $name', ({ yaml }) => {
      const result = lintSource(yaml, { fallback: 'en' });
      expect(result.findings.filter((f) => f.ruleId === 'schema' || f.ruleId === 'yaml-syntax')).toEqual([]);
      expect(result.findings.filter((f) => f.ruleId === ruleId)).toEqual([]);
    });
    it.each(table.invalid)('invalid: $name', ({ yaml, errors }) => {
      const result = lintSource(yaml, { fallback: 'en' });
      expect(result.findings.filter((f) => f.ruleId === 'schema' || f.ruleId === 'yaml-syntax')).toEqual([]);
      const found = result.findings.filter((f) => f.ruleId === ruleId).map((f) => ({ line: f.line, column: f.column, message: f.message }));
      expect(found).toEqual(errors.map((e) => ({ line: e.line, column: e.column, message: expect.stringMatching(e.message) })));
    });
  });
}

/** Lines joined with newlines: keeps the line numbers in the tables easy to count. */
export const yaml = (...lines: string[]): string => `${lines.join('\n')}\n`;
