import { describe, expect, it } from 'vitest';
import { formatCheckstyle } from '../../src/format/checkstyle.js';
import { formatJunit } from '../../src/format/junit.js';
import { xmlAttr, xmlText } from '../../src/format/xml.js';
import { finding, report } from './helpers.js';
import { APK, lintReport, UPSTREAM } from './lint-report.js';

const errorReport = { path: 'bad<1>.Dockerfile', result: { findings: [], secretSpans: [], error: 'file is binary & "odd"' } };

describe('xml escaping', () => {
  it('escapes markup characters and replaces what XML 1.0 forbids', () => {
    expect(xmlText(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
    expect(xmlText('x\u0000y\u0008z\u001b\uFFFE\uFFFF')).toBe('x\uFFFDy\uFFFDz\uFFFD\uFFFD\uFFFD');
    // A lone surrogate is no character; a pair is one.
    expect(xmlText('a\uD800b\uDC00c\uD83D\uDE00')).toBe('a\uFFFDb\uFFFDc\uD83D\uDE00');
    expect(xmlAttr('one\ttwo\nthree\r')).toBe('one&#9;two&#10;three&#13;');
    expect(xmlText('one\ttwo\n')).toBe('one\ttwo\n');
  });
});

describe('checkstyle', () => {
  it('writes a file element per file and an error per finding', async () => {
    const file = await lintReport('svc/Dockerfile', APK, 'warning');
    const message = xmlAttr(file.result.findings[0]!.message);
    expect(formatCheckstyle([file, await lintReport('clean.Dockerfile', 'FROM scratch\n'), errorReport])).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<checkstyle version="4.3">',
        '  <file name="svc/Dockerfile">',
        `    <error line="2" column="5" severity="warning" message="${message}" source="hardenfile.${UPSTREAM}"/>`,
        '  </file>',
        '  <file name="clean.Dockerfile">',
        '  </file>',
        '  <file name="bad&lt;1&gt;.Dockerfile">',
        '    <error line="1" column="1" severity="error" message="could not lint: file is binary &amp; &quot;odd&quot;" source="hardenfile"/>',
        '  </file>',
        '</checkstyle>',
        '',
      ].join('\n'),
    );
  });

  it('escapes messages and drops forbidden characters', () => {
    const text = 'RUN a\n';
    const out = formatCheckstyle([report('Dockerfile', text, [finding(text, 'a', { message: `<b>&'x'\u0001\n`, severity: 'info' })])]);
    expect(out).toContain('severity="info" message="&lt;b&gt;&amp;&apos;x&apos;\uFFFD&#10;"');
  });
});

describe('junit', () => {
  it('writes a suite per file: a failing case per finding, a passing case for a clean file, an error for a failed file', async () => {
    const file = await lintReport('svc/Dockerfile', APK);
    const message = file.result.findings[0]!.message;
    expect(formatJunit([file, await lintReport('clean.Dockerfile', 'FROM scratch\n'), errorReport])).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="hardenfile" tests="3" failures="1" errors="1">',
        '  <testsuite name="svc/Dockerfile" tests="1" failures="1" errors="0">',
        `    <testcase classname="svc/Dockerfile" name="${UPSTREAM} 2:5">`,
        `      <failure message="${xmlAttr(message)}" type="${UPSTREAM}">${xmlText(`error at svc/Dockerfile:2:5: ${message} (${UPSTREAM})`)}</failure>`,
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="clean.Dockerfile" tests="1" failures="0" errors="0">',
        '    <testcase classname="clean.Dockerfile" name="hardenfile"/>',
        '  </testsuite>',
        '  <testsuite name="bad&lt;1&gt;.Dockerfile" tests="1" failures="0" errors="1">',
        '    <testcase classname="bad&lt;1&gt;.Dockerfile" name="hardenfile">',
        '      <error message="file is binary &amp; &quot;odd&quot;">bad&lt;1&gt;.Dockerfile: could not lint: file is binary &amp; &quot;odd&quot;</error>',
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('escapes messages in attributes and text', () => {
    const text = 'RUN a\n';
    const out = formatJunit([report('Dockerfile', text, [finding(text, 'a', { message: 'a < b && "c"\u0007' })])]);
    expect(out).toContain('<failure message="a &lt; b &amp;&amp; &quot;c&quot;\uFFFD" type="upstream-package-source">');
    expect(out).not.toContain('\u0007');
  });
});
