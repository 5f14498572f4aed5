import { defineConfig } from 'vitest/config';

// Database tests create their own SQLite file or PostgreSQL database per test file
// (see src/store/test-db.ts), so files can run in parallel. The machine has 2 cores.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/test-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
