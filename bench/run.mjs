// Prints whole-process times of `strategy` as ratios against bare `node -e 0`, measured in
// the same run (paired, median of several runs). Usage: npm run bench [-- --runs 21]
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pairedRatio } from './measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 15;
// A compile cache of the bench's own, made by each case's warm-up run as a user's first run
// makes it, not one left by whatever ran in this checkout before.
const cacheDir = mkdtempSync(join(tmpdir(), 'strategy-bench-cache-'));

const check = ['bin/strategy.cjs', 'check', 'examples/mbo/strategy.yaml'];
const cases = [
  { name: 'strategy --version', args: ['bin/strategy.cjs', '--version'], budget: 1.3 },
  { name: 'strategy check (mbo example)', args: check, budget: 1.75 },
  { name: 'strategy check (English example)', args: ['bin/strategy.cjs', 'check', 'examples/university-en/strategy.yaml'], budget: 1.75 },
  {
    name: 'strategy render (mbo example, all four outputs)',
    args: ['bin/strategy.cjs', 'render', 'examples/mbo/strategy.yaml', '--force', '--out-dir', join(mkdtempSync(join(tmpdir(), 'strategy-bench-')), 'docs')],
    budget: 2,
  },
  // What the very first run pays, before the compile cache exists.
  { name: 'strategy check (mbo example), no compile cache', args: check, env: { STRATEGY_NO_COMPILE_CACHE: '1' } },
];

console.log(`node ${process.version}, ${runs} paired runs per case (median; p25–p75 of the ratios)\n`);
console.log('| case | node -e 0 | strategy | ratio | p25–p75 | budget |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
let over = 0;
for (const { name, args, budget, env } of cases) {
  const result = pairedRatio(args, { runs, cwd: root, env: { ...process.env, STRATEGY_CACHE_DIR: cacheDir, ...env } });
  const overBudget = budget !== undefined && result.ratio > budget;
  if (overBudget) over += 1;
  console.log(
    `| ${name} | ${result.baselineMs.toFixed(0)} ms | ${result.targetMs.toFixed(0)} ms | ${result.ratio.toFixed(2)}x | ${result.low.toFixed(2)}–${result.high.toFixed(2)} | ${budget ? `${budget}x` : '—'}${overBudget ? ' ✗' : ''} |`,
  );
}
if (over > 0) console.log(`\n${over} case(s) over budget.`);
