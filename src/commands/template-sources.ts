// Where templates come from: the built-in ones (precompiled), each replaceable by a file of
// the same name in a --templates folder (a house style for one institution), which may also
// add partials.
import { join, resolve } from 'node:path';
import type { Io } from '../io.js';
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
  for (const name of TEMPLATE_FILES) {
    try {
      sources.set(name, decoder.decode(await io.fs.readFile(join(dir, name))));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  try {
    for (const entry of await io.fs.readdir(join(dir, 'partials'))) {
      if (entry.endsWith('.hbs')) sources.set(`partials/${entry}`, decoder.decode(await io.fs.readFile(join(dir, 'partials', entry))));
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return sources;
}
