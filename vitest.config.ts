import { defineConfig } from 'vitest/config';

// Database tests create their own SQLite file or PostgreSQL database per test file
// (see src/store/test-db.ts), so files can run in parallel. The machine has 2 cores.
// The web app is built once before the run (src/test-global-setup.ts) for the browser tests.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'web/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
    globalSetup: ['src/test-global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // expect.poll waits 1 s by default; on a loaded 2-core machine a browser page can take longer to
    // settle, and a wrong value still fails, only later.
    expect: { poll: { timeout: 10_000 } },
  },
});
