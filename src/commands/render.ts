// `strategy render [file]`: the strategy document and the content calendar, written into the
// output folder (--out-dir), or compared with what is there (--check), or printed (--stdout).
import type { Io } from '../io.js';
import { renderOutputs } from '../files/render-outputs.js';
import type { RenderOptions } from '../files/render-outputs.js';

export type { RenderOptions };

export function render(options: RenderOptions, io: Io): Promise<number> {
  return renderOutputs(options, io);
}
