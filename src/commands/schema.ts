// `strategy schema`: print the JSON Schema for editors and other tools.
import { join } from 'node:path';
import type { Io } from '../io.js';
import { EXIT } from '../errors.js';

export const SCHEMA_PATH = 'schemas/strategy.schema.json';

export async function schema(io: Io): Promise<number> {
  const bytes = await io.fs.readFile(join(io.packageRoot, SCHEMA_PATH));
  io.stdout.write(new TextDecoder().decode(bytes));
  return EXIT.ok;
}
