/** The SARIF 2.1.0 schema and Microsoft's SARIF validator, both from the @microsoft/sarif-multitool devDependency. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const require = createRequire(import.meta.url);

/** The multitool binary, or why it is not there (its per-platform package is an optional dependency). */
export function multitool(): { binary: string } | { missing: string } {
  let binary: string;
  try {
    binary = require('@microsoft/sarif-multitool') as string;
  } catch (err) {
    return { missing: `@microsoft/sarif-multitool has no build for ${process.platform} installed (${(err as Error).message.split('\n')[0]})` };
  }
  if (!fs.existsSync(binary)) return { missing: `the SARIF multitool binary is not at ${binary}` };
  return { binary };
}

/** The official SARIF 2.1.0 JSON schema (draft 2020-12), shipped beside the multitool binary. */
export function sarifSchemaPath(): string | null {
  const tool = multitool();
  if ('missing' in tool) return null;
  const file = path.join(path.dirname(tool.binary), 'sarif-2.1.0.json');
  return fs.existsSync(file) ? file : null;
}

/** A validator for the schema, or null without it. */
export function sarifSchemaValidator(): ((log: unknown) => string[]) | null {
  const file = sarifSchemaPath();
  if (file === null) return null;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  // ajv-formats is CommonJS: its default export arrives wrapped under ESM.
  const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (a: Ajv2020) => void;
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(fs.readFileSync(file, 'utf8')) as object);
  return (log) => (validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`));
}

/** `Sarif.Multitool validate --rule-kind "Sarif;Gh"`: the problems it reports at warning or error level. */
export function multitoolProblems(binary: string, sarifText: string): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hardenfile-sarif-'));
  try {
    const input = path.join(dir, 'input.sarif');
    const output = path.join(dir, 'validation.sarif');
    fs.writeFileSync(input, sarifText);
    execFileSync(binary, ['validate', '--rule-kind', 'Sarif;Gh', '--output', output, input], {
      stdio: 'pipe',
      timeout: 60_000,
    });
    type Text = { id?: string; text?: string; arguments?: string[] };
    const report = JSON.parse(fs.readFileSync(output, 'utf8')) as {
      runs: { tool: { driver: { rules?: { messageStrings?: Record<string, { text: string }> }[] } }; results?: { ruleId: string; ruleIndex?: number; level?: string; message: Text }[] }[];
    };
    const run = report.runs[0]!;
    // The validator's messages are templates in its rule descriptors, filled from their arguments.
    const text = (m: Text, index?: number) => {
      const template = m.text ?? (index !== undefined && m.id ? run.tool.driver.rules?.[index]?.messageStrings?.[m.id]?.text : undefined) ?? m.id ?? '';
      return template.replace(/\{(\d+)\}/g, (_, n: string) => m.arguments?.[Number(n)] ?? '');
    };
    return (run.results ?? []).filter((r) => (r.level ?? 'warning') !== 'note' && r.level !== 'none').map((r) => `${r.ruleId} ${r.level ?? 'warning'}: ${text(r.message, r.ruleIndex)}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
