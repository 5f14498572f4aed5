#!/usr/bin/env node
// Entry point for `npx quorum …` from a checkout: runs the TypeScript CLI through tsx,
// so there is no build step between `npm install` and a working command.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
