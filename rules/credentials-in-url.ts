import { defineRule, type RuleContext } from '../src/rule.js';
import { variableAt } from '../src/model/query.js';
import type { Build, InstructionInfo, Span } from '../src/model/types.js';
import { isReference, isTokenUser } from '../src/policy/secrets.js';

/** `scheme://user:$VAR@` or `scheme://user:${VAR…}@`; bounded quantifiers only, so linear. */
const PASSWORD_REFERENCE =
  /\b[a-z][a-z0-9+.-]{0,20}:\/\/([^\s/:@'"]{1,200}):\$(?:\{([A-Za-z_][A-Za-z0-9_]{0,127})(?:[:?+-]{1,2}[^}\s/@'"]{0,200})?\}|([A-Za-z_][A-Za-z0-9_]{0,127}))@/gi;

const STAYS = { ARG: 'the image history of the steps that use it', ENV: 'the image configuration' };

export default defineRule({
  id: 'credentials-in-url',
  meta: {
    description: 'A URL carries a user name and password.',
    severity: 'error',
    fixable: 'never',
    tags: ['security', 'secrets'],
    messages: {
      literalPassword: 'The URL to {host} holds a user name and password in clear text; anyone who can read the Dockerfile or the image history can use them.',
      tokenUser: 'The URL to {host} carries a token as its user name; anyone who can read the Dockerfile or the image history can use it.',
      variablePassword: 'The URL to {host} takes its password from {keyword} {name}; the value stays in {stays}. Use a secret mount.',
    },
    options: {},
  },
  check(ctx) {
    const { build } = ctx;
    const reported = new Set<number>();
    const report = (messageId: string, span: Span, data: Record<string, string>) => {
      if (reported.has(span.start)) return;
      reported.add(span.start);
      ctx.report({ messageId, data, span });
    };

    for (const u of build.urlCredentials) {
      const host = { host: hostAfter(build.text, u.end + 1) };
      // `$VAR`, `${VAR}`, `$(…)` and backticks are references, judged below.
      if (u.password !== null && u.password !== '' && !isReference(u.password)) report('literalPassword', { start: u.userStart, end: u.end }, host);
      else if (isTokenUser(u.user)) {
        const user = { start: u.userStart, end: u.userStart + u.user.length };
        // A user name with a known token's shape (`https://ghp_…@github.com`) is hardcoded-secret's.
        const shaped = build.secrets.some((m) => m.shape !== 'url-token-user' && m.start < user.end && user.start < m.end);
        if (!shaped) report('tokenUser', user, host);
      }
    }

    for (const info of build.instructions) {
      if (info.keyword !== 'RUN') scan(ctx, info, build.text.slice(info.span.start, info.span.end), info.span.start, info.span, report);
      for (const c of info.run?.commands ?? []) {
        const shellSpan = c.span ?? info.span;
        for (const w of [c.name, ...c.args, ...c.assignments.map((a) => a.value), ...c.redirects.map((r) => r.target)]) {
          if (!w) continue;
          const exact = w.span !== null && build.text.slice(w.span.start, w.span.end) === w.raw;
          scan(ctx, info, w.raw, exact ? w.span!.start : null, w.span ?? shellSpan, report);
        }
        for (const r of c.redirects) {
          const h = r.heredoc;
          if (!h || h.quoted) continue;
          const exact = h.span !== null && build.text.slice(h.span.start, h.span.end) === h.body;
          scan(ctx, info, h.body, exact ? h.span!.start : null, h.span ?? shellSpan, report);
        }
      }
    }
  },
});

/**
 * Report `user:$VAR@` in `text` when VAR is an ARG/ENV at the instruction. `offset` maps `text` to
 * the file when known; else the finding takes `fallback`.
 */
function scan(
  ctx: RuleContext,
  info: InstructionInfo,
  text: string,
  offset: number | null,
  fallback: Span,
  report: (id: string, span: Span, data: Record<string, string>) => void,
): void {
  if (!text.includes('@')) return;
  const re = new RegExp(PASSWORD_REFERENCE.source, PASSWORD_REFERENCE.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = m[2] ?? m[3]!;
    if (readInShell(ctx.build, info, name)) continue;
    const declared = variableAt(ctx.build, info.index, name);
    if (!declared) continue;
    const userStart = m.index + m[0].indexOf('://') + 3;
    const span = offset === null ? fallback : { start: offset + userStart, end: offset + m.index + m[0].length - 1 };
    report('variablePassword', span, { host: hostAfter(text, m.index + m[0].length), keyword: declared.keyword, name, stays: STAYS[declared.keyword] });
  }
}

/** In a RUN, a variable set from a mounted secret (`env=`, `VAR=$(cat /run/secrets/…)`) or assigned in the shell is not the ARG/ENV. */
function readInShell(build: Build, info: InstructionInfo, name: string): boolean {
  if (info.keyword !== 'RUN') return false;
  if (info.mounts.some((m) => m.env === name)) return true;
  return (info.run?.commands ?? []).some((c) => c.assignments.some((a) => a.name === name));
}

/** The host after `@`, for messages: never any path or query, which may hold a token. */
function hostAfter(text: string, at: number): string {
  let end = at;
  while (end < text.length && end - at < 253 && /[A-Za-z0-9.-]/.test(text[end]!)) end++;
  return end > at ? text.slice(at, end) : 'a computed host';
}
