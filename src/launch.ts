// Starts the bundled command (dist/cli.cjs) through V8's code cache, so that later runs skip
// compiling it: what `module.enableCompileCache()` does on Node 22, done by hand on Node 20.
// The bundles of heavier commands (dist/render.cjs, …) are loaded the same way. Kept apart
// from the bundles it loads, and free of dependencies, so it costs next to nothing.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

/** What the command can ask of the runtime that started it. */
export interface Runtime {
  /** The input is large: turn the optimising compiler back on. */
  expectLongRun(): void;
}

interface CliModule {
  main(packageRoot: string, runtime: Runtime): Promise<void>;
}

const COMMANDS_WITH_OWN_CACHE = new Set(['check', 'render', 'init', 'calendar', 'templates', 'rules', 'schema']);

export function launch(packageRoot: string): void {
  const args = process.argv.slice(2);
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
    // Asked by scripts and bug reports: answer without loading the command at all.
    const manifest = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string };
    process.stdout.write(`${manifest.version}\n`);
    return;
  }
  // Most runs are a few milliseconds of JavaScript on a small file: compiling hot functions
  // with TurboFan then costs more than it saves (about 30 ms of a 120 ms check). Commands
  // that face a large input turn it back on.
  setFlagsFromString('--no-opt');
  let longRun = false;
  const runtime: Runtime = {
    expectLongRun() {
      longRun = true;
      setFlagsFromString('--opt');
    },
  };
  const dist = join(packageRoot, 'dist');
  const entry = join(dist, 'cli.cjs');
  // module.enableCompileCache() came with Node 22.1; node:module itself costs a little to load.
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  const enable =
    major > 22 || (major === 22 && minor >= 1)
      ? (require('node:module') as { enableCompileCache?: (dir?: string) => unknown }).enableCompileCache
      : undefined;
  if (process.env.STRATEGY_NO_COMPILE_CACHE || typeof enable === 'function') {
    if (!process.env.STRATEGY_NO_COMPILE_CACHE) enable?.(cacheDir(packageRoot));
    void (require(entry) as CliModule).main(packageRoot, runtime);
    return;
  }

  // A cache holds the functions that the run which made it compiled, and is kept: so one
  // cache per command and per set of options (`render --stdout` runs less than `render`),
  // and none made by a run that stopped on an error.
  const command = args.find((arg) => COMMANDS_WITH_OWN_CACHE.has(arg)) ?? 'other';
  const prefix = join(cacheDir(packageRoot), `${process.version}-${process.arch}-${command}${optionsTag(args)}`);
  const loaded: { script: Script; cacheFile: string; fresh: boolean }[] = [];

  const load = (file: string): unknown => {
    const source = readFileSync(file, 'utf8');
    // V8 takes a cache made for any source of the same length and then runs the old code, or
    // crashes: the build stamps each bundle with a hash of its content (scripts/build.mjs).
    const build = /build=(\w+)\s*$/.exec(source.slice(-40))?.[1] ?? `length${source.length}`;
    const cacheFile = `${prefix}-${file.slice(dist.length + 1).replace(/\W/g, '_')}-${build}.cache`;
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
    // The wrapper Node puts around a CommonJS module (Module.wrap).
    const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
    const script = new Script(wrapped, { filename: file, ...(cachedData ? { cachedData } : {}) });
    loaded.push({ script, cacheFile, fresh: cachedData === undefined || script.cachedDataRejected === true });
    const module = { exports: {} as unknown };
    const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
    wrapper.call(module.exports, module.exports, bundleRequire, module, file, dirname(file));
    return module.exports;
  };
  // The bundles ask for each other as require('./render.cjs'); everything else is Node's.
  const bundleRequire = Object.assign(
    (id: string): unknown => (id.startsWith('./') && id.endsWith('.cjs') ? load(join(dist, id)) : require(id)),
    { resolve: require.resolve, cache: require.cache, main: require.main },
  );

  void (load(entry) as CliModule).main(packageRoot, runtime).then(() => {
    // After the run, so the cache also holds the functions that were compiled lazily; not
    // after a long run, whose changed flags V8 would hold against the cache next time.
    // Nor after a run that stopped on an error (exit 2): what it compiled is not what the
    // command usually runs. Findings (1) and a wizard cancelled (130) are usual runs.
    if (longRun || process.exitCode === 2) return;
    for (const { script, cacheFile, fresh } of loaded) {
      if (!fresh) continue;
      try {
        mkdirSync(dirname(cacheFile), { recursive: true });
        const temporary = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, cacheFile);
        // Caches of earlier builds of this bundle are of no more use.
        const stem = basename(cacheFile).replace(/-\w+\.cache$/, '');
        for (const old of readdirSync(dirname(cacheFile))) {
          const earlier = old.startsWith(`${stem}-`) || old === `${stem}.cache`;
          if (earlier && old.endsWith('.cache') && old !== basename(cacheFile)) rmSync(join(dirname(cacheFile), old), { force: true });
        }
      } catch {
        // A cache that cannot be written only costs speed.
      }
    }
  });
}

/** The options given (names only, not values or files), as a short tag: '' for none. */
function optionsTag(args: readonly string[]): string {
  const names = [...new Set(args.filter((arg) => arg.startsWith('-')).map((arg) => arg.split('=')[0]))].sort().join(' ');
  if (names === '') return '';
  // FNV-1a: a name for the set, not a secret.
  let hash = 0x811c9dc5;
  for (let i = 0; i < names.length; i++) hash = Math.imul(hash ^ names.charCodeAt(i), 0x01000193);
  return `-o${(hash >>> 0).toString(36)}`;
}

/** `node_modules/.cache/strategy-as-code`, next to the installed package, as other tools do. */
function cacheDir(packageRoot: string): string {
  if (process.env.STRATEGY_CACHE_DIR) return process.env.STRATEGY_CACHE_DIR;
  const marker = `${sep}node_modules${sep}`;
  const index = packageRoot.lastIndexOf(marker);
  const nodeModules = index >= 0 ? packageRoot.slice(0, index + marker.length - 1) : join(packageRoot, 'node_modules');
  return join(nodeModules, '.cache', 'strategy-as-code');
}
