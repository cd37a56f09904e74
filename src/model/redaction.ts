/**
 * The secrets of one file, found once by the model: the ranges of the text that hold them and their
 * values as strings. Every string that leaves the process is masked with them: a slice of the file
 * by the ranges (code frames, diffs), any other string (a message's data, a fix's text, an error)
 * by the values and by the credential shapes. Everything here is linear in the text's length.
 */
import type { Span } from '../text.js';
import { findSecrets, findUrlCredentials, isCredentialName, isCredentialValue, isReference, mergeSpans, redact, MASK, type SecretMatch, type UrlCredentials } from '../policy/secrets.js';
import type { ParsedRun, Word } from '../parse/shell-types.js';
import type { Build, LabelFact, Redaction, VariableFact } from './types.js';

export type { Redaction };
import { netrcPasswords } from './netrc.js';

/** A value shorter than this is hidden where it stands, but not searched for elsewhere: it would match too much. */
export const MIN_VALUE_LENGTH = 4;

/**
 * Finds the file's secrets and sets `build.secrets`, `build.urlCredentials` and `build.redaction`.
 * Called once the stages' facts are known; `buildArgs` are the `--build-arg` and config values.
 */
export function analyseSecrets(build: Build, buildArgs: Record<string, string>): void {
  const view = logicalView(build.text, build.directives.escape);
  const urls = findUrlCredentials(view.text);
  const secrets = findSecrets(view.text, urls);
  build.urlCredentials = urls.map((u) => ({ ...u, start: view.toRaw(u.start), userStart: view.toRaw(u.userStart), end: view.toRaw(u.end) }));
  build.secrets = secrets.map((m): SecretMatch => ({ ...m, start: view.toRaw(m.start), end: view.rawEnd(m.end), hideFrom: view.toRaw(m.hideFrom) }));

  const spans: Span[] = [];
  const values = new Set<string>();
  const keyEnd = privateKeyEnds(view.text);
  for (const m of secrets) {
    build.tick();
    const end = m.shape === 'private-key' ? keyEnd(m.end) : m.end;
    spans.push(view.rawSpan(m.hideFrom, end));
    if (m.shape !== 'private-key') values.add(view.text.slice(m.hideFrom, m.end));
  }
  const stored = [...build.globalArgs, ...build.stages.flatMap((s) => s.facts.filter((f): f is VariableFact | LabelFact => f.kind === 'variable' || f.kind === 'label'))];
  for (const v of stored) {
    build.tick();
    if (!isCredentialName(v.name)) continue;
    if (v.value !== null && isCredentialValue(v.value)) values.add(v.value);
    if (!v.valueSpan || v.valueSpan.end <= v.valueSpan.start) continue;
    const written = build.text.slice(v.valueSpan.start, v.valueSpan.end);
    if (!isCredentialValue(written)) continue;
    spans.push({ start: v.valueSpan.start, end: continuedWordEnd(build.text, v.valueSpan.end, build.directives.escape) });
  }
  // Literal values given to credential-named shell variables (`NPM_TOKEN=… npm ci`, `export GH_TOKEN=…`).
  for (const info of build.instructions) {
    const run = info.run ?? info.triggerRun;
    for (const c of run?.commands ?? []) {
      build.tick();
      for (const a of c.assignments) {
        const w = a.value;
        if (!w?.value || !isCredentialName(a.name) || !isCredentialValue(w.value)) continue;
        values.add(w.value);
        spans.push(wordExtent(run!, w));
      }
    }
  }
  for (const p of netrcPasswords(view.text)) {
    spans.push(view.rawSpan(p.start, p.end));
    values.add(view.text.slice(p.start, p.end));
  }
  // Credentials that reading a command found (`curl -u user:pass`, an `.npmrc` line, a printf argument).
  for (const stage of build.stages) {
    for (const f of stage.facts) {
      build.tick();
      if (f.kind !== 'literal-secret') continue;
      values.add(f.value);
      if (f.valueSpan) spans.push(f.valueSpan);
    }
  }
  for (const [name, value] of Object.entries(buildArgs)) if (isCredentialName(name) && isCredentialValue(value)) values.add(value);

  const searched = [...values].filter((v) => v.length >= MIN_VALUE_LENGTH);
  // The same value written again elsewhere (`ARG DB_PASSWORD=x` … `mysql -px`) is hidden there too.
  for (const s of new ValueFinder(searched).find(view.text, false)) spans.push(view.rawSpan(s.start, s.end));
  build.redaction = { spans: mergeSpans(spans), values: searched };
}

/** A word's range in the file, across the continuations BuildKit removed (then `span` is null). */
function wordExtent(run: ParsedRun, w: Word): Span {
  if (w.span) return w.span;
  const end = w.raw.length > 0 ? run.script.toFile(w.at + w.raw.length - 1) + 1 : run.script.toFile(w.at);
  return { start: run.script.toFile(w.at), end };
}

