// Whole-process timing: each command is run alternately with bare `node -e 0`, so both see
// the same machine load, and the median of the paired ratios is reported.
import { spawnSync } from 'node:child_process';

export function timeOnce(command, args, options = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], ...options });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error) throw result.error;
  return { ms, status: result.status, stderr: String(result.stderr ?? '') };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The value below which a share `q` of the values lie (nearest rank). */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
}

/**
 * Median ratio of `args` against bare node, over `runs` paired runs (after one warm-up each),
 * with the middle half of the ratios (p25–p75) to show how much the machine moved. Each
 * pair runs in alternating order, so neither side always runs on a machine the other just
 * warmed up.
 */
export function pairedRatio(args, { runs = 15, cwd, env } = {}) {
  const options = { cwd, env };
  timeOnce(process.execPath, ['-e', '0'], options);
  timeOnce(process.execPath, args, options);
  const ratios = [];
  const baseline = [];
  const target = [];
  for (let i = 0; i < runs; i++) {
    let base;
    let run;
    if (i % 2 === 0) {
      base = timeOnce(process.execPath, ['-e', '0'], options).ms;
      run = timeOnce(process.execPath, args, options).ms;
    } else {
      run = timeOnce(process.execPath, args, options).ms;
      base = timeOnce(process.execPath, ['-e', '0'], options).ms;
    }
    baseline.push(base);
    target.push(run);
    ratios.push(run / base);
  }
  return {
    ratio: median(ratios),
    low: quantile(ratios, 0.25),
    high: quantile(ratios, 0.75),
    baselineMs: median(baseline),
    targetMs: median(target),
  };
}
