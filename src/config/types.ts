import type { ActiveSeverity, Severity } from '../rule.js';
import type { BuildStages, ResolvedConfig } from '../engine/types.js';

/** A rule's entry in a config file: a severity, `{ severity, options }` or `[severity, options]`. */
export type RuleEntry =
  | Severity
  | { severity?: Severity; options?: Record<string, unknown> }
  | [Severity, Record<string, unknown>?];

export interface MirrorEntry {
  url: string;
  keyName: string;
  keyUrl?: string;
  keySha256?: string;
  auth?: boolean;
}

export interface DebMirrorEntry {
  url: string;
  keyUrl?: string;
  keySha256?: string;
  auth?: boolean;
}

/** A config file's content after validation. */
export interface ConfigFile {
  rules?: Record<string, RuleEntry>;
  mirrors?: MirrorEntry[];
  debMirrors?: DebMirrorEntry[];
  dhiImageMirrors?: string[];
  baseImages?: Record<string, string>;
  buildStages?: BuildStages;
  buildArgs?: Record<string, string>;
  ignore?: string[];
  failLevel?: ActiveSeverity;
}

/** Settings from command-line flags; they win over every config file. */
export interface ConfigOverrides {
  rules?: Record<string, Severity>;
  buildArgs?: Record<string, string>;
  failLevel?: ActiveSeverity;
}

/** Everything configuration decides for one linted file. */
export interface FileConfig {
  /** The config file that applies (absolute), or null when only defaults and flags do. */
  path: string | null;
  config: ResolvedConfig;
  failLevel: ActiveSeverity;
  /** Does the config file's `ignore` list exclude this (absolute) path? */
  ignores(file: string): boolean;
}

/** A config that cannot be used; each problem is one line naming the file and key path. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

export const DEFAULT_FAIL_LEVEL: ActiveSeverity = 'warning';
