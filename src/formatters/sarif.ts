// SARIF 2.1.0, as GitHub code scanning and other tools upload it.
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Formatter } from './index.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** A relative URI for a path as given: '/' separates segments; anything else, a backslash too, is part of a name. */
function uri(file: string): string {
  return file
    .replace(/^\.\//, '')
    .split('/')
    .map((part) => encodeURIComponent(part))
    .join('/');
}

export const sarif: Formatter = (results, { tool, rules, describe }) => {
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const descriptors: ReportingDescriptor[] = rules.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.description },
    helpUri: rule.helpUri,
    help: { text: `${rule.description} ${rule.helpUri}` },
    defaultConfiguration: rule.severity === 'off' ? { enabled: false } : { level: LEVEL[rule.severity] },
  }));
  const sarifResults: Result[] = results.flatMap((result) =>
    result.findings.map((f) => ({
      ruleId: f.ruleId,
      ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId)! } : {}),
      level: LEVEL[f.severity],
      message: { text: describe(f) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uri(result.file), uriBaseId: '%SRCROOT%' },
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
          },
        },
      ],
      properties: { messageId: f.messageId, ...(f.pointer ? { pointer: f.pointer } : {}) },
    })),
  );
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: tool.name, version: tool.version, informationUri: tool.informationUri, rules: descriptors } },
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
