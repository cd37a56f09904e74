/**
 * action.yml and its lint step, run the way a runner runs a composite step: the step's `env`
 * mapping evaluated with the inputs (or their defaults), `GITHUB_ACTION_PATH` at this checkout,
 * `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY` files, and the step's `run` line in bash, so the real
 * bin/action.js and the committed bundle do the work.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
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
}

interface Action {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: Step[] };
}

const root = path.resolve(import.meta.dirname, '../..');
const actionText = fs.readFileSync(path.join(root, 'action.yml'), 'utf8');
const action = parse(actionText) as Action;
const steps = action.runs.steps;
const lintStep = steps.find((s) => s.id === 'lint')!;
const uploadStep = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;

/** The current major version of each action the action or the README's recipes use. */
const CURRENT_MAJORS: Record<string, number> = { 'actions/checkout': 7, 'actions/setup-node': 7, 'github/codeql-action/upload-sarif': 4 };

const UPSTREAM = 'FROM alpine:3.23\nRUN apk add --no-cache curl\n';
const CLEAN = 'FROM scratch\n';

/** Every `inputs.<name>` an expression names, anywhere in the file. */
function referencedInputs(text: string): Set<string> {
  const names = new Set<string>();
  for (const expr of text.matchAll(/\$\{\{([^}]*)\}\}|^\s*if:(.*)$/gm)) {
    for (const m of (expr[1] ?? expr[2] ?? '').matchAll(/\binputs\.([\w-]+)/g)) names.add(m[1]!);
  }
  return names;
}

/** Run the lint step in `workspace` with these inputs; what the runner would see afterwards. */
function runLintStep(workspace: string, inputs: Record<string, string>) {
  const outputFile = path.join(workspace, '..', `output-${path.basename(workspace)}`);
  const summaryFile = path.join(workspace, '..', `summary-${path.basename(workspace)}`);
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_ACTION_PATH: root,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
  };
  for (const [name, value] of Object.entries(lintStep.env!)) {
    const input = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(value)![1]!;
    env[name] = inputs[input] ?? action.inputs[input]!.default ?? '';
  }
  // How the runner starts a `shell: bash` step: the script in a file, no profile, no rc file.
  const script = path.join(workspace, '..', `step-${path.basename(workspace)}.sh`);
  fs.writeFileSync(script, lintStep.run!);
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: workspace, env, encoding: 'utf8' });
  const outputs = Object.fromEntries(
    fs
      .readFileSync(outputFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, outputs, summary: fs.readFileSync(summaryFile, 'utf8') };
}

/** A workspace inside a temporary directory of its own, beside which the runner's files go. */
function workspace(files: Record<string, string>): string {
  return path.join(tree(Object.fromEntries(Object.entries(files).map(([k, v]) => [`ws/${k}`, v]))), 'ws');
}

describe('action.yml', () => {
  it('is a composite action with the documented inputs, defaults and outputs', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs).sort()).toEqual(['fail-level', 'format', 'paths', 'sarif-category', 'sarif-file']);
    expect(Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default]))).toEqual({
      paths: '.',
      format: 'sarif',
      'fail-level': '',
      'sarif-file': 'hardenfile.sarif',
      'sarif-category': 'hardenfile',
    });
    for (const input of Object.values(action.inputs)) expect(input.description.length).toBeGreaterThan(0);
    for (const [name, output] of Object.entries(action.outputs)) expect(output.value).toBe(`\${{ steps.lint.outputs.${name} }}`);
  });

  it('uses every input it declares, and passes inputs to the shell only through env', () => {
    expect([...referencedInputs(actionText)].sort()).toEqual(Object.keys(action.inputs).sort());
    for (const step of steps) if (step.run) expect(step.run).not.toMatch(/\$\{\{/);
  });

  it('installs nothing: it runs the committed bundle on the runner node, then uploads SARIF', () => {
    expect(steps.map((s) => s.id ?? s.uses)).toEqual(['lint', 'github/codeql-action/upload-sarif@v4']);
    expect(lintStep).toMatchObject({ shell: 'bash', run: 'node "$GITHUB_ACTION_PATH/bin/action.js"' });
    expect(fs.existsSync(path.join(root, 'dist/bundle/hardenfile.cjs'))).toBe(true);
    // Uploaded also after findings failed the lint step, and only when a report was written.
    expect(uploadStep.if).toBe("always() && steps.lint.outputs.sarif-file != ''");
    expect(uploadStep.with).toEqual({ sarif_file: '${{ steps.lint.outputs.sarif-file }}', category: '${{ inputs.sarif-category }}' });
  });

  it('uses the current major version of every action, here and in the README', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const uses = [...`${actionText}\n${readme}`.matchAll(/(?:uses: |`)([\w-]+\/[\w./-]+)@([^\s`]+)/g)].filter(([, name]) => name !== 'hardenfile/hardenfile');
    expect(uses.length).toBeGreaterThan(2);
    for (const [, name, ref] of uses) expect(`${name}@${ref}`).toBe(`${name}@v${CURRENT_MAJORS[name!]}`);
  });
});

