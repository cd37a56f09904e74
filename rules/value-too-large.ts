import { defineRule } from '../src/rule.js';

export default defineRule({
  id: 'value-too-large',
  meta: {
    description: 'A value is too large to expand, so what depends on it is not checked.',
    severity: 'info',
    fixable: 'never',
    messages: {
      variable: '{name} is too large to expand (over {max} characters): its value is taken as unknown, and what depends on it is not checked.',
      value: 'This value is too large to expand (over {max} characters): it is taken as unknown, and what depends on it is not checked.',
      nested: 'This value nests ${…:-…} deeper than {max} levels: it is taken as unknown, and what depends on it is not checked.',
    },
    options: {},
  },
  check(ctx) {
    for (const limit of ctx.build.limits) {
      if (limit.kind === 'value-too-deep') ctx.report({ messageId: 'nested', data: { max: limit.max }, span: limit.span });
      if (limit.kind !== 'too-large') continue;
      if (limit.variable === null) ctx.report({ messageId: 'value', data: { max: limit.max }, span: limit.span });
      else ctx.report({ messageId: 'variable', data: { name: limit.variable, max: limit.max }, span: limit.span });
    }
  },
});
