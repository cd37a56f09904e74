/**
 * action.yml: its inputs, steps and expressions refer to each other correctly, and its lint script,
 * run with a stand-in for the CLI, passes arguments the CLI accepts.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCliArgs } from '../../src/cli/args.js';
import { FAIL_LEVELS } from '../../src/config/schema.js';
import { isFormatName } from '../../src/format/index.js';
import { tree } from './harness.js';

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, string | number>;
  'working-directory'?: string;
}

interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const actionText = fs.readFileSync(new URL('../../action.yml', import.meta.url), 'utf8');
const action = parse(actionText) as Action;
const steps = action.runs.steps;
const lintStep = steps.find((s) => s.id === 'lint')!;
const uploadStep = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;

/** Every `inputs.<name>` an expression names, anywhere in the file. */
function referencedInputs(text: string): Set<string> {
  const names = new Set<string>();
  for (const expr of text.matchAll(/\$\{\{([^}]*)\}\}|^\s*if:(.*)$/gm)) {
    for (const m of (expr[1] ?? expr[2] ?? '').matchAll(/\binputs\.([\w-]+)/g)) names.add(m[1]!);
  }
  return names;
}

/** Run the lint step's script with a CLI stand-in that prints its arguments. */
function runLintScript(inputs: Record<string, string>): { code: number; argv: string[] | null; output: string; stdout: string } {
  const actionPath = tree({ 'bin/hardenfile.js': 'console.log(JSON.stringify(process.argv.slice(2)));\n' });
  const workspace = tree({ 'a.Dockerfile': '' });
  const githubOutput = path.join(workspace, 'github-output');
  fs.writeFileSync(githubOutput, '');
  const script = lintStep.run!.replaceAll('${{ github.action_path }}', actionPath);
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', GITHUB_OUTPUT: githubOutput };
  for (const [name, value] of Object.entries(lintStep.env!)) {
    const input = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(value)![1]!;
    env[name] = inputs[input] ?? action.inputs[input]!.default ?? '';
  }
  const r = spawnSync('bash', ['-c', script], { cwd: workspace, env, encoding: 'utf8' });
  const line = r.stdout.split('\n').find((l) => l.startsWith('['));
  return { code: r.status ?? -1, argv: line ? (JSON.parse(line) as string[]) : null, output: fs.readFileSync(githubOutput, 'utf8'), stdout: r.stdout };
}

describe('action.yml', () => {
  it('is a composite action with the documented inputs and defaults', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs).sort()).toEqual(['fail-level', 'format', 'paths', 'sarif-file']);
    expect(action.inputs.paths!.default).toBe('.');
    expect(action.inputs.format!.default).toBe('sarif');
    expect(action.inputs['sarif-file']!.default).toBe('hardenfile.sarif');
    expect(action.inputs['fail-level']!.default).toBe('');
    for (const input of Object.values(action.inputs)) expect(input.description.length).toBeGreaterThan(0);
  });

  it('uses every input it declares and declares every input it uses', () => {
    expect([...referencedInputs(actionText)].sort()).toEqual(Object.keys(action.inputs).sort());
    // Inputs reach the shell only through env: an expression inside a script would be spliced into it.
    for (const step of steps) if (step.run) expect(step.run).not.toMatch(/\$\{\{\s*inputs\./);
    for (const name of Object.keys(lintStep.env!)) expect(lintStep.run).toContain(`$${name}`);
  });

  it('sets up Node, installs the action checkout and runs its own bin', () => {
    expect(steps[0]!.uses).toMatch(/^actions\/setup-node@v\d+$/);
    const install = steps.find((s) => s.run?.includes('npm ci'))!;
    expect(install['working-directory']).toBe('${{ github.action_path }}');
    expect(steps.indexOf(install)).toBeLessThan(steps.indexOf(lintStep));
    expect(lintStep.run).toContain('node "${{ github.action_path }}/bin/hardenfile.js"');
    expect(fs.existsSync(new URL('../../bin/hardenfile.js', import.meta.url))).toBe(true);
    for (const step of steps) if (step.run) expect(step.shell).toBe('bash');
  });

  it('uploads the SARIF file it wrote, even after findings fail the lint step, and only for sarif', () => {
    expect(steps.indexOf(uploadStep)).toBeGreaterThan(steps.indexOf(lintStep));
    expect(uploadStep.if).toContain('always()');
    expect(uploadStep.if).toContain("inputs.format == 'sarif'");
    expect(uploadStep.with!.sarif_file).toBe('${{ inputs.sarif-file }}');
    expect(action.outputs['sarif-file']!.value).toBe('${{ steps.lint.outputs.sarif-file }}');
  });

  it.skipIf(process.platform === 'win32')('passes the CLI arguments it accepts: sarif to a file', () => {
    const r = runLintScript({ paths: 'a.Dockerfile  docker/**/*.Dockerfile\nother dir' });
    expect(r.code).toBe(0);
    expect(r.output).toBe('sarif-file=hardenfile.sarif\n');
    const args = parseCliArgs(r.argv!);
    expect(args.command).toBe('lint');
    expect(args.format).toBe('sarif');
    expect(args.output).toBe('hardenfile.sarif');
    expect(args.failLevel).toBeUndefined();
    // Globs reach the CLI unexpanded, and a path named like a subcommand stays a path after `--`.
    expect(args.positionals).toEqual(['a.Dockerfile', 'docker/**/*.Dockerfile', 'other', 'dir']);
    expect(parseCliArgs(runLintScript({ paths: 'rules' }).argv!).command).toBe('lint');
  });

  it.skipIf(process.platform === 'win32')('passes the CLI arguments it accepts: github annotations and a fail level', () => {
    for (const level of FAIL_LEVELS) {
      const r = runLintScript({ format: 'github', 'fail-level': level });
      const args = parseCliArgs(r.argv!);
      expect([args.format, args.output, args.failLevel, args.positionals]).toEqual(['github', undefined, level, ['.']]);
      expect(r.output).toBe('');
    }
    expect(isFormatName('sarif') && isFormatName('github')).toBe(true);
  });

  it.skipIf(process.platform === 'win32')('refuses another format before running anything', () => {
    const r = runLintScript({ format: 'json' });
    expect(r.code).toBe(2);
    expect(r.argv).toBeNull();
    expect(r.stdout).toContain('::error title=hardenfile::the format input must be sarif or github, not json');
  });
});