describe("the README's workflows", () => {
  it('give the action only inputs it has, and values it takes', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const steps = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
      .map((m) => m[1]!)
      .filter((block) => block.includes('uses: hardenfile/hardenfile@'))
      .map((block) => {
        // A fragment is a workflow's steps, indented as there.
        const indent = Math.min(...block.split('\n').filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length));
        const parsed = parse(block.replace(new RegExp(`^ {${indent}}`, 'gm'), '')) as { jobs: Record<string, { steps: Step[] }> } | Step[];
        const all = Array.isArray(parsed) ? parsed : parsed.jobs.hardenfile!.steps;
        return all.find((step) => step.uses?.startsWith('hardenfile/hardenfile@'))!;
      });
    expect(steps).toHaveLength(2);
    for (const step of steps) {
      for (const name of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(name);
      if (step.with?.format !== undefined) expect(['sarif', 'github']).toContain(step.with.format);
    }
  });
});

describe('the lint step, as a runner runs it', () => {
  it('writes SARIF for newline-separated paths with spaces and globs, the outputs and the summary', () => {
    const ws = workspace({ 'my services/api/Dockerfile': UPSTREAM, 'web/web.Dockerfile': UPSTREAM, 'web/ok.Dockerfile': CLEAN, 'other/Dockerfile': UPSTREAM });
    const r = runLintStep(ws, { paths: 'my services/api/Dockerfile\n  web/*.Dockerfile  \n\n' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.outputs).toEqual({ 'sarif-file': 'hardenfile.sarif', problems: '2', files: '3', 'exit-code': '1' });
    const sarif = JSON.parse(fs.readFileSync(path.join(ws, 'hardenfile.sarif'), 'utf8'));
    const uris = sarif.runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris.sort()).toEqual(['my%20services/api/Dockerfile', 'web/web.Dockerfile']);
    expect(r.summary).toContain('2 problems (2 errors, 0 warnings, 0 info) in 2 of 3 files; 2 fixable with `hardenfile --fix`.');
    expect(r.summary).toContain('| [`upstream-package-source`](https://github.com/hardenfile/hardenfile/blob/main/rules/upstream-package-source.md) | error | 2 | 2 |');
    expect(r.summary).toContain('| my services/api/Dockerfile | 1 | 1 |');
    expect(r.summary).toContain('| web/web\\.Dockerfile | 1 | 1 |');
  });

  it('annotates with the github format and fails only at the fail level', () => {
    const ws = workspace({ '.hardenfile.yaml': 'rules:\n  upstream-package-source: warning\n', Dockerfile: UPSTREAM });
    const atError = runLintStep(ws, { format: 'github', 'fail-level': 'error' });
    expect(atError.code).toBe(0);
    expect(atError.stdout).toMatch(/^::warning file=Dockerfile,line=2,/m);
    expect(atError.outputs).toEqual({ problems: '1', files: '1', 'exit-code': '0' });
    expect(fs.existsSync(path.join(ws, 'hardenfile.sarif'))).toBe(false);
    expect(runLintStep(ws, { format: 'github' }).code).toBe(1);
    expect(runLintStep(ws, { format: 'github', 'fail-level': 'warning' }).code).toBe(1);
  });

  it('reports only with fail-level none, but still fails on a file it cannot read', () => {
    const ws = workspace({ Dockerfile: UPSTREAM });
    const reportOnly = runLintStep(ws, { 'fail-level': 'none' });
    expect(reportOnly.code).toBe(0);
    expect(reportOnly.outputs['exit-code']).toBe('1');
    expect(reportOnly.summary).toContain('Report only (`fail-level: none`): findings do not fail this step.');
    const missing = runLintStep(ws, { 'fail-level': 'none', paths: 'Dockerfile\nno/such/Dockerfile' });
    expect(missing.code).toBe(2);
    expect(missing.summary).toContain('**1 file could not be linted**');
    expect(missing.summary).toContain('| no/such/Dockerfile | no such file or directory |');
  });

  it('writes no sarif-file output when no report was written (a broken config), even if an old one is there', () => {
    const ws = workspace({ '.hardenfile.yaml': 'rules:\n  no-such-rule: error\n', Dockerfile: UPSTREAM, 'hardenfile.sarif': '{}' });
    const r = runLintStep(ws, {});
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no-such-rule');
    expect(r.outputs['sarif-file']).toBeUndefined();
  });

  it('says when everything is clean', () => {
    const r = runLintStep(workspace({ 'a/Dockerfile': CLEAN, 'b/Containerfile': CLEAN }), { format: 'github' });
    expect(r.code).toBe(0);
    expect(r.summary).toBe('### hardenfile\n\nNo problems in 2 files.\n\n');
  });

  it('refuses a format or fail level it does not offer before linting anything', () => {
    const ws = workspace({ Dockerfile: UPSTREAM });
    const json = runLintStep(ws, { format: 'json' });
    expect(json.code).toBe(2);
    expect(json.stdout).toBe('::error title=hardenfile::the format input must be sarif or github, not json\n');
    expect(json.outputs).toEqual({});
    expect(runLintStep(ws, { 'fail-level': 'fatal' }).stdout).toContain('the fail-level input must be info, warning, error, none or empty, not fatal');
  });
});
