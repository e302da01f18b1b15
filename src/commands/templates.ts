// `strategy templates eject [dir]`: copy the built-in templates to start a house style from.
import { join, relative, resolve } from 'node:path';
import type { Io } from '../io.js';
import { EXIT, StrategyError } from '../errors.js';
import type { Language } from '../model/strategy.js';
import { translator } from '../i18n/messages.js';
import { TEMPLATE_FILES } from '../render/templates.js';
import { writeFileAtomic } from '../files/write-file.js';

export const DEFAULT_TEMPLATES_DIR = 'strategy-templates';

export async function eject(options: { dir?: string; force: boolean; language: Language }, io: Io): Promise<number> {
  const dir = resolve(io.cwd, options.dir ?? DEFAULT_TEMPLATES_DIR);
  const shown = relative(io.cwd, dir) || '.';
  if (!options.force) {
    const existing: string[] = [];
    for (const name of TEMPLATE_FILES) {
      try {
        await io.fs.stat(join(dir, name));
        existing.push(join(shown, name));
      } catch {
        // Not there: fine.
      }
    }
    if (existing.length > 0) throw new StrategyError('error.eject-exists', { files: existing });
  }
  const decoder = new TextDecoder();
  for (const name of TEMPLATE_FILES) {
    const text = decoder.decode(await io.fs.readFile(join(io.packageRoot, 'templates', name)));
    await writeFileAtomic(io, join(dir, name), text);
  }
  io.stdout.write(`${translator(options.language)('templates.ejected', { count: TEMPLATE_FILES.length, dir: shown })}\n`);
  return EXIT.ok;
}
