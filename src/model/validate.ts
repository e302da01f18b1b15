// Validates parsed data against the strategy schema (compiled ahead of time, see
// scripts/build.mjs) and turns Ajv's errors into one readable finding per problem.
import type { ErrorObject } from 'ajv';
import validateSchema from '../../build/validate-strategy.cjs';
import type { Finding } from './finding.js';
import { compareFindings } from './finding.js';
import type { ParsedSource } from './load.js';
import { parsePointer } from './positions.js';
import type { SourcePositions } from './positions.js';
import type { Strategy } from './strategy.js';
import { slugify } from './ids.js';
import { closest } from '../util/suggest.js';
import type { JsonType, ValueShape } from './finding.js';

/** The schema's patterns (`$defs/<name>/pattern`), each with a message of its own. */
export const PATTERNS = {
  id: '^[a-z0-9][a-z0-9-]*$',
  clockTime: '^([01][0-9]|2[0-3]):[0-5][0-9]$',
  url: '^https?://\\S+$',
} as const;

export interface ValidationResult {
  findings: Finding[];
  /** Pointers of nodes that failed the schema; rules leave them (and what is inside) alone. */
  invalid: Set<string>;
  /** The data, typed, when it passed the schema without any error. */
  strategy?: Strategy;
}

export function validateStrategy(parsed: ParsedSource): ValidationResult {
  if (validateSchema(parsed.data)) {
    return { findings: [], invalid: new Set(), strategy: parsed.data as Strategy };
  }
  return explainErrors(validateSchema.errors ?? [], parsed.positions);
}

