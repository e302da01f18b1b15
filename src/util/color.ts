// Colour only for terminals, never when NO_COLOR is set or --no-color is given. Chalk is
// loaded only when there is colour to paint: it probes the terminal when it loads.
import type { Output } from '../io.js';

export type Paint = (text: string) => string;

export interface Palette {
  error: Paint;
  warning: Paint;
  info: Paint;
  success: Paint;
  errorSummary: Paint;
  warningSummary: Paint;
  location: Paint;
  dim: Paint;
}

const plain: Paint = (text) => text;
export const PLAIN: Palette = {
  error: plain,
  warning: plain,
  info: plain,
  success: plain,
  errorSummary: plain,
  warningSummary: plain,
  location: plain,
  dim: plain,
};

export async function paletteFor(
  output: Output,
  env: Readonly<Record<string, string | undefined>>,
  flag: boolean | undefined,
): Promise<Palette> {
  const level = colorLevel(output, env, flag);
  if (level === 0) return PLAIN;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level });
  return {
    error: chalk.red,
    warning: chalk.yellow,
    info: chalk.blue,
    success: chalk.green,
    errorSummary: chalk.red.bold,
    warningSummary: chalk.yellow.bold,
    location: chalk.underline,
    dim: chalk.dim,
  };
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
