import { defineRule } from '../src/rule.js';
import { eachFact } from '../src/model/query.js';
import type { Span } from '../src/model/types.js';
import { isReference } from '../src/policy/secrets.js';

export default defineRule({
  id: 'hardcoded-secret',
  meta: {
    description: 'A credential-shaped value is written in the Dockerfile.',
    severity: 'error',
    fixable: 'never',
    tags: ['security', 'secrets'],
    messages: {
      hardcoded: 'The Dockerfile holds a literal {label} ({where}); anyone who can read the file can use it. Revoke it and pass it as a build secret.',
    },
    options: {},
  },
  check(ctx) {
    const { build } = ctx;
    // The `user:password` of a URL with a written password is credentials-in-url's finding, even
    // when one half has a token's shape: the same characters are reported once.
    const userinfo = build.urlCredentials.filter((u) => u.password && !isReference(u.password)).map((u) => ({ start: u.userStart, end: u.end }));
    const inComment = (at: number) => build.comments.some((c) => c.span.start <= at && at < c.span.end);
    const reported: Span[] = [];
    const where = (at: number) => (inComment(at) ? 'in a comment' : instructionAt(build.instructions, at));
    for (const m of build.secrets) {
      if (m.shape === 'url-credentials' || m.shape === 'url-token-user') continue;
      if (userinfo.some((p) => m.start < p.end && p.start < m.end)) continue;
      reported.push(m);
      ctx.report({ messageId: 'hardcoded', data: { label: m.label, where: where(m.start) }, span: { start: m.start, end: m.end } });
    }
    // Credentials found by reading a command (`curl -u user:pass`, an `.npmrc` or netrc line). A
    // password written into apt's auth.conf is secret-file-in-image's finding: the file is the problem there.
    const authWrites = new Set([...eachFact(build, 'secret-write')].filter(([w]) => w.literal).map(([w]) => w.instruction));
    for (const [f] of eachFact(build, 'literal-secret')) {
      if (f.via === 'netrc' && authWrites.has(f.instruction)) continue;
      const span = f.valueSpan ?? f.span;
      if (reported.some((p) => span.start < p.end && p.start < span.end)) continue;
      reported.push(span);
      ctx.report({ messageId: 'hardcoded', data: { label: f.label, where: where(span.start) }, span });
    }
  },
});

function instructionAt(instructions: readonly { span: { start: number; end: number }; keyword: string }[], at: number): string {
  const hit = instructions.find((i) => i.span.start <= at && at < i.span.end);
  return hit ? `in ${hit.keyword}` : 'outside any instruction';
}
