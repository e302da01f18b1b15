// Packs the package and installs the tarball into a new project once per test run, for the
// tests that run the command as users run it.
import type { TestProject } from 'vitest/node';
// @ts-expect-error: a plain ES module of the build scripts, without types.
import { installPacked } from '../../scripts/install-packed.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    installedProject: string;
  }
}

export default function setup(project: TestProject): void {
  const { project: folder } = installPacked() as { project: string };
  project.provide('installedProject', folder);
}
