// `strategy schema`: print the JSON Schema for editors and other tools.
import { join } from 'node:path';
import type { Io } from '../io.js';
import { EXIT } from '../errors.js';

export const SCHEMA_PATH = 'schemas/strategy.schema.json';

/**
 * The schema of strategy.yaml, or with `normalised` that of strategy.normalised.yaml (what
 * `render --format yaml` writes): the same strategy, with its derived figures required.
 */
export async function schema(io: Io, options: { normalised?: boolean } = {}): Promise<number> {
  const text = new TextDecoder().decode(await io.fs.readFile(join(io.packageRoot, SCHEMA_PATH)));
  if (!options.normalised) {
    io.stdout.write(text);
    return EXIT.ok;
  }
  const schema = JSON.parse(text) as Record<string, unknown> & { required?: string[]; properties: Record<string, Record<string, unknown>> };
  const normalised = {
    ...schema,
    $id: String(schema.$id ?? '').replace(/strategy\.schema\.json$/, 'strategy.normalised.schema.json'),
    title: 'Normalised social-media strategy',
    description:
      'strategy.normalised.yaml as `strategy render --format yaml` writes it: the strategy with its defaults filled in (language, visibility, time zone, item status) and its derived figures.',
    required: [...new Set([...(schema.required ?? []), 'language', 'derived'])],
    properties: {
      ...schema.properties,
      derived: {
        ...schema.properties.derived,
        required: [
          'cadence_hours_per_week',
          'team_hours_per_week',
          'capacity_used',
          'minutes_per_week_per_channel',
          'minutes_per_week_per_member',
        ],
      },
    },
  };
  io.stdout.write(`${JSON.stringify(normalised, null, 2)}\n`);
  return EXIT.ok;
}
