#!/usr/bin/env node
// CLI entry: runs the TypeScript sources directly (no build step) through tsx's loader.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
