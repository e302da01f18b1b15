// JUnit XML, as GitLab and Azure DevOps show test reports: one suite per file, one failing
// test case per finding, one passing case for a clean file.
import type { Formatter } from './index.js';

// Characters XML 1.0 cannot carry at all, even escaped.
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** In attributes, line ends would be normalised to spaces by every XML parser. */
export function escapeAttribute(text: string): string {
  return escapeXml(text).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

export const junit: Formatter = (results, { describe }) => {
  const total = results.reduce((sum, result) => sum + Math.max(1, result.findings.length), 0);
  const failures = results.reduce((sum, result) => sum + result.findings.length, 0);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="strategy check" tests="${total}" failures="${failures}" errors="0">`,
  ];
  for (const result of results) {
    const file = escapeAttribute(result.file);
    lines.push(
      `  <testsuite name="${file}" tests="${Math.max(1, result.findings.length)}" failures="${result.findings.length}" errors="0">`,
    );
    if (result.findings.length === 0) lines.push(`    <testcase classname="${file}" name="strategy check" file="${file}"/>`);
    for (const f of result.findings) {
      const name = escapeAttribute(`${f.ruleId}/${f.messageId} ${f.line}:${f.column}`);
      const message = describe(f);
      lines.push(
        `    <testcase classname="${file}" name="${name}" file="${file}" line="${f.line}">`,
        `      <failure type="${f.severity}" message="${escapeAttribute(message)}">${escapeXml(`${result.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${message}`)}</failure>`,
        '    </testcase>',
      );
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
};
