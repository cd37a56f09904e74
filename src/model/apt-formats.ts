/**
 * apt's file formats: one-line sources (`deb [options] URI suite components`), deb822 stanzas, and
 * apt.conf options, with the settings among them that turn signature or TLS checks off.
 */
import type { RepoLine, Span } from './types.js';

/** apt configuration options that turn off signature or TLS checks, lower-cased, with the value that does it. */
const BYPASS_OPTIONS: [RegExp, boolean, string][] = [
  [/^apt::get::allowunauthenticated$/, true, 'APT::Get::AllowUnauthenticated'],
  [/^acquire::allowinsecurerepositories$/, true, 'Acquire::AllowInsecureRepositories'],
  [/^acquire::allowdowngradetoinsecurerepositories$/, true, 'Acquire::AllowDowngradeToInsecureRepositories'],
  [/^acquire::https(?:::[^:]+)?::verify-peer$/, false, 'Acquire::https::Verify-Peer'],
  [/^acquire::https(?:::[^:]+)?::verify-host$/, false, 'Acquire::https::Verify-Host'],
];

const TRUE = /^(?:1|yes|true|on|with|enable)$/i;
const FALSE = /^(?:0|no|false|off|without|disable)$/i;

/** The bypass an apt option (`Name=value` or a conf `Name "value";`) sets, by its canonical name; null when none. */
export function aptOptionBypass(name: string, value: string): string | null {
  const n = name.trim().toLowerCase();
  const v = value.trim().replace(/^"|"$/g, '');
  for (const [re, bad, canonical] of BYPASS_OPTIONS) {
    if (re.test(n) && (bad ? TRUE.test(v) : FALSE.test(v))) return canonical;
  }
  return null;
}

/**
 * The trust bypasses an apt.conf file sets, in either syntax: `Acquire::https::Verify-Peer "false";`
 * or nested scopes (`Acquire { https { Verify-Peer "false"; }; };`), which apt reads the same.
 * Comments (`//`, `#`, `/* … *\/`) are skipped. Each bypass comes with the line naming the option,
 * and the range of the option and its value when they are written verbatim on it.
 */
export function aptConfBypasses(lines: RepoLine[]): { what: string; line: RepoLine; span: Span | null }[] {
  const out: { what: string; line: RepoLine; span: Span | null }[] = [];
  const scopes: string[] = [];
  let name: { text: string; line: RepoLine; at: number } | null = null;
  let comment = false;
  for (const line of lines) {
    const re = /\/\*|\*\/|\/\/.*|#.*|"([^"]*)"?|([{};])|([^\s{};"]+)/g;
    for (let m = re.exec(line.text); m; m = re.exec(line.text)) {
      const tok = m[0];
      if (comment) {
        if (tok === '*/') comment = false;
        continue;
      }
      if (tok === '/*') comment = true;
      else if (tok.startsWith('//') || tok.startsWith('#')) continue;
      else if (tok === '{') {
        if (name) scopes.push(name.text);
        name = null;
      } else if (tok === '}') {
        scopes.pop();
        name = null;
      } else if (tok === ';') name = null;
      else if (name && m[1] !== undefined) {
        const what = aptOptionBypass([...scopes, name.text].join('::'), m[1]);
        // The option and its value, when both stand verbatim on one line of the file.
        const exact = name.line === line && line.span && line.span.end - line.span.start === line.text.length;
        if (what) out.push({ what, line: name.line, span: exact ? { start: line.span!.start + name.at, end: line.span!.start + m.index + tok.length } : null });
        name = null;
      } else if (m[3] !== undefined) name = { text: m[3], line, at: m.index };
    }
  }
  return out;
}

/** Split a source line into words, keeping `[ … ]` options and `$(…)`/`${…}` together. */
function tokens(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  let depth = 0;
  let bracket = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '$' && (text[i + 1] === '(' || text[i + 1] === '{')) {
      depth++;
      cur += c + text[++i];
      continue;
    }
    if (depth > 0 && (c === ')' || c === '}')) depth--;
    if (c === '[' && cur === '' && depth === 0) bracket = true;
    if (c === ']' && bracket && depth === 0) {
      cur += c;
      out.push(cur);
      cur = '';
      bracket = false;
      continue;
    }
    if (/\s/.test(c) && depth === 0 && !bracket) {
      if (cur) out.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  if (cur) out.push(cur);
  return out;
}

