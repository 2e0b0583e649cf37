import { defineConfig } from 'vitest/config';

// Tests of the built extension: its size, and end-to-end runs in real browsers, one file at a
// time, because the machine has two cores and each browser wants one.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.e2e.ts', 'tests/security/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    reporters: ['default'],
  },
});
