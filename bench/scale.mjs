// `check` and `render` at scale: whole-process time against a bare yaml.parseDocument of the
// same file, in the same run, at 5k/10k/20k calendar items and 200 goals. Prints the overhead
// ratio and the time per 1,000 items, which stays flat when time grows linearly. render reads
// a valid file with js-yaml, so its time is also set against a bare js-yaml load.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { largeStrategy } from './generate.mjs';
import { median, timeOnce } from './measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 5;
const dir = mkdtempSync(join(tmpdir(), 'strategy-scale-'));

console.log(`\n\`check\` and \`render\` at scale (200 goals), ${runs} runs per size (median)\n`);
console.log('| calendar items | file | yaml.parseDocument | strategy check | overhead | js-yaml load | strategy render | overhead (yaml) | overhead (js-yaml) | render ms per 1k items |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const items of [5000, 10000, 20000]) {
  const file = join(dir, `strategy-${items}.yaml`);
  const text = largeStrategy(items, 200);
  writeFileSync(file, text);
  const parse = [];
  const quick = [];
  const check = [];
  const render = [];
  for (let i = 0; i < runs; i++) {
    parse.push(timeOnce(process.execPath, [join(root, 'bench/parse-only.mjs'), file], { cwd: root }).ms);
    quick.push(timeOnce(process.execPath, [join(root, 'bench/parse-only.mjs'), file, 'js-yaml'], { cwd: root }).ms);
    check.push(timeOnce(process.execPath, [join(root, 'bin/strategy.cjs'), 'check', file], { cwd: root }).ms);
    render.push(timeOnce(process.execPath, [join(root, 'bin/strategy.cjs'), 'render', file, '--force', '--out-dir', join(dir, `out-${items}`)], { cwd: root }).ms);
  }
  const p = median(parse);
  const q = median(quick);
  const c = median(check);
  const r = median(render);
  console.log(
    `| ${items.toLocaleString('en')} | ${(text.length / 1024 / 1024).toFixed(1)} MB | ${p.toFixed(0)} ms | ${c.toFixed(0)} ms | ${(c / p).toFixed(2)}x | ${q.toFixed(0)} ms | ${r.toFixed(0)} ms | ${(r / p).toFixed(2)}x | ${(r / q).toFixed(2)}x | ${((r / items) * 1000).toFixed(0)} ms |`,
  );
}
