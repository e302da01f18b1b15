// The floor for `check` at scale: the yaml package parsing the same file, nothing else.
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';

const text = readFileSync(process.argv[2], 'utf8');
const doc = parseDocument(text, { lineCounter: new LineCounter(), uniqueKeys: true });
if (doc.errors.length > 0) process.exitCode = 1;
