import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        // Browser and build-output tests share one build of the demo site.
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          globalSetup: ['test/support/site-build.ts'],
          testTimeout: 60_000,
          // Pages update after a fetch or a script; CI machines are slow and shared.
          expect: { poll: { timeout: 10_000 } },
          hookTimeout: 240_000,
          // One browser at a time: CI has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
