// The floor at scale: the `yaml` package parsing the same file as `check` and `render` read
// every file, with positions, and nothing else.
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';

const text = readFileSync(process.argv[2], 'utf8');
const doc = parseDocument(text, { lineCounter: new LineCounter(), uniqueKeys: true });
if (doc.errors.length > 0) process.exitCode = 1;
