import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lintOne, readText, type LintedFile } from '../../src/cli/lint-files.js';
import { exitCode } from '../../src/cli/main.js';
import { resolveConfig } from '../../src/config/load.js';
import type { FileConfig } from '../../src/config/types.js';
import type { Finding } from '../../src/engine/types.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
function tmp(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'hardenfile-read-'));
  dirs.push(d);
  return d;
}

const { config } = resolveConfig({});
const fileConfig: FileConfig = { path: null, config, failLevel: 'warning', ignores: () => false };

describe('reading files', () => {
  it('decodes UTF-8, keeps a BOM and replaces invalid bytes', () => {
    const d = tmp();
    fs.writeFileSync(path.join(d, 'a'), Buffer.from([0xef, 0xbb, 0xbf, 0x46, 0xff, 0x0a]));
    expect(readText(path.join(d, 'a'), 100)).toEqual({ text: '\uFEFFF\uFFFD\n' });
  });

  it('reports directories, missing files and oversized files', () => {
    const d = tmp();
    fs.writeFileSync(path.join(d, 'big'), 'x'.repeat(11));
    expect(readText(d, 100)).toEqual({ error: 'is a directory' });
    expect(readText(path.join(d, 'nope'), 100)).toEqual({ error: 'no such file or directory' });
    expect(readText(path.join(d, 'big'), 10)).toEqual({ error: 'file is 11 bytes, over the size cap of 10 bytes (--max-size)' });
  });
});

describe('linting one file', () => {
  it('turns an exception into that file\'s error, keeping the stack for --debug', () => {
    const r = lintOne('Dockerfile', { text: 'FROM x\n' }, fileConfig, {
      maxSize: 100,
      lint: () => {
        throw new Error('boom');
      },
    });
    expect(r.result.error).toBe('internal error: boom (run with --debug for details)');
    expect(r.stack).toContain('boom');
  });

  it('passes the config and the size cap to the engine', () => {
    let seen: unknown;
    const r = lintOne('Dockerfile', { text: 'FROM x\n' }, fileConfig, {
      maxSize: 42,
      lint: (_text, options) => {
        seen = options;
        return { findings: [], secretSpans: [] };
      },
    });
    expect(seen).toEqual({ config, maxSize: 42 });
    expect(r).toEqual({ path: 'Dockerfile', text: 'FROM x\n', result: { findings: [], secretSpans: [] }, failLevel: 'warning' });
  });
});

describe('exit code', () => {
  const f = (severity: Finding['severity']) => ({ severity }) as Finding;
  const file = (failLevel: LintedFile['failLevel'], findings: Finding[], error?: string): LintedFile => ({
    path: 'x',
    failLevel,
    result: { findings, secretSpans: [], ...(error !== undefined && { error }) },
  });

  it('compares each file with its own fail level; a file error wins', () => {
    expect(exitCode([])).toBe(0);
    expect(exitCode([file('warning', [f('info')])])).toBe(0);
    expect(exitCode([file('warning', [f('warning')])])).toBe(1);
    expect(exitCode([file('error', [f('warning')]), file('info', [])])).toBe(0);
    expect(exitCode([file('error', [f('warning')]), file('info', [f('info')])])).toBe(1);
    expect(exitCode([file('warning', [f('error')]), file('warning', [], 'file is binary')])).toBe(2);
  });
});
