// The files a command is given: names as they are, and glob patterns
// ("schools/*/strategy.yaml") expanded through Io, each file once, in order.
import type { Io } from '../io.js';
import { StrategyError } from '../errors.js';

/** A name with one of these characters is a pattern. */
const GLOB = /[*?[\]{}]/;

export async function expandPatterns(patterns: readonly string[], io: Io): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of patterns) {
    if (!GLOB.test(pattern)) {
      files.push(pattern);
      continue;
    }
    const matches = await io.fs.glob(pattern, io.cwd);
    if (matches.length === 0) throw new StrategyError('error.no-match', { pattern });
    for (const match of matches.sort()) files.push(match);
  }
  return [...new Set(files)];
}
