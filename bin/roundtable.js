#!/usr/bin/env node
// The package's `roundtable` command (`roundtable analyze <file.vtt> [--json]`) for plain Node, which cannot import
// TypeScript: registers tsx's loader, then runs the CLI from its source, server/cli.ts.
import process from 'node:process';
import { register } from 'tsx/esm/api';

register();
const { processIo, runCli } = await import('../server/cli.ts');
process.exitCode = await runCli(process.argv.slice(2), processIo());
