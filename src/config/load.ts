/** Finding, reading and merging config files: defaults < nearest config file < command-line flags. */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import ignore from 'ignore';
import type { ActiveSeverity, AnyRule, Severity } from '../rule.js';
import type { ResolvedConfig, RuleSetting } from '../engine/types.js';
import { makePolicy } from '../policy/index.js';
import { buildConfigSchema, CONFIG_FILE_NAMES, type JsonSchema } from './schema.js';
import { formatPath, validate, type SchemaError } from './validate.js';
import { didYouMean } from './suggest.js';
import { duplicateJsonKeys } from './json-keys.js';
import { LineIndex } from '../text.js';
import { ConfigError, DEFAULT_FAIL_LEVEL, type ConfigFile, type ConfigOverrides, type FileConfig, type RuleEntry } from './types.js';
import { record } from '../own.js';

/** The config file in `dir` or the nearest directory above it, or null. */
export function findConfigFile(dir: string): string | null {
  for (let current = path.resolve(dir); ; ) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(current, name);
      if (isFile(candidate)) return candidate;
    }
    const parent = path.dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/**
 * Config files over this size are refused. A real one is a few KB (rules, a handful of mirrors and
 * build arguments); 1 MiB, the default `--max-size` of a Dockerfile, leaves room for a generated
 * one and keeps parsing one under ~50 ms, where a 10 MB `ignore` list took 43 s and 989 MB.
 */
export const MAX_CONFIG_SIZE = 1024 * 1024;

/** Parse (as data, never executed) and validate a config file's text. */
export function parseConfigText(text: string, fileName: string, schema: JsonSchema): ConfigFile {
  if (text.length > MAX_CONFIG_SIZE) throw new ConfigError([`${fileName}: config file is over the size cap of ${MAX_CONFIG_SIZE} bytes`]);
  const data = fileName.endsWith('.json') ? parseJson(text, fileName) : parseYaml(text, fileName);
  const value = data ?? {};
  const errors = validate(schema, value);
  if (errors.length > 0) throw new ConfigError(errors.map((e) => `${fileName}: ${formatPath(e.path)}: ${describe(e)}`));
  return value as ConfigFile;
}

function describe(e: SchemaError): string {
  if (e.code !== 'unknown-key') return e.message;
  const [first, , third] = e.path;
  if (first === 'rules' && e.path.length === 2) return e.message.replace('unknown key', 'unknown rule');
  if (first === 'rules' && (third === 'options' || third === 1)) return e.message.replace('unknown key', 'unknown option');
  return e.message;
}

function parseJson(text: string, fileName: string): unknown {
  const body = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(body) as unknown;
  } catch (err) {
    throw new ConfigError([`${fileName}: invalid JSON: ${(err as Error).message}`]);
  }
  // JSON.parse keeps the last of two equal keys without a word; YAML's `uniqueKeys` refuses them.
  const duplicates = duplicateJsonKeys(body);
  if (duplicates.length > 0) {
    // Positions as an editor shows them: a BOM takes no column.
    const lines = new LineIndex(body);
    throw new ConfigError(
      duplicates.slice(0, MAX_YAML_ERRORS).map((d) => {
        const at = lines.position(d.offset);
        return `${fileName}:${at.line}:${at.column}: duplicate key ${shortKey(d.key)} (JSON keeps only the last)`;
      }),
    );
  }
  return data;
}

function shortKey(key: string): string {
  return JSON.stringify(key.length > 60 ? `${key.slice(0, 60)}…` : key);
}

const MAX_YAML_ERRORS = 5;

