import { describe, expect, it } from 'vitest';
import { run } from '../cli/harness.js';

describe('hardenfile lsp on the command line', () => {
  it.each([['--node-ipc'], ['--socket=5007'], ['--pipe', '/tmp/x.sock']])('rejects the %s transport with a usage error', async (...flag) => {
    const { code, stderr } = await run(['lsp', ...flag]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${flag[0]!.split('=')[0]} is not supported (use --stdio)`);
  });

  it('takes no paths', async () => {
    const { code, stderr } = await run(['lsp', '--stdio', 'Dockerfile']);
    expect(code).toBe(2);
    expect(stderr).toContain('hardenfile lsp takes no arguments');
  });

  it('rejects --stdio outside lsp', async () => {
    const { code, stderr } = await run(['--stdio', 'Dockerfile']);
    expect(code).toBe(2);
    expect(stderr).toContain('--stdio is only for hardenfile lsp');
  });

  it('ends with 1 when the input ends without shutdown', async () => {
    const { code, stdout, stderr } = await run(['lsp', '--stdio']);
    expect({ code, stdout, stderr }).toEqual({ code: 1, stdout: '', stderr: '' });
  });

  it('lists the command in the help', async () => {
    expect((await run(['--help'])).stdout).toMatch(/^ {2}lsp \[--stdio\] +Run the language server/m);
  });
});
