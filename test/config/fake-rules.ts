import type { AnyRule } from '../../src/rule.js';

function fakeRule(id: string, options: Record<string, unknown> = {}): AnyRule {
  return {
    id,
    meta: { description: `${id} description`, severity: 'warning', fixable: 'never', messages: { m: 'message' }, options },
    check: () => undefined,
  };
}

/** A stand-in registry: config tests do not depend on which rules exist. */
export const FAKE_RULES: AnyRule[] = [
  fakeRule('missing-signing-key'),
  fakeRule('upstream-package-source', { allowUpstream: false, allowedHosts: ['example.com'], maxEntries: 3 }),
];
