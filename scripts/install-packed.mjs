// Packs this package as `npm pack` does for a release and installs the tarball into a new,
// empty project, as a user would: what the installed-package tests and bench/ run.
// Usage: node scripts/install-packed.mjs [project-dir]  (prints the project folder)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** A new project with the packed package installed; returns its folder and the command's path. */
export function installPacked(project = mkdtempSync(join(tmpdir(), 'strategy-installed-'))) {
  mkdirSync(project, { recursive: true });
  const packDir = mkdtempSync(join(tmpdir(), 'strategy-pack-'));
  // `npm pack` runs the build (the `prepack` script), so the tarball holds a fresh dist/.
  const [{ filename }] = JSON.parse(
    execFileSync(npm, ['pack', '--json', '--pack-destination', packDir], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  );
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'installed-strategy-test', private: true }, null, 2)}\n`);
  execFileSync(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', join(packDir, filename)], {
    cwd: project,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return { project, bin: join(project, 'node_modules', '.bin', 'strategy') };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(installPacked(process.argv[2]).project);
}
