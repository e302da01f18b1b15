// The floor at scale: one YAML reader parsing the same file, nothing else. `yaml` (the
// default) is the package `check` reads every file with and the reference of the budgets;
// `js-yaml` is the quick reader that `render` and `calendar` use for a valid file.
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { CORE_SCHEMA, load } from 'js-yaml';

const [file, reader = 'yaml'] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
if (reader === 'js-yaml') {
  load(text, { schema: CORE_SCHEMA, maxAliases: 0 });
} else {
  const doc = parseDocument(text, { lineCounter: new LineCounter(), uniqueKeys: true });
  if (doc.errors.length > 0) process.exitCode = 1;
}
