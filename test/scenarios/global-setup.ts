// Packs the package and installs the tarball into a new project once per test run, for the
// tests that run the command as users run it. Every temporary folder of the run (the tests'
// own, made with os.tmpdir()) lives in one folder that is removed when the run ends.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
// @ts-expect-error: a plain ES module of the build scripts, without types.
import { installPacked } from '../../scripts/install-packed.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    installedProject: string;
  }
}

export default function setup(project: TestProject): () => void {
  const scratch = mkdtempSync(join(tmpdir(), 'strategy-tests-'));
  // Read by os.tmpdir() here and in the test processes, which start after this.
  process.env.TMPDIR = scratch;
  const { project: folder } = installPacked() as { project: string };
  project.provide('installedProject', folder);
  return () => rmSync(scratch, { recursive: true, force: true });
}
