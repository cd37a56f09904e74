import { defineRule } from '../src/rule.js';

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
    const userinfo = build.urlCredentials.filter((u) => !/^[$`]/.test(u.password)).map((u) => ({ start: u.userStart, end: u.end }));
    const inComment = (at: number) => build.comments.some((c) => c.span.start <= at && at < c.span.end);
    for (const m of build.secrets) {
      if (m.shape === 'url-credentials') continue;
      if (userinfo.some((p) => m.start < p.end && p.start < m.end)) continue;
      ctx.report({
        messageId: 'hardcoded',
        data: { label: m.label, where: inComment(m.start) ? 'in a comment' : instructionAt(build.instructions, m.start) },
        span: { start: m.start, end: m.end },
      });
    }
  },
});

function instructionAt(instructions: readonly { span: { start: number; end: number }; keyword: string }[], at: number): string {
  const hit = instructions.find((i) => i.span.start <= at && at < i.span.end);
  return hit ? `in ${hit.keyword}` : 'outside any instruction';
}
