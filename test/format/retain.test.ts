import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { lintText } from '../../src/engine/lint.js';
import { FORMAT_NAMES, loadFormatter, type FileReport } from '../../src/format/index.js';
import { retainReport } from '../../src/format/retain.js';
import { makePolicy } from '../../src/policy/index.js';
import { LineIndex, TextExcerpt } from '../../src/text.js';
import { run, tree } from '../cli/harness.js';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures');
const TOKEN = 'dckr_pat_AbCdEfGhIjKlMnOpQrStUv';
const WITH_TOKEN = `FROM alpine:3.20\nRUN echo "https://user:${TOKEN}@dl-cdn.alpinelinux.org/alpine/v3.20/main" > /etc/apk/repositories && \\\n    apk add curl\n`;

function reports(): FileReport[] {
  const texts: [string, string][] = fs
    .readdirSync(fixtures, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.Dockerfile'))
    .sort()
    .map((f) => [f, fs.readFileSync(path.join(fixtures, f), 'utf8')]);
  texts.push(['secret.Dockerfile', WITH_TOKEN], ['crlf.Dockerfile', WITH_TOKEN.replace(/\n/g, '\r\n')]);
  return texts.map(([p, text]) => ({ path: p, text, result: lintText(text, { config: { rules: {}, policy: makePolicy(), buildArgs: {} }, rules: RULES }) }));
}

describe('a report kept without its text', () => {
  it('prints the same bytes in every format as the report with the whole text', async () => {
    const full = reports();
    expect(full.reduce((n, f) => n + f.result.findings.length, 0)).toBeGreaterThan(50);
    const kept = reports().map(retainReport);
    for (const f of kept) expect(f.text).toBeUndefined();
    for (const name of FORMAT_NAMES) {
      const format = await loadFormatter(name);
      expect(format(kept, { color: name === 'stylish' }), name).toBe(format(full, { color: name === 'stylish' }));
    }
  });

  it('keeps only the lines it prints, not the file', () => {
    const text = `FROM alpine:3.20\n${'RUN echo filler\n'.repeat(10_000)}RUN apk add curl\n`;
    const file: FileReport = retainReport({ path: 'Dockerfile', text, result: lintText(text, { config: { rules: {}, policy: makePolicy(), buildArgs: {} }, rules: RULES }) });
    const excerpt = file.excerpt as TextExcerpt;
    expect(excerpt.lineCount).toBe(10_003);
    expect(excerpt.lineText(10_001)).toBe('RUN apk add curl');
    expect(() => excerpt.lineText(5_000)).toThrow('line 5001 was not kept');
  });

  it('refuses a line or offset it did not keep instead of printing something else', () => {
    const excerpt = TextExcerpt.of(new LineIndex('a\nb\nc\n'), [1], [2]);
    expect([excerpt.lineText(1), excerpt.lineStart(1), excerpt.position(2)]).toEqual(['b', 2, { line: 2, column: 1 }]);
    expect(() => excerpt.position(3)).toThrow('offset 3 was not kept');
  });

  it('the CLI hands the report only excerpts (what --jobs and every format then keep)', async () => {
    const cwd = tree({ 'a/Dockerfile': WITH_TOKEN, 'b/Dockerfile': 'FROM scratch\n' });
    let seen: FileReport[] = [];
    const io = { stdout: { write: () => true }, stderr: { write: () => true }, stdin: [], cwd, env: {}, isTTY: false, onLinted: (f: FileReport[]) => (seen = f) };
    const { main } = await import('../../src/cli/main.js');
    expect(await main(['--format', 'sarif', '.'], io)).toBe(1);
    expect(seen.map((f) => [f.path, f.text, f.excerpt !== undefined])).toEqual([
      [path.join('a', 'Dockerfile'), undefined, true],
      [path.join('b', 'Dockerfile'), undefined, true],
    ]);
    // Secrets stay masked once the text is gone.
    expect((await run(['.'], { cwd })).stdout).not.toContain(TOKEN);
  });
});
