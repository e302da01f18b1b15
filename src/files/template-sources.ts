// Where templates come from: the built-in ones (precompiled), each replaceable by a file of
// the same name in a --templates folder (a house style for one institution), which may also
// add partials.
import { join, resolve, sep } from 'node:path';
import { StrategyError } from '../errors.js';
import type { Io } from '../io.js';
import { readError } from '../errors.js';
import { TEMPLATE_FILES } from '../render/templates.js';
import type { TemplateCompiler } from '../render/templates.js';

const decoder = new TextDecoder();

/** The Handlebars compiler, loaded only when there are templates to compile at run time. */
export async function compilerFor(sources: ReadonlyMap<string, string>): Promise<TemplateCompiler | undefined> {
  return sources.size > 0 ? (await import('handlebars')).default : undefined;
}

/** The templates in `overrideDir` that replace or add to the built-in ones (compiled into the build). */
export async function templateSources(io: Io, overrideDir?: string): Promise<Map<string, string>> {
  const sources = new Map<string, string>();
  if (!overrideDir) return sources;
  const dir = resolve(io.cwd, overrideDir);
  const isDir = await io.fs.stat(dir).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
  if (!isDir) throw new StrategyError('error.templates-dir', { dir: overrideDir });
  const root = await io.fs.realpath(dir);
  // Templates are code that runs with the user's rights: they are read from the folder the
  // user named and nowhere else, so a link in it cannot pull in another file.
  const read = async (name: string): Promise<string | undefined> => {
    const path = join(dir, name);
    let real: string;
    try {
      real = await io.fs.realpath(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new StrategyError('error.read', {
        file: join(overrideDir, name),
        detail: (error as NodeJS.ErrnoException).code ?? String(error),
      });
    }
    if (!real.startsWith(`${root}${sep}`)) throw new StrategyError('error.template-outside', { template: join(overrideDir, name) });
    try {
      return decoder.decode(await io.fs.readFile(real));
    } catch (error) {
      // A folder is not a template; a pipe or a device under a template's name is a mistake to name, not to skip.
      if ((error as NodeJS.ErrnoException).code === 'EISDIR') return undefined;
      throw readError(join(overrideDir, name), error);
    }
  };
  for (const name of TEMPLATE_FILES) {
    const source = await read(name);
    if (source !== undefined) sources.set(name, source);
  }
  let partials: string[] = [];
  try {
    partials = await io.fs.readdir(join(dir, 'partials'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
  }
  for (const entry of partials.filter((name) => name.endsWith('.hbs')).sort()) {
    const source = await read(join('partials', entry));
    if (source !== undefined) sources.set(`partials/${entry}`, source);
  }
  return sources;
}
