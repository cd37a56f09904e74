// Placeholder until the rule is written: reports nothing and is not listed as done anywhere.
import { defineRule } from '../src/rule.js';

export default defineRule({
  id: 'hardcoded-secret',
  meta: { description: 'Not written yet.', severity: 'warning', fixable: 'never', messages: {}, options: {} },
  check() {},
});
