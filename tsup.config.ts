import { rmSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { asciiBundle } from './scripts/ascii-bundle.js';

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
    // Why: he is CommonJS without a "type"; loaded from node_modules, Node scanned its 100 KB for exports and worked
    // out its format on every import (a third of import's instructions over bare Node). Bundled, it costs neither,
    // and users install one dependency fewer. Its MIT notice stays in the bundle.
    noExternal: ['he'],
    plugins: [asciiBundle],
  },
  {
    // The command and the worker thread it starts; ESM only, for Node.
    entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    noExternal: ['he'],
    plugins: [asciiBundle],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
