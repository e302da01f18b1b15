// strategy.normalised.yaml validates against the schema `strategy schema --normalised` prints.
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as formats from 'ajv-formats';
import { parse } from 'yaml';
import { run } from '../../src/main.js';
import { captureIo } from '../helpers/io.js';

// ajv-formats is CommonJS: its function is the default export, or the module itself.
const addFormats = ((formats as unknown as { default?: unknown }).default ?? formats) as (ajv: Ajv2020, names: string[]) => Ajv2020;

describe('the normalised strategy', () => {
  it('passes the schema of its own, which the strategy file alone does not', async () => {
    const schemaIo = captureIo();
    expect(await run(['schema', '--normalised'], schemaIo)).toBe(0);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv, ['date', 'email']);
    const validate = ajv.compile(JSON.parse(schemaIo.out()));
    for (const example of ['mbo', 'adult-education', 'university-en']) {
      const io = captureIo();
      expect(await run(['render', `examples/${example}/strategy.yaml`, '--format', 'yaml', '--stdout'], io)).toBe(0);
      const normalised = parse(io.out()) as Record<string, unknown>;
      expect(validate(normalised), JSON.stringify(validate.errors)).toBe(true);
      const { derived: _derived, ...strategyOnly } = normalised;
      expect(validate(strategyOnly)).toBe(false);
    }
  });
});
