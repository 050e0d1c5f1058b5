// The one bundle entry. dist/index.js (the action) and dist/cli.js (the CLI) are two-line wrappers over it;
// each loads only its own side, so `model-deploy --help` does not parse the Actions toolkit.
export async function runCli(argv: string[]): Promise<number> {
  const { main } = await import('./cli.js');
  return main(argv);
}

export async function runAction(): Promise<number> {
  const { run } = await import('./main.js');
  return run();
}
