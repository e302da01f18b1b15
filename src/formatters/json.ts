// A stable, documented shape for tools (see README, "JSON output").
import type { Formatter } from './index.js';
import { countSeverities } from '../model/finding.js';
import { totals } from './summary.js';

export const JSON_FORMAT_VERSION = 1;

export const json: Formatter = (results, { describe }) => {
  const report = {
    version: JSON_FORMAT_VERSION,
    results: results.map((result) => ({
      file: result.file,
      counts: countSeverities(result.findings),
      findings: result.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: describe(f),
        messageId: f.messageId,
        pointer: f.pointer,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
      })),
    })),
    counts: totals(results),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
};
