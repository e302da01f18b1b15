// Prints whole-process times of the installed `strategy` as ratios against bare `node -e 0`, measured in
// the same run (paired, median of several runs). Usage: npm run bench [-- --runs 21]
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pairedRatio } from './measure.mjs';
import { installPacked } from '../scripts/install-packed.mjs';

const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 15;
// The package as users install it: packed, then installed into a new project.
const { project } = installPacked();
const bin = join(project, 'node_modules', 'strategy-as-code', 'bin', 'strategy.cjs');
const example = (name) => join(project, 'node_modules', 'strategy-as-code', 'examples', name, 'strategy.yaml');

const cases = [
  { name: 'strategy --version', args: [bin, '--version'], budget: 1.2 },
  { name: 'strategy check (mbo example)', args: [bin, 'check', example('mbo')], budget: 2 },
  { name: 'strategy check (English example)', args: [bin, 'check', example('university-en')], budget: 2 },
  {
    name: 'strategy render (mbo example, all four outputs)',
    args: [bin, 'render', example('mbo'), '--force', '--out-dir', join(mkdtempSync(join(tmpdir(), 'strategy-bench-')), 'docs')],
    budget: 2.5,
  },
];

console.log(`node ${process.version}, ${runs} paired runs per case (median; p25–p75 of the ratios)\n`);
console.log('| case | node -e 0 | strategy | ratio | p25–p75 | budget |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
let over = 0;
for (const { name, args, budget } of cases) {
  const result = pairedRatio(args, { runs, cwd: project });
  const overBudget = budget !== undefined && result.ratio > budget;
  if (overBudget) over += 1;
  console.log(
    `| ${name} | ${result.baselineMs.toFixed(0)} ms | ${result.targetMs.toFixed(0)} ms | ${result.ratio.toFixed(2)}x | ${result.low.toFixed(2)}–${result.high.toFixed(2)} | ${budget ? `${budget}x` : '—'}${overBudget ? ' ✗' : ''} |`,
  );
}
if (over > 0) console.log(`\n${over} case(s) over budget.`);
