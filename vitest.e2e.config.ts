import { defineConfig } from 'vitest/config';

// End-to-end tests drive real browsers with the built extension: one file at a time, because the
// machine has two cores and each browser wants one.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    reporters: ['default'],
  },
});
