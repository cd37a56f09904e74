/** The CI formats through the CLI: stdout or --output, exit codes, files that could not be linted. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELP } from '../../src/cli/args.js';
import { FORMAT_NAMES } from '../../src/format/index.js';
import { RULES } from '../../rules/index.js';
import { run, tree } from './harness.js';

const BAD = 'FROM alpine:3.23\nRUN apk add curl\n';
// Only upstream-package-source runs: other rules are being written.
const ONE_RULE = RULES.filter((r) => r.id !== 'upstream-package-source').flatMap((r) => ['--rule', `${r.id}=off`]);

describe('CI formats on the command line', () => {
  it('names every format in --help', () => {
    const help = HELP.slice(HELP.indexOf('--format'), HELP.indexOf('--output'));
    for (const name of FORMAT_NAMES) expect(help).toContain(name);
  });

  it('writes SARIF to --output with the summary on the terminal, and exits 1 on findings', async () => {
    const root = tree({ 'svc/Dockerfile': BAD, 'clean/Dockerfile': 'FROM scratch\n' });
    const r = await run([...ONE_RULE, '--format', 'sarif', '--output', 'out/hardenfile.sarif', '.'], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/1 problem/);
    const log = JSON.parse(fs.readFileSync(path.join(root, 'out/hardenfile.sarif'), 'utf8').toString()) as {
      runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    expect(log.runs[0]!.results.map((x) => [x.ruleId, x.locations[0]!.physicalLocation.artifactLocation.uri])).toEqual([['upstream-package-source', 'svc/Dockerfile']]);
  });

  it('prints GitHub annotations on stdout', async () => {
    const root = tree({ 'svc/Dockerfile': BAD });
    const r = await run([...ONE_RULE, '-f', 'github', 'svc/Dockerfile'], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=svc\/Dockerfile,line=2,endLine=2,col=5,endColumn=17,title=upstream-package-source::/);
  });

  it('lints standard input into GitLab Code Quality under the --stdin-filename', async () => {
    const r = await run([...ONE_RULE, '-f', 'gitlab', '--stdin-filename', 'app/Dockerfile', '-'], { stdin: BAD });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject([{ check_name: 'upstream-package-source', location: { path: 'app/Dockerfile', lines: { begin: 2 } } }]);
  });

  it.each(['sarif', 'github', 'gitlab', 'checkstyle', 'junit'])('%s: a file that cannot be linted exits 2 and is reported on stderr', async (format) => {
    const root = tree({ 'bin.Dockerfile': Buffer.from([0, 1, 2, 3, 0, 0xff]) });
    const r = await run(['-f', format, 'bin.Dockerfile'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bin.Dockerfile');
  });

  it('keeps the report parseable when clean', async () => {
    const root = tree({ Dockerfile: 'FROM scratch\n' });
    for (const format of ['sarif', 'gitlab']) {
      const r = await run([...ONE_RULE, '-f', format, '.'], { cwd: root });
      expect(r.code).toBe(0);
      expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
    }
    const junit = await run([...ONE_RULE, '-f', 'junit', '.'], { cwd: root });
    expect(junit.stdout).toContain('<testcase classname="Dockerfile" name="hardenfile"/>');
  });
});
