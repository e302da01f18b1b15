import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Packs and installs the package once, for the tests that run it as users do.
    globalSetup: ['test/scenarios/global-setup.ts'],
    // The test files share one process: no test mocks a module or changes global state, and a
    // fresh process per file cost some forty seconds of the suite.
    isolate: false,
    // Two files at a time, also on a machine with two cores: most tests wait on a child
    // process, a browser or a terminal, and the suite takes some 50 s less than one at a time.
    maxWorkers: 2,
    // Generous: the scenario rows run child processes side by side, and a busy machine is slow.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