function parseYaml(text: string, fileName: string): unknown {
  // Loaded on first use: most runs have no YAML config, and yaml costs ~20 ms to load.
  const { parseDocument } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
  // resolveKnownTags: false, or `!!set`, `!!omap`, `!!binary` and `!!timestamp` would become a Set,
  // a Map, a Buffer or a Date, objects the schema check reads as empty maps.
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true, schema: 'core', resolveKnownTags: false });
  if (doc.errors.length > 0) {
    const lines = doc.errors.slice(0, MAX_YAML_ERRORS).map((e) => {
      const at = e.linePos?.[0];
      return `${fileName}${at ? `:${at.line}:${at.col}` : ''}: invalid YAML: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`;
    });
    // A broken file (`[[[[…`) can yield hundreds of errors; the first ones locate the problem.
    if (doc.errors.length > MAX_YAML_ERRORS) lines.push(`${fileName}: invalid YAML: ${doc.errors.length - MAX_YAML_ERRORS} more errors`);
    throw new ConfigError(lines);
  }
  try {
    return doc.toJS({ maxAliasCount: 100 }) as unknown;
  } catch (err) {
    throw new ConfigError([`${fileName}: invalid YAML: ${(err as Error).message}`]);
  }
}

function normaliseEntry(entry: RuleEntry): Partial<RuleSetting> {
  if (typeof entry === 'string') return { severity: entry };
  const [severity, options] = Array.isArray(entry) ? entry : [entry.severity, entry.options];
  const out: Partial<RuleSetting> = {};
  if (severity !== undefined) out.severity = severity;
  if (options !== undefined) out.options = { ...options };
  return out;
}

/** Merge a (validated) config file and the flags into the engine's config. */
export function resolveConfig(file: ConfigFile, overrides: ConfigOverrides = {}): { config: ResolvedConfig; failLevel: ActiveSeverity } {
  const rules: Record<string, Partial<RuleSetting>> = {};
  for (const [id, entry] of Object.entries(file.rules ?? {})) rules[id] = normaliseEntry(entry);
  for (const [id, severity] of Object.entries(overrides.rules ?? {})) rules[id] = { ...rules[id], severity };
  const mirrors = (file.mirrors ?? []).map((m) => ({
    url: m.url,
    keyName: m.keyName,
    keyUrl: m.keyUrl ?? null,
    keySha256: m.keySha256?.toLowerCase() ?? null,
    auth: m.auth ?? false,
  }));
  const debMirrors = (file.debMirrors ?? []).map((m) => ({
    url: m.url,
    keyUrl: m.keyUrl ?? null,
    keySha256: m.keySha256?.toLowerCase() ?? null,
    auth: m.auth ?? false,
  }));
  return {
    config: {
      rules,
      policy: makePolicy({ mirrors, debMirrors, dhiImageMirrors: file.dhiImageMirrors ?? [], baseImages: file.baseImages ?? {} }),
      buildArgs: Object.assign(record<string>(), file.buildArgs, overrides.buildArgs),
      ...(file.buildStages && { buildStages: file.buildStages }),
    },
    failLevel: overrides.failLevel ?? file.failLevel ?? DEFAULT_FAIL_LEVEL,
  };
}

export interface ConfigLoaderOptions {
  rules: readonly AnyRule[];
  /** Directory config paths are shown relative to. */
  cwd: string;
  /** `--config`: this file applies to every linted file; no lookup. */
  configFile?: string;
  overrides?: ConfigOverrides;
}

/** Finds, reads and caches the config for each linted file. Methods throw `ConfigError`. */
export class ConfigLoader {
  private readonly schema: JsonSchema;
  private readonly byConfigPath = new Map<string | null, FileConfig>();
  private readonly byDir = new Map<string, string | null>();
  private readonly explicit: string | null;

  constructor(private readonly options: ConfigLoaderOptions) {
    this.schema = buildConfigSchema(options.rules);
    this.explicit = options.configFile === undefined ? null : path.resolve(options.cwd, options.configFile);
  }

  /** The config for a file (which need not exist: `--stdin-filename`). */
  forFile(file: string): FileConfig {
    return this.forDirectory(path.dirname(path.resolve(this.options.cwd, file)));
  }

  forDirectory(dir: string): FileConfig {
    let configPath: string | null;
    if (this.explicit !== null) configPath = this.explicit;
    else {
      const abs = path.resolve(this.options.cwd, dir);
      if (!this.byDir.has(abs)) this.byDir.set(abs, findConfigFile(abs));
      configPath = this.byDir.get(abs)!;
    }
    let loaded = this.byConfigPath.get(configPath);
    if (!loaded) {
      loaded = this.load(configPath);
      this.byConfigPath.set(configPath, loaded);
    }
    return loaded;
  }

