import { defineRule } from '../src/rule.js';

export default defineRule({
  id: 'shell-too-deep',
  meta: {
    description: "A RUN's shell is nested deeper than hardenfile reads, so its commands are not checked.",
    severity: 'error',
    fixable: 'never',
    messages: {
      tooDeep: 'Shell nested deeper than {max} levels: the commands from here to the end of the script are not checked.',
    },
    options: {},
  },
  check(ctx) {
    for (const limit of ctx.build.limits) {
      if (limit.kind === 'too-deep') ctx.report({ messageId: 'tooDeep', data: { max: limit.max }, span: limit.span });
    }
  },
});
