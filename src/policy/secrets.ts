/**
 * Credential shapes recognised by value (DOMAIN.md, "Secrets"), and credential-like names.
 * All patterns are linear: bounded classes, no nested quantifiers.
 */

export interface SecretShape {
  id: string;
  label: string;
  pattern: RegExp;
  /** Characters of the match kept visible when redacting (the recognisable prefix). */
  keep: number;
}

export const SECRET_SHAPES: SecretShape[] = [
  { id: 'docker-pat', label: 'Docker personal access token', pattern: /\bdckr_pat_[A-Za-z0-9_-]{16,}/g, keep: 9 },
  { id: 'docker-oat', label: 'Docker organization access token', pattern: /\bdckr_oat_[A-Za-z0-9_-]{16,}/g, keep: 9 },
  { id: 'github-token', label: 'GitHub token', pattern: /\b(?:ghp|gho|ghs|ghu|ghr)_[A-Za-z0-9]{30,}/g, keep: 4 },
  { id: 'github-pat', label: 'GitHub fine-grained token', pattern: /\bgithub_pat_[A-Za-z0-9_]{30,}/g, keep: 11 },
  { id: 'gitlab-token', label: 'GitLab token', pattern: /\bglpat-[A-Za-z0-9_-]{20,}/g, keep: 6 },
  { id: 'aws-access-key', label: 'AWS access key id', pattern: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g, keep: 4 },
  { id: 'slack-token', label: 'Slack token', pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}/g, keep: 5 },
  { id: 'npm-token', label: 'npm token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/g, keep: 4 },
  {
    id: 'apk-basic-auth',
    label: 'apk HTTP_AUTH credential',
    pattern: /\bbasic:[^\s:'"]{1,200}:[^\s:'"]{1,200}:[^\s'"]{1,200}/g,
    keep: 6,
  },
  { id: 'private-key', label: 'private key', pattern: /-----BEGIN (?:[A-Z]{1,20} ){0,3}PRIVATE KEY-----/g, keep: 0 },
];

/** `scheme://user:password@host` — the password part is the secret. */
export const URL_CREDENTIALS = /\b[a-z][a-z0-9+.-]{0,20}:\/\/([^\s/:@'"]{1,200}):([^\s/@'"]{1,200})@/gi;

/** Names that mark a variable as a credential. */
export const SECRET_NAME =
  /^(?:HTTP_AUTH|NETRC|.*(?:TOKEN|PASSWORD|PASSWD|SECRET|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIALS?|AUTH_?KEY))$/i;

/** Names that look like credentials but are not (public settings). */
export const NOT_SECRET_NAME = /^(?:.*_(?:FILE|PATH|DIR|URL|ID|NAME|LENGTH|TTL|TYPE))$/i;

export interface SecretMatch {
  shape: string;
  label: string;
  start: number;
  end: number;
  /** Start of the part to hide (after the visible prefix). */
  hideFrom: number;
}

/** A `scheme://user:password@` in a text, whatever the password is (a value or a `$VAR`). */
export interface UrlCredentials {
  start: number;
  /** Start of the user name, after `://`. */
  userStart: number;
  password: string;
  /** Offset of the `@`. */
  end: number;
}

export function findUrlCredentials(text: string): UrlCredentials[] {
  const out: UrlCredentials[] = [];
  // Every match has `://` and `@`: most texts are turned away before the pattern runs.
  if (!text.includes('://') || !text.includes('@')) return out;
  const re = new RegExp(URL_CREDENTIALS.source, URL_CREDENTIALS.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index, userStart: m.index + m[0].indexOf('://') + 3, password: m[2]!, end: m.index + m[0].length - 1 });
  }
  return out;
}

/** Every credential-shaped value in a text, in order. `urls` saves a second search when known. */
export function findSecrets(text: string, urls: readonly UrlCredentials[] = findUrlCredentials(text)): SecretMatch[] {
  const out: SecretMatch[] = [];
  for (const shape of SECRET_SHAPES) {
    shape.pattern.lastIndex = 0;
    for (let m = shape.pattern.exec(text); m; m = shape.pattern.exec(text)) {
      out.push({ shape: shape.id, label: shape.label, start: m.index, end: m.index + m[0].length, hideFrom: m.index + shape.keep });
    }
  }
  for (const { password, end } of urls) {
    // `$VAR`/`${VAR}` passwords are references, not values.
    if (/^\$\{?[A-Za-z_]/.test(password)) continue;
    out.push({ shape: 'url-credentials', label: 'password in URL', start: end - password.length, end, hideFrom: end - password.length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Replace the hidden part of every secret span in `text` (which starts at `offset` of the file). */
export function redact(text: string, offset: number, spans: { start: number; end: number }[]): string {
  // Overlapping spans (a token that is also a URL password) are merged first, or the later
  // replacement would cut the wrong characters.
  const merged: { start: number; end: number }[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  let out = text;
  for (const s of merged.reverse()) {
    const a = Math.max(s.start - offset, 0);
    const b = Math.min(s.end - offset, text.length);
    if (a >= b) continue;
    out = out.slice(0, a) + '****' + out.slice(b);
  }
  return out;
}
