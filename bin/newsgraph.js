#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx newsgraph` works from a plain `npm install`.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
