#!/usr/bin/env node
// npm run build: the script-tag bundles, the modules for applications (dist/lib/), the dataset,
// type declarations, custom-elements.json, the embed-code builder (dist/embed/), and the
// versioned folder to upload (dist/cdn/).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const bin = (name) => `node_modules/.bin/${name}`;

rmSync('dist', { recursive: true, force: true });
// The manifest first: the embed-code builder's build reads the widgets' tokens from it.
run(bin('cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs']);
run(bin('rollup'), ['-c', 'rollup.config.js']);
run(bin('tsc'), ['-p', 'tsconfig.build.json', '--emitDeclarationOnly']);
run(process.execPath, ['scripts/build-cdn.mjs']);
