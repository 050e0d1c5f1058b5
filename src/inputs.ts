import * as core from '@actions/core';

/** The action's inputs, keyed exactly as in action.yml. The only module that calls core.getInput. */
export interface Inputs {
  command: string;
  args: string;
  config: string;
  'working-directory': string;
  'github-token': string;
  kubeconfig: string;
  'registry-username': string;
  'registry-password': string;
  'dry-run': boolean;
}

export function getInputs(): Inputs {
  return {
    command: core.getInput('command') || 'pipeline',
    args: core.getInput('args'),
    config: core.getInput('config') || 'model-deploy.yml',
    'working-directory': core.getInput('working-directory') || '.',
    'github-token': core.getInput('github-token'),
    kubeconfig: core.getInput('kubeconfig'),
    'registry-username': core.getInput('registry-username'),
    'registry-password': core.getInput('registry-password'),
    'dry-run': parseBoolean(core.getInput('dry-run')),
  };
}

function parseBoolean(value: string): boolean {
  return /^(true|yes|on|1)$/i.test(value.trim());
}

/** Splits the `args` input like a shell would (quotes, no expansion); one flag per line also works. */
export function splitArgs(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let quote: '"' | "'" | undefined;
  let started = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = undefined;
      else if (ch === '\\' && quote === '"' && i + 1 < text.length) current += text[++i];
      else current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      started = true;
    } else if (/\s/.test(ch)) {
      if (started) out.push(current);
      current = '';
      started = false;
    } else {
      if (ch === '\\' && i + 1 < text.length) current += text[++i];
      else current += ch;
      started = true;
    }
  }
  if (quote) throw new Error(`unterminated ${quote} quote in the args input`);
  if (started) out.push(current);
  return out;
}
