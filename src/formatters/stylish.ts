// For people at a terminal: `file:line:col  severity  rule-id  message`, then a summary.
import type { Formatter } from './index.js';
import { summaryLine, totals } from './summary.js';
import { words } from '../i18n/words.js';
import { visible } from '../util/visible.js';

export const stylish: Formatter = (results, { t, color, describe, language }) => {
  const w = words(language);
  const lines: string[] = [];
  for (const result of results) {
    for (const finding of result.findings) {
      const severity = finding.severity;
      lines.push(
        `${color.location(`${visible(result.file)}:${finding.line}:${finding.column}`)}  ${color[severity](w.value('severity', severity))}  ${color.dim(finding.ruleId)}  ${oneLine(describe(finding))}`,
      );
    }
  }
  const counts = totals(results);
  const summary = summaryLine(results, t);
  if (lines.length > 0) lines.push('');
  lines.push(counts.error > 0 ? color.errorSummary(summary) : counts.warning > 0 ? color.warningSummary(summary) : color.success(summary));
  return `${lines.join('\n')}\n`;
};

/** A message is user data in part (a quoted value); keep one finding on one line. */
function oneLine(text: string): string {
  return visible(text.replace(/[\r\n\u2028\u2029]+/g, ' '));
}