/**
 * The end of a value that goes on after an escaped line break (`TOKEN=abc\` / `def`), for a range
 * that stops at the break: BuildKit joins the two parts into one word.
 */
function continuedWordEnd(text: string, end: number, escape: string): number {
  let at = end;
  for (let guard = 0; guard < 1000; guard++) {
    if (text[at] !== escape) return at;
    let i = at + 1;
    while (text[i] === ' ' || text[i] === '\t' || text[i] === '\r') i++;
    if (text[i] !== '\n') return at;
    i++;
    const wordStart = i;
    while (i < text.length && !/[\s'"]/.test(text[i]!) && text[i] !== escape) i++;
    if (i === wordStart) return at;
    at = i;
  }
  return at;
}

/** The file's text with escaped line breaks removed (as BuildKit joins an instruction), mapped back to the file. */
export interface LogicalView {
  text: string;
  /** File offset of a character of `text` (or of its end). */
  toRaw(offset: number): number;
  /** File offset just after the character before `offset`: the end of a range that ends there. */
  rawEnd(offset: number): number;
  rawSpan(start: number, end: number): Span;
}

export function logicalView(raw: string, escape: string): LogicalView {
  // cuts[k]: offset in `text` where the k-th removal happened; shifts[k]: characters removed up to and including it.
  const cuts: number[] = [];
  const shifts: number[] = [];
  let text = '';
  let from = 0;
  let removed = 0;
  for (let i = raw.indexOf(escape); i !== -1; i = raw.indexOf(escape, i + 1)) {
    if (raw[i - 1] === escape) continue;
    let j = i + 1;
    while (raw[j] === ' ' || raw[j] === '\t' || raw[j] === '\r') j++;
    if (raw[j] !== '\n') continue;
    text += raw.slice(from, i);
    removed += j + 1 - i;
    cuts.push(text.length);
    shifts.push(removed);
    from = j + 1;
    i = j;
  }
  if (cuts.length === 0) {
    const id = (o: number) => o;
    return { text: raw, toRaw: id, rawEnd: id, rawSpan: (start, end) => ({ start, end }) };
  }
  text += raw.slice(from);
  // The shift of the last cut at or before `offset`.
  const shiftAt = (offset: number): number => {
    let lo = 0;
    let hi = cuts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cuts[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : shifts[lo - 1]!;
  };
  const toRaw = (offset: number) => offset + shiftAt(offset);
  const rawEnd = (offset: number) => (offset === 0 ? 0 : toRaw(offset - 1) + 1);
  return { text, toRaw, rawEnd, rawSpan: (start, end) => ({ start: toRaw(start), end: end > start ? rawEnd(end) : toRaw(start) }) };
}

/**
 * A private key's header is what the shape matches; the secret is the body after it. The range runs
 * to the matching `-----END …-----` footer, or without one over the base64 runs that follow (with
 * the quotes, backslashes, `\n` escapes and blanks between them).
 */
function privateKeyEnds(text: string): (from: number) => number {
  // Headers come in order: the last footer found serves every header before it (no rescans).
  let footer = -2;
  return (from) => {
    if (footer !== -1 && footer < from) footer = text.indexOf('-----END ', from);
    const close = footer === -1 ? -1 : text.indexOf('-----', footer + 9);
    return close !== -1 ? close + 5 : base64RunsEnd(text, from);
  };
}

function base64RunsEnd(text: string, from: number): number {
  let end = from;
  let i = from;
  for (;;) {
    while (i < text.length && /[\s'"\\]/.test(text[i]!)) i += text[i] === '\\' && text[i + 1] === 'n' ? 2 : 1;
    const run = i;
    while (i < text.length && /[A-Za-z0-9+/=]/.test(text[i]!)) i++;
    if (i - run < 16) return end;
    end = i;
  }
}

/**
 * Finds every occurrence of a set of strings in a text in one pass (Aho–Corasick): linear in the
 * text plus the strings, whatever their number — a file with thousands of secrets costs what a file
 * with one does.
 */
export class ValueFinder {
  private readonly next = new Map<number, number>();
  private readonly fail: number[] = [0];
  /** Length of the longest value that ends at this node (0: none), and whether it is a plain word. */
  private readonly best: number[] = [0];
  private readonly plain: boolean[] = [false];
  readonly size: number;

  constructor(values: readonly string[]) {
    this.size = values.length;
    for (const v of values) {
      let node = 0;
      for (let i = 0; i < v.length; i++) {
        const key = node * 65536 + v.charCodeAt(i);
        let child = this.next.get(key);
        if (child === undefined) {
          child = this.best.length;
          this.next.set(key, child);
          this.best.push(0);
          this.plain.push(false);
          this.fail.push(0);
        }
        node = child;
      }
      if (v.length > this.best[node]!) {
        this.best[node] = v.length;
        this.plain[node] = /^[A-Za-z]+$/.test(v);
      }
    }
    // Failure links breadth first; a node's best is its own or that of its longest proper suffix.
    const children = new Map<number, [number, number][]>();
    for (const [key, child] of this.next) {
      const parent = Math.floor(key / 65536);
      let list = children.get(parent);
      if (!list) children.set(parent, (list = []));
      list.push([key % 65536, child]);
    }
    const queue: number[] = [];
    for (const [, child] of children.get(0) ?? []) queue.push(child);
    for (let q = 0; q < queue.length; q++) {
      const node = queue[q]!;
      for (const [c, child] of children.get(node) ?? []) {
        let f = this.fail[node]!;
        while (f !== 0 && !this.next.has(f * 65536 + c)) f = this.fail[f]!;
        const target = this.next.get(f * 65536 + c);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        if (this.best[child] === 0) {
          this.best[child] = this.best[this.fail[child]!]!;
          this.plain[child] = this.plain[this.fail[child]!]!;
        }
        queue.push(child);
      }
    }
  }

  /**
   * Sorted, disjoint ranges of `text` covered by the values. With `skipWords`, a value made of
   * letters only is not looked for: in prose it would hide a word ("secret").
   */
  find(text: string, skipWords: boolean): Span[] {
    const out: Span[] = [];
    if (this.size === 0) return out;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let child = this.next.get(node * 65536 + c);
      while (child === undefined && node !== 0) {
        node = this.fail[node]!;
        child = this.next.get(node * 65536 + c);
      }
      node = child ?? 0;
      const len = this.best[node]!;
      if (len === 0 || (skipWords && this.plain[node])) continue;
      let start = i + 1 - len;
      // Ranges come by end; a longer value ending here may swallow the ranges before it.
      while (out.length > 0 && out[out.length - 1]!.end >= start) start = Math.min(start, out.pop()!.start);
      out.push({ start, end: i + 1 });
    }
    return out;
  }
}

/**
 * Masks what leaves the process for one file. `spans`/`values` are the file's redaction (a lint
 * result carries them); without a text only values and shapes are known.
 */
export class Masker {
  private readonly finder: ValueFinder;
  private readonly spans: readonly Span[];

  constructor(spans: readonly Span[], values: readonly string[]) {
    // A result made elsewhere (a test, an older worker) may give them unsorted or overlapping.
    this.spans = mergeSpans(spans);
    this.finder = new ValueFinder(values);
  }

  /** A slice of the file (a frame line, a diff line) that starts at `offset`. */
  slice(text: string, offset: number): string {
    return redact(text, offset, this.spans);
  }

  /** Does the file range [start, end) hold a secret? */
  touches(start: number, end: number): boolean {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid]!.end <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.spans.length && this.spans[lo]!.start < end;
  }

  /** Text that may hold the file's (a fix's text, a line): every secret value and shape hidden. */
  value(s: string): string {
    return this.mask(s, false);
  }

  /**
   * A message's data: a word of the file (a URL, a path, a name) as `value` does; data of several
   * words (`the image configuration`) is the rule's own prose, where as in `prose` a secret that is
   * a plain word is left.
   */
  data(s: string): string {
    return this.mask(s, /\s/.test(s));
  }

  /**
   * Free text that may quote the file (a fix title, an error): values and shapes hidden, except
   * values that are plain words, which would hide the text's own words.
   */
  prose(s: string): string {
    return this.mask(s, true);
  }

  /** The secrets `s` holds, as its substrings. */
  secretsIn(s: string): string[] {
    return this.ranges(s, false).map((r) => s.slice(r.start, r.end));
  }

  private mask(s: string, skipWords: boolean): string {
    const ranges = this.ranges(s, skipWords);
    return ranges.length === 0 ? s : redact(s, 0, ranges);
  }

  private ranges(s: string, skipWords: boolean): Span[] {
    if (s === '') return [];
    const ranges = this.finder.find(s, skipWords);
    for (const m of findSecrets(s)) ranges.push({ start: m.hideFrom, end: m.end });
    return ranges.length === 0 ? ranges : mergeSpans(ranges);
  }
}

/** Credential shapes hidden in a string no file's secrets are known for (a path, a flag's value). */
export function maskShapes(s: string): string {
  const found = findSecrets(s);
  return found.length === 0 ? s : redact(s, 0, mergeSpans(found.map((m) => ({ start: m.hideFrom, end: m.end }))));
}

export { MASK, isReference };
export type { UrlCredentials };
