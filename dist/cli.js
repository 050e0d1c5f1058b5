#!/usr/bin/env node
import { runCli } from './model-deploy.js';

process.exitCode = await runCli(process.argv.slice(2));
