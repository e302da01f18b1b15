import * as Y from 'yaml';
import { readFileSync } from 'node:fs';
const src = readFileSync(process.argv[2], 'utf8');
const mode = process.argv[3];
const t = performance.now();
if (mode === 'lex') { let n = 0; for (const _ of new Y.Lexer().lex(src)) n++; }
else if (mode === 'cst') { let n = 0; for (const _ of new Y.Parser().parse(src)) n++; }
else if (mode === 'doc') { Y.parseDocument(src, { lineCounter: new Y.LineCounter(), uniqueKeys: true }); }
else if (mode === 'docnounique') { Y.parseDocument(src, { uniqueKeys: false }); }
console.log(mode, (performance.now() - t).toFixed(1));
