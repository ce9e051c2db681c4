#!/usr/bin/env node
// The `csm` command runs the TypeScript back-end directly through tsx, so `npx csm` works
// on a fresh clone with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../electron/backend/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
