// A finding: one problem in one strategy file, at one place.

export type Severity = 'error' | 'warning' | 'info';

/** 1-based, inclusive start and exclusive end, as editors and SARIF count. */
export interface Region {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Finding extends Region {
  /** `yaml-syntax`, `schema`, `limits`, or the id of a method rule. */
  ruleId: string;
  severity: Severity;
  /** Which message of the rule (or of the reader, for yaml-syntax, schema and limits). */
  messageId: string;
  /** What the message is made from; plain JSON data. */
  data: FindingData;
  /** JSON pointer (RFC 6901) of the node the finding is about; "" is the whole document. */
  pointer: string;
}

export type FindingData = Readonly<Record<string, unknown>>;

export interface FileResult {
  /** The path as the user gave it (or as the glob found it), relative to the working directory. */
  file: string;
  findings: Finding[];
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
}

export function countSeverities(findings: readonly Finding[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** By position, then rule, message and data: code-unit order, the same on every machine and in every language. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.messageId, b.messageId) ||
    compareText(JSON.stringify(a.data), JSON.stringify(b.data))
  );
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The types of JSON a schema names. */
export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

/** What a wrong value was, for "expected …, found …". */
export interface ValueShape {
  type: Exclude<JsonType, 'integer'>;
  /** The value itself for text, numbers and true/false (text cut at 40 characters). */
  text?: string;
}
