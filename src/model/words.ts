/** Evaluating shell words statically: what a word's value is once known variables are expanded. */
import type { Word } from '../parse/shell-types.js';
import { MAX_VALUE_LENGTH, type Lookup } from './vars.js';

export interface WordValue {
  /** The value with known variables expanded; unknown pieces are left as written (`$NAME`, `${NAME}`, `$(…)`). */
  text: string;
  /** True when some piece could not be known. */
  dynamic: boolean;
  /** True when a `$(…)` reads the running image's release (`/etc/alpine-release`, `/etc/os-release`). */
  releaseFromImage: boolean;
  /** Variables the word used. */
  variables: string[];
  /**
   * Set when the value would be longer than MAX_VALUE_LENGTH: the word is then dynamic and its
   * text is the word as written.
   */
  tooLarge?: true;
}

const RELEASE_FILE = /\/etc\/(?:alpine-release|os-release)/;

/**
 * `release` is the stage's release: a `$(cut -d. -f1,2 /etc/alpine-release)` always yields the base
 * image's own, so it is substituted by that value when known.
 */
export function evalWord(word: Word, lookup: Lookup, release: string | null = null): WordValue {
  const out: WordValue = { text: '', dynamic: false, releaseFromImage: false, variables: [] };
  let written: Written | null = null;
  for (const part of word.parts) {
    switch (part.kind) {
      case 'literal':
        out.text += part.text;
        break;
      case 'variable': {
        out.variables.push(part.name);
        const value = lookup(part.name);
        const op = part.operator ?? '';
        if ((op === ':-' || op === '-') && (value === undefined || value === null || (op === ':-' && value === ''))) {
          if (value === undefined && part.operand !== undefined) {
            // Unknown variable with a default: the default is what a plain build uses.
            out.text += part.operand;
          } else if (part.operand !== undefined) out.text += part.operand;
        } else if (value === undefined || value === null) {
          out.dynamic = true;
          // Shown as written (`$tempDir` stays `$tempDir`): messages quote it.
          written ??= new Written(word.raw);
          out.text += written.next(part.name) ?? `\${${part.name}}`;
        } else if (op === ':+' || op === '+') {
          out.text += part.operand ?? '';
        } else out.text += value;
        break;
      }
      case 'substitution':
        if (RELEASE_FILE.test(part.raw)) {
          out.releaseFromImage = true;
          if (release) {
            out.text += release;
            break;
          }
        }
        out.dynamic = true;
        out.text += `$(${part.raw})`;
        break;
      case 'dynamic':
        out.dynamic = true;
        out.text += part.raw;
        break;
    }
    // Each part is bounded (a variable's value by the cap, a literal by the file): checking after
    // each keeps the text under twice the cap while it is built.
    if (out.text.length > MAX_VALUE_LENGTH) {
      for (const p of word.parts) if (p.kind === 'variable' && !out.variables.includes(p.name)) out.variables.push(p.name);
      return { text: word.raw, dynamic: true, releaseFromImage: out.releaseFromImage, variables: out.variables, tooLarge: true };
    }
  }
  return out;
}

/** The variables of a word's raw text in order, each as written (`$A`, `${A}`, `${A:-x}`). */
class Written {
  private at = 0;

  constructor(private readonly raw: string) {}

  next(name: string): string | null {
    const raw = this.raw;
    for (let i = raw.indexOf('$', this.at); i !== -1; i = raw.indexOf('$', i + 1)) {
      if (raw.startsWith(name, i + 1) && !/\w/.test(raw[i + 1 + name.length] ?? '')) {
        this.at = i + 1 + name.length;
        return `$${name}`;
      }
      if (raw[i + 1] === '{' && raw.startsWith(name, i + 2)) {
        const close = raw.indexOf('}', i + 2);
        if (close === -1) return null;
        this.at = close + 1;
        return raw.slice(i, close + 1);
      }
    }
    return null;
  }
}

/** Literal value of a word, or null (for option names and paths that must be static). */
export function staticValue(word: Word, lookup: Lookup): string | null {
  const v = evalWord(word, lookup);
  return v.dynamic ? null : v.text;
}

/** `/sbin/apk` → `apk`. */
export function commandBase(name: string): string {
  const slash = name.lastIndexOf('/');
  return slash === -1 ? name : name.slice(slash + 1);
}

/** Resolve a path against a working directory (no file system access). */
export function resolvePath(cwd: string, path: string): string {
  const joined = path.startsWith('/') ? path : `${cwd.replace(/\/$/, '')}/${path}`;
  const parts: string[] = [];
  for (const p of joined.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  return '/' + parts.join('/') + (path.endsWith('/') && parts.length ? '/' : '');
}

// `(?<!\/)`: the match starts only where a run of slashes does, so a long run is scanned once.
const TRAILING_SLASHES = /(?<!\/)\/+$/;

export function basename(path: string): string {
  const clean = withoutQuery(path).replace(TRAILING_SLASHES, '');
  return clean.slice(clean.lastIndexOf('/') + 1);
}

/** `path` without a `?query`/`#fragment` on its last line (a scan: `/[?#].*$/` is quadratic on `??…?\n`). */
function withoutQuery(path: string): string {
  const lastLine = Math.max(path.lastIndexOf('\n'), path.lastIndexOf('\r'), path.lastIndexOf('\u2028'), path.lastIndexOf('\u2029')) + 1;
  const q = path.slice(lastLine).search(/[?#]/);
  return q === -1 ? path : path.slice(0, lastLine + q);
}

export function dirname(path: string): string {
  const clean = path.replace(TRAILING_SLASHES, '');
  const i = clean.lastIndexOf('/');
  return i <= 0 ? '/' : clean.slice(0, i);
}
