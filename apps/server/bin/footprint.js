#!/usr/bin/env node
// The `footprint` command: runs the TypeScript CLI through tsx, so there is no build step.
import v8 from 'node:v8';
import { register } from 'tsx/esm/api';

// A larger young generation: ingestion allocates many short-lived objects per request, and with
// V8's default 16 MB semi-spaces the scavenger ran often enough to cost ~15% of the server's CPU.
// (Measured with `npm run bench`; NODE_OPTIONS can still override it.)
if (!process.execArgv.concat(process.env.NODE_OPTIONS ?? '').join(' ').includes('semi-space')) v8.setFlagsFromString('--max-semi-space-size=32');

register();
await import('../src/cli.ts');
