import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Browser tests share one built site; see test/support/global-setup.ts.
    testTimeout: 20_000,
  },
});
