#!/usr/bin/env node
// npm start: builds the widgets and serves the demo page on this machine only.
import { execFileSync } from 'node:child_process';
import { serve } from './static-server.mjs';

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });

const host = process.env.HOST ?? '127.0.0.1';
let port = Number(process.env.PORT ?? 8080);
for (let attempt = 0; ; attempt++) {
  try {
    const { url } = await serve({ root: '.', host, port, home: '/demo/' });
    console.log(`\nThe demo is at ${url}/demo/  (only reachable from this machine; Ctrl+C stops it)\n`);
    break;
  } catch (error) {
    if (error.code !== 'EADDRINUSE' || attempt >= 20) throw error;
    port++;
  }
}
