import { rmSync } from 'node:fs';
import { defineConfig } from 'tsup';

// Why: the two builds below run at once, so neither may clean dist/ (it would delete the other's output).
rmSync('dist', { recursive: true, force: true });

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    platform: 'neutral',
  },
  {
    // The command and the worker thread it starts; ESM only, for Node.
    entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
