/**
 * The command line's smaller promises: `help` as a command and each command's own `--help`,
 * suggestions for an unknown rule wherever one is named, `--build-arg NAME` from the environment,
 * warnings for ignore comments that silence less than they say, and the default `--jobs`.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HELP } from '../../src/cli/args.js';
import { run, tree } from './harness.js';

const BAD = 'FROM alpine:3.23\nRUN apk add curl\n';
const usage = (message: string) => `hardenfile: error: ${message}\nRun 'hardenfile --help' for usage.\n`;

describe('help', () => {
  it('is a command, with or without a topic, and --help after a command prints its own', async () => {
    expect(await run(['help'])).toEqual({ code: 0, stdout: HELP, stderr: '' });
    const own: Record<string, RegExp> = {
      rules: /^Usage: hardenfile rules\n/,
      explain: /^Usage: hardenfile explain <rule>\n/,
      schema: /^Usage: hardenfile schema \[-o <file>\]\n/,
      lsp: /^Usage: hardenfile lsp \[--stdio\] \[options\]\n/,
      help: /^Usage: hardenfile help \[command\]\n/,
    };
    for (const [command, start] of Object.entries(own)) {
      const viaFlag = await run([command, '--help']);
      expect(viaFlag.code).toBe(0);
      expect(viaFlag.stdout).toMatch(start);
      expect(await run(['help', command])).toEqual(viaFlag);
      expect(await run([command, '-h'])).toEqual(viaFlag);
    }
    // `lsp --help` prints help and starts no server; `explain --help` needs no rule.
    expect((await run(['lsp', '--stdio', '--help'])).stdout).toMatch(own.lsp!);
  });

  it('names an unknown command, and a path named help is still linted after --', async () => {
    expect(await run(['help', 'rulse'])).toEqual({ code: 2, stdout: '', stderr: usage('unknown command rulse (did you mean rules?)') });
    expect((await run(['help', 'zzz'])).stderr).toBe(usage('unknown command zzz (the commands: rules, explain, schema, lsp, help)'));
    const cwd = tree({ help: BAD });
    const r = await run(['--no-color', '--', 'help'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^help\n/);
  });
});

describe('unknown rules', () => {
  it('are suggested by explain and --rule, as in config files, or point at the rule list', async () => {
    expect((await run(['explain', 'signing-key-nam'])).stderr).toBe(usage('unknown rule signing-key-nam (did you mean signing-key-name?)'));
    expect((await run(['explain', 'nosuch'])).stderr).toBe(usage('unknown rule nosuch (hardenfile rules lists the rules)'));
    const cwd = tree({ Dockerfile: BAD });
    expect((await run(['--rule', 'signing-key-nam=off', 'Dockerfile'], { cwd })).stderr).toBe(usage('--rule signing-key-nam=off: unknown rule (did you mean signing-key-name?)'));
    expect((await run(['--rule', 'nosuch=off', 'Dockerfile'], { cwd })).stderr).toBe(usage('--rule nosuch=off: unknown rule (hardenfile rules lists the rules)'));
  });
});

describe('--build-arg NAME', () => {
  // The release in the repository URL comes from the build argument, which decides the finding.
  const text = 'ARG ALPINE=3.23\nFROM alpine:${ALPINE}\nRUN echo "https://dhi.io/apk/alpine/v3.22/main" > /etc/apk/repositories\n';
  const mismatch = ['--format', 'json', 'Dockerfile'];
  const rules = async (args: string[], env: Record<string, string> = {}) => {
    const r = await run(args, { cwd: tree({ Dockerfile: text }), env });
    expect(r.stderr).toBe('');
    return (JSON.parse(r.stdout) as { files: { findings: { rule: string }[] }[] }).files[0]!.findings.map((f) => f.rule);
  };

  it('takes the value from the environment, as docker build does, and is dropped without one', async () => {
    expect(await rules(mismatch)).toContain('repository-version-mismatch');
    expect(await rules(['--build-arg', 'ALPINE=3.22', ...mismatch])).not.toContain('repository-version-mismatch');
    expect(await rules(['--build-arg', 'ALPINE', ...mismatch], { ALPINE: '3.22' })).not.toContain('repository-version-mismatch');
    // Unset in the environment: the Dockerfile's default stands.
    expect(await rules(['--build-arg', 'ALPINE', ...mismatch])).toContain('repository-version-mismatch');
    expect((await run(['--build-arg', '=x', 'Dockerfile'], { cwd: tree({ Dockerfile: text }) })).stderr).toBe(usage('--build-arg =x: expected NAME=VALUE'));
  });
});

describe('ignore comments', () => {
  it('warn on standard error when they name no rule or an unknown one, without changing the exit code', async () => {
    const text = [
      'FROM alpine:3.23',
      '# hardenfile-ignore upstream-package-sourc',
      'RUN apk add curl',
      '# hardenfile-ignore',
      '# hardenfile-ignore-next-line upstream-package-source',
      '# hardenfile-ignore-file all -- a known form',
      '# hardenfile-ignore-file nosuch',
      '',
    ].join('\n');
    const cwd = tree({ 'svc/Dockerfile': text });
    const r = await run(['--format', 'json', 'svc/Dockerfile'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')).toEqual([
      'svc/Dockerfile:2:21: warning: # hardenfile-ignore: there is no rule upstream-package-sourc (did you mean upstream-package-source?)',
      'svc/Dockerfile:4:1: warning: # hardenfile-ignore names no rule, so it silences nothing (name the rules, or all)',
      'svc/Dockerfile:5:1: warning: hardenfile-ignore-next-line is not a comment hardenfile reads (it reads hardenfile-ignore and hardenfile-ignore-file), so it silences nothing',
      'svc/Dockerfile:7:26: warning: # hardenfile-ignore-file: there is no rule nosuch',
      '',
    ]);
  });

  it('say nothing when they are well formed, and a comment inside a heredoc is no comment', async () => {
    const text = 'FROM alpine:3.23\n# hardenfile-ignore upstream-package-source, signing-key-name -- reviewed\nRUN apk add curl\nRUN <<EOF\n# hardenfile-ignore\nEOF\n';
    const r = await run(['--no-color', 'Dockerfile'], { cwd: tree({ Dockerfile: text }) });
    expect(r).toEqual({ code: 0, stdout: '✔ no problems in 1 file\n', stderr: '' });
  });
});

describe('the default --jobs', () => {
  afterEach(() => {
    vi.doUnmock('node:os');
    vi.resetModules();
  });

  it('is half the logical cores, so a 2-core machine lints on one thread', async () => {
    for (const [cores, threads] of [[1, 1], [2, 1], [3, 1], [4, 2], [16, 8]] as const) {
      vi.resetModules();
      vi.doMock('node:os', async (original) => ({ ...(await original<typeof import('node:os')>()), availableParallelism: () => cores }));
      const { workerCount } = await import('../../src/cli/parallel.js');
      expect(workerCount(10_000), `${cores} cores`).toBe(threads);
      expect(workerCount(10_000, 3)).toBe(3);
    }
  });
});
