import { readFile } from 'node:fs/promises';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { parse } from 'yaml';
import type { Channel, Goal, Strategy } from '../../src/model/strategy.js';
// @ts-expect-error: a plain JavaScript build script without type declarations
import { generateTypes, typesFile } from '../../scripts/generate-types.mjs';
import { checkSource } from '../../src/model/check.js';

describe('TypeScript types and JSON Schema agree', () => {
  it('the committed types are exactly what the schema generates (run "node scripts/generate-types.mjs")', async () => {
    const generated: string = await (generateTypes as () => Promise<string>)();
    expect(await readFile(typesFile as string, 'utf8')).toBe(generated);
  });

  it('the types carry the schema’s required keys and closed lists', () => {
    expectTypeOf<Strategy['version']>().toEqualTypeOf<1>();
    expectTypeOf<Goal['statement']>().toEqualTypeOf<string>();
    expectTypeOf<Channel['visibility']>().toEqualTypeOf<'public' | 'closed' | undefined>();
    expectTypeOf<NonNullable<Strategy['language']>>().toEqualTypeOf<'nl' | 'en'>();
  });

  it('every top-level key of the schema is a key of Strategy, and no more', async () => {
    const schema = JSON.parse(await readFile(new URL('../../schemas/strategy.schema.json', import.meta.url), 'utf8')) as {
      properties: Record<string, unknown>;
    };
    const sample: Required<Strategy> = parse(
      await readFile(new URL('../../examples/mbo/strategy.yaml', import.meta.url), 'utf8'),
    ) as Required<Strategy>;
    expect([...Object.keys(sample), 'derived'].sort()).toEqual(Object.keys(schema.properties).sort());
  });
});

describe('the schema', () => {
  it('gives every property a title and a description', async () => {
    const schema: unknown = JSON.parse(await readFile(new URL('../../schemas/strategy.schema.json', import.meta.url), 'utf8'));
    const missing: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (node === null || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      for (const key of ['properties', '$defs'] as const) {
        const children = record[key];
        if (!children || typeof children !== 'object') continue;
        for (const [name, child] of Object.entries(children as Record<string, Record<string, unknown>>)) {
          const viaRef = typeof child.$ref === 'string';
          if (!viaRef && (typeof child.title !== 'string' || typeof child.description !== 'string')) {
            missing.push(`${path}/${key}/${name}`);
          }
          visit(child, `${path}/${key}/${name}`);
        }
      }
      for (const key of ['items', 'additionalProperties']) visit(record[key], `${path}/${key}`);
    };
    visit(schema, '#');
    expect(missing).toEqual([]);
  });

  it('is strict: unknown keys are errors at every level of the examples', () => {
    const result = checkSource('version: 1\nlanguage: en\nteam:\n  members:\n    anna:\n      name: Anna\n      hours: 4\n');
    expect(result.findings.map((f) => f.pointer)).toEqual(['/team/members/anna/hours']);
  });
});

describe('patterns with a message of their own', () => {
  it('are the patterns the schema uses', async () => {
    const { PATTERNS } = await import('../../src/model/validate.js');
    const schema = JSON.parse(await readFile(new URL('../../schemas/strategy.schema.json', import.meta.url), 'utf8')) as {
      $defs: Record<string, { pattern?: string }>;
    };
    for (const [name, pattern] of Object.entries(PATTERNS)) expect(schema.$defs[name]?.pattern).toBe(pattern);
  });
});
