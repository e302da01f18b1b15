// Rendering in-process from the bundled examples and the built-in templates.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Strategy } from '../../src/model/strategy.js';
import { TEMPLATE_FILES } from '../../src/render/templates.js';
import { packageRoot } from '../helpers/io.js';

export function example(name: string): Strategy {
  return parse(readFileSync(join(packageRoot, 'examples', name, 'strategy.yaml'), 'utf8')) as Strategy;
}

export function builtInTemplates(): Map<string, string> {
  return new Map(TEMPLATE_FILES.map((name) => [name, readFileSync(join(packageRoot, 'templates', name), 'utf8')]));
}

export const EXAMPLES = ['mbo', 'adult-education', 'university-en'] as const;
