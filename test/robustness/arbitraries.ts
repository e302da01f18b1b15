// fast-check arbitraries built from the schema's own shape: every value they make is a
// valid strategy, so whatever fails downstream is the tool's fault, not the data's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Strategy } from '../../src/model/strategy.js';
import { packageRoot } from '../helpers/io.js';

type Schema = Record<string, any>;

const root = JSON.parse(readFileSync(join(packageRoot, 'schemas/strategy.schema.json'), 'utf8')) as Schema;

/** Text users type, with the characters that break documents: markup, line breaks, Unicode. */
export const userText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 15 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'a | b',
      'line\nbreak',
      '<script>x</script>',
      '`x`',
      '[l](javascript:x)',
      '# h',
      '- i',
      '=SUM(A1)',
      '@x',
      'שלום',
      '👩‍🏫',
      'e\u0301',
      'zero\u200Bwidth',
      '"quoted", text;',
      'a\\b',
    ),
  },
);

const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/);
const date = fc.integer({ min: 0, max: 729 }).map((d) => new Date(Date.UTC(2026, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const url = id.map((path) => `https://example.nl/${path}`);

function resolve(schema: Schema): Schema {
  return typeof schema.$ref === 'string' ? resolve(root.$defs[schema.$ref.replace('#/$defs/', '')]) : schema;
}

function arbitrary(input: Schema, path: string): fc.Arbitrary<unknown> {
  const schema = resolve(input);
  // Keep calendars small: a few posts a week at most.
  if (path.endsWith('.per_week')) return fc.integer({ min: 0, max: 7 });
  if (path === 'calendar.timezone') return fc.constantFrom('Europe/Amsterdam', 'Europe/London');
  if ('const' in schema) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map((s: Schema) => arbitrary(s, path)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      if (schema.properties) {
        const props = Object.fromEntries(
          Object.entries(schema.properties as Record<string, Schema>).map(([key, value]) => [key, arbitrary(value, `${path}.${key}`)]),
        );
        // At most one property (a target as a percentage or an amount): one of them.
        if (schema.maxProperties === 1) return fc.oneof(...Object.entries(props).map(([key, value]) => fc.record({ [key]: value })));
        const record = fc.record(props, { requiredKeys: schema.required ?? [] });
        if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
          return record;
        }
        return record;
      }
      return fc.dictionary(id, arbitrary(schema.additionalProperties, `${path}.*`), { maxKeys: 3 });
    }
    case 'array': {
      const item = arbitrary(schema.items, `${path}[]`);
      return schema.uniqueItems
        ? fc.uniqueArray(item, { maxLength: 3, selector: (v) => JSON.stringify(v) })
        : fc.array(item, { maxLength: 3 });
    }
    case 'string':
      if (schema.format === 'date') return date;
      if (schema.format === 'email') return id.map((name) => `${name}@example.nl`);
      if (schema.pattern === root.$defs.id.pattern) return id;
      if (schema.pattern === root.$defs.clockTime.pattern) return time;
      if (schema.pattern === root.$defs.url.pattern) return url;
      // Any other pattern (a domain, a hashtag): strings it matches.
      if (schema.pattern)
        return fc.stringMatching(new RegExp(schema.pattern)).filter((text) => !schema.minLength || text.length >= schema.minLength);
      return schema.minLength ? userText.filter((text) => text.length > 0) : userText;
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 100_000 });
    case 'number':
      return fc.oneof(
        fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 100_000 }),
        fc.double({ min: schema.minimum ?? -1000, max: schema.maximum ?? 100_000, noNaN: true, noDefaultInfinity: true }),
      );
    case 'boolean':
      return fc.boolean();
    default:
      return fc.oneof(fc.integer(), fc.boolean(), userText);
  }
}

/**
 * The bounded run in CI uses a fixed seed, so a submission never fails on a new random case;
 * `npm run fuzz` (FUZZ_RUNS set) explores with a fresh seed each time, or FUZZ_SEED to replay.
 */
export const FUZZ_SEED: { seed?: number } = process.env.FUZZ_SEED
  ? { seed: Number(process.env.FUZZ_SEED) }
  : process.env.FUZZ_RUNS
    ? {}
    : { seed: 20_261_121 };

/** A valid strategy, in either language. */
export const strategyArbitrary: fc.Arbitrary<Strategy> = arbitrary(root, '') as fc.Arbitrary<Strategy>;

/** The text of each bundled example. */
export const exampleTexts = ['mbo', 'adult-education', 'university-en'].map((name) =>
  readFileSync(join(packageRoot, 'examples', name, 'strategy.yaml'), 'utf8'),
);

type Mutation = (text: string) => string;
const lines = (text: string) => text.split('\n');
const at = (n: number, length: number) => (length === 0 ? 0 : n % length);

/** One edit of a YAML text: a line gone, cut short, a value swapped, junk, odd characters, deep nesting, huge values, CRLF, a BOM, a second document. */
export const yamlMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map(
    (n) => (text: string) =>
      lines(text)
        .filter((_, i) => i !== at(n, lines(text).length))
        .join('\n'),
  ),
  fc.nat().map((n) => (text: string) => text.slice(0, at(n, text.length + 1))),
  fc
    .tuple(fc.nat(), fc.constantFrom(': [x, y]', ': {a: 1}', ': 12345', ': true', ': null', ': "', ': |', ': &a x', ': *a', ': !!binary x'))
    .map(([n, value]) => (text: string) => {
      const all = lines(text);
      const i = at(n, all.length);
      all[i] = (all[i] ?? '').replace(/:\s.*$/, value);
      return all.join('\n');
    }),
  fc.tuple(fc.nat(), fc.string({ unit: 'binary', minLength: 1, maxLength: 8 })).map(([n, junk]) => (text: string) => {
    const i = at(n, text.length);
    return text.slice(0, i) + junk + text.slice(i);
  }),
  fc
    .tuple(fc.nat(), fc.constantFrom('\u202Eevil\u202C', '👩‍🏫🎓', '\u200B', 'e\u0301\u0301', '\uFEFF', '\t', '\u0000', '\r'))
    .map(([n, odd]) => (text: string) => {
      const i = at(n, text.length);
      return text.slice(0, i) + odd + text.slice(i);
    }),
  fc.integer({ min: 10, max: 3000 }).map((depth) => (text: string) => `${text}\ndeep: ${'['.repeat(depth)}${']'.repeat(depth)}\n`),
  fc
    .integer({ min: 10, max: 200 })
    .map((depth) => (text: string) => `${text}\n${Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} x\n`),
  fc.integer({ min: 1000, max: 200_000 }).map((size) => (text: string) => text.replace(/name: .*/, `name: ${'x'.repeat(size)}`)),
  fc.constant((text: string) => text.replace(/\n/g, '\r\n')),
  fc.constant((text: string) => `\uFEFF${text}`),
  fc.constant((text: string) => `${text}\n---\nversion: 1\n`),
);
