/** Which shell words carry a secret: a credential-named or secret-holding variable, a read of a mounted secret. */
import type { Word } from '../../parse/shell-types.js';
import { SECRET_NAME } from '../../policy/secrets.js';
import { expandVariables } from '../vars.js';
import type { RunContext, ShellScope } from './types.js';

export function holdsSecret(word: Word, scope: ShellScope): boolean {
  return secretInWord(word, scope) !== null;
}

/** The secret a word expands, named as a message shows it (`$TOKEN`, `/run/secrets/t`), or null. */
export function secretInWord(word: Word, scope: ShellScope): string | null {
  for (const p of word.parts) {
    if (p.kind === 'variable' && isSecretVar(p.name, scope)) return `$${p.name}`;
    if (p.kind === 'substitution') {
      const read = /\/run\/secrets\/[\w.-]*/.exec(p.raw);
      if (read) return read[0];
    }
  }
  return null;
}

export function isSecretVar(name: string, scope: ShellScope): boolean {
  return scope.secretVars.has(name) || SECRET_NAME.test(name);
}

/** Does the word's value come from a secret the RUN mounts (its file, its `env=`, or a variable read from one)? */
export function readsMountedSecret(ctx: RunContext, word: Word, scope: ShellScope): boolean {
  return word.parts.some(
    (p) =>
      (p.kind === 'substitution' && ctx.mounts.some((m) => m.target !== '' && p.raw.includes(m.target))) ||
      (p.kind === 'variable' && (scope.mountedSecretVars.has(p.name) || ctx.env.some((e) => e.how === 'mount-env' && e.name === p.name))),
  );
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
