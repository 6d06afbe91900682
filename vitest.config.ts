import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/cli/build.global.ts'],
    testTimeout: 30_000,
    // The pipeline keeps no state between calls (its only module-level data are memos of compiled patterns), so test
    // files can share a module graph: importing src/ once per worker instead of once per file halves the run.
    isolate: false,
    coverage: { provider: 'v8', include: ['src/**'], reporter: ['text-summary'] },
  },
});
