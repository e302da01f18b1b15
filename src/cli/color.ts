// Colour only for terminals, never when NO_COLOR is set or --no-color is given.
import { Chalk } from 'chalk';
import type { ChalkInstance } from 'chalk';
import type { Output } from '../io.js';

export function colorFor(output: Output, env: Readonly<Record<string, string | undefined>>, flag: boolean | undefined): ChalkInstance {
  return new Chalk({ level: colorLevel(output, env, flag) });
}

export function colorLevel(output: Output, env: Readonly<Record<string, string | undefined>>, flag: boolean | undefined): 0 | 1 | 2 | 3 {
  if (flag === false) return 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const forced = env.FORCE_COLOR;
  if (forced !== undefined && forced !== '') {
    if (forced === '0' || forced === 'false') return 0;
    return forced === '2' ? 2 : forced === '3' ? 3 : 1;
  }
  if (flag === true) return 1;
  if (!output.isTTY || env.TERM === 'dumb') return 0;
  return env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit' ? 3 : 1;
}
