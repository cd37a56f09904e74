/**
 * Credential shapes recognised by value (DOMAIN.md, "Secrets"), and credential-like names.
 * All patterns are linear: bounded or mutually exclusive classes, no nested quantifiers.
 */

export interface SecretShape {
  id: string;
  label: string;
  pattern: RegExp;
  /** Characters of the match kept visible when redacting (the recognisable prefix). */
  keep: number;
  /** The capture group that is the secret, when the match also holds its context (a key name). */
  group?: number;
}

export const SECRET_SHAPES: SecretShape[] = [
  { id: 'docker-pat', label: 'Docker personal access token', pattern: /\bdckr_pat_[A-Za-z0-9_-]{16,}/g, keep: 9 },
  { id: 'docker-oat', label: 'Docker organization access token', pattern: /\bdckr_oat_[A-Za-z0-9_-]{16,}/g, keep: 9 },
  { id: 'github-token', label: 'GitHub token', pattern: /\b(?:ghp|gho|ghs|ghu|ghr)_[A-Za-z0-9]{30,}/g, keep: 4 },
  { id: 'github-pat', label: 'GitHub fine-grained token', pattern: /\bgithub_pat_[A-Za-z0-9_]{30,}/g, keep: 11 },
  { id: 'gitlab-token', label: 'GitLab token', pattern: /\bglpat-[A-Za-z0-9_-]{20,}/g, keep: 6 },
  { id: 'aws-access-key', label: 'AWS access key id', pattern: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g, keep: 4 },
  {
    id: 'aws-secret-key',
    label: 'AWS secret access key',
    // As the AWS CLI's config and credentials files and `aws configure set` write it.
    pattern: /\baws_?secret_?access_?key["']?[ \t]{0,20}[=:]?[ \t]{0,20}["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/dgi,
    keep: 0,
    group: 1,
  },
  { id: 'slack-token', label: 'Slack token', pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}/g, keep: 5 },
  { id: 'npm-token', label: 'npm token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/g, keep: 4 },
  {
    id: 'apk-basic-auth',
    label: 'apk HTTP_AUTH credential',
    // No length cap: a password can be a JWT of several hundred characters. The classes exclude
    // the `:` that ends them, so each part is read once.
    pattern: /\bbasic:[^\s:'"]+:[^\s:'"]+:[^\s'"]+/g,
    keep: 6,
  },
  // PEM (`RSA`, `EC`, `OPENSSH`, `ENCRYPTED`, …) and OpenPGP armour (`PGP PRIVATE KEY BLOCK`).
  { id: 'private-key', label: 'private key', pattern: /-----BEGIN (?:[A-Z0-9]{1,20} ){0,3}PRIVATE KEY(?: BLOCK)?-----/g, keep: 0 },
];

/**
 * `scheme://userinfo@`: the class takes `@` too, so the match ends at the LAST `@` before the
 * authority ends (`/`, `?`, `#`, a blank or a quote), as WHATWG URL parsing (Node's `URL`) reads a
 * password that holds `@`. Group 1 is the userinfo.
 */
export const URL_CREDENTIALS = /\b[a-z][a-z0-9+.-]{0,20}:\/\/([^\s/?#\\'"`<>]*)@/gi;

/** Names that mark a variable (or a label, read with `.`/`-` as `_`) as a credential. */
export const SECRET_NAME =
  /^(?:HTTP_AUTH|NETRC|.*(?:TOKEN|PASSWORD|PASSWD|PASSPHRASE|SECRET|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|LICENSE_?KEY|CREDENTIALS?|AUTH_?KEY)|.+_(?:PASS|PWD))$/i;

/** Names that look like credentials but are not (public settings). */
export const NOT_SECRET_NAME = /^(?:.*_(?:FILE|PATH|DIR|URL|ID|NAME|LENGTH|TTL|TYPE))$/i;

/** Is `name` (an ARG, ENV, shell variable, LABEL key or header name) one that holds a credential? */
export function isCredentialName(name: string): boolean {
  const n = name.replace(/[.-]/g, '_');
  return SECRET_NAME.test(n) && !NOT_SECRET_NAME.test(n);
}

/**
 * Can a value written under a credential name be the credential? Not when it is empty, a path (the
 * place of a secret, `/run/secrets/token`), only a reference to another variable (`$TOKEN`), or a
 * placeholder (`00000000-0000-0000-0000-000000000000`, `XXXXXXXX`, `<your-token>`).
 */
export function isCredentialValue(value: string): boolean {
  const v = value.replace(/^(["'])(.*)\1$/s, '$2');
  if (v === '') return false;
  if (/^\$(?:\{[A-Za-z_]\w*\}|[A-Za-z_]\w*)$/.test(v)) return false;
  // A placeholder holds no secret: all zeros, X's or stars (`00000000-0000-…`, `XXXX`), or `<token>`.
  if (/^[0xX*._-]+$/.test(v) || /^<[^<>]*>$/.test(v)) return false;
  return !/^(?:\/|~\/|\.\.?\/)[\w./@+-]*$/.test(v);
}

export interface SecretMatch {
  shape: string;
  label: string;
  start: number;
  end: number;
  /** Start of the part to hide (after the visible prefix). */
  hideFrom: number;
}

/** A `scheme://user:password@` (or `scheme://user@`) in a text, whatever the password is (a value or a `$VAR`). */
export interface UrlCredentials {
  start: number;
  /** Start of the user name, after `://`. */
  userStart: number;
  user: string;
  /** Null when the userinfo has no `:`. */
  password: string | null;
  /** Offset of the `@`. */
  end: number;
}

export function findUrlCredentials(text: string): UrlCredentials[] {
  const out: UrlCredentials[] = [];
  // Every match has `://` and `@`: most texts are turned away before the pattern runs.
  if (!text.includes('://') || !text.includes('@')) return out;
  const re = new RegExp(URL_CREDENTIALS.source, URL_CREDENTIALS.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const userinfo = m[1]!;
    const colon = userinfo.indexOf(':');
    out.push({
      start: m.index,
      userStart: m.index + m[0].length - 1 - userinfo.length,
      user: colon === -1 ? userinfo : userinfo.slice(0, colon),
      password: colon === -1 ? null : userinfo.slice(colon + 1),
      end: m.index + m[0].length - 1,
    });
  }
  return out;
}

/** `$VAR`, `${VAR}`, `$(…)`, backticks: a value the shell or BuildKit fills in, not one written here. */
export function isReference(value: string): boolean {
  return /^(?:\$[{(A-Za-z_]|`)/.test(value);
}

/**
 * A URL user name that is a token (`https://<token>@github.com`, `https://<token>:x-oauth-basic@…`):
 * long, and switching between letters and digits all along as generated tokens do, where a login
 * name (`jenkins-ci-robot-2024`) switches once or twice.
 */
export function isTokenUser(user: string): boolean {
  if (user.length < 20 || !/^[A-Za-z0-9_.-]+$/.test(user)) return false;
  let switches = 0;
  for (let i = 1; i < user.length; i++) if (/\d/.test(user[i]!) !== /\d/.test(user[i - 1]!)) switches++;
  return switches >= 6;
}

/** Every credential-shaped value in a text, in order. `urls` saves a second search when known. */
export function findSecrets(text: string, urls: readonly UrlCredentials[] = findUrlCredentials(text)): SecretMatch[] {
  const out: SecretMatch[] = [];
  for (const shape of SECRET_SHAPES) {
    shape.pattern.lastIndex = 0;
    for (let m = shape.pattern.exec(text); m; m = shape.pattern.exec(text)) {
      if (shape.group !== undefined) {
        const [start, end] = m.indices![shape.group]!;
        out.push({ shape: shape.id, label: shape.label, start, end, hideFrom: start });
        continue;
      }
      out.push({ shape: shape.id, label: shape.label, start: m.index, end: m.index + m[0].length, hideFrom: m.index + shape.keep });
    }
  }
  const ids = out.filter((m) => m.shape === 'aws-access-key');
  if (ids.length > 0) {
    // One sorted copy to test candidates against: a file of ids must not cost ids × matches.
    // Candidates are standalone runs, so two ids near one key find the same start.
    const taken = mergeSpans(out);
    const keys = new Set<number>();
    for (const id of ids) {
      const near = secretKeyBeside(text, id, taken);
      if (near && !keys.has(near.start)) {
        keys.add(near.start);
        out.push(near);
      }
    }
  }
  for (const { userStart, user, password, end } of urls) {
    if (password !== null && password !== '' && !isReference(password)) {
      out.push({ shape: 'url-credentials', label: 'password in URL', start: end - password.length, end, hideFrom: end - password.length });
    }
    if (isTokenUser(user)) out.push({ shape: 'url-token-user', label: 'token in a URL user name', start: userStart, end: userStart + user.length, hideFrom: userStart });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Characters around an access key id searched for its secret key (the same line of a config, an `ENV` pair). */
const BESIDE = 200;

/**
 * A 40-character secret access key written near an access key id: a standalone run of the base64
 * alphabet with both cases (a hex fingerprint or a checksum has one).
 */
function secretKeyBeside(text: string, id: SecretMatch, taken: readonly { start: number; end: number }[]): SecretMatch | null {
  const from = Math.max(0, id.start - BESIDE);
  const window = text.slice(from, Math.min(text.length, id.end + BESIDE));
  let best: SecretMatch | null = null;
  const distance = (m: SecretMatch) => (m.start > id.start ? m.start - id.end : id.start - m.end);
  for (const m of window.matchAll(/(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g)) {
    if (!/[a-z]/.test(m[0]) || !/[A-Z]/.test(m[0])) continue;
    const start = from + m.index;
    const key: SecretMatch = { shape: 'aws-secret-key', label: 'AWS secret access key', start, end: start + 40, hideFrom: start };
    if (overlaps(taken, key)) continue;
    if (!best || distance(key) < distance(best)) best = key;
  }
  return best;
}

/** Does `span` overlap one of the sorted, disjoint `spans`? */
function overlaps(spans: readonly { start: number; end: number }[], span: { start: number; end: number }): boolean {
  const i = firstEndingAfter(spans, span.start);
  return i < spans.length && spans[i]!.start < span.end;
}

/** Index of the first of the sorted, disjoint `spans` that ends after `at`. */
function firstEndingAfter(spans: readonly { start: number; end: number }[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const MASK = '****';

/**
 * `text` (which starts at `offset` of the file) with every part inside `spans` replaced by the
 * mask. `spans` are sorted and disjoint, as the model gives them: a binary search finds the first
 * that reaches the text, so a frame line costs its own length whatever the number of secrets.
 */
export function redact(text: string, offset: number, spans: readonly { start: number; end: number }[]): string {
  const end = offset + text.length;
  let out = '';
  let at = offset;
  for (let i = firstEndingAfter(spans, offset); i < spans.length && spans[i]!.start < end; i++) {
    const s = spans[i]!;
    const a = Math.max(s.start, offset);
    const b = Math.min(s.end, end);
    if (b <= a) continue;
    out += text.slice(at - offset, a - offset) + MASK;
    at = b;
  }
  return at === offset && out === '' ? text : out + text.slice(at - offset);
}

/** Sorted, disjoint spans covering the same characters as `spans` (touching ones joined). */
export function mergeSpans(spans: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}
