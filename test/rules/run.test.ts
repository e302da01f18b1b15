// Settings, suppressions and the promise that one typo gives one finding.
import { ruleDescription } from '../../src/rules/describe.js';
import { describe, expect, it } from 'vitest';
import { lintSource, parseDirectives } from '../../src/rules/run.js';
import { RULES } from '../../src/rules/registry.js';
import { yaml } from './rule-tester.js';
import { text } from '../helpers/text.js';

const oneAdmin = ['version: 1', 'language: en', 'channels:', '  ig: {platform: instagram, admins: [anna], audiences: [x], goals: [y]}'];
const lint = (source: string, overrides = new Map<string, 'off' | 'info' | 'warning' | 'error'>()) =>
  lintSource(source, { overrides }).findings.map((f) => ({ rule: f.ruleId, severity: f.severity, line: f.line, message: text(f) }));

describe('rule settings', () => {
  it('uses the default severity', () => {
    expect(lint(yaml(...oneAdmin))).toContainEqual(expect.objectContaining({ rule: 'two-admins', severity: 'warning' }));
  });

  it('takes a severity from checks:', () => {
    const findings = lint(yaml(...oneAdmin, 'checks:', '  two-admins: error'));
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'two-admins', severity: 'error' }));
  });

  it('switches a rule off', () => {
    expect(lint(yaml(...oneAdmin, 'checks:', '  two-admins: {severity: off}')).map((f) => f.rule)).not.toContain('two-admins');
  });

  it('lets --rule win over checks:', () => {
    const findings = lint(yaml(...oneAdmin, 'checks:', '  two-admins: error'), new Map([['two-admins', 'info']]));
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'two-admins', severity: 'info' }));
  });

  it('reports an unknown rule and an unknown or mistyped option in checks:', () => {
    const findings = lint(
      yaml(...oneAdmin, 'checks:', '  two-admin: error', '  capacity: {minutes: 10}', '  start-small: {hours_per_channel: many}'),
    );
    expect(findings.filter((f) => f.rule === 'checks')).toEqual([
      expect.objectContaining({ line: 6, message: expect.stringMatching(/Unknown rule "two-admin"\. Did you mean "two-admins"\?/) }),
      expect.objectContaining({
        line: 7,
        message: expect.stringMatching(/Rule "capacity" has no option "minutes"\. Its options: minutes_per_post\./),
      }),
      expect.objectContaining({ line: 8, message: expect.stringMatching(/Option "hours_per_channel" must be a number\./) }),
    ]);
  });
});

describe('one typo, one finding', () => {
  it('skips a goal whose key is misspelt instead of calling it not SMART', () => {
    const findings = lint(
      yaml(
        'version: 1',
        'language: en',
        'goals:',
        '  grow:',
        '    statement: Grow',
        '    metric: Followers',
        '    target: 10',
        '    unit: followers',
        '    deadlin: 2027-01-01',
        'control:',
        '  kpis:',
        '    k: {goal: grow}',
      ),
    );
    // The goal is still there for the rule that asks for goals at all.
    expect(findings.map((f) => f.rule).filter((rule) => rule !== 'essentials')).toEqual(['schema']);
    expect(
      findings
        .filter((f) => f.rule === 'essentials')
        .map((f) => f.message)
        .join(' '),
    ).not.toMatch(/no goals/);
  });

  it('keeps the id of a skipped entry known, so references to it do not fail', () => {
    const findings = lint(
      yaml(
        'version: 1',
        'language: en',
        'team:',
        '  members:',
        '    anna: {name: Anna, hours: 3}',
        'goals:',
        '  g: {statement: G, owner: anna}',
      ),
    );
    expect(findings.map((f) => f.rule)).not.toContain('references');
  });

  it('runs no rule on a file that is not YAML', () => {
    expect(lint('version: 1\ngoals: [\n').map((f) => f.rule)).toEqual(['yaml-syntax']);
  });
});

describe('inline suppressions', () => {
  it('parses the rule ids and the reason', () => {
    expect(parseDirectives('a: 1\n  # strategy-disable-next-line two-admins, capacity -- pilot until March\n')).toEqual([
      { line: 2, column: 3, endColumn: 73, rules: ['two-admins', 'capacity'], reason: 'pilot until March' },
    ]);
  });

  it('suppresses the finding on the next line', () => {
    const text = yaml(
      'version: 1',
      'language: en',
      'channels:',
      '  ig:',
      '    platform: instagram',
      '    # strategy-disable-next-line two-admins -- one-person pilot until March',
      '    admins: [anna]',
      '    audiences: [x]',
      '    goals: [y]',
    );
    const findings = lint(text);
    expect(findings.map((f) => f.rule)).not.toContain('two-admins');
    expect(findings.map((f) => f.rule)).not.toContain('suppressions');
  });

  it('reports an unused suppression, a missing reason and an unknown rule', () => {
    const text = yaml(
      'version: 1',
      'language: en',
      '# strategy-disable-next-line capacity',
      'organisation: {name: A}',
      '# strategy-disable-next-line two-admin -- typo',
      'period: {start: 2026-01-01, end: 2026-12-31}',
    );
    const findings = lint(text).filter((f) => f.rule === 'suppressions');
    expect(findings).toEqual([
      expect.objectContaining({ line: 3, severity: 'warning', message: expect.stringMatching(/Give a reason after " -- "/) }),
      expect.objectContaining({ line: 3, message: expect.stringMatching(/suppresses "capacity", but the line below has no such finding/) }),
      expect.objectContaining({
        line: 5,
        message: expect.stringMatching(/Unknown rule "two-admin" in this comment\. Did you mean "two-admins"\?/),
      }),
    ]);
  });

  it('does not suppress schema errors', () => {
    const findings = lint(yaml('version: 1', '# strategy-disable-next-line schema -- no', 'gaols: {}'));
    expect(findings.map((f) => f.rule)).toContain('schema');
  });
});

describe('the rule catalogue', () => {
  it('describes every rule in English and Dutch', () => {
    for (const language of ['en', 'nl'] as const) {
      for (const rule of RULES) expect(ruleDescription(rule.id, language)).toMatch(/\w{3,}/);
    }
  });
});
