// Answers as data: reading and writing dotted paths, turning typed text into values, and
// checking one answer with the same schema and messages as `strategy check`.
import type { ErrorObject } from 'ajv';
import validateSchema from '../../build/validate-strategy.cjs';
import type { Language, Strategy } from '../model/strategy.js';
import { explainErrors } from '../model/validate.js';
import type { SourcePositions } from '../model/positions.js';
import { toPointer } from '../model/positions.js';
import { describeFinding } from '../rules/describe.js';
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

/** Typed text to a value of the question's kind; text that is not a number stays text, so the schema can say why. */
export function convert(kind: Kind, raw: string): unknown {
  const text = raw.trim();
  if (text === '') return undefined;
  switch (kind) {
    case 'number':
    case 'integer': {
      const normalised = text.replace(/^(-?\d+),(\d+)$/, '$1.$2');
      return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : text;
    }
    case 'list':
      return text
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean);
    default:
      return text;
  }
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
  if (validateSchema(candidate)) return true;
  const pointer = toPointer(path);
  const relevant = (validateSchema.errors ?? []).filter(
    (error: ErrorObject) =>
      (error.instancePath === pointer || error.instancePath.startsWith(`${pointer}/`)) && error.keyword !== 'required',
  );
  if (relevant.length === 0) return true;
  const [finding] = explainErrors(relevant, NO_POSITIONS).findings;
  return finding ? describeFinding(finding, language) : true;
}
