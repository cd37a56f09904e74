/**
 * The README's Neovim recipe for Neovim before 0.11, run as it stands in a real, headless Neovim
 * (Debian 12 ships 0.7.2; the test is skipped where no nvim is installed): the server starts on
 * a Dockerfile, its diagnostics arrive, and the code actions Neovim asks for the cursor's line
 * include the finding's quick fix, although Neovim 0.7 sends the diagnostic back with byte
 * columns on a line with non-ASCII text.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tree } from '../cli/harness.js';

const root = path.resolve(import.meta.dirname, '../..');
const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const version = /^NVIM v(\d+)\.(\d+)/.exec(nvim.stdout ?? '');

/** The lua block under the README's heading for Neovim before 0.11. */
function recipe(): string {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const at = readme.indexOf('Neovim 0.7 to 0.10');
  expect(at, 'the README has the recipe').toBeGreaterThan(-1);
  return /```lua\n([\s\S]*?)```/.exec(readme.slice(at))![1]!;
}

// What the test asks of Neovim once the file is open: the diagnostics, then the code actions as
// `vim.lsp.buf.code_action()` asks for them in 0.7 (the line's diagnostics, converted back by
// Neovim), then the preferred fix applied; all written to $OUT as JSON.
const CHECK = `
local out = { diagnostics = {}, actions = {} }
out.attached = vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 50)
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(out.diagnostics, { lnum = d.lnum, col = d.col, source = d.source, message = d.message })
end
vim.api.nvim_win_set_cursor(0, { 2, 20 })
local params = vim.lsp.util.make_range_params()
params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics() }
out.sent = params.context.diagnostics
local preferred
for _, r in pairs(vim.lsp.buf_request_sync(0, 'textDocument/codeAction', params, 10000) or {}) do
  for _, a in ipairs(r.result or {}) do
    table.insert(out.actions, a.title)
    if a.isPreferred then preferred = a end
  end
end
if preferred then
  vim.lsp.util.apply_workspace_edit(preferred.edit, 'utf-16')
  out.fixed = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\\n')
end
local f = io.open(vim.env.OUT, 'w')
f:write(vim.fn.json_encode(out))
f:close()
vim.cmd('qa!')
`;

describe.skipIf(!version)(`the README's Neovim recipe, in Neovim ${version?.[1]}.${version?.[2]}`, () => {
  it('lints a Dockerfile and offers its quick fix on a line with non-ASCII text', () => {
    const dir = tree({
      'bin/hardenfile': `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(root, 'bin/hardenfile.js'))} "$@"\n`,
      'init.lua': recipe(),
      'check.lua': CHECK,
      'project/Dockerfile': 'FROM alpine:3.23\nRUN echo "é" && apk add curl\n',
    });
    fs.chmodSync(path.join(dir, 'bin/hardenfile'), 0o755);
    const out = path.join(dir, 'out.json');
    const r = spawnSync('nvim', ['--headless', '-u', path.join(dir, 'init.lua'), 'Dockerfile', '-c', `luafile ${path.join(dir, 'check.lua')}`], {
      cwd: path.join(dir, 'project'),
      env: { ...process.env, PATH: `${path.join(dir, 'bin')}:${process.env.PATH}`, OUT: out },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(fs.readFileSync(out, 'utf8')) as {
      attached: boolean;
      diagnostics: { lnum: number; col: number; source: string; message: string }[];
      sent: { range: { start: { character: number } } }[];
      actions: string[];
      fixed?: string;
    };
    expect(result.attached).toBe(true);
    expect(result.diagnostics).toMatchObject([{ lnum: 1, source: 'hardenfile' }]);
    expect(result.actions).toContain('Configure the hardened repository for Alpine 3.23');
    expect(result.actions).toContain('Apply all safe hardenfile fixes');
    expect(result.fixed).toContain('echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories');
    // In 0.7 the diagnostic comes back at byte column 17, one past the UTF-16 column published.
    if (version![1] === '0' && Number(version![2]) < 8) expect(result.sent[0]!.range.start.character).toBe(17);
  }, 90_000);
});
