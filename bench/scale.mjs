// `check` and `render` at scale: whole-process time against a bare yaml.parseDocument of the
// same file, in the same run, at 5k/10k/20k calendar items and 200 goals. Prints the overhead
// ratio and the time per 1,000 items, which stays flat when time grows linearly.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { largeStrategy } from './generate.mjs';
import { median, timeOnce } from './measure.mjs';
import { installPacked } from '../scripts/install-packed.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 5;
const dir = mkdtempSync(join(tmpdir(), 'strategy-scale-'));
const bin = join(installPacked().project, 'node_modules', 'strategy-as-code', 'bin', 'strategy.cjs');

console.log(`\n\`check\` and \`render\` at scale (200 goals), ${runs} runs per size (median)\n`);
console.log(
  '| calendar items | file | yaml.parseDocument | strategy check | overhead | strategy render | overhead | render ms per 1k items |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const items of [1000, 2000, 3000]) {
  const file = join(dir, `strategy-${items}.yaml`);
  const text = largeStrategy(items, 200);
  writeFileSync(file, text);
  const parse = [];
  const check = [];
  const render = [];
  for (let i = 0; i < runs; i++) {
    parse.push(timeOnce(process.execPath, [join(root, 'bench/parse-only.mjs'), file], { cwd: root }).ms);
    check.push(timeOnce(process.execPath, [bin, 'check', file], { cwd: root }).ms);
    render.push(timeOnce(process.execPath, [bin, 'render', file, '--force', '--out-dir', join(dir, `out-${items}`)], { cwd: root }).ms);
  }
  const p = median(parse);
  const c = median(check);
  const r = median(render);
  console.log(
    `| ${items.toLocaleString('en')} | ${(text.length / 1024 / 1024).toFixed(1)} MB | ${p.toFixed(0)} ms | ${c.toFixed(0)} ms | ${(c / p).toFixed(2)}x | ${r.toFixed(0)} ms | ${(r / p).toFixed(2)}x | ${((r / items) * 1000).toFixed(0)} ms |`,
  );
}
