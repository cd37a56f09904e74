/**
 * Property tests over generated and mutated Dockerfiles. CI runs a bounded number of cases;
 * `npm run fuzz` runs many more (FUZZ_RUNS).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint.js';
import { applyEdits, fixText } from '../../src/fix/apply.js';
import { makePolicy } from '../../src/policy/index.js';
import { dockerfile, mutatedFixture } from './arbitraries.js';

const runs = Number(process.env.FUZZ_RUNS ?? 150);
const config = { rules: {}, policy: makePolicy(), buildArgs: {} };
const input = fc.oneof(dockerfile, mutatedFixture);

describe('properties', () => {

  it('lints without throwing, every range inside the file', () => {
    fc.assert(
      fc.property(input, (text) => {
        const r = lintText(text, { config });
        for (const f of r.findings) {
          expect(f.span.start).toBeGreaterThanOrEqual(0);
          expect(f.span.end).toBeLessThanOrEqual(text.length);
          expect(f.span.start).toBeLessThanOrEqual(f.span.end);
          for (const e of f.fix?.edits ?? []) {
            expect(e.start).toBeGreaterThanOrEqual(0);
            expect(e.end).toBeLessThanOrEqual(text.length);
          }
        }
        for (const s of r.secretSpans) expect(s.end).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: runs },
    );
  });

  it('fixing is idempotent: fix(fix(x)) == fix(x)', () => {
    fc.assert(
      fc.property(input, fc.boolean(), (text, unsafe) => {
        const once = fixText(text, { config, unsafe });
        const twice = fixText(once.output, { config, unsafe });
        expect(twice.output).toBe(once.output);
      }),
      { numRuns: runs },
    );
  });

  it('a fix pass changes only the bytes of its edits', () => {
    fc.assert(
      fc.property(input, (text) => {
        const findings = lintText(text, { config }).findings;
        for (const f of findings) {
          if (!f.fix) continue;
          const edits = [...f.fix.edits].sort((a, b) => a.start - b.start);
          const out = applyEdits(text, edits);
          // Outside the edits, the text is the same bytes in the same order.
          let before = 0;
          let shift = 0;
          for (const e of edits) {
            expect(out.slice(before + shift, e.start + shift)).toBe(text.slice(before, e.start));
            shift += e.text.length - (e.end - e.start);
            before = e.end;
          }
          expect(out.slice(before + shift)).toBe(text.slice(before));
        }
      }),
      { numRuns: runs },
    );
  });

  it('the fixed file still lints without error and keeps its line endings', () => {
    fc.assert(
      fc.property(dockerfile, (text) => {
        const fixed = fixText(text, { config, unsafe: true });
        expect(lintText(fixed.output, { config }).error).toBeUndefined();
        if (!text.includes('\n') || /(^|[^\r])\n/.test(text)) return;
        expect(/(^|[^\r])\n/.test(fixed.output), 'a CRLF file stays CRLF').toBe(false);
      }),
      { numRuns: runs },
    );
  });
});
