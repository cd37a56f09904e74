/**
 * schema/hardenfile.schema.json is the config schema published for editors (`$schema` in a
 * .hardenfile.json, `# yaml-language-server: $schema=…` in YAML). It is generated from the rule
 * registry; this test keeps it true. `UPDATE_SCHEMA=1 npx vitest run test/config/schema-file.test.ts`
 * rewrites it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { schemaText } from '../../src/cli/commands.js';
import { CONFIG_SCHEMA_ID } from '../../src/config/schema.js';
import { RULES } from '../../rules/index.js';

const file = fileURLToPath(new URL('../../schema/hardenfile.schema.json', import.meta.url));

describe('published config schema', () => {
  it('matches the rule registry (UPDATE_SCHEMA=1 regenerates it)', () => {
    const expected = schemaText(RULES);
    const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (process.env.UPDATE_SCHEMA && current !== expected) {
      mkdirSync(fileURLToPath(new URL('../../schema/', import.meta.url)), { recursive: true });
      writeFileSync(file, expected);
      return;
    }
    expect(current, 'schema/hardenfile.schema.json is stale: run UPDATE_SCHEMA=1 npx vitest run test/config/schema-file.test.ts').toBe(expected);
  });

  it('is a draft-07 schema with the $id it is published under, and accepts a config that names it', () => {
    const schema = JSON.parse(readFileSync(file, 'utf8')) as { $id: string; $schema: string };
    expect(schema.$id).toBe(CONFIG_SCHEMA_ID);
    expect(CONFIG_SCHEMA_ID).toMatch(/\/schema\/hardenfile\.schema\.json$/);
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    // An editor's validator, not ours: the file must be a schema other tools understand.
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    const rule = RULES[0]!.id;
    expect(validate({ $schema: CONFIG_SCHEMA_ID, rules: { [rule]: 'off' }, failLevel: 'error' }), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ rules: { 'no-such-rule': 'off' } })).toBe(false);
    expect(validate({ failLevel: 'fatal' })).toBe(false);
  });
});
