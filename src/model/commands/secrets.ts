/**
 * Which shell words carry a secret (a credential-named or secret-holding variable, a read of a mounted
 * secret), and the credentials a command is given or writes literally.
 */
import type { ShellScript, Word } from '../../parse/shell-types.js';
import { isCredentialName, isCredentialValue, SECRET_NAME } from '../../policy/secrets.js';
import { netrcPasswords } from '../netrc.js';
import type { LiteralSecretFact, RepoLine, Span } from '../types.js';
import { expandVariables, type Lookup } from '../vars.js';
import type { CommandCall, FactSink, RunContext, ShellScope } from './types.js';

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
    if (p.kind === 'variable') return scope.mountedSecretVars.has(p.name) || ctx.env.named(p.name).some((e) => e.how === 'mount-env');
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

/**
 * A credential written literally in a command's word (`curl -u ci:pass`): `pick` finds it in the
 * word's value and returns its range there. A word that expands something (`"ci:$PASS"`) writes no
 * literal.
 */
export function literalArgument(call: CommandCall, word: Word, label: string, pick: (value: string) => [number, number] | null): void {
  if (word.value === null) return;
  const range = pick(word.value);
  if (!range) return;
  const value = word.value.slice(range[0], range[1]);
  if (!isCredentialValue(value)) return;
  emitLiteral(call.ctx, 'argument', label, value, locate(call.ctx.run.script, word, value), word.span ?? call.span);
}

/** The whole value after the first `:` (`user:password`), or null without one. */
export function afterColon(value: string): [number, number] | null {
  const colon = value.indexOf(':');
  return colon === -1 || colon === value.length - 1 ? null : [colon + 1, value.length];
}

/** The credential of an HTTP header: any `Authorization` (after its scheme) or a header with a credential name (`X-API-Key`, `PRIVATE-TOKEN`). */
export function headerSecret(value: string): [number, number] | null {
  const m = /^[ \t]*([A-Za-z0-9_-]{1,100})[ \t]*:[ \t]*/.exec(value);
  if (!m) return null;
  const name = m[1]!.toLowerCase();
  if (name !== 'authorization' && name !== 'proxy-authorization' && !isCredentialName(m[1]!)) return null;
  let start = m[0].length;
  if (name.endsWith('authorization')) {
    const scheme = /^(?:bearer|basic|token|digest|bot|apikey|negotiate)[ \t]+/i.exec(value.slice(start));
    if (scheme) start += scheme[0].length;
  }
  const end = value.trimEnd().length;
  return end > start ? [start, end] : null;
}

const NPMRC_AUTH = /^[ \t]*(?:\/\/[^\s=]*:)?_(?:authToken|auth|password)[ \t]*=[ \t]*(\S(?:.*\S)?)[ \t]*$/;

/** Is `key` an npm/yarn config key that holds a credential (`//host/:_authToken`, `_auth`, yarn's `npmAuthToken`)? */
export function isNpmAuthKey(key: string): boolean {
  return /(?:^|:)_(?:authToken|auth|password)$/.test(key) || /^npmAuth(?:Token|Ident)$/.test(key);
}

/**
 * Credentials in the lines a command writes into a file: an `.npmrc` auth line, or the password of a
 * netrc entry (the printf arguments already put in their place). Only what the RUN writes literally
 * counts: a line that took its value from a variable is that variable's finding.
 */
export function writtenSecrets(sink: FactSink, lines: readonly RepoLine[] | null, written: string, locateValue: (value: string) => Span | null, span: Span): void {
  if (!lines || lines.length === 0) return;
  const text = lines.map((l) => l.text).join('\n');
  if (!text.includes('_auth') && !text.includes('_password') && !text.includes('password')) return;
  for (const line of lines) {
    const m = NPMRC_AUTH.exec(line.text);
    const value = m?.[1]?.replace(/^(["'])(.*)\1$/, '$2');
    if (value && written.includes(value) && isCredentialValue(value)) emitLiteral(sink, 'npmrc', 'npm auth token', value, locateValue(value), span);
  }
  for (const p of netrcPasswords(text)) {
    const value = text.slice(p.start, p.end);
    if (written.includes(value) && isCredentialValue(value)) emitLiteral(sink, 'netrc', 'netrc password', value, locateValue(value), span);
  }
}

/**
 * Where a value stands in the file, when the script holds it once: its range, or across a line
 * continuation BuildKit removed, from its first character to its last.
 */
export function locateIn(script: ShellScript, value: string): Span | null {
  const at = script.text.indexOf(value);
  if (at === -1 || value === '' || script.text.indexOf(value, at + 1) !== -1) return null;
  return script.spanToFile(at, at + value.length) ?? { start: script.toFile(at), end: script.toFile(at + value.length - 1) + 1 };
}

function locate(script: ShellScript, word: Word, value: string): Span | null {
  if (!word.span) return locateIn(script, value);
  const at = word.raw.indexOf(value);
  if (at === -1 || word.raw.indexOf(value, at + 1) !== -1) return locateIn(script, value);
  return { start: word.span.start + at, end: word.span.start + at + value.length };
}

function emitLiteral(sink: FactSink, via: LiteralSecretFact['via'], label: string, value: string, valueSpan: Span | null, span: Span): void {
  sink.emit({ kind: 'literal-secret', via, label, value, valueSpan, instruction: sink.instruction, span: valueSpan ?? span });
}