const SUITE_FROM_IMAGE = /os-release|lsb_release|VERSION_CODENAME/;
const DYNAMIC = /\$[{(A-Za-z_]/;

function suiteOf(token: string | undefined, line: RepoLine): { suite: string | null; fromImage: boolean } {
  if (token === undefined) return { suite: null, fromImage: false };
  const fromImage = line.releaseFromImage || SUITE_FROM_IMAGE.test(token);
  return { suite: DYNAMIC.test(token) ? null : token, fromImage };
}

/** `[trusted=yes]` and `[allow-insecure=yes]` of a source (any true value), with the option as written. */
export function sourceBypasses(line: RepoLine): { what: string; written: string }[] {
  const out: { what: string; written: string }[] = [];
  for (const name of ['trusted', 'allow-insecure']) {
    const o = line.options?.find((x) => x.name === name && TRUE.test(x.value));
    if (o) out.push({ what: `${name}=yes`, written: o.written ?? `${name}=${o.value}` });
  }
  return out;
}

function withOptions(out: RepoLine, options: { name: string; value: string; written?: string }[]): RepoLine {
  out.options = options;
  const signed = options.find((o) => o.name === 'signed-by');
  out.signedBy = signed ? signed.value : null;
  out.trusted = options.some((o) => o.name === 'trusted' && TRUE.test(o.value));
  return out;
}

/** One-line sources: `deb [options] URI suite [components…]`; `deb-src` and comments give no entry. */
export function parseOneLineSources(lines: RepoLine[]): RepoLine[] {
  const out: RepoLine[] = [];
  for (const line of lines) {
    const text = line.text.trim();
    if (text === '' || text.startsWith('#')) continue;
    const t = tokens(text);
    if (t[0] !== 'deb') {
      // Unknown content (a variable holding the whole line) keeps the file unknown.
      if (line.dynamic && !/^deb-src\b/.test(text)) out.push({ ...line, text: '' });
      continue;
    }
    let k = 1;
    const options: { name: string; value: string; written: string }[] = [];
    if (t[1]?.startsWith('[')) {
      for (const o of t[1].slice(1, -1).trim().split(/\s+/)) {
        const eq = o.indexOf('=');
        if (eq > 0) options.push({ name: o.slice(0, eq).toLowerCase().replace(/[+-]$/, ''), value: o.slice(eq + 1), written: o });
      }
      k = 2;
    }
    const uri = t[k] ?? '';
    const { suite, fromImage } = suiteOf(t[k + 1], line);
    out.push(
      withOptions(
        {
          text: uri,
          dynamic: uri === '' || DYNAMIC.test(uri),
          releaseFromImage: fromImage,
          releaseFromBaseArg: line.releaseFromBaseArg,
          ...(line.emptyArgs && { emptyArgs: line.emptyArgs }),
          span: line.span,
          suite,
          suiteFromImage: fromImage,
          components: t.slice(k + 2),
          format: 'one-line',
        },
        options,
      ),
    );
  }
  return out;
}

/** deb822 `.sources`: stanzas of `Field: value` lines; one entry per URI × suite of a `Types: deb` stanza. */
export function parseDeb822Sources(lines: RepoLine[]): RepoLine[] {
  const out: RepoLine[] = [];
  let fields = new Map<string, { value: string; line: RepoLine }>();
  let last: string | null = null;
  let unknown = false;
  const flush = () => {
    const types = fields.get('types')?.value.split(/\s+/) ?? [];
    const enabled = fields.get('enabled')?.value.trim();
    if (types.includes('deb') && !(enabled && FALSE.test(enabled))) {
      const uris = fields.get('uris');
      const suites = fields.get('suites');
      const signed = fields.get('signed-by');
      const inline = signed !== undefined && /BEGIN PGP/.test(signed.value);
      const options = [...fields]
        .filter(([k]) => !['types', 'uris', 'suites', 'components', 'signed-by', 'enabled'].includes(k))
        .map(([name, f]) => ({ name, value: f.value.trim(), written: f.line.text.trim() }));
      if (signed && !inline) options.push({ name: 'signed-by', value: signed.value.trim(), written: signed.line.text.trim() });
      for (const uri of tokens(uris?.value ?? '')) {
        for (const token of suites ? tokens(suites.value) : [undefined]) {
          const { suite, fromImage } = suiteOf(token, suites?.line ?? uris!.line);
          const entry = withOptions(
            {
              text: uri,
              dynamic: DYNAMIC.test(uri),
              releaseFromImage: fromImage,
              releaseFromBaseArg: uris!.line.releaseFromBaseArg || (suites?.line.releaseFromBaseArg ?? false),
              ...((uris!.line.emptyArgs ?? suites?.line.emptyArgs) && { emptyArgs: [...(uris!.line.emptyArgs ?? []), ...(suites?.line.emptyArgs ?? [])] }),
              span: uris!.line.span,
              suite,
              suiteFromImage: fromImage,
              suiteSpan: suites?.line.span ?? null,
              signedBySpan: signed?.line.span ?? null,
              components: fields.get('components')?.value.split(/\s+/).filter(Boolean) ?? [],
              format: 'deb822',
            },
            options,
          );
          if (inline) entry.signedByInline = true;
          out.push(entry);
        }
      }
    } else if (unknown && types.length === 0) {
      out.push({ text: '', dynamic: true, releaseFromImage: false, releaseFromBaseArg: false, span: null });
    }
    fields = new Map();
    last = null;
    unknown = false;
  };
  for (const line of lines) {
    if (line.text.trim() === '') {
      flush();
      continue;
    }
    if (line.text.startsWith('#')) continue;
    const m = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(line.text.trim());
    // Heredoc lines arrive trimmed: a line that is no field continues the previous one.
    if (!m || /^[ \t]/.test(line.text)) {
      if (last) fields.get(last)!.value += '\n' + line.text.trim();
      else if (line.dynamic) unknown = true;
      continue;
    }
    last = m[1]!.toLowerCase();
    fields.set(last, { value: m[2]!, line });
  }
  flush();
  return out;
}