export function explainErrors(errors: readonly ErrorObject[], positions: SourcePositions): ValidationResult {
  const typeErrorAt = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const badKeysAt = new Set(errors.filter((e) => e.keyword === 'propertyNames').map((e) => e.instancePath));
  // `anyOf` reports each branch that failed; keep what the value's own kind says is wrong.
  const alternativesAt = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  // An enum speaks for the text branch only: `two-admins: 12` is neither text nor a block.
  const relevant = (e: ErrorObject): boolean =>
    e.keyword !== 'anyOf' && e.keyword !== 'type' && (e.keyword !== 'enum' || typeof e.data === 'string');
  const explained = new Set(errors.filter((e) => alternativesAt.has(e.instancePath) && relevant(e)).map((e) => e.instancePath));
  const findings: Finding[] = [];
  const invalid = new Set<string>();
  const seen = new Set<string>();
  // The first few errors of a kind in one place; the rest are counted in one finding.
  const perPlace = new Map<string, number>();
  let more = 0;
  for (const error of errors) {
    // A bad key is reported once, by its `propertyNames` error, not by the checks inside it.
    if (badKeysAt.has(error.instancePath) && error.keyword !== 'propertyNames' && typeof error.data === 'string') continue;
    if (alternativesAt.has(error.instancePath)) {
      if (error.keyword !== 'anyOf' && !relevant(error)) continue;
      if (error.keyword === 'anyOf' && (explained.has(error.instancePath) || hasDeeperError(errors, error.instancePath))) continue;
    } else if (error.keyword !== 'type' && typeErrorAt.has(error.instancePath)) continue;
    const place = `${error.keyword}\u0000${error.keyword === 'additionalProperties' ? error.instancePath : error.instancePath.replace(/\/[^/]*$/, '')}`;
    const count = (perPlace.get(place) ?? 0) + 1;
    perPlace.set(place, count);
    if (count > SHOWN_PER_PLACE) {
      more++;
      invalid.add(error.instancePath);
      continue;
    }
    const finding = explain(error, positions);
    const identity = `${finding.pointer}\u0000${finding.messageId}\u0000${JSON.stringify(finding.data)}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    findings.push(finding);
    invalid.add(error.instancePath);
    invalid.add(finding.pointer);
  }
  findings.sort(compareFindings);
  if (more > 0) {
    // Placed where the last one shown ends, so that it is read after it.
    const last = findings[findings.length - 1]!;
    findings.push({ ...last, messageId: 'schema.more', data: { count: more }, line: last.endLine, column: last.endColumn });
  }
  return { findings, invalid };
}

/** How many schema errors of one kind in one place are shown. */
const SHOWN_PER_PLACE = 5;

function explain(error: ErrorObject, positions: SourcePositions): Finding {
  const at = (pointer: string, messageId: string, data: Finding['data'] = {}, region = positions.value(pointer)): Finding => ({
    ruleId: 'schema',
    severity: 'error',
    messageId,
    data,
    pointer,
    ...region,
  });
  const path = error.instancePath;
  const params = error.params as Record<string, unknown>;
  const value: unknown = error.data;

  if (error.keyword === 'propertyNames') {
    const key = String(params.propertyName);
    const suggestion = slugify(key);
    const pointer = `${path}/${escapePointer(key)}`;
    return at(pointer, 'schema.id', { value: key, ...(suggestion ? { suggestion } : {}) }, positions.keyIn(path, key));
  }

  switch (error.keyword) {
    case 'required':
      return at(
        path,
        'schema.required',
        { key: String(params.missingProperty), path: path === '' ? '' : readablePath(path) },
        positions.key(path),
      );
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema?.properties as Record<string, unknown> | undefined) ?? {});
      const suggestion = closest(key, allowed);
      const flowComma = positions.isFlowKeyWithoutValue(path, key);
      return at(
        `${path}/${escapePointer(key)}`,
        'schema.unknown-key',
        { key, allowed, ...(suggestion ? { suggestion } : {}), ...(flowComma ? { flowComma } : {}) },
        positions.keyIn(path, key),
      );
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[] | undefined) ?? [];
      const suggestion = typeof value === 'string' ? closest(value, allowed.map(String)) : undefined;
      return at(path, 'schema.enum', { value, allowed, ...(suggestion ? { suggestion } : {}) });
    }
    case 'anyOf':
      return at(path, 'schema.type', { expected: ['string', 'object'] satisfies JsonType[], actual: shapeOf(value) });
    case 'const':
      return path === '/version' ? at(path, 'schema.version', { value }) : at(path, 'schema.other', { detail: String(error.message) });
    case 'type':
      return at(path, 'schema.type', { expected: String(params.type).split(',') as JsonType[], actual: shapeOf(value) });
    case 'format':
      if (params.format === 'date') return at(path, 'schema.date', { value, ...dateSuggestion(value) });
      if (params.format === 'email') return at(path, 'schema.email', { value });
      break;
    case 'pattern':
      if (params.pattern === PATTERNS.clockTime) return at(path, 'schema.time', { value });
      if (params.pattern === PATTERNS.url) return at(path, 'schema.url', { value });
      if (params.pattern === PATTERNS.id) {
        const suggestion = typeof value === 'string' ? slugify(value) : '';
        return at(path, 'schema.id', { value, ...(suggestion ? { suggestion } : {}) });
      }
      break;
    case 'minimum':
    case 'exclusiveMinimum':
      return at(path, 'schema.minimum', { limit: Number(params.limit) });
    case 'maximum':
    case 'exclusiveMaximum':
      return at(path, 'schema.maximum', { limit: Number(params.limit) });
    case 'minLength':
      return at(path, 'schema.empty');
    case 'maxLength':
      return at(path, 'schema.too-long', { limit: Number(params.limit) });
    case 'uniqueItems': {
      const index = Number(params.i);
      const items = Array.isArray(value) ? value : [];
      return at(`${path}/${index}`, 'schema.duplicate-item', { value: items[index] });
    }
  }
  return at(path, 'schema.other', { detail: String(error.message) });
}

function hasDeeperError(errors: readonly ErrorObject[], path: string): boolean {
  return errors.some((e) => e.instancePath.startsWith(`${path}/`));
}

function shapeOf(value: unknown): ValueShape {
  if (value === null || value === undefined) return { type: 'null' };
  if (Array.isArray(value)) return { type: 'array' };
  if (typeof value === 'object') return { type: 'object' };
  if (typeof value === 'string') return { type: 'string', text: value.length > 40 ? `${value.slice(0, 40)}…` : value };
  if (typeof value === 'boolean') return { type: 'boolean', text: String(value) };
  return { type: 'number', text: String(value) };
}

/** `31-12-2026`, `31/12/2026` and `31.12.2026`, as Dutch users write dates, turned around. */
export function dateSuggestion(value: unknown): { suggestion?: string } {
  if (typeof value !== 'string') return {};
  const match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value.trim());
  if (!match) return {};
  const [, day, month, year] = match;
  const suggestion = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  return Number.isNaN(Date.parse(suggestion)) ? {} : { suggestion };
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** `/calendar/items/2/date` → `calendar.items#3.date`: the path as a user reads it. */
export function readablePath(pointer: string): string {
  return parsePointer(pointer)
    .map((segment, index) => (/^\d+$/.test(segment) ? `#${Number(segment) + 1}` : `${index === 0 ? '' : '.'}${segment}`))
    .join('');
}
