// Generates src/model/strategy.generated.ts from schemas/strategy.schema.json.
// The schema is the source of truth; test/model/types.test.ts fails when this file drifts.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const root = new URL('..', import.meta.url);
export const typesFile = fileURLToPath(new URL('src/model/strategy.generated.ts', root));

// json-schema-to-typescript turns every `title`, and every `$ref` with annotations beside it,
// into a named type of its own; names should come from the $defs keys instead.
function simplified(node) {
  if (Array.isArray(node)) return node.map(simplified);
  if (node === null || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string') return { $ref: node.$ref };
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'title' || key === '$id') && typeof value === 'string') continue;
    out[key] =
      key === 'properties' || key === '$defs'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, simplified(v)]))
        : simplified(value);
  }
  return out;
}

export async function generateTypes() {
  const schema = JSON.parse(await readFile(fileURLToPath(new URL('schemas/strategy.schema.json', root)), 'utf8'));
  return compile(simplified(schema), 'Strategy', {
    bannerComment: '/* Generated from schemas/strategy.schema.json by scripts/generate-types.mjs. Do not edit. */',
    additionalProperties: false,
    unreachableDefinitions: true,
    strictIndexSignatures: true,
    format: true,
    style: { singleQuote: true, printWidth: 100 },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(typesFile, await generateTypes());
}
