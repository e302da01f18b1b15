// Turns the text of a strategy file into a parsed document with source positions, or into
// findings that say why it cannot be read. Pure: no file system, no terminal.
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, YAMLError } from 'yaml';
import type { Finding } from './finding.js';
import { compareFindings } from './finding.js';
import { SourcePositions } from './positions.js';
import { prescan } from './prescan.js';
import { MAX_ALIAS_COUNT, MAX_CALENDAR_ITEMS, MAX_DEPTH, MAX_FILE_BYTES, MAX_MARKS, MAX_VALUES } from './strategy.js';
import type { Language } from './strategy.js';
import { isLanguage } from './strategy.js';

export interface ParsedSource {
  text: string;
  document: Document;
  positions: SourcePositions;
  /** The document as plain data (maps as objects, sequences as arrays). */
  data: unknown;
}

export interface ParseResult {
  parsed?: ParsedSource;
  findings: Finding[];
  /** The strategy's own `language` when it has a valid one. */
  language?: Language;
}

const START: Finding['line'] = 1;

function wholeFileFinding(ruleId: string, messageId: string, data: Finding['data'] = {}): Finding {
  return { ruleId, severity: 'error', messageId, data, pointer: '', line: START, column: 1, endLine: START, endColumn: 1 };
}

export function parseStrategySource(text: string, byteLength = Buffer.byteLength(text)): ParseResult {
  if (byteLength > MAX_FILE_BYTES) {
    return { findings: [wholeFileFinding('limits', 'file.too-large', { bytes: byteLength, limit: MAX_FILE_BYTES })] };
  }
  const scan = prescan(text, { depth: MAX_DEPTH });
  if (scan.depth > MAX_DEPTH) {
    const at: Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'> = {
      line: scan.line,
      column: scan.column,
      endLine: scan.line,
      endColumn: scan.column + 1,
    };
    return {
      findings: [
        {
          ruleId: 'limits',
          severity: 'error',
          messageId: 'file.too-deep',
          data: { depth: scan.depth, limit: MAX_DEPTH },
          pointer: '',
          ...at,
        },
      ],
    };
  }
  if (scan.values > MAX_VALUES)
    return { findings: [wholeFileFinding('limits', 'file.too-many-values', { count: scan.values, limit: MAX_VALUES })] };
  if (scan.marks > MAX_MARKS)
    return { findings: [wholeFileFinding('limits', 'file.too-many-marks', { count: scan.marks, limit: MAX_MARKS })] };
  const lineCounter = new LineCounter();
  // Duplicate keys are found below, in one pass: the parser's own check compares each key
  // with every earlier one, which takes minutes on a mapping of many thousand keys.
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, keepSourceTokens: false });
  const positions = new SourcePositions(document, lineCounter, text.length);
  const language = detectLanguage(document);

  const duplicates = duplicateKeys(document, positions);
  if (document.errors.length > 0 || duplicates.length > 0) {
    return {
      findings: fewPerKind([...document.errors.map((error) => syntaxFinding(error, text, positions)), ...duplicates].sort(compareFindings)),
      language,
    };
  }
  if (document.contents === null || (isScalar(document.contents) && document.contents.value === null)) {
    return { findings: [wholeFileFinding('schema', 'file.empty')], language };
  }
  if (!isMap(document.contents)) {
    const type = isSeq(document.contents) ? 'array' : 'string';
    const region = positions.value('');
    return {
      findings: [{ ruleId: 'schema', severity: 'error', messageId: 'file.not-mapping', data: { type }, pointer: '', ...region }],
      language,
    };
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof ReferenceError || (error instanceof Error && /alias/i.test(error.message))) {
      return { findings: [wholeFileFinding('yaml-syntax', 'yaml.alias-limit')], language };
    }
    throw error;
  }
  const depth = depthOf(data);
  if (depth > MAX_DEPTH) {
    return { findings: [wholeFileFinding('limits', 'file.too-deep', { depth, limit: MAX_DEPTH })], language };
  }
  const items = (data as { calendar?: { items?: unknown } }).calendar?.items;
  if (Array.isArray(items) && items.length > MAX_CALENDAR_ITEMS) {
    const region = positions.key('/calendar/items');
    return {
      findings: [
        {
          ruleId: 'limits',
          severity: 'error',
          messageId: 'file.too-many-items',
          data: { count: items.length, limit: MAX_CALENDAR_ITEMS },
          pointer: '/calendar/items',
          ...region,
        },
      ],
      language,
    };
  }
  return { parsed: { text, document, positions, data }, findings: [], language };
}

/** How many syntax errors of one kind are shown; the rest are counted in one finding. */
const SHOWN_PER_KIND = 5;

/**
 * The first few syntax errors of each kind, then one finding that counts the rest: a tab on
 * every line of a long file is one mistake, not fifty thousand.
 */
function fewPerKind(findings: readonly Finding[]): Finding[] {
  const seen = new Map<string, number>();
  const shown: Finding[] = [];
  let more = 0;
  for (const finding of findings) {
    const kind = `${finding.messageId}\u0000${String(finding.data.code ?? '')}`;
    const count = (seen.get(kind) ?? 0) + 1;
    seen.set(kind, count);
    if (count <= SHOWN_PER_KIND) shown.push(finding);
    else more++;
  }
  if (more > 0) {
    const last = shown[shown.length - 1]!;
    shown.push({ ...last, messageId: 'yaml.more', data: { count: more } });
  }
  return shown;
}

/** A finding for every key that a mapping has twice, at the second (and later) one; linear in the document. */
function duplicateKeys(document: Document, positions: SourcePositions): Finding[] {
  const findings: Finding[] = [];
  const stack: unknown[] = [document.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (isScalar(pair.key) && seen.has(key)) {
          const range = pair.key.range;
          findings.push({
            ruleId: 'yaml-syntax',
            severity: 'error',
            messageId: 'yaml.duplicate-key',
            data: { key: String(key) },
            pointer: '',
            ...positions.region(range?.[0] ?? 0, range?.[1] ?? 0),
          });
        }
        seen.add(key);
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  return findings;
}

/** How deeply blocks and lists nest, counted without recursion so no depth can overflow the stack. */
function depthOf(data: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[data, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > MAX_DEPTH) return deepest;
    for (const child of Object.values(node)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return deepest;
}

function detectLanguage(document: Document): Language | undefined {
  if (!isMap(document.contents)) return undefined;
  const value = document.get('language');
  return isLanguage(value) ? value : undefined;
}

function syntaxFinding(error: YAMLError, text: string, positions: SourcePositions): Finding {
  const [start, end] = error.pos;
  const region = positions.region(start, Math.max(end, start + 1));
  const finding = (messageId: string, data: Finding['data'] = {}): Finding => ({
    ruleId: 'yaml-syntax',
    severity: 'error',
    messageId,
    data,
    pointer: '',
    ...region,
  });
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const key = /^("[^"\n]*"|'[^'\n]*'|[^:\n]*?)\s*:/.exec(text.slice(start))?.[1] ?? text.slice(start, end);
      return finding('yaml.duplicate-key', { key: key.replace(/^["']|["']$/g, '').trim() });
    }
    case 'TAB_AS_INDENT':
      return finding('yaml.tab');
    case 'MULTIPLE_DOCS':
      return finding('yaml.multiple-documents');
    case 'RESOURCE_EXHAUSTION':
      return finding('yaml.too-deep');
    default:
      // The parser's own words are English: the message explains the common codes itself.
      return finding('yaml.syntax', { code: error.code, detail: firstLine(error.message) });
  }
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}
