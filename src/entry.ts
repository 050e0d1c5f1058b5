// The one bundle entry: dist/index.js (the action) and dist/cli.js (the CLI) are two-line wrappers over it.
export { main as runCli } from './cli.js';
export { run as runAction } from './main.js';
