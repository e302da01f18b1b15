import type { FileResult } from '../model/finding.js';
import { countSeverities } from '../model/finding.js';
import type { Translate } from '../i18n/messages.js';

export function totals(results: readonly FileResult[]): { files: number; error: number; warning: number; info: number } {
  return { files: results.length, ...countSeverities(results.flatMap((result) => result.findings)) };
}

/** The one line that ends every run: files checked and findings by severity. */
export function summaryLine(results: readonly FileResult[], t: Translate): string {
  const counts = totals(results);
  return counts.error + counts.warning + counts.info === 0 ? t('summary.clean', counts) : t('summary.findings', counts);
}
