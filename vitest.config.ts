import { defineConfig } from 'vitest/config';

// Unit and integration tests: real SQLite files in temp folders, never a mocked database.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
