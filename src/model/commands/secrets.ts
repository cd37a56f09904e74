/** Which shell words carry a secret: a credential-named or secret-holding variable, a read of a mounted secret. */
import type { Word } from '../../parse/shell-types.js';
import { SECRET_NAME } from '../../policy/secrets.js';
import { expandVariables, type Lookup } from '../vars.js';
import type { RunContext, ShellScope } from './types.js';

export function holdsSecret(word: Word, scope: ShellScope, lookup?: Lookup): boolean {
  return secretInWord(word, scope, lookup) !== null;
}

/**
 * The text a `$(…)` runs with the variables the model knows expanded: `cat "$TOKEN_FILE"` reads
 * `/run/secrets/http_auth` when `ARG TOKEN_FILE=/run/secrets/http_auth`.
 */
export function substitutionText(raw: string, lookup: Lookup | undefined): string {
  return lookup && raw.includes('$') ? (expandVariables(raw, lookup).value ?? raw) : raw;
}

/** The secret a word expands, named as a message shows it (`$TOKEN`, `/run/secrets/t`), or null. */
export function secretInWord(word: Word, scope: ShellScope, lookup?: Lookup): string | null {
  for (const p of word.parts) {
    if (p.kind === 'variable' && isSecretVar(p.name, scope)) return `$${p.name}`;
    if (p.kind === 'substitution') {
      const read = /\/run\/secrets\/[\w.-]*/.exec(substitutionText(p.raw, lookup));
      if (read) return read[0];
    }
  }
  return null;
}

export function isSecretVar(name: string, scope: ShellScope): boolean {
  return scope.secretVars.has(name) || SECRET_NAME.test(name);
}

/**
 * Does the word's value come from a secret the RUN mounts (its file, a copy of it the stage saved,
 * its `env=`, or a variable read from one)?
 */
export function readsMountedSecret(ctx: RunContext, word: Word, scope: ShellScope, lookup?: Lookup): boolean {
  return word.parts.some((p) => {
    if (p.kind === 'variable') return scope.mountedSecretVars.has(p.name) || ctx.env.some((e) => e.how === 'mount-env' && e.name === p.name);
    if (p.kind !== 'substitution') return false;
    const text = substitutionText(p.raw, lookup);
    return ctx.mounts.some((m) => m.target !== '' && text.includes(m.target)) || ctx.files.secretCopiesAt(ctx.instruction).some((f) => text.includes(f));
  });
}

/**
 * A read of /run/secrets/ inside a `$(…)` or backticks of an unquoted heredoc body (not one escaped
 * with `\`). Not `[^)]*`: from every `$(` of `$($($(…` that would scan to the end (quadratic).
 */
const SUBSTITUTED_SECRET = /(?<!\\)(?:\$\((?:[^)$]|\$(?!\())*|`[^`]*)(\/run\/secrets\/[\w.-]+)/;

/** A secret variable or a read of /run/secrets/ that an unquoted heredoc body expands. */
export function secretInHeredoc(body: string, isSecret: (name: string) => boolean): string | null {
  const name = expandVariables(body, () => undefined).used.find(isSecret);
  if (name !== undefined) return `$${name}`;
  return SUBSTITUTED_SECRET.exec(body)?.[1] ?? null;
}

/** Is a secret-write's source a secret this RUN mounts (its file, its target, a variable read from it)? */
export function fromMountedSecret(ctx: RunContext, source: string, scope: ShellScope): boolean {
  if (source.startsWith('$')) return scope.mountedSecretVars.has(source.slice(1));
  return source.startsWith('/run/secrets/') || ctx.mounts.some((m) => m.target === source);
}
