// Runs the method's rules over a checked strategy: settings from `checks:` and --rule,
// findings resolved to positions, inline suppressions applied.
import type { Finding, Severity } from '../model/finding.js';
import { compareFindings } from '../model/finding.js';
import { checkSource } from '../model/check.js';
import type { CheckedSource } from '../model/check.js';
import type { ParsedSource } from '../model/load.js';
import type { RuleSetting } from '../model/strategy.js';
import { closest } from '../util/suggest.js';
import { RULES, RULE_IDS, findRule } from './registry.js';
import type { Level, Report, Rule, RuleOptions } from './types.js';
import { definedIds, ruleView } from './view.js';
import { entries, pointer } from './util.js';

/** Findings about the `checks:` section itself; always errors. */
export const CHECKS_RULE_ID = 'checks';
const SUPPRESSIONS_RULE_ID = 'suppressions';

export interface LintOptions {
  /** From `--rule id=level`; ids are known (the command checks them). */
  overrides?: ReadonlyMap<string, Level>;
  byteLength?: number;
  /** The day to check for (YYYY-MM-DD): rules about overdue measurements need it. */
  today?: string;
}

export function lintSource(text: string, options: LintOptions = {}): CheckedSource {
  const checked = checkSource(text, options.byteLength);
  if (!checked.parsed) return checked;
  const ruleFindings = runRules(checked.parsed, checked.invalid, options.overrides ?? new Map(), options.today ?? null);
  return { ...checked, findings: [...checked.findings, ...ruleFindings].sort(compareFindings) };
}

interface Setting {
  severity: Level;
  options: RuleOptions;
}

export function runRules(
  parsed: ParsedSource,
  invalid: ReadonlySet<string>,
  overrides: ReadonlyMap<string, Level>,
  today: string | null = null,
): Finding[] {
  const strategy = ruleView(parsed.data, invalid);
  const ids = definedIds(parsed.data);
  const findings: Finding[] = [];
  const place = (ruleId: string, severity: Severity, report: Report): Finding => {
    const region = report.at === 'key' ? parsed.positions.key(report.pointer) : parsed.positions.value(report.pointer);
    return { ruleId, severity, messageId: report.messageId, data: report.data as Finding['data'], pointer: report.pointer, ...region };
  };

  const settings = new Map<string, Setting>();
  for (const rule of RULES) settings.set(rule.id, { severity: rule.severity, options: { ...rule.options } });
  for (const [id, setting] of entries(strategy.checks)) {
    const rule = findRule(id);
    if (!rule) {
      const suggestion = closest(id, RULE_IDS);
      findings.push(
        place(CHECKS_RULE_ID, 'error', {
          pointer: pointer('checks', id),
          at: 'key',
          messageId: 'checks.unknown-rule',
          data: { rule: id, ...(suggestion ? { suggestion } : {}) },
        }),
      );
      continue;
    }
    settings.set(
      id,
      applySetting(rule, setting, (report) => findings.push(place(CHECKS_RULE_ID, 'error', report))),
    );
  }
  for (const [id, severity] of overrides) {
    const setting = settings.get(id);
    if (setting) setting.severity = severity;
  }

  const fromRules: Finding[] = [];
  for (const rule of RULES) {
    const setting = settings.get(rule.id)!;
    if (setting.severity === 'off') continue;
    const severity = setting.severity;
    rule.check({
      strategy,
      ids,
      options: setting.options,
      today,
      report: (report) => fromRules.push(place(rule.id, severity, report)),
    });
  }

  const suppressions = settings.get(SUPPRESSIONS_RULE_ID)!.severity;
  // concat, not push(...): a spread of many thousand findings can exhaust the stack.
  return findings.concat(applySuppressions(parsed, fromRules, suppressions));
}

function applySetting(rule: Rule<RuleOptions>, setting: RuleSetting, complain: (report: Report) => void): Setting {
  const result: Setting = { severity: rule.severity, options: { ...rule.options } };
  if (typeof setting === 'string') {
    result.severity = setting;
    return result;
  }
  for (const [name, value] of Object.entries(setting)) {
    if (name === 'severity') {
      if (value !== undefined) result.severity = value as Level;
      continue;
    }
    const where = pointer('checks', rule.id, name);
    const expected = rule.options[name];
    if (expected === undefined) {
      complain({
        pointer: where,
        at: 'key',
        messageId: 'checks.unknown-option',
        data: { rule: rule.id, option: name, known: Object.keys(rule.options) },
      });
    } else if (typeof value !== typeof expected) {
      complain({ pointer: where, messageId: 'checks.option-type', data: { option: name, expected: typeof expected } });
    } else if (value !== undefined) {
      result.options[name] = value;
    }
  }
  return result;
}

interface Directive {
  /** Line of the comment, 1-based; it applies to the next line. */
  line: number;
  column: number;
  endColumn: number;
  rules: string[];
  reason: string;
}

const DIRECTIVE = /^(\s*)#\s*strategy-disable-next-line\b(.*)$/;

export function parseDirectives(text: string): Directive[] {
  const directives: Directive[] = [];
  if (!text.includes('strategy-disable-next-line')) return directives;
  const lines = text.split(/\r\n|\n|\r/);
  lines.forEach((line, index) => {
    const match = DIRECTIVE.exec(line);
    if (!match) return;
    const [rulePart = '', ...reasonParts] = (match[2] ?? '').split(/\s--\s?|^--\s?/);
    directives.push({
      line: index + 1,
      column: (match[1]?.length ?? 0) + 1,
      endColumn: line.length + 1,
      rules: rulePart
        .split(/[\s,]+/)
        .map((rule) => rule.trim())
        .filter(Boolean),
      reason: reasonParts.join(' -- ').trim(),
    });
  });
  return directives;
}

function applySuppressions(parsed: ParsedSource, findings: Finding[], severity: Level): Finding[] {
  const directives = parseDirectives(parsed.text);
  if (directives.length === 0) return findings;
  const byLine = new Map<number, Directive>();
  for (const directive of directives) byLine.set(directive.line + 1, directive);
  const used = new Set<string>();
  const kept = findings.filter((finding) => {
    const directive = byLine.get(finding.line);
    if (!directive?.rules.includes(finding.ruleId)) return true;
    used.add(`${directive.line}:${finding.ruleId}`);
    return false;
  });
  if (severity === 'off') return kept;
  for (const directive of directives) {
    const at = { pointer: '', line: directive.line, column: directive.column, endLine: directive.line, endColumn: directive.endColumn };
    const report = (messageId: string, data: Finding['data'] = {}): void => {
      kept.push({ ruleId: SUPPRESSIONS_RULE_ID, severity, messageId, data, ...at });
    };
    if (!directive.reason) report('no-reason');
    for (const rule of directive.rules) {
      if (!findRule(rule)) {
        const suggestion = closest(rule, RULE_IDS);
        report('unknown-rule', { rule, ...(suggestion ? { suggestion } : {}) });
      } else if (!used.has(`${directive.line}:${rule}`)) {
        report('unused', { rule });
      }
    }
  }
  return kept;
}
