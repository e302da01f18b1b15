// Answers as data: reading and writing dotted paths, turning typed text into values, and
// checking one answer with the same schema and messages as `strategy check`.
import { LEXICONS } from '../i18n/vocabulary.js';
import type { ErrorObject } from 'ajv';
import validateSchema from '../../build/validate-strategy.cjs';
import type { Language, Strategy } from '../model/strategy.js';
import { dateSuggestion, explainErrors } from '../model/validate.js';
import type { SourcePositions } from '../model/positions.js';
import { toPointer } from '../model/positions.js';
import { describeFinding } from '../rules/describe.js';
import { RULES } from '../rules/registry.js';
import { definedIds, ruleView } from '../rules/view.js';
import type { Kind } from './catalogue.js';

export type Path = (string | number)[];

export function splitPath(dotted: string): string[] {
  return dotted.split('.').filter(Boolean);
}

export function getPath(root: unknown, path: Path): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

export function setPath(root: Record<string, unknown>, path: Path, value: unknown): void {
  let node: Record<string, unknown> = root;
  for (const [index, segment] of path.entries()) {
    const last = index === path.length - 1;
    const key = String(segment);
    if (last) {
      if (value === undefined) delete node[key];
      else node[key] = value;
      return;
    }
    const next = node[key];
    if (next === null || typeof next !== 'object') {
      // Never write through a key that could reach the prototype.
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') return;
      node[key] = typeof path[index + 1] === 'number' ? [] : {};
    }
    node = node[key] as Record<string, unknown>;
  }
}

/** Typed text read as an answer: the value, how it was read when that is not plain to see, and a correction the tool can offer. */
export interface Reading {
  value: unknown;
  /** The value as the wizard understood it, shown back when the text was written otherwise (1.240 → 1240). */
  readAs?: string;
  /** A correction to offer as the next default (31-07-2027 → 2027-07-31). */
  suggestion?: string;
}

/**
 * Typed text to a value of the question's kind. Numbers are read as the language writes
 * them: in Dutch 1.240 is one thousand two hundred and forty and 4,5 four and a half; in
 * English 1,240 and 4.5. Times may be written 15.30 or 15:30. Text that is no number or time
 * stays text, so the schema can say why.
 */
export function readAnswer(kind: Kind, raw: string, language: Language): Reading {
  const text = raw.trim();
  if (text === '') return { value: undefined };
  switch (kind) {
    case 'number':
    case 'integer': {
      const number = readNumber(text, language);
      if (number === undefined) return { value: text };
      const plain = String(number).replace('.', LEXICONS[language].marks.decimal);
      return plain === text ? { value: number } : { value: number, readAs: plain };
    }
    case 'time': {
      const match = /^(\d{1,2})[.:h](\d{2})$/.exec(text);
      if (!match) return { value: text };
      const time = `${match[1]!.padStart(2, '0')}:${match[2]}`;
      return time === text ? { value: time } : { value: time, readAs: time };
    }
    case 'date': {
      const { suggestion } = dateSuggestion(text);
      return suggestion ? { value: text, suggestion } : { value: text };
    }
    case 'list':
      // Commas separate, or semicolons when the items have commas of their own.
      return {
        value: text
          .split(text.includes(';') ? ';' : ',')
          .map((part) => part.trim())
          .filter(Boolean),
      };
    default:
      return { value: text };
  }
}

/** A number written the way `language` writes it, or a plain one with a decimal point or comma; undefined for anything else. */
export function readNumber(text: string, language: Language): number | undefined {
  const { group, decimal } = LEXICONS[language].marks;
  const g = `\\${group}`;
  const d = `\\${decimal}`;
  // Grouped thousands (1.240 / 1,240), with decimals after the language's decimal mark.
  const grouped = new RegExp(`^-?\\d{1,3}(${g}\\d{3})+(${d}\\d+)?$`);
  if (grouped.test(text)) return Number(text.split(group).join('').replace(decimal, '.'));
  // Plain digits with either decimal mark: 4,5 and 4.5 both mean four and a half, as long as
  // the mark cannot be a thousands separator (a group of three digits after it).
  const plain = /^-?\d+([.,]\d+)?$/.exec(text);
  if (!plain) return undefined;
  const mark = plain[1]?.[0];
  if (mark === group && plain[1]!.length === 4) return undefined;
  return Number(text.replace(',', '.'));
}

/** Typed text to a value of the question's kind (see readAnswer). */
export function convert(kind: Kind, raw: string, language: Language = 'en'): unknown {
  return readAnswer(kind, raw, language).value;
}

const NO_POSITIONS = {
  value: () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 }),
  key: () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 }),
  keyIn: () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 }),
  isFlowKeyWithoutValue: () => false,
} as unknown as SourcePositions;

/**
 * Checks `value` at `path` in the strategy so far with the schema, and returns what
 * `strategy check` would say about it, or true. Problems elsewhere (fields not asked yet)
 * are not this answer's business.
 */
export function checkAnswer(strategy: Partial<Strategy>, path: Path, value: unknown, language: Language): true | string {
  if (value === undefined) return true;
  const candidate = structuredClone(strategy) as Record<string, unknown>;
  candidate.version = 1;
  setPath(candidate, path, value);
  const pointer = toPointer(path);
  const concerns = (at: string): boolean => at === pointer || at.startsWith(`${pointer}/`);
  const valid = validateSchema(candidate);
  const errors = valid ? [] : (validateSchema.errors ?? []);
  const relevant = errors.filter((error: ErrorObject) => concerns(error.instancePath) && error.keyword !== 'required');
  if (relevant.length > 0) {
    const [finding] = explainErrors(relevant, NO_POSITIONS).findings;
    return finding ? describeFinding(finding, language) : true;
  }
  // What check would call an error about this very answer (an end before the start, a
  // deadline outside the period), said now rather than after the last block.
  // Entries still being filled in lack required fields; only wrong values are left out.
  const view = ruleView(
    candidate,
    new Set(errors.filter((error: ErrorObject) => error.keyword !== 'required').map((error: ErrorObject) => error.instancePath)),
  );
  const ids = definedIds(candidate);
  for (const rule of RULES) {
    if (rule.severity !== 'error') continue;
    let said: string | undefined;
    rule.check({
      strategy: view,
      ids,
      options: rule.options,
      today: null,
      report: (report) => {
        if (said === undefined && concerns(report.pointer))
          said = describeFinding({ ruleId: rule.id, messageId: report.messageId, data: report.data as Record<string, unknown> }, language);
      },
    });
    if (said !== undefined) return said;
  }
  return true;
}
