import { describe, expect, test } from 'vitest';
import {
  ConfigError,
  describeError,
  ExitCode,
  exitCodeOf,
  GateError,
  InputError,
  ToolError,
} from '../src/errors.js';

describe('the error boundary', () => {
  test.each([
    [new InputError('bad flag'), ExitCode.Usage, 'bad flag'],
    [
      new ConfigError([{ path: 'a.b', message: 'wrong', file: 'f.yml', line: 3, col: 5 }]),
      ExitCode.Usage,
      'f.yml:3:5: a.b: wrong',
    ],
    [new GateError('accuracy dropped'), ExitCode.Gate, 'accuracy dropped'],
    [new ToolError('registry down', { exitCode: ExitCode.Usage }), ExitCode.Usage, 'registry down'],
    [
      Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT', path: '/x/y' }),
      ExitCode.Gate,
      'cannot access /x/y (ENOENT)',
    ],
    ['a string was thrown', ExitCode.Gate, 'unexpected error: a string was thrown'],
  ] as [unknown, number, string][])('%s → exit %i', (error, code, message) => {
    expect(exitCodeOf(error)).toBe(code);
    expect(describeError(error)).toContain(message);
  });

  test('a Kubernetes Status in a client-node ApiException becomes one line with what to do', () => {
    const error = Object.assign(new Error('HTTP-Code: 404\nMessage: Unknown API Status Code!\nBody: ...'), {
      code: 404,
      body: JSON.stringify({
        kind: 'Status',
        status: 'Failure',
        message: 'namespaces "demo" not found',
        reason: 'NotFound',
        code: 404,
      }),
    });
    expect(describeError(error)).toBe(
      'Kubernetes API 404 NotFound: namespaces "demo" not found: create the namespace first (kubectl create namespace ...) or fix deploy.namespace',
    );
  });
});