  private load(configPath: string | null): FileConfig {
    if (configPath === null) {
      const { config, failLevel } = resolveConfig({}, this.options.overrides);
      return { path: null, config, failLevel, ignores: () => false };
    }
    const shown = displayPath(configPath, this.options.cwd);
    if (!/\.(?:ya?ml|json)$/i.test(configPath)) {
      throw new ConfigError([`${shown}: a config file must end in .yaml, .yml or .json`]);
    }
    const text = readConfigText(configPath, shown);
    const file = parseConfigText(text, shown, this.schema);
    const { config, failLevel } = resolveConfig(file, this.options.overrides);
    return { path: configPath, config, failLevel, ignores: ignoreMatcher(path.dirname(configPath), file.ignore ?? []) };
  }
}

// Checked on the open descriptor before reading: a FIFO given as `--config` is never read (it would
// block), and a huge file is refused by its size, not after reading it all.
function readConfigText(configPath: string, shown: string): string {
  let fd: number;
  try {
    fd = fs.openSync(configPath, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw new ConfigError([`${shown}: cannot read config file: ${errorMessage(err)}`]);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw new ConfigError([`${shown}: cannot read config file: is a directory`]);
    if (!stat.isFile()) throw new ConfigError([`${shown}: cannot read config file: not a regular file`]);
    if (stat.size > MAX_CONFIG_SIZE) throw new ConfigError([`${shown}: config file is ${stat.size} bytes, over the size cap of ${MAX_CONFIG_SIZE} bytes`]);
    return fs.readFileSync(fd, 'utf8');
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    throw new ConfigError([`${shown}: cannot read config file: ${errorMessage(err)}`]);
  } finally {
    fs.closeSync(fd);
  }
}

function ignoreMatcher(base: string, patterns: string[]): (file: string) => boolean {
  if (patterns.length === 0) return () => false;
  const ig = ignore().add(patterns);
  return (file) => {
    const rel = path.relative(base, path.resolve(base, file));
    // Files outside the config's directory are none of its business (and `ignore` rejects `../`).
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return false;
    return ig.ignores(rel.split(path.sep).join('/'));
  };
}

/** `--rule id=severity`, `--build-arg NAME=VALUE`, `--fail-level` → overrides; throws ConfigError. */
export function parseOverrides(flags: { rule?: string[]; buildArg?: string[]; failLevel?: string }, rules: readonly AnyRule[]): ConfigOverrides {
  const problems: string[] = [];
  const ids = rules.map((r) => r.id);
  const out: ConfigOverrides = { rules: {}, buildArgs: record() };
  const severities: readonly string[] = ['off', 'info', 'warning', 'error'];
  for (const flag of flags.rule ?? []) {
    const eq = flag.indexOf('=');
    const id = eq === -1 ? flag : flag.slice(0, eq);
    const severity = eq === -1 ? '' : flag.slice(eq + 1);
    if (eq === -1) problems.push(`--rule ${flag}: expected id=severity`);
    else if (!ids.includes(id)) problems.push(`--rule ${flag}: unknown rule${didYouMean(id, ids)}`);
    else if (!severities.includes(severity)) problems.push(`--rule ${flag}: severity must be one of off, info, warning, error`);
    else out.rules![id] = severity as Severity;
  }
  for (const flag of flags.buildArg ?? []) {
    const eq = flag.indexOf('=');
    if (eq <= 0) problems.push(`--build-arg ${flag}: expected NAME=VALUE`);
    else out.buildArgs![flag.slice(0, eq)] = flag.slice(eq + 1);
  }
  if (flags.failLevel !== undefined) {
    if (['info', 'warning', 'error'].includes(flags.failLevel)) out.failLevel = flags.failLevel as ActiveSeverity;
    else problems.push(`--fail-level ${flags.failLevel}: must be one of info, warning, error`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return out;
}

/** A path as the user should see it: relative to cwd when inside it. */
export function displayPath(p: string, cwd: string): string {
  const rel = path.relative(cwd, p);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}

function errorMessage(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'no such file';
  if (e.code === 'EISDIR') return 'is a directory';
  if (e.code === 'EACCES') return 'permission denied';
  return e.message;
}
