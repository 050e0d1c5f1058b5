import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Its JSON schemas are imported without `with { type: 'json' }`; let vite transform it.
    server: { deps: { inline: [/@actions\/workflow-parser/] } },
  },
});
