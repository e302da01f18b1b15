// Loading a strategy that must be valid (render, calendar): schema errors are printed and
// stop the command; the rules are `check`'s business. A valid file takes the quick reader;
// any other is read as `check` reads it, to say what is wrong (./strategy-errors.ts).
import type { Io } from '../io.js';
import { quickValidStrategy } from '../model/quick-load.js';
import type { Language, Strategy } from '../model/strategy.js';
import { LONG_RUN_BYTES, readStrategyFile } from './read-strategy.js';

export async function loadValidStrategy(io: Io, file: string, fallback: Language): Promise<Strategy> {
  const source = await readStrategyFile(io, file);
  if (source.byteLength >= LONG_RUN_BYTES) io.expectLongRun();
  const quick = quickValidStrategy(source.text, source.byteLength);
  if (quick) return quick;
  const { loadThoroughly } = await import('./strategy-errors.js');
  return loadThoroughly(io, source, fallback);
}
