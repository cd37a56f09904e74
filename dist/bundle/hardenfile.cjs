// hardenfile bundle 21cf5b4acb78cd0b3b04edc7f9e6f67e
'use strict';
const __hfModuleUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __reExport = (target, mod, secondTarget) => (__copyProps(target, mod, "default"), secondTarget && __copyProps(secondTarget, mod, "default"));
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/text.ts
function detectEol(text) {
  const crlf = text.split("\r\n").length - 1;
  const lf = text.split("\n").length - 1 - crlf;
  return crlf > lf ? "\r\n" : "\n";
}
var LineIndex;
var init_text = __esm({
  "src/text.ts"() {
    "use strict";
    LineIndex = class {
      constructor(text) {
        this.text = text;
        const starts = [0];
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i);
          if (c === 10) starts.push(i + 1);
          else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
        }
        this.starts = starts;
      }
      text;
      starts;
      /** 0-based line of an offset. */
      lineOf(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
          const mid = lo + hi + 1 >> 1;
          if (this.starts[mid] <= offset) lo = mid;
          else hi = mid - 1;
        }
        return lo;
      }
      /** Offset of a 0-based line and character (LSP style). */
      offsetAt(line, character) {
        if (line >= this.starts.length) return this.text.length;
        return Math.min(this.starts[line] + character, this.text.length);
      }
      /** 1-based position of an offset. */
      position(offset) {
        const line = this.lineOf(offset);
        return { line: line + 1, column: offset - this.starts[line] + 1 };
      }
      /** End offset of a 0-based line, before its line break. */
      lineEnd(line) {
        const next = this.starts[line + 1];
        let end = next === void 0 ? this.text.length : next;
        if (end > 0 && this.text[end - 1] === "\n") end--;
        if (end > 0 && this.text[end - 1] === "\r") end--;
        return Math.max(end, this.starts[line]);
      }
      lineText(line) {
        return this.text.slice(this.starts[line], this.lineEnd(line));
      }
      get lineCount() {
        return this.starts.length;
      }
    };
  }
});

// src/parse/dockerfile.ts
function isUnicodeSpace(code) {
  if (code <= 32) return code === 32 || code >= 9 && code <= 13;
  if (code < 133) return false;
  return code === 133 || code === 160 || code === 5760 || code >= 8192 && code <= 8202 || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288;
}
function isWordBlank(code) {
  return code === 32 || code === 9 || code === 11 || code === 12 || code === 13;
}
function isAsciiSpace(code) {
  return code === 32 || code >= 9 && code <= 13;
}
function joinLines(text, from, limit, escape, onComment) {
  const parts = [];
  const starts = [];
  const offsets = [];
  let length = 0;
  let pos = from;
  let first = true;
  let lastLineEnd = from;
  for (; ; ) {
    const nl = text.indexOf("\n", pos);
    const next = nl === -1 ? text.length : nl + 1;
    let end = nl === -1 ? text.length : nl;
    while (end > pos && text.charCodeAt(end - 1) === 13) end--;
    if (!first) {
      let i = pos;
      while (i < end && isUnicodeSpace(text.charCodeAt(i))) i++;
      if (i === end || text[i] === "#") {
        if (i < end) onComment?.(i, end);
        if (next >= text.length || next >= limit) return { text: parts.join(""), starts, offsets, lastLineEnd, next };
        pos = next;
        continue;
      }
    }
    first = false;
    lastLineEnd = end;
    let k = end;
    while (k > pos && (text[k - 1] === " " || text[k - 1] === "	")) k--;
    const esc = k - 1;
    const continues = esc >= pos && text[esc] === escape && text[esc - 1] !== escape;
    const pieceEnd = Math.min(continues ? esc : end, Math.max(limit, pos));
    if (pieceEnd > pos) {
      starts.push(length);
      offsets.push(pos);
      parts.push(text.slice(pos, pieceEnd));
      length += pieceEnd - pos;
    }
    if (!continues || esc >= limit || next >= text.length || next >= limit) return { text: parts.length === 1 ? parts[0] : parts.join(""), starts, offsets, lastLineEnd, next };
    pos = next;
  }
}
function fileAt(line, j) {
  const { starts, offsets } = line;
  if (starts.length === 1) return offsets[0] + j;
  if (starts.length === 0) return line.lastLineEnd;
  let lo = 0;
  let hi = starts.length - 1;
  if (j >= line.text.length) return offsets[hi] + (line.text.length - starts[hi]);
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= j) lo = mid;
    else hi = mid - 1;
  }
  return offsets[lo] + (j - starts[lo]);
}
function spanOf(line, a, b) {
  return b > a ? { start: fileAt(line, a), end: fileAt(line, b - 1) + 1 } : { start: fileAt(line, a), end: fileAt(line, a) };
}
function parseDockerfile(text) {
  const lines = new LineIndex(text);
  const starts = [0];
  const ends = [];
  const endBefore = (i) => {
    let e = i;
    while (e > starts.at(-1) && text[e - 1] === "\r") e--;
    return e;
  };
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
    ends.push(endBefore(i));
    starts.push(i + 1);
  }
  ends.push(endBefore(text.length));
  const count = starts.length;
  const lineStart = (l) => l === 0 && text.charCodeAt(0) === 65279 ? 1 : starts[l];
  const comments = [];
  const instructions = [];
  const lineEnd = (l) => ends[l];
  let escape = "\\";
  let syntax = null;
  let line = 0;
  const firstChar = (l) => {
    let i = lineStart(l);
    const end = lineEnd(l);
    while (i < end && isUnicodeSpace(text.charCodeAt(i))) i++;
    return i;
  };
  const directiveAt = (l) => {
    let i = firstChar(l);
    const end = lineEnd(l);
    if (text[i] !== "#") return null;
    i++;
    while (i < end && isUnicodeSpace(text.charCodeAt(i))) i++;
    const m = DIRECTIVE.exec(text.slice(i, end));
    if (!m) return null;
    const name = m[1].toLowerCase();
    const raw = m[2];
    let a = 0;
    let b = raw.length;
    while (a < b && "	\f\r ".includes(raw[a])) a++;
    while (b > a && "	\f\r ".includes(raw[b - 1])) b--;
    const value = raw.slice(a, b);
    return DIRECTIVES.has(name) && value !== "" ? { name, value } : null;
  };
  for (let d; line < count && (d = directiveAt(line)); line++) {
    if (d.name === "escape" && (d.value === "\\" || d.value === "`")) escape = d.value;
    else if (d.name === "syntax") syntax = d.value;
  }
  if (count > 1 && text.startsWith("#!", lineStart(0))) {
    for (let l = 1, d; l < count && (d = directiveAt(l)); l++) if (d.name === "syntax") syntax = d.value;
  }
  const addComment = (start, end) => comments.push({ span: { start, end }, text: text.slice(start, end) });
  while (line < count) {
    const first = firstChar(line);
    const end = lineEnd(line);
    if (first === end) {
      line++;
      continue;
    }
    if (text[first] === "#") {
      addComment(first, end);
      line++;
      continue;
    }
    const joined = joinLines(text, first, text.length, escape, addComment);
    let l = line + 1;
    while (l < count && starts[l] < joined.next) l++;
    line = l;
    const j = joined.text;
    let tail = j.length;
    while (tail > 0 && isUnicodeSpace(j.charCodeAt(tail - 1))) tail--;
    if (tail === 0) continue;
    const head = readHead(joined, 0, tail, escape);
    head.span.start = first;
    let contentEnd2 = head.argsSpan?.end ?? head.keywordSpan.end;
    const owner = head.trigger ?? head;
    if (HEREDOC_KEYWORDS.has(owner.keyword) && owner.argsSpan && j.includes("<<")) {
      for (const marker of findHeredocMarkers(joined, 0, tail)) {
        const body = l;
        let close = -1;
        for (; l < count; l++) {
          const lineText = text.slice(starts[l], lineEnd(l));
          if ((marker.strip ? lineText.replace(/^\t+/, "") : lineText) === marker.name) {
            close = l;
            break;
          }
        }
        const bodyEnd = close === -1 ? l : close;
        const heredoc = {
          name: marker.name,
          expand: marker.expand,
          startSpan: marker.span,
          contentSpan: bodyEnd > body ? { start: starts[body], end: lineEnd(bodyEnd - 1) } : null,
          endSpan: close === -1 ? null : { start: starts[close], end: lineEnd(close) }
        };
        owner.heredocs.push(heredoc);
        if (owner !== head) head.heredocs.push(heredoc);
        if (close !== -1) l++;
        const last = heredoc.endSpan?.end ?? heredoc.contentSpan?.end;
        if (last !== void 0) contentEnd2 = Math.max(contentEnd2, last);
      }
      line = l;
      if (owner.heredocs.length > 0) {
        owner.argsSpan.end = contentEnd2;
        if (owner !== head) head.argsSpan.end = contentEnd2;
      }
    }
    const spanEnd = Math.max(contentEnd2, joined.lastLineEnd);
    head.span.end = spanEnd;
    if (head.trigger) head.trigger.span.end = spanEnd;
    instructions.push(head);
  }
  return { text, lines, escape, syntax, instructions, comments };
}
function readHead(joined, start, end, escape) {
  const s = joined.text;
  let i = start;
  while (i < end && !isWordBlank(s.charCodeAt(i))) i++;
  const keyword = s.slice(start, i).toUpperCase();
  const head = {
    keyword,
    span: { start: fileAt(joined, start), end: 0 },
    keywordSpan: spanOf(joined, start, i),
    argsSpan: null,
    args: [],
    flags: [],
    heredocs: [],
    trigger: null
  };
  let pos = i;
  while (pos < end && isWordBlank(s.charCodeAt(pos))) pos++;
  if (FLAGGED.has(keyword)) pos = readFlags(joined, pos, end, escape, head.flags);
  while (pos < end && isUnicodeSpace(s.charCodeAt(pos))) pos++;
  if (pos < end) {
    head.argsSpan = spanOf(joined, pos, end);
    head.args = wordsOf(joined, pos, end);
    if (keyword === "ONBUILD") head.trigger = readHead(joined, pos, end, escape);
  }
  return head;
}
function readFlags(joined, from, end, escape, flags) {
  const s = joined.text;
  let p = from;
  for (; ; ) {
    while (p < end && isAsciiSpace(s.charCodeAt(p))) p++;
    if (p + 1 >= end || s[p] !== "-" || s[p + 1] !== "-") return p;
    const wordStart = p;
    let plain2 = p;
    while (plain2 < end && !isAsciiSpace(s.charCodeAt(plain2)) && s[plain2] !== '"' && s[plain2] !== "'" && s[plain2] !== escape) plain2++;
    if (plain2 >= end || isAsciiSpace(s.charCodeAt(plain2))) {
      p = plain2;
      const word2 = s.slice(wordStart, p);
      if (word2 === "--") return p;
      flags.push(makeFlag(joined, word2, null, wordStart, p));
      continue;
    }
    let word = "";
    const at = [];
    let quote = "";
    for (; p < end; p++) {
      const c = s[p];
      if (quote) {
        if (c === quote) {
          quote = "";
          continue;
        }
        if (c === escape) {
          if (p + 1 === end) {
            quote = "";
            continue;
          }
          p++;
        }
      } else {
        if (isAsciiSpace(s.charCodeAt(p))) break;
        if (c === '"' || c === "'") {
          quote = c;
          continue;
        }
        if (c === escape) {
          if (p + 1 === end) continue;
          p++;
        }
      }
      word += s[p];
      at.push(p);
    }
    if (word === "--") return p;
    flags.push(makeFlag(joined, word, at, wordStart, p));
  }
}
function makeFlag(joined, word, at, wordStart, wordEnd) {
  const span = spanOf(joined, wordStart, wordEnd);
  const eq = word.indexOf("=");
  if (eq === -1) return { name: word.slice(2), value: null, span, valueSpan: null, options: [] };
  const value = word.slice(eq + 1);
  const index = (k) => at ? at[k] : wordStart + k;
  const valueSpan = { start: fileAt(joined, index(eq)) + 1, end: span.end };
  const spanIn = (a, b) => {
    if (b > a) return { start: fileAt(joined, index(a)), end: fileAt(joined, index(b - 1)) + 1 };
    const after = fileAt(joined, index(a - 1)) + 1;
    return { start: after, end: after };
  };
  const options = [];
  if (value.includes("=")) {
    for (let s = eq + 1; s <= word.length; ) {
      let e = word.indexOf(",", s);
      if (e === -1) e = word.length;
      const oeq = word.indexOf("=", s);
      const hasValue = oeq !== -1 && oeq < e;
      if (e > s) {
        options.push({
          name: word.slice(s, hasValue ? oeq : e),
          value: hasValue ? word.slice(oeq + 1, e) : null,
          span: spanIn(s, e),
          valueSpan: hasValue ? spanIn(oeq + 1, e) : null
        });
      }
      s = e + 1;
    }
  }
  return { name: word.slice(2, eq), value, span, valueSpan, options };
}
function wordsOf(joined, from, end) {
  const s = joined.text;
  const words = [];
  let i = from;
  while (i < end) {
    while (i < end && isWordBlank(s.charCodeAt(i))) i++;
    if (i >= end) break;
    const start = i;
    while (i < end && !isWordBlank(s.charCodeAt(i))) i++;
    words.push({ text: s.slice(start, i), span: spanOf(joined, start, i) });
  }
  return words;
}
function findHeredocMarkers(joined, from, end) {
  const s = joined.text;
  const out = [];
  let quote = null;
  let wordStart = true;
  for (let i = from; i < end; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote) quote = null;
      else if (c === "\\" && quote === '"') i++;
      continue;
    }
    if (c === "\\") {
      i++;
      wordStart = false;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      wordStart = false;
      continue;
    }
    if (isUnicodeSpace(s.charCodeAt(i))) {
      wordStart = true;
      continue;
    }
    let k = i;
    if (wordStart) while (k < end && s[k] >= "0" && s[k] <= "9") k++;
    if (wordStart && s.startsWith("<<", k) && s[k + 2] !== "<") {
      const marker = readMarker(joined, i, k + 2, end);
      if (marker) {
        out.push(marker.marker);
        i = marker.end - 1;
        wordStart = false;
        continue;
      }
    }
    wordStart = false;
  }
  return out;
}
function readMarker(joined, start, after, end) {
  const s = joined.text;
  let i = after;
  const strip = s[i] === "-";
  if (strip) i++;
  else while (i < end && (s[i] === " " || s[i] === "	" || s[i] === "\r")) i++;
  let name = "";
  let quoted = false;
  while (i < end && !isUnicodeSpace(s.charCodeAt(i)) && !/[;&|<>()`]/.test(s[i])) {
    const c = s[i];
    if (c === '"' || c === "'") {
      const close = s.indexOf(c, i + 1);
      if (close === -1 || close >= end) return null;
      name += s.slice(i + 1, close);
      quoted = true;
      i = close + 1;
    } else if (c === "\\" && i + 1 < end && !isUnicodeSpace(s.charCodeAt(i + 1))) {
      name += s[i + 1];
      i += 2;
    } else {
      name += c;
      i++;
    }
  }
  return name ? { marker: { name, strip, expand: !quoted, span: spanOf(joined, start, i) }, end: i } : null;
}
function readProperties(text, raw, escape) {
  if (!raw.argsSpan) return [];
  const joined = joinLines(text, raw.argsSpan.start, raw.argsSpan.end, escape);
  const j = joined.text;
  const words = quotedWords(j, escape);
  const first = words[0];
  if (raw.keyword === "ENV" && first && !j.slice(first.start, first.end).includes("=")) {
    let v = first.start;
    while (v < j.length && !isWordBlank(j.charCodeAt(v))) v++;
    const name = j.slice(first.start, v);
    const nameSpan = spanOf(joined, first.start, v);
    while (v < j.length && isWordBlank(j.charCodeAt(v))) v++;
    if (v >= j.length) return [{ name, nameSpan, value: null, valueSpan: null }];
    return [{ name, nameSpan, value: unescapeValue(j.slice(v), escape), valueSpan: spanOf(joined, v, j.length) }];
  }
  return words.map((w) => {
    const word = j.slice(w.start, w.end);
    const eq = word.indexOf("=");
    const nameSpan = spanOf(joined, w.start, eq === -1 ? w.end : w.start + eq);
    if (eq === -1) return { name: word, nameSpan, value: null, valueSpan: null };
    return { name: word.slice(0, eq), nameSpan, value: unescapeValue(word.slice(eq + 1), escape), valueSpan: spanOf(joined, w.start + eq + 1, w.end) };
  });
}
function quotedWords(s, escape) {
  const words = [];
  let i = 0;
  while (i < s.length) {
    while (i < s.length && isUnicodeSpace(s.charCodeAt(i))) i++;
    if (i >= s.length) break;
    const start = i;
    let quote = null;
    for (; i < s.length; i++) {
      const c = s[i];
      if (quote) {
        if (c === quote) quote = null;
        else if (c === escape && quote === '"') i++;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === escape) i++;
      else if (isUnicodeSpace(s.charCodeAt(i))) break;
    }
    words.push({ start, end: Math.min(i, s.length) });
  }
  return words;
}
function unescapeValue(raw, escape) {
  let out = "";
  let quote = null;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (quote === "'") {
      if (c === "'") quote = null;
      else out += c;
    } else if (c === escape && i + 1 < raw.length && (quote === null || raw[i + 1] === '"' || raw[i + 1] === escape)) {
      out += raw[++i];
    } else if (quote === '"' && c === '"') quote = null;
    else if (quote === null && (c === '"' || c === "'")) quote = c;
    else out += c;
  }
  return out;
}
var FLAGGED, HEREDOC_KEYWORDS, DIRECTIVES, DIRECTIVE;
var init_dockerfile = __esm({
  "src/parse/dockerfile.ts"() {
    "use strict";
    init_text();
    FLAGGED = /* @__PURE__ */ new Set(["FROM", "RUN", "COPY", "ADD", "HEALTHCHECK", "ONBUILD"]);
    HEREDOC_KEYWORDS = /* @__PURE__ */ new Set(["RUN", "COPY", "ADD"]);
    DIRECTIVES = /* @__PURE__ */ new Set(["syntax", "escape", "check"]);
    DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)[\t\f\r ]*=(.*)$/;
  }
});

// src/parse/run-script.ts
function makeScript(text, segments, origin) {
  const find = (offset) => {
    let lo = 0;
    let hi = segments.length - 1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      const seg = segments[mid];
      if (offset < seg.s) hi = mid - 1;
      else if (offset >= seg.s + seg.n) lo = mid + 1;
      else return seg;
    }
    return void 0;
  };
  const toFile = (offset) => {
    const seg = find(offset);
    if (seg) return seg.exact ? seg.f + (offset - seg.s) : seg.f;
    const last = segments[segments.length - 1];
    if (!last) return origin;
    return offset <= 0 ? segments[0].f : last.fEnd;
  };
  const spanToFile = (start, end) => {
    if (start < 0 || end > text.length || end < start) return null;
    if (start === end) {
      const at = toFile(start);
      return { start: at, end: at };
    }
    const seg = find(start);
    if (!seg || !seg.exact || end > seg.s + seg.n) return null;
    return { start: seg.f + (start - seg.s), end: seg.f + (end - seg.s) };
  };
  return { text, toFile, spanToFile };
}
function subScript(script, start, end) {
  return {
    text: script.text.slice(start, end),
    toFile: (offset) => script.toFile(start + offset),
    spanToFile: (s, e) => s < 0 || e > end - start || e < s ? null : script.spanToFile(start + s, start + e)
  };
}
function lineEndAt(text, from) {
  const nl = text.indexOf("\n", from);
  return nl === -1 ? text.length : nl;
}
function contentEnd(text, lineStart, lineEnd) {
  let end = lineEnd;
  while (end > lineStart && text[end - 1] === "\r") end--;
  return end;
}
function joinLogicalLine(text, from, limit, escape) {
  const builder = new ScriptBuilder(text, from);
  const joined = joinLines(text, from, limit, escape);
  let tail = joined.text.length;
  while (tail > 0 && isUnicodeSpace(joined.text.charCodeAt(tail - 1))) tail--;
  joined.starts.forEach((s, k) => {
    const e = Math.min(joined.starts[k + 1] ?? joined.text.length, tail);
    if (e > s) builder.copy(joined.offsets[k], joined.offsets[k] + (e - s));
  });
  return { builder, lineEnd: text[joined.next - 1] === "\n" ? joined.next - 1 : text.length };
}
function buildRunScript(text, argsStart, instrEnd, escape, heredocs) {
  const { builder, lineEnd } = joinLogicalLine(text, argsStart, instrEnd, escape);
  const header = builder.build();
  if (header.text.trimStart().startsWith("[")) {
    const exec = execFormScript(text, header, builder.segments);
    if (exec !== void 0) return exec;
  }
  if (heredocs.length === 0) return header;
  return heredocScript(text, header, builder, lineEnd, instrEnd, heredocs);
}
function heredocScript(text, header, builder, headerLineEnd, instrEnd, heredocs) {
  const bodies = [];
  let pos = Math.min(headerLineEnd + 1, text.length);
  for (const doc of heredocs) {
    const chomp = /^\d*<<-/.test(text.slice(doc.start, doc.end));
    const body = { start: pos, end: pos, term: null };
    while (pos < text.length) {
      const le = lineEndAt(text, pos);
      let nameStart = pos;
      if (chomp) while (text[nameStart] === "	") nameStart++;
      const ce = contentEnd(text, nameStart, le);
      if (text.slice(nameStart, ce) === doc.name) {
        body.end = pos;
        body.term = { start: nameStart, end: ce, lineEnd: le };
        pos = Math.min(le + 1, text.length);
        break;
      }
      pos = Math.min(le + 1, text.length);
      body.end = pos;
    }
    if (!body.term) body.end = Math.max(body.start, Math.min(body.end, instrEnd));
    bodies.push(body);
  }
  const first = bodies[0];
  const firstDoc = heredocs[0];
  if (heredocs.length === 1 && isPlainHeredocLine(header.text)) {
    const chomp = /^\d*<<-/.test(text.slice(firstDoc.start, firstDoc.end));
    const plain2 = new ScriptBuilder(text, first.start);
    for (let ls = first.start; ls < first.end; ) {
      const le = Math.min(lineEndAt(text, ls) + 1, first.end);
      let from = ls;
      if (chomp) while (from < le && text[from] === "	") from++;
      plain2.copy(from, le);
      ls = le;
    }
    const script = plain2.build();
    if (script.text.startsWith("#!") && !isShellShebang(script.text)) return null;
    return script;
  }
  let newlineAt = headerLineEnd;
  for (let i = 0; i < heredocs.length; i++) {
    const body = bodies[i];
    if (newlineAt < text.length) builder.copy(newlineAt, newlineAt + 1);
    else builder.substitute("\n", text.length, text.length);
    builder.copy(body.start, body.end);
    if (!body.term) break;
    builder.copy(body.term.start, body.term.end);
    newlineAt = body.term.lineEnd;
  }
  return builder.build();
}
function isPlainHeredocLine(header) {
  const m = /^(\d*)<<(-?)[\t\n\f\r ]*([^<]*)$/.exec(header.trim());
  if (!m) return false;
  return /^\s*(?:'[^']*'|"[^"]*"|[^\s'"])+\s*$/.test(m[3]);
}
function isShellShebang(script) {
  const line = script.slice(2, lineEndAt(script, 0)).trim();
  const words = line.split(/\s+/);
  let interpreter = words[0] ?? "";
  if (interpreter.endsWith("/env")) {
    interpreter = words.slice(1).find((w) => !w.startsWith("-") && !w.includes("=")) ?? "";
  }
  const base = interpreter.slice(interpreter.lastIndexOf("/") + 1);
  return SHEBANG_SHELLS.has(base);
}
function execFormScript(file, header, segments) {
  const items = scanJsonStringArray(header.text);
  if (items === void 0) {
    try {
      JSON.parse(header.text);
      return null;
    } catch {
      return void 0;
    }
  }
  const [shell, flag, script] = items;
  if (!shell || !flag || !script || !SHELLS.has(shell.value) || flag.value !== "-c") return null;
  const out = new ScriptBuilder(file, header.toFile(script.start));
  const raw = header.text;
  let runStart = script.start;
  let i = script.start;
  while (i < script.end) {
    if (raw[i] !== "\\") {
      i++;
      continue;
    }
    copyThrough(out, segments, runStart, i);
    const len = raw[i + 1] === "u" ? 6 : 2;
    const decoded = JSON.parse(`"${raw.slice(i, i + len)}"`);
    out.substitute(decoded, header.toFile(i), header.toFile(i + len));
    i += len;
    runStart = i;
  }
  copyThrough(out, segments, runStart, script.end);
  return out.build();
}
function copyThrough(out, segments, from, to) {
  for (const seg of segments) {
    const a = Math.max(from, seg.s);
    const b = Math.min(to, seg.s + seg.n);
    if (a < b) out.copy(seg.f + (a - seg.s), seg.f + (b - seg.s));
  }
}
function scanJsonStringArray(text) {
  let i = 0;
  const ws = () => {
    while (i < text.length && /[ \t\r\n]/.test(text[i])) i++;
  };
  ws();
  if (text[i] !== "[") return void 0;
  i++;
  ws();
  const items = [];
  const close = () => {
    i++;
    ws();
    return i === text.length ? items : void 0;
  };
  if (text[i] === "]") return close();
  for (; ; ) {
    ws();
    if (text[i] !== '"') return void 0;
    const start = ++i;
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 32) return void 0;
      if (text[i] === "\\") {
        if (text[i + 1] === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return void 0;
          i += 6;
        } else if (text[i + 1] !== void 0 && '"\\/bfnrt'.includes(text[i + 1])) {
          i += 2;
        } else {
          return void 0;
        }
      } else {
        i++;
      }
    }
    if (i >= text.length) return void 0;
    const end = i++;
    items.push({ start, end, value: JSON.parse(text.slice(start - 1, end + 1)) });
    ws();
    if (text[i] === ",") {
      i++;
      continue;
    }
    if (text[i] === "]") return close();
    return void 0;
  }
}
var ScriptBuilder, SHELLS, SHEBANG_SHELLS;
var init_run_script = __esm({
  "src/parse/run-script.ts"() {
    "use strict";
    init_dockerfile();
    ScriptBuilder = class {
      /** `origin`: where an empty script stands in the file. */
      constructor(file, origin) {
        this.file = file;
        this.origin = origin;
      }
      file;
      origin;
      parts = [];
      length = 0;
      segments = [];
      /** Appends the file text [from, to) unchanged. */
      copy(from, to) {
        if (to <= from) return;
        this.parts.push(this.file.slice(from, to));
        const last = this.segments[this.segments.length - 1];
        if (last && last.exact && last.fEnd === from) {
          last.n += to - from;
          last.fEnd = to;
        } else {
          this.segments.push({ s: this.length, n: to - from, f: from, fEnd: to, exact: true });
        }
        this.length += to - from;
      }
      /** Appends text that stands for the file range [from, to) without being a copy of it. */
      substitute(value, from, to) {
        if (value.length === 0) return;
        this.parts.push(value);
        this.segments.push({ s: this.length, n: value.length, f: from, fEnd: to, exact: false });
        this.length += value.length;
      }
      build() {
        return makeScript(
          this.parts.join(""),
          this.segments.map((seg) => ({ ...seg })),
          this.origin
        );
      }
    };
    SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "/bin/sh", "/bin/bash"]);
    SHEBANG_SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "ash", "dash", "ksh", "mksh"]);
  }
});

// src/parse/exec-form.ts
function parseExecForm(file, start, end, escape) {
  const { text, at } = joinLines2(file, start, end, escape);
  if (!text.trimStart().startsWith("[")) return null;
  let values;
  try {
    values = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(values) || values.length === 0 || !values.every((v) => typeof v === "string")) return null;
  const words = [];
  const re = /"((?:[^"\\]|\\.)*)"/g;
  for (let m = re.exec(text), i = 0; m && i < values.length; m = re.exec(text), i++) {
    const inner = m[1];
    const from = m.index + 1;
    const value = values[i];
    const first = at[from];
    const last = inner.length > 0 ? at[from + inner.length - 1] : first - 1;
    const verbatim = inner === value && last - first === inner.length - 1;
    const span = verbatim ? { start: first, end: first + inner.length } : null;
    words.push({ raw: m[0], value, parts: value === "" ? [] : [{ kind: "literal", text: value }], span, at: from });
  }
  if (words.length !== values.length) return null;
  const extent = { start, end };
  const command2 = {
    name: words[0],
    args: words.slice(1),
    assignments: [],
    redirects: [],
    span: extent,
    extent,
    scope: 0,
    parentScope: null,
    inSubstitution: false,
    list: 0,
    listIndex: 0,
    joinedBy: null,
    branch: []
  };
  return {
    script: {
      text,
      toFile: (offset) => at[Math.min(offset, at.length - 1)] ?? end,
      spanToFile: (s, e) => s >= 0 && e <= text.length && e >= s && (e === s || at[e - 1] - at[s] === e - 1 - s) ? { start: at[s] ?? end, end: e === s ? at[s] ?? end : at[e - 1] + 1 } : null
    },
    commands: [command2],
    hasErrors: false,
    execForm: true
  };
}
function joinLines2(file, start, end, escape) {
  let text = "";
  const at = [];
  for (let i = start; i < end; i++) {
    if (file[i] === escape) {
      let j = i + 1;
      while (j < end && (file[j] === " " || file[j] === "	" || file[j] === "\r")) j++;
      if (j < end && file[j] === "\n") {
        i = j;
        continue;
      }
    }
    text += file[i];
    at.push(i);
  }
  at.push(end);
  return { text, at };
}
var init_exec_form = __esm({
  "src/parse/exec-form.ts"() {
    "use strict";
  }
});

// src/parse/shell.ts
function parseShell(script) {
  const parser = new ShellParser(script);
  try {
    parser.parseProgram();
  } catch (error) {
    if (error instanceof NestingTooDeep || error instanceof RangeError) return { script, commands: [], hasErrors: true };
    throw error;
  }
  return { script, commands: parser.commands, hasErrors: parser.errors };
}
function isNameCode(c) {
  return c >= 0 && c < 128 && PARAM[c] === 1;
}
function literalValue(parts) {
  let value = "";
  for (const p of parts) {
    if (p.kind !== "literal") return null;
    value += p.text;
  }
  return value;
}
function mergeLiterals(parts) {
  let merged = true;
  for (let i = 0; i < parts.length && merged; i++) {
    const p = parts[i];
    if (p.kind === "literal" && (p.text === "" || parts[i - 1]?.kind === "literal")) merged = false;
  }
  if (merged) return parts;
  const out = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (p.kind === "literal" && last?.kind === "literal") out[out.length - 1] = { kind: "literal", text: last.text + p.text };
    else if (p.kind !== "literal" || p.text !== "") out.push(p);
  }
  return out;
}
function pushUnquoted(parts, raw, wordStart = true) {
  if (!PLAIN_SPECIALS.test(raw)) parts.push({ kind: "literal", text: raw });
  else if (wordStart && raw[0] === "~" || isGlob(raw) || hasBraceList(raw)) parts.push({ kind: "dynamic", raw });
  else parts.push({ kind: "literal", text: raw.replace(/\\\n/g, "").replace(/\\(.)/gs, "$1") });
}
function isGlob(raw) {
  let bracket = -1;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === "\\") i++;
    else if (c === "*" || c === "?") return true;
    else if (c === "[" && bracket < 0) bracket = i;
  }
  return bracket >= 0 && raw.indexOf("]", bracket + 1) !== -1;
}
function hasBraceList(raw) {
  let open = false;
  let comma = false;
  for (const c of raw) {
    if (c === "{") open = true;
    else if (c === ",") comma ||= open;
    else if (c === "}") {
      if (comma) return true;
      open = comma = false;
    }
  }
  return false;
}
function unescapeDouble(raw) {
  if (!raw.includes("\\")) return raw;
  return raw.replace(/\\\n/g, "").replace(/\\([$`"\\])/g, "$1");
}
function decodeAnsiC(raw) {
  let out = "";
  let i = 0;
  for (; ; ) {
    const slash = raw.indexOf("\\", i);
    if (slash === -1 || slash === raw.length - 1) return out + raw.slice(i);
    out += raw.slice(i, slash);
    const c = raw[slash + 1];
    i = slash + 2;
    const simple = ANSI_C[c];
    if (simple !== void 0) {
      out += simple;
      continue;
    }
    let code = 0;
    if (c >= "0" && c <= "7") {
      let k = slash + 1;
      for (; k < slash + 4 && k < raw.length && raw[k] >= "0" && raw[k] <= "7"; k++) code = code * 8 + raw.charCodeAt(k) - 48;
      i = k;
    } else if (c === "x" || c === "u" || c === "U") {
      const max = c === "x" ? 2 : c === "u" ? 4 : 8;
      let k = i;
      for (; k < i + max && k < raw.length && hexDigit(raw.charCodeAt(k)) >= 0; k++) code = code * 16 + hexDigit(raw.charCodeAt(k));
      if (k === i) {
        out += "\\" + c;
        continue;
      }
      i = k;
    } else if (c === "c" && i < raw.length) {
      const x = raw.charCodeAt(i++);
      code = x === 63 ? 127 : x & 31;
    } else {
      out += "\\" + c;
      continue;
    }
    if (code === 0) return out;
    out += String.fromCodePoint(code > 1114111 ? 65533 : code);
  }
}
function hexDigit(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lower = c | 32;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}
function expansionPart(raw) {
  const inner = raw.slice(2, -1);
  const m = /^([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[@*#?$!-])([\s\S]*)$/.exec(inner);
  if (!m || inner.length > 1 && (inner[0] === "#" || inner[0] === "!") && m[1] !== inner) {
    return { kind: "dynamic", raw };
  }
  const name = m[1];
  const rest = m[2];
  if (rest === "") return { kind: "variable", name };
  const operator = EXPANSION_OPERATORS.find((op) => rest.startsWith(op));
  if (!operator) return { kind: "dynamic", raw };
  return { kind: "variable", name, operator, operand: rest.slice(operator.length) };
}
var NestingTooDeep, MAX_DEPTH, TAB, NL, CR, SP, BANG, DQ, HASH, DOLLAR, AMP, SQ, LP, RP, SEMI, LT, GT, LB, BS, BT, LC, PIPE, RC, META, CLOSERS, OPENERS, RESERVED_BY_LENGTH, DECLARATIONS, ASSIGNMENT, FUNCTION_DEF, PARAM, ShellParser, PLAIN_SPECIALS, ANSI_C, EXPANSION_OPERATORS;
var init_shell = __esm({
  "src/parse/shell.ts"() {
    "use strict";
    NestingTooDeep = class extends Error {
    };
    MAX_DEPTH = 400;
    TAB = 9;
    NL = 10;
    CR = 13;
    SP = 32;
    BANG = 33;
    DQ = 34;
    HASH = 35;
    DOLLAR = 36;
    AMP = 38;
    SQ = 39;
    LP = 40;
    RP = 41;
    SEMI = 59;
    LT = 60;
    GT = 62;
    LB = 91;
    BS = 92;
    BT = 96;
    LC = 123;
    PIPE = 124;
    RC = 125;
    META = new Uint8Array(128);
    for (const c of [TAB, NL, CR, SP, SEMI, AMP, PIPE, LT, GT, LP, RP]) META[c] = 1;
    CLOSERS = /* @__PURE__ */ new Set(["then", "elif", "else", "fi", "do", "done", "esac", "}"]);
    OPENERS = /* @__PURE__ */ new Set(["if", "while", "until", "for", "select", "case", "{", "function", "!", "[["]);
    RESERVED_BY_LENGTH = [[], [], [], [], [], [], [], [], [], []];
    for (const word of [...CLOSERS, ...OPENERS, "in"]) RESERVED_BY_LENGTH[word.length].push(word);
    DECLARATIONS = /* @__PURE__ */ new Set(["export", "local", "declare", "readonly", "typeset"]);
    ASSIGNMENT = /([A-Za-z_][A-Za-z0-9_]*(?:\[[^\]\s]*\])?)\+?=/y;
    FUNCTION_DEF = /[A-Za-z_][A-Za-z0-9_.:-]*[ \t]*\([ \t]*\)/y;
    PARAM = new Uint8Array(128);
    for (let c = 0; c < 128; c++) {
      if (c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95) PARAM[c] = 1;
    }
    for (const c of "@*#?$!-") PARAM[c.charCodeAt(0)] = 2;
    ShellParser = class {
      constructor(script) {
        this.script = script;
        this.text = script.text;
        this.n = script.text.length;
      }
      script;
      commands = [];
      errors = false;
      pos = 0;
      text;
      n;
      /** Parent of each scope; scope 0 is the script's own. */
      scopeParents = [null];
      nextList = 0;
      pending = [];
      /** How many backtick substitutions enclose the position: a backtick then ends words and lists. */
      backticks = 0;
      depth = 0;
      /** The `if`/`case` arms enclosing the position (shared by the commands read there), and the next construct's id. */
      branch = [];
      nextConstruct = 0;
      /** How many substitution bodies enclose the position, and for each command how many enclose it. */
      substitutions = 0;
      substitutionsOf = [];
      parseProgram() {
        const ctx = { scope: 0, inSubstitution: false };
        for (; ; ) {
          this.parseList(ctx);
          if (this.pos >= this.n) break;
          this.errors = true;
          this.skipStray();
        }
        this.endHeredocs();
      }
      // -------------------------------------------------------------------------------------------
      // Characters
      code(at = this.pos) {
        return at < this.n ? this.text.charCodeAt(at) : -1;
      }
      isMeta(c) {
        return c < 0 || c < 128 && META[c] === 1 || c === BT && this.backticks > 0;
      }
      /** Blanks, `\`+newline and comments; stops at a newline. */
      skipBlanks() {
        const { text, n } = this;
        while (this.pos < n) {
          const c = text.charCodeAt(this.pos);
          if (c === SP || c === TAB || c === CR) this.pos++;
          else if (c === BS && text.charCodeAt(this.pos + 1) === NL) this.pos += 2;
          else if (c === HASH) {
            while (this.pos < n && text.charCodeAt(this.pos) !== NL && !(this.backticks > 0 && text.charCodeAt(this.pos) === BT)) this.pos++;
          } else break;
        }
      }
      /** Blanks, comments and newlines. */
      skipLinebreaks() {
        for (; ; ) {
          this.skipBlanks();
          if (this.code() !== NL) return;
          this.newline();
        }
      }
      /** Consumes a newline; the bodies of heredocs begun on the line that ends here follow it. */
      newline() {
        this.pos++;
        if (this.pending.length > 0) this.readHeredocs();
      }
      /** The reserved word at the position, if the word there is exactly one. */
      reservedAt() {
        const c = this.code();
        if (!(c >= 97 && c <= 122 || c === LC || c === RC || c === LB || c === BANG)) return null;
        let e = this.pos + 1;
        while (e < this.n && e - this.pos <= 8) {
          const d = this.text.charCodeAt(e);
          if (this.isMeta(d)) break;
          if (d === SQ || d === DQ || d === BS || d === DOLLAR || d === BT) return null;
          e++;
        }
        if (e < this.n && !this.isMeta(this.text.charCodeAt(e))) return null;
        for (const word of RESERVED_BY_LENGTH[e - this.pos]) if (this.text.startsWith(word, this.pos)) return word;
        return null;
      }
      /** At the end of a compound list: EOF, `)`, `;;`, a closing backtick or a closing reserved word. */
      atCloser() {
        const c = this.code();
        if (c < 0 || c === RP) return true;
        if (c === BT && this.backticks > 0) return true;
        if (c === SEMI && this.code(this.pos + 1) === SEMI) return true;
        if (c === SEMI && this.code(this.pos + 1) === AMP) return true;
        const word = this.reservedAt();
        return word !== null && CLOSERS.has(word);
      }
      skipStray() {
        const word = this.reservedAt();
        this.pos += word ? word.length : 1;
      }
      expectWord(word) {
        this.skipLinebreaks();
        if (this.reservedAt() === word) {
          this.pos += word.length;
          return true;
        }
        this.errors = true;
        return false;
      }
      expectChar(c) {
        this.skipLinebreaks();
        if (this.code() === c) {
          this.pos++;
          return true;
        }
        this.errors = true;
        return false;
      }
      enter() {
        if (++this.depth > MAX_DEPTH) throw new NestingTooDeep();
      }
      // -------------------------------------------------------------------------------------------
      // Lists and compound commands
      newScope(parent) {
        this.scopeParents.push(parent);
        return this.scopeParents.length - 1;
      }
      /**
       * Moves what was read since `before` (commands) and `scopesBefore` (scopes) from `parent` into a
       * new scope under it, once it turns out to run in a subshell (a first pipeline stage, a `\u2026 &`).
       */
      ownScope(before, scopesBefore, parent) {
        const scope = this.newScope(parent);
        for (let k = scopesBefore; k < scope; k++) if (this.scopeParents[k] === parent) this.scopeParents[k] = scope;
        for (let i = before; i < this.commands.length; i++) {
          const command2 = this.commands[i];
          if (command2.scope === parent) {
            command2.scope = scope;
            command2.parentScope = parent;
          } else if (command2.parentScope === parent) {
            command2.parentScope = scope;
          }
        }
      }
      /** A compound list that sh requires to hold a statement (`if`, `then`, `{`, `do`, \u2026). */
      parseBody(ctx) {
        if (this.parseList(ctx) === 0) this.errors = true;
      }
      /** A compound list: statements up to a closer, all in one list. Returns how many it read. */
      parseList(ctx) {
        const list = { id: this.nextList++, next: 0 };
        let joiner = null;
        for (; ; ) {
          this.skipBlanks();
          const c = this.code();
          if (c === NL) {
            this.newline();
            if (list.next > 0) joiner ??= ";";
            continue;
          }
          if (this.atCloser()) return list.next;
          const start = this.pos;
          const before = this.commands.length;
          const scopesBefore = this.scopeParents.length;
          this.parseAndOr(ctx, list, list.next === 0 ? null : joiner ?? ";");
          joiner = null;
          this.skipBlanks();
          const d = this.code();
          if (d === SEMI && this.code(this.pos + 1) !== SEMI && this.code(this.pos + 1) !== AMP) {
            this.pos++;
            joiner = ";";
          } else if (d === AMP && this.code(this.pos + 1) !== AMP) {
            this.pos++;
            joiner = "&";
            this.ownScope(before, scopesBefore, ctx.scope);
          } else if (d !== NL && !this.atCloser()) {
            this.errors = true;
            if (this.pos === start || d === SEMI || d === AMP || d === LP || d === PIPE) this.pos++;
          }
        }
      }
      /**
       * An and-or list. What runs after `||`, or after `&&` behind a test (`[ -z "$A" ] && A=x`), may
       * not run at all: from there on the pipelines are arms of the list, a new one at each `||`, as
       * in an `if`. (After `&&` behind any other command they run whenever the RUN succeeds.)
       */
      parseAndOr(ctx, list, joiner) {
        let last = this.commands.length;
        this.parsePipeline(ctx, list, joiner);
        let construct = -1;
        let arm = 0;
        for (; ; ) {
          this.skipBlanks();
          const c = this.code();
          const d = this.code(this.pos + 1);
          let op;
          if (c === AMP && d === AMP) op = "&&";
          else if (c === PIPE && d === PIPE) op = "||";
          else return;
          this.pos += 2;
          this.skipLinebreaks();
          if (this.atCloser()) {
            this.errors = true;
            return;
          }
          if (op === "||" || construct < 0 && this.isTest(this.commands[last])) {
            if (construct < 0) construct = this.nextConstruct++;
            arm++;
          }
          last = this.commands.length;
          if (construct < 0) this.parsePipeline(ctx, list, op);
          else this.inArm(construct, arm, () => this.parsePipeline(ctx, list, op));
        }
      }
      isTest(command2) {
        const name = command2?.name?.value;
        return name === "[" || name === "[[" || name === "test";
      }
      parsePipeline(ctx, list, joiner) {
        this.skipBlanks();
        while (this.reservedAt() === "!") {
          this.pos++;
          this.skipBlanks();
        }
        const before = this.commands.length;
        const scopesBefore = this.scopeParents.length;
        this.parseCommand(ctx, list, joiner);
        this.skipBlanks();
        if (!(this.code() === PIPE && this.code(this.pos + 1) !== PIPE)) return;
        this.ownScope(before, scopesBefore, ctx.scope);
        while (this.code() === PIPE && this.code(this.pos + 1) !== PIPE) {
          const op = this.code(this.pos + 1) === AMP ? "|&" : "|";
          this.pos += op.length;
          this.skipLinebreaks();
          if (this.atCloser()) {
            this.errors = true;
            return;
          }
          this.parseCommand({ scope: this.newScope(ctx.scope), inSubstitution: ctx.inSubstitution }, list, op);
          this.skipBlanks();
        }
      }
      parseCommand(ctx, list, joiner) {
        this.enter();
        try {
          this.skipBlanks();
          while (this.reservedAt() === "!") {
            this.errors = true;
            this.pos++;
            this.skipBlanks();
          }
          const c = this.code();
          if (c === LP) {
            list.next++;
            const before = this.commands.length;
            if (this.code(this.pos + 1) === LP && this.arithmeticAt(this.pos + 2)) {
              this.skipArithmetic(this.pos + 2, ctx);
            } else {
              this.pos++;
              this.parseBody({ scope: this.newScope(ctx.scope), inSubstitution: ctx.inSubstitution });
              this.expectChar(RP);
            }
            this.groupRedirects(before, ctx);
            return;
          }
          const word = this.reservedAt();
          if (word !== null && OPENERS.has(word) && word !== "!" && word !== "[[") {
            list.next++;
            const before = this.commands.length;
            this.pos += word.length;
            this.parseCompound(word, ctx);
            this.groupRedirects(before, ctx);
            return;
          }
          FUNCTION_DEF.lastIndex = this.pos;
          if (word === null && FUNCTION_DEF.test(this.text)) {
            list.next++;
            const before = this.commands.length;
            this.pos = FUNCTION_DEF.lastIndex;
            this.parseFunctionBody(ctx);
            this.groupRedirects(before, ctx);
            return;
          }
          this.parseSimple(ctx, list, joiner);
        } finally {
          this.depth--;
        }
      }
      /** The compound command after its opening word. */
      parseCompound(word, ctx) {
        switch (word) {
          case "{":
            this.parseBody(ctx);
            this.expectWord("}");
            return;
          case "if": {
            const construct = this.nextConstruct++;
            let arm = 0;
            this.parseBody(ctx);
            this.expectWord("then");
            this.inArm(construct, arm++, () => this.parseBody(ctx));
            for (; ; ) {
              this.skipLinebreaks();
              const next = this.reservedAt();
              if (next === "elif") {
                this.pos += 4;
                this.inArm(construct, arm++, () => {
                  this.parseBody(ctx);
                  this.expectWord("then");
                  this.parseBody(ctx);
                });
              } else if (next === "else") {
                this.pos += 4;
                this.inArm(construct, arm++, () => this.parseBody(ctx));
              } else break;
            }
            this.expectWord("fi");
            return;
          }
          case "while":
          case "until":
            this.parseBody(ctx);
            this.expectWord("do");
            this.parseBody(ctx);
            this.expectWord("done");
            return;
          case "for":
          case "select":
            this.parseFor(ctx);
            return;
          case "case":
            this.parseCase(ctx);
            return;
          case "function": {
            this.skipBlanks();
            const start = this.pos;
            while (!this.isMeta(this.code())) this.pos++;
            if (this.pos === start) this.errors = true;
            this.skipBlanks();
            if (this.code() === LP && this.code(this.pos + 1) === RP) this.pos += 2;
            this.parseFunctionBody(ctx);
            return;
          }
        }
      }
      parseFunctionBody(ctx) {
        this.skipLinebreaks();
        const word = this.reservedAt();
        if (this.code() === LP) {
          this.pos++;
          this.parseBody(ctx);
          this.expectChar(RP);
        } else if (word === "{") {
          this.pos++;
          this.parseBody(ctx);
          this.expectWord("}");
        } else if (word !== null && OPENERS.has(word) && word !== "!" && word !== "[[") {
          this.pos += word.length;
          this.parseCompound(word, ctx);
        } else {
          this.errors = true;
        }
      }
      parseFor(ctx) {
        this.skipBlanks();
        if (this.code() === LP && this.code(this.pos + 1) === LP) {
          this.skipArithmetic(this.pos + 2, ctx);
        } else {
          const start = this.pos;
          while (!this.isMeta(this.code())) this.pos++;
          if (this.pos === start) this.errors = true;
          this.skipLinebreaks();
          if (this.reservedAt() === "in") {
            this.pos += 2;
            for (; ; ) {
              this.skipBlanks();
              const c = this.code();
              if (c < 0 || c === NL || c === SEMI || this.isMeta(c)) break;
              this.parseWord(ctx);
            }
          }
        }
        this.skipBlanks();
        if (this.code() === SEMI) this.pos++;
        this.expectWord("do");
        this.parseBody(ctx);
        this.expectWord("done");
      }
      /** Parses inside one arm of an `if` or `case`: the commands read there carry it in `branch`. */
      inArm(construct, arm, parse) {
        const outer = this.branch;
        this.branch = [...outer, { construct, arm }];
        try {
          parse();
        } finally {
          this.branch = outer;
        }
      }
      parseCase(ctx) {
        this.skipBlanks();
        if (this.isMeta(this.code())) this.errors = true;
        else this.parseWord(ctx);
        if (!this.expectWord("in")) return;
        const construct = this.nextConstruct++;
        for (let arm = 0; ; arm++) {
          this.skipLinebreaks();
          if (this.code() < 0 || this.reservedAt() === "esac") break;
          if (this.code() === LP) this.pos++;
          for (; ; ) {
            this.skipBlanks();
            if (this.isMeta(this.code())) break;
            this.parseWord(ctx);
            this.skipBlanks();
            if (this.code() !== PIPE) break;
            this.pos++;
          }
          if (!this.expectChar(RP)) return;
          this.inArm(construct, arm, () => this.parseList(ctx));
          this.skipBlanks();
          if (this.code() === SEMI) {
            this.pos += this.code(this.pos + 1) === SEMI && this.code(this.pos + 2) === AMP ? 3 : 2;
          } else if (this.reservedAt() !== "esac") {
            this.errors = true;
            return;
          }
        }
        this.expectWord("esac");
      }
      /**
       * Whether the `((` just before `from` opens arithmetic. bash reads it so when the parenthesis
       * opened second closes right before a `)`, else as a subshell in a subshell (`((cd x && make) || true)`),
       * and `$((` likewise; dash reads every `((` at a command's start as two subshells, and the
       * arithmetic reading is only ever bash's, so it takes the bash rule. A scan of parentheses only.
       */
      arithmeticAt(from) {
        let depth = 2;
        for (let i = from; i < this.n; i++) {
          const c = this.text.charCodeAt(i);
          if (c === LP) depth++;
          else if (c === RP && --depth === 1) return this.code(i + 1) === RP;
        }
        return true;
      }
      /**
       * `(( \u2026 ))`, from just after the opening `((`: its words are not commands, but the `$( \u2026 )` and
       * backtick substitutions in it run (`-j$(( $(nproc) + 1 ))`).
       */
      skipArithmetic(from, ctx) {
        let depth = 2;
        let i = from;
        while (i < this.n && depth > 0) {
          const c = this.text.charCodeAt(i);
          if (c === LP) depth++;
          else if (c === RP) depth--;
          else if (c === DOLLAR && this.code(i + 1) === LP && this.code(i + 2) !== LP) {
            this.pos = i + 2;
            this.parseSubstitutionBody(ctx, RP);
            i = this.pos;
            continue;
          } else if (c === BT) {
            if (this.backticks > 0) break;
            this.pos = i;
            this.parseBacktick(ctx);
            i = this.pos;
            continue;
          }
          i++;
        }
        if (depth > 0) this.errors = true;
        this.pos = i;
      }
      /** Redirects written after a compound command: every command inside gets a copy. */
      groupRedirects(before, ctx) {
        for (; ; ) {
          this.skipBlanks();
          if (!this.redirectAt()) return;
          const end = this.commands.length;
          const redirect = this.parseRedirect(ctx);
          for (let i = before; i < end; i++) {
            const command2 = this.commands[i];
            if (this.substitutionsOf[i] === this.substitutions) command2.redirects.push({ ...redirect, group: true });
          }
        }
      }
      // -------------------------------------------------------------------------------------------
      // Simple commands
      parseSimple(ctx, list, joiner) {
        const start = this.pos;
        const command2 = {
          name: null,
          args: [],
          assignments: [],
          redirects: [],
          span: null,
          extent: { start: 0, end: 0 },
          scope: ctx.scope,
          parentScope: this.scopeParents[ctx.scope] ?? null,
          inSubstitution: ctx.inSubstitution,
          list: list.id,
          listIndex: list.next++,
          joinedBy: joiner,
          branch: this.branch
        };
        const index = this.commands.length;
        this.commands.push(command2);
        this.substitutionsOf.push(this.substitutions);
        let end = start;
        let declaration = false;
        let test = false;
        for (; ; ) {
          this.skipBlanks();
          const c = this.code();
          if (c < 0) break;
          if (test) {
            if (c === NL) {
              this.newline();
              continue;
            }
            const word = this.testToken();
            if (word) {
              command2.args.push(word);
              end = this.pos;
              continue;
            }
          }
          if (!test && this.redirectAt()) {
            command2.redirects.push(this.parseRedirect(ctx));
            end = this.pos;
            continue;
          }
          if (this.isMeta(c) && !this.processAt()) break;
          if (command2.name === null) {
            const assignment = this.parseAssignment(ctx);
            if (assignment) command2.assignments.push(assignment.assignment);
            else {
              command2.name = this.parseWord(ctx);
              declaration = command2.name.value !== null && DECLARATIONS.has(command2.name.value);
              test = command2.name.raw === "[[";
            }
          } else {
            const assignment = declaration ? this.parseAssignment(ctx) : null;
            if (assignment) {
              command2.args.push(assignment.word);
              command2.assignments.push(assignment.assignment);
            } else {
              const word = this.parseWord(ctx);
              command2.args.push(word);
              if (test && word.raw === "]]") test = false;
            }
          }
          end = this.pos;
        }
        if (test) this.errors = true;
        if (end === start) {
          this.commands.splice(index, 1);
          this.substitutionsOf.splice(index, 1);
          list.next--;
          this.errors = true;
          return;
        }
        command2.span = this.span(start, end);
        command2.extent = this.extent(start, end);
      }
      /** Inside `[[ \u2026 ]]`: `&&`, `||`, `(`, `)`, `<`, `>` and `!` are words of the test. */
      testToken() {
        const c = this.code();
        const d = this.code(this.pos + 1);
        let length = 0;
        if (c === AMP && d === AMP || c === PIPE && d === PIPE) length = 2;
        else if (c === LP || c === RP || c === LT || c === GT || c === PIPE) length = 1;
        if (length === 0) return null;
        const start = this.pos;
        this.pos += length;
        const raw = this.text.slice(start, this.pos);
        return { raw, value: raw, parts: [{ kind: "literal", text: raw }], span: this.span(start, this.pos), at: start };
      }
      /** `NAME=value` at the position: reads it, with the whole word for declaration arguments. */
      parseAssignment(ctx) {
        ASSIGNMENT.lastIndex = this.pos;
        const m = ASSIGNMENT.exec(this.text);
        if (!m) return null;
        const start = this.pos;
        this.pos = ASSIGNMENT.lastIndex;
        let value;
        if (this.code() === LP) {
          const valueStart = this.pos;
          this.skipParens();
          const raw = this.text.slice(valueStart, this.pos);
          value = { raw, value: null, parts: [{ kind: "dynamic", raw }], span: this.span(valueStart, this.pos), at: valueStart };
        } else if (this.isMeta(this.code())) {
          value = { raw: "", value: "", parts: [], span: this.span(this.pos, this.pos), at: this.pos };
        } else {
          value = this.parseWord(ctx);
        }
        const parts = mergeLiterals([{ kind: "literal", text: m[0] }, ...value.parts]);
        const word = { raw: this.text.slice(start, this.pos), value: literalValue(parts), parts, span: this.span(start, this.pos), at: start };
        return { assignment: { name: m[1], value, span: this.span(start, this.pos) }, word };
      }
      /** Skips `( \u2026 )` with nesting and quotes, from the `(`. */
      skipParens() {
        let depth = 0;
        while (this.pos < this.n) {
          const c = this.text.charCodeAt(this.pos);
          if (c === BS) this.pos += 2;
          else if (c === SQ || c === DQ) this.skipQuoted(c);
          else {
            this.pos++;
            if (c === LP) depth++;
            else if (c === RP && --depth === 0) return;
          }
        }
        this.pos = this.n;
        this.errors = true;
      }
      skipQuoted(q) {
        let i = this.pos + 1;
        while (i < this.n && this.text.charCodeAt(i) !== q) i += q === DQ && this.text.charCodeAt(i) === BS ? 2 : 1;
        if (i >= this.n) this.errors = true;
        this.pos = Math.min(i + 1, this.n);
      }
      // -------------------------------------------------------------------------------------------
      // Redirects and heredocs
      /** A redirect operator at the position (with its fd digits); `<(` and `>(` are words. */
      redirectAt() {
        let i = this.pos;
        while (i < this.n && this.text.charCodeAt(i) >= 48 && this.text.charCodeAt(i) <= 57) i++;
        const c = this.code(i);
        if (c === LT || c === GT) return this.code(i + 1) !== LP || i > this.pos;
        return i === this.pos && c === AMP && this.code(i + 1) === GT;
      }
      parseRedirect(ctx) {
        const start = this.pos;
        let fd = null;
        while (this.code() >= 48 && this.code() <= 57) this.pos++;
        if (this.pos > start) fd = Number(this.text.slice(start, this.pos));
        const op = this.redirectOperator();
        this.pos += op.length;
        const opEnd = this.pos;
        this.skipBlanks();
        if (op === "<<" || op === "<<-") return this.parseHeredoc(op, fd, start, opEnd, ctx);
        let target = null;
        if (!this.isMeta(this.code()) || this.processAt()) target = this.parseWord(ctx);
        else this.errors = true;
        return { op, fd, target, span: this.span(start, target ? this.pos : opEnd) };
      }
      redirectOperator() {
        const t = this.text;
        const p = this.pos;
        if (t.startsWith("<<<", p)) return "<<<";
        if (t.startsWith("<<-", p)) return "<<-";
        for (const op of ["<<", "<>", "<&", ">>", ">&", ">|", "&>>", "&>"]) if (t.startsWith(op, p)) return op;
        return t[p];
      }
      parseHeredoc(op, fd, start, opEnd, ctx) {
        let target = null;
        if (!this.isMeta(this.code())) target = this.parseWord(ctx);
        else this.errors = true;
        const raw = target?.raw ?? "";
        const heredoc = { body: "", span: null, quoted: /['"\\]/.test(raw) };
        this.pending.push({ op, name: raw.replace(/\\(.)|['"]/g, "$1"), heredoc });
        return { op, fd, target, heredoc, span: this.span(start, target ? this.pos : opEnd) };
      }
      /** After the newline that ends a line with heredocs: their bodies, one after the other. */
      readHeredocs() {
        const { text, n } = this;
        for (const doc of this.pending) {
          const bodyStart = this.pos;
          let bodyEnd = n;
          let pos = this.pos;
          while (pos < n) {
            const nl = text.indexOf("\n", pos);
            const lineEnd = nl === -1 ? n : nl;
            let line = text.slice(pos, lineEnd);
            if (line.endsWith("\r")) line = line.replace(/\r+$/, "");
            if (doc.op === "<<-") line = line.replace(/^\t+/, "");
            const next = Math.min(lineEnd + 1, n);
            if (line === doc.name) {
              bodyEnd = pos;
              pos = next;
              break;
            }
            pos = next;
          }
          this.pos = pos;
          const body = text.slice(bodyStart, bodyEnd);
          doc.heredoc.body = doc.op === "<<-" ? body.replace(/^\t+/gm, "") : body;
          doc.heredoc.span = this.script.spanToFile(bodyStart, bodyEnd);
        }
        this.pending = [];
      }
      /** Heredocs begun on the last line: empty bodies at the end. */
      endHeredocs() {
        for (const doc of this.pending) doc.heredoc.span = this.script.spanToFile(this.n, this.n);
        this.pending = [];
      }
      // -------------------------------------------------------------------------------------------
      // Words
      parseWord(ctx) {
        const { text } = this;
        const start = this.pos;
        const parts = [];
        let run = -1;
        const flush = () => {
          if (run >= 0) {
            pushUnquoted(parts, text.slice(run, this.pos), run === start);
            run = -1;
          }
        };
        if (this.processAt()) parts.push(this.parseProcessSubstitution(ctx));
        while (this.pos < this.n) {
          const c = text.charCodeAt(this.pos);
          if (this.isMeta(c)) break;
          if (c === BS) {
            if (run < 0) run = this.pos;
            this.pos = Math.min(this.pos + 2, this.n);
          } else if (c === SQ) {
            flush();
            const close = text.indexOf("'", this.pos + 1);
            const end = close === -1 ? this.n : close;
            if (close === -1) this.errors = true;
            parts.push({ kind: "literal", text: text.slice(this.pos + 1, end) });
            this.pos = Math.min(end + 1, this.n);
          } else if (c === DQ) {
            flush();
            this.parseDouble(ctx, parts);
          } else if (c === BT) {
            flush();
            parts.push(this.parseBacktick(ctx));
          } else if (c === DOLLAR && this.expansionAt(false)) {
            flush();
            parts.push(this.parseDollar(ctx, false));
          } else {
            if (run < 0) run = this.pos;
            this.pos++;
          }
        }
        flush();
        return this.makeWord(start, parts);
      }
      makeWord(start, parts) {
        const merged = mergeLiterals(parts);
        return { raw: this.text.slice(start, this.pos), value: literalValue(merged), parts: merged, span: this.span(start, this.pos), at: start };
      }
      /** `"\u2026"` (or `$"\u2026"`, from its `"`): literal stretches and the expansions between them. */
      parseDouble(ctx, parts) {
        const { text } = this;
        this.pos++;
        let lit = this.pos;
        const flush = () => {
          if (this.pos > lit) parts.push({ kind: "literal", text: unescapeDouble(text.slice(lit, this.pos)) });
        };
        while (this.pos < this.n) {
          const c = text.charCodeAt(this.pos);
          if (c === DQ) {
            flush();
            this.pos++;
            return;
          }
          if (c === BS) this.pos += 2;
          else if (c === BT) {
            flush();
            parts.push(this.parseBacktick(ctx));
            lit = this.pos;
          } else if (c === DOLLAR && this.expansionAt(true)) {
            flush();
            parts.push(this.parseDollar(ctx, true));
            lit = this.pos;
          } else this.pos++;
        }
        this.pos = this.n;
        flush();
        this.errors = true;
      }
      /** Whether the `$` at the position starts an expansion (else it is a literal `$`). */
      expansionAt(quoted) {
        const d = this.code(this.pos + 1);
        if (d === LC || d === LP) return true;
        if (d === SQ || d === DQ) return !quoted;
        return d >= 0 && d < 128 && PARAM[d] !== 0;
      }
      parseDollar(ctx, quoted) {
        const { text } = this;
        const start = this.pos;
        const d = this.code(start + 1);
        if (d === SQ && !quoted) {
          let i = start + 2;
          while (i < this.n && text.charCodeAt(i) !== SQ) i += text.charCodeAt(i) === BS ? 2 : 1;
          if (i >= this.n) this.errors = true;
          this.pos = Math.min(i + 1, this.n);
          return { kind: "literal", text: decodeAnsiC(text.slice(start + 2, Math.min(i, this.n))) };
        }
        if (d === DQ && !quoted) {
          this.pos++;
          const parts = [];
          this.parseDouble(ctx, parts);
          const merged = mergeLiterals(parts);
          return merged.length === 1 ? merged[0] : merged.length === 0 ? { kind: "literal", text: "" } : { kind: "dynamic", raw: text.slice(start, this.pos) };
        }
        if (d === LP) {
          if (this.code(start + 2) === LP && this.arithmeticAt(start + 3)) {
            this.skipArithmetic(start + 3, ctx);
            return { kind: "dynamic", raw: text.slice(start, this.pos) };
          }
          this.pos = start + 2;
          const inner = this.parseSubstitutionBody(ctx, RP);
          return { kind: "substitution", raw: inner };
        }
        if (d === LC) return this.parseBraced(ctx);
        let end = start + 2;
        if (d === 95 || d >= 65 && d <= 90 || d >= 97 && d <= 122) {
          while (end < this.n && isNameCode(text.charCodeAt(end))) end++;
        }
        this.pos = end;
        return { kind: "variable", name: text.slice(start + 1, end) };
      }
      /** `${\u2026}`: its operand's substitutions run. */
      parseBraced(ctx) {
        const { text } = this;
        const start = this.pos;
        this.pos += 2;
        let depth = 1;
        while (this.pos < this.n) {
          const c = text.charCodeAt(this.pos);
          if (c === BS) this.pos += 2;
          else if (c === SQ) {
            const close = text.indexOf("'", this.pos + 1);
            this.pos = close === -1 ? this.n : close + 1;
          } else if (c === DQ) this.parseDouble(ctx, []);
          else if (c === BT) this.parseBacktick(ctx);
          else if (c === DOLLAR && this.expansionAt(true)) {
            if (this.code(this.pos + 1) === LC) {
              this.pos += 2;
              depth++;
            } else this.parseDollar(ctx, true);
          } else {
            this.pos++;
            if (c === RC && --depth === 0) return expansionPart(text.slice(start, this.pos));
          }
        }
        this.pos = this.n;
        this.errors = true;
        return { kind: "dynamic", raw: text.slice(start) };
      }
      /** `` `\u2026` ``, from the opening backtick. */
      parseBacktick(ctx) {
        this.pos++;
        this.backticks++;
        const inner = this.parseSubstitutionBody(ctx, BT);
        this.backticks--;
        return { kind: "substitution", raw: inner };
      }
      /** The statements of a substitution body, up to `close` (consumed); returns the inner text. */
      parseSubstitutionBody(ctx, close) {
        const start = this.pos;
        this.enter();
        try {
          this.substitutions++;
          this.parseList({ scope: this.newScope(ctx.scope), inSubstitution: true });
        } finally {
          this.substitutions--;
          this.depth--;
        }
        const end = this.pos;
        if (this.code() === close) this.pos++;
        else this.errors = true;
        return this.text.slice(start, end);
      }
      processAt() {
        const c = this.code();
        return (c === LT || c === GT) && this.code(this.pos + 1) === LP;
      }
      /** `<(\u2026)` / `>(\u2026)` in a word position. */
      parseProcessSubstitution(ctx) {
        const start = this.pos;
        this.pos += 2;
        this.parseSubstitutionBody(ctx, RP);
        return { kind: "dynamic", raw: this.text.slice(start, this.pos) };
      }
      span(start, end) {
        return this.script.spanToFile(start, end);
      }
      extent(start, end) {
        const from = this.script.toFile(start);
        return { start: from, end: end > start ? this.script.toFile(end - 1) + 1 : from };
      }
    };
    PLAIN_SPECIALS = /[\\*?[~{]/;
    ANSI_C = {
      n: "\n",
      t: "	",
      r: "\r",
      a: "\x07",
      b: "\b",
      e: "\x1B",
      E: "\x1B",
      f: "\f",
      v: "\v",
      "\\": "\\",
      "'": "'",
      '"': '"',
      "?": "?"
    };
    EXPANSION_OPERATORS = [":-", ":=", ":?", ":+", "##", "%%", "//", "/#", "/%", "^^", ",,", "-", "=", "?", "+", "#", "%", "/", "^", ",", ":"];
  }
});

// src/model/image.ts
function parseImageRef(text) {
  let rest = text;
  let digest = null;
  const at = rest.indexOf("@");
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let registry = null;
  const slash = rest.indexOf("/");
  if (slash !== -1) {
    const first = rest.slice(0, slash);
    if (first.includes(".") || first.includes(":") || first === "localhost") {
      registry = first.toLowerCase();
      rest = rest.slice(slash + 1);
    }
  }
  let tag = null;
  const colon = rest.lastIndexOf(":");
  if (colon !== -1) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let path9 = rest.toLowerCase();
  if ((registry === null || registry === "docker.io" || registry === "index.docker.io") && path9.startsWith("library/")) {
    path9 = path9.slice("library/".length);
  }
  if (registry === "docker.io" || registry === "index.docker.io") registry = null;
  return { text, registry, path: path9, tag, digest };
}
function ubuntuRelease(tag) {
  const words = (tag ?? "").split("-");
  const word = words[0];
  const named = words.find((w) => UBUNTU_BY_CODENAME.has(w));
  const version = /^\d+\.\d+$/.test(word) ? word : named !== void 0 ? UBUNTU_BY_CODENAME.get(named) : null;
  return { version, codename: version ? UBUNTU_CODENAMES[version] ?? null : null };
}
function describeBase(ref, policy) {
  const dhi = isDhiImage(ref, policy);
  const name = dhi ? dhiRepositoryName(ref, policy) : ref.path.split("/").at(-1);
  const tag = ref.tag;
  const out = { distro: "unknown", release: null, releaseUnknownReason: null, dhi, dhiVariant: null };
  if (dhi) out.dhiVariant = tag !== null && /-(?:dev|sdk)(?:-|$)|^(?:dev|sdk)$/.test(tag) ? "dev" : "runtime";
  if (ref.path === "scratch" && ref.registry === null) return { ...out, distro: "scratch", releaseUnknownReason: "not-applicable" };
  const alpineInTag = tag ? /(?:^|-)alpine(\d+\.\d+)?(?=-|$|\.\d)/.exec(tag) : null;
  if (name === "alpine" || name === "alpine-base" || alpineInTag) {
    out.distro = "alpine";
    if (alpineInTag) {
      if (alpineInTag[1]) out.release = alpineInTag[1];
    } else if (tag) {
      const m = /^(\d+\.\d+)(?:\.\d+)?(?:-|$)/.exec(tag);
      if (m) out.release = m[1];
      else if (tag === "edge" || /^\d{8}$/.test(tag)) out.release = "edge";
    }
    if (out.release === null) out.releaseUnknownReason = tag === null && ref.digest ? "digest-only" : "unpinned";
    return out;
  }
  if (UBUNTU.test(ref.path) || tag !== null && UBUNTU_IN_TAG.test(tag)) return { ...out, distro: "ubuntu", releaseUnknownReason: "not-applicable" };
  const debianInTag = tag ? /(?:^|-)(?:debian(\d+)|(wheezy|jessie|stretch|buster|bullseye|bookworm|trixie|forky|sid))(?=-|$)/.exec(tag) : null;
  if (name === "debian" || name === "debian-base" || debianInTag) {
    out.distro = "debian";
    if (debianInTag) out.release = debianInTag[2] ?? DEBIAN_CODENAMES[debianInTag[1]] ?? null;
    else if (tag) {
      const word = tag.split("-")[0];
      out.release = CODENAMES.has(word) ? word : DEBIAN_CODENAMES[word.split(".")[0]] ?? null;
    }
    if (out.release === null) out.releaseUnknownReason = tag === null && ref.digest ? "digest-only" : "unpinned";
    return out;
  }
  if (dhi) {
    if (tag === null) return { ...out, releaseUnknownReason: ref.digest ? "digest-only" : "unpinned" };
    out.distro = "debian";
    out.release = "trixie";
    return out;
  }
  out.releaseUnknownReason = "not-applicable";
  return out;
}
function dhiRepositoryName(ref, policy) {
  const full = ref.registry ? `${ref.registry}/${ref.path}` : ref.path;
  const prefix = policy.dhiMirrorPrefixes.find((p) => full.startsWith(p.toLowerCase()));
  return prefix ? full.slice(prefix.length) : ref.path.split("/").at(-1);
}
function isDhiImage(ref, policy) {
  if (ref.registry !== null && policy.dhiRegistries.includes(ref.registry)) return true;
  const full = ref.registry ? `${ref.registry}/${ref.path}` : ref.path;
  return policy.dhiMirrorPrefixes.some((prefix) => full.startsWith(prefix.toLowerCase()));
}
function declaredBase(policy, ref) {
  const name = ref.registry ? `${ref.registry}/${ref.path}` : ref.path;
  const value = (ref.tag !== null ? policy.baseImages[`${name}:${ref.tag.toLowerCase()}`] : void 0) ?? policy.baseImages[name];
  if (value === void 0 || value.includes("{tag}") && ref.tag === null) return null;
  return parseImageRef(value.replaceAll("{tag}", ref.tag ?? ""));
}
function hasBareEnvironment(ref) {
  return ref.registry === null && BARE_IMAGES.has(ref.path);
}
var DEBIAN_CODENAMES, CODENAMES, UBUNTU, UBUNTU_CODENAMES, UBUNTU_BY_CODENAME, UBUNTU_IN_TAG, BARE_IMAGES;
var init_image = __esm({
  "src/model/image.ts"() {
    "use strict";
    DEBIAN_CODENAMES = { "7": "wheezy", "8": "jessie", "9": "stretch", "10": "buster", "11": "bullseye", "12": "bookworm", "13": "trixie", "14": "forky" };
    CODENAMES = new Set(Object.values(DEBIAN_CODENAMES).concat(["sid"]));
    UBUNTU = /^(?:ubuntu|.*\/ubuntu)$/;
    UBUNTU_CODENAMES = {
      "18.04": "bionic",
      "20.04": "focal",
      "22.04": "jammy",
      "24.04": "noble",
      "24.10": "oracular",
      "25.04": "plucky",
      "25.10": "questing"
    };
    UBUNTU_BY_CODENAME = new Map(Object.entries(UBUNTU_CODENAMES).map(([v, c]) => [c, v]));
    UBUNTU_IN_TAG = new RegExp(`(?:^|-)(?:ubuntu|${Object.values(UBUNTU_CODENAMES).join("|")})(?=-|$)`);
    BARE_IMAGES = /* @__PURE__ */ new Set(["alpine", "debian", "ubuntu", "busybox"]);
  }
});

// src/model/vars.ts
function expandVariables(text, lookup, escape = "\\", depth = 0) {
  const used = [];
  if (depth > MAX_NESTING) return { value: null, used };
  let unknown = false;
  let braces = null;
  let out = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === escape && text[i + 1] === "$") {
      out += "$";
      i += 2;
      continue;
    }
    if (c !== "$") {
      out += c;
      i++;
      continue;
    }
    let name;
    let op = "";
    let operand = "";
    let next;
    if (text[i + 1] === "{") {
      const m = nameAt(text, i + 2);
      const close = m ? (braces ??= matchingBraces(text))[i + 1] : -1;
      if (!m || close === -1) {
        out += c;
        i++;
        continue;
      }
      name = m[0];
      const rest = text.slice(i + 2 + name.length, close);
      const opMatch = /^(:?[-+])/.exec(rest);
      if (rest !== "" && !opMatch) {
        unknown = true;
        used.push(name);
        out += text.slice(i, close + 1);
        i = close + 1;
        continue;
      }
      op = opMatch?.[1] ?? "";
      operand = rest.slice(op.length);
      next = close + 1;
    } else {
      const m = nameAt(text, i + 1);
      if (!m) {
        out += c;
        i++;
        continue;
      }
      name = m[0];
      next = i + 1 + name.length;
    }
    used.push(name);
    const value = lookup(name);
    const sub = (t) => {
      const e = expandVariables(t, lookup, escape, depth + 1);
      used.push(...e.used);
      return e.value;
    };
    let replacement;
    if (op === ":-") replacement = value ? value : sub(operand);
    else if (op === "-") replacement = value !== void 0 && value !== null ? value : sub(operand);
    else if (op === ":+") replacement = value ? sub(operand) : value === void 0 ? null : "";
    else if (op === "+") replacement = value !== void 0 && value !== null ? sub(operand) : "";
    else replacement = value ?? null;
    if (replacement === null) unknown = true;
    out += replacement ?? "";
    i = next;
  }
  return { value: unknown ? null : out, used };
}
function nameAt(text, at) {
  NAME.lastIndex = at;
  return NAME.exec(text);
}
function matchingBraces(text) {
  const close = new Int32Array(text.length).fill(-1);
  const open = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "{") open.push(i);
    else if (text[i] === "}" && open.length > 0) close[open.pop()] = i;
  }
  return close;
}
function unquote(value) {
  if (value.length >= 2 && (value[0] === '"' && value.at(-1) === '"' || value[0] === "'" && value.at(-1) === "'")) {
    return value.slice(1, -1);
  }
  return value;
}
function expandWord(text, lookup, escape = "\\") {
  const used = [];
  let out = "";
  let unknown = false;
  let piece = "";
  const flush = () => {
    if (piece === "") return;
    const e = expandVariables(piece, lookup, escape);
    used.push(...e.used);
    if (e.value === null) unknown = true;
    else out += e.value;
    piece = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === escape && i + 1 < text.length) {
      piece += text[i + 1] === "$" ? c + "$" : text[i + 1];
      i++;
    } else if (c === "'") {
      const close = text.indexOf("'", i + 1);
      if (close === -1) {
        piece += text.slice(i);
        break;
      }
      flush();
      out += text.slice(i + 1, close);
      i = close;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < text.length && text[j] !== '"'; j++) {
        if (text[j] === escape && (text[j + 1] === '"' || text[j + 1] === escape)) piece += text[++j];
        else piece += text[j];
      }
      if (j >= text.length) return { value: null, used };
      i = j;
    } else piece += c;
  }
  flush();
  return { value: unknown ? null : out, used };
}
var NAME, MAX_NESTING, PREDEFINED_ARGS;
var init_vars = __esm({
  "src/model/vars.ts"() {
    "use strict";
    NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
    MAX_NESTING = 64;
    PREDEFINED_ARGS = {
      TARGETPLATFORM: void 0,
      TARGETOS: "linux",
      TARGETARCH: void 0,
      TARGETVARIANT: void 0,
      BUILDPLATFORM: void 0,
      BUILDOS: "linux",
      BUILDARCH: void 0,
      BUILDVARIANT: void 0
    };
  }
});

// src/model/words.ts
function evalWord(word, lookup, release = null) {
  const out = { text: "", dynamic: false, releaseFromImage: false, variables: [] };
  let written = null;
  for (const part of word.parts) {
    switch (part.kind) {
      case "literal":
        out.text += part.text;
        break;
      case "variable": {
        out.variables.push(part.name);
        const value = lookup(part.name);
        const op = part.operator ?? "";
        if ((op === ":-" || op === "-") && (value === void 0 || value === null || op === ":-" && value === "")) {
          if (value === void 0 && part.operand !== void 0) {
            out.text += part.operand;
          } else if (part.operand !== void 0) out.text += part.operand;
        } else if (value === void 0 || value === null) {
          out.dynamic = true;
          written ??= new Written(word.raw);
          out.text += written.next(part.name) ?? `\${${part.name}}`;
        } else if (op === ":+" || op === "+") {
          out.text += part.operand ?? "";
        } else out.text += value;
        break;
      }
      case "substitution":
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
      case "dynamic":
        out.dynamic = true;
        out.text += part.raw;
        break;
    }
  }
  return out;
}
function staticValue(word, lookup) {
  const v = evalWord(word, lookup);
  return v.dynamic ? null : v.text;
}
function commandBase(name) {
  const slash = name.lastIndexOf("/");
  return slash === -1 ? name : name.slice(slash + 1);
}
function resolvePath(cwd, path9) {
  const joined = path9.startsWith("/") ? path9 : `${cwd.replace(/\/$/, "")}/${path9}`;
  const parts = [];
  for (const p of joined.split("/")) {
    if (p === "" || p === ".") continue;
    if (p === "..") parts.pop();
    else parts.push(p);
  }
  return "/" + parts.join("/") + (path9.endsWith("/") && parts.length ? "/" : "");
}
function basename(path9) {
  const clean = withoutQuery(path9).replace(TRAILING_SLASHES, "");
  return clean.slice(clean.lastIndexOf("/") + 1);
}
function withoutQuery(path9) {
  const lastLine2 = Math.max(path9.lastIndexOf("\n"), path9.lastIndexOf("\r"), path9.lastIndexOf("\u2028"), path9.lastIndexOf("\u2029")) + 1;
  const q = path9.slice(lastLine2).search(/[?#]/);
  return q === -1 ? path9 : path9.slice(0, lastLine2 + q);
}
function dirname(path9) {
  const clean = path9.replace(TRAILING_SLASHES, "");
  const i = clean.lastIndexOf("/");
  return i <= 0 ? "/" : clean.slice(0, i);
}
var RELEASE_FILE, Written, TRAILING_SLASHES;
var init_words = __esm({
  "src/model/words.ts"() {
    "use strict";
    RELEASE_FILE = /\/etc\/(?:alpine-release|os-release)/;
    Written = class {
      constructor(raw) {
        this.raw = raw;
      }
      raw;
      at = 0;
      next(name) {
        const raw = this.raw;
        for (let i = raw.indexOf("$", this.at); i !== -1; i = raw.indexOf("$", i + 1)) {
          if (raw.startsWith(name, i + 1) && !/\w/.test(raw[i + 1 + name.length] ?? "")) {
            this.at = i + 1 + name.length;
            return `$${name}`;
          }
          if (raw[i + 1] === "{" && raw.startsWith(name, i + 2)) {
            const close = raw.indexOf("}", i + 2);
            if (close === -1) return null;
            this.at = close + 1;
            return raw.slice(i, close + 1);
          }
        }
        return null;
      }
    };
    TRAILING_SLASHES = /(?<!\/)\/+$/;
  }
});

// src/model/fact-builders.ts
function keyInstallFact(instruction, fields) {
  return {
    kind: "key-install",
    url: null,
    contextSource: null,
    checksum: null,
    destSpan: null,
    urlSpan: null,
    movedLater: false,
    ...fields,
    instruction
  };
}
function packageCommandFact(ctx, cmd, manager, env, span) {
  return {
    kind: "package-command",
    manager,
    subcommand: null,
    packages: [],
    extraRepositories: [],
    repositoriesFile: null,
    options: [],
    env,
    repositories: [],
    // apt's sources are filled in by the state pass when the base is known.
    repositoriesUnknown: manager === "apt",
    keys: [],
    commandSpan: cmd.name?.span ?? null,
    root: "/",
    keysDir: null,
    mounts: ctx.mounts,
    instruction: ctx.instruction,
    span
  };
}
var init_fact_builders = __esm({
  "src/model/fact-builders.ts"() {
    "use strict";
  }
});

// src/model/files.ts
function classifyFile(policy, path9) {
  const apk = apkFile(policy, path9);
  if (apk) return apk.kind === "key" ? null : apk.kind;
  if (path9 === policy.deb.sourcesFile) return "repositories";
  if (path9.startsWith(policy.deb.sourcesDir + "/") && /\.(?:list|sources)$/.test(path9)) return "repositories";
  if (path9 === policy.deb.confFile || path9.startsWith(policy.deb.confDir + "/") && !path9.slice(policy.deb.confDir.length + 1).includes("/")) return "config";
  return null;
}
function apkFile(policy, path9) {
  const a = policy.apk;
  let root2 = rootOf(path9, a.repositoriesFile);
  if (root2) return { root: root2, kind: "repositories" };
  root2 = rootOf(path9, a.configFile);
  if (root2) return { root: root2, kind: "config" };
  const slash = path9.lastIndexOf("/");
  const dir = path9.slice(0, slash);
  if (slash <= 0 || slash === path9.length - 1) return null;
  root2 = path9.endsWith(".list") ? rootOf(dir, a.repositoriesDir) : null;
  if (root2) return { root: root2, kind: "repositories" };
  root2 = rootOf(dir, a.keysDir);
  return root2 ? { root: root2, kind: "key" } : null;
}
function isApkKeyPath(policy, path9) {
  return path9.startsWith(policy.apk.keysDir + "/") || apkFile(policy, path9)?.kind === "key";
}
function apkKeysDirRoot(policy, dir) {
  return rootOf(dir.replace(/(?<=[^/])\/+$/, ""), policy.apk.keysDir);
}
function apkKeysDirOf(policy, root2) {
  return root2 === "/" ? policy.apk.keysDir : `${root2}${policy.apk.keysDir}`;
}
function rootOf(path9, own) {
  if (path9 === own) return "/";
  return path9.length > own.length + 1 && path9.startsWith("/") && path9.endsWith(own) ? path9.slice(0, -own.length) : null;
}
function managerOfFile(policy, path9) {
  return path9.startsWith("/etc/apt/") || policy.deb.keyringDirs.some((d) => path9.startsWith(d + "/")) ? "apt" : "apk";
}
function aptKeyPlace(policy, path9) {
  if (path9 === policy.deb.trustedFile) return "apt-key";
  if (path9.startsWith(policy.deb.trustedDir + "/")) return "trusted.gpg.d";
  if (policy.deb.keyringDirs.some((d) => path9.startsWith(d + "/"))) return "keyring";
  return null;
}
function linesFromText(body, bodySpan, expand2, lookup, baseVars = [], undeclared) {
  const out = [];
  let offset = 0;
  for (const raw of body.split("\n")) {
    const text = raw.replace(/\r$/, "");
    const lead = text.length - text.trimStart().length;
    const trimmed = text.trim();
    const expanded = expand2 ? expandVariables(trimmed, lookup) : { value: trimmed, used: [] };
    const fromImage = /\$\((?:[^)$]|\$(?!\())*\/etc\/(?:alpine|os)-release/.test(trimmed);
    const empty = undeclared && undeclared.size > 0 ? expanded.used.filter((v) => undeclared.has(v)) : [];
    out.push({
      ...empty.length > 0 && { emptyArgs: empty },
      text: expanded.value ?? trimmed,
      dynamic: expanded.value === null || fromImage,
      releaseFromImage: fromImage,
      releaseFromBaseArg: expanded.used.some((v) => baseVars.includes(v)),
      span: bodySpan && trimmed ? { start: bodySpan.start + offset + lead, end: bodySpan.start + offset + lead + trimmed.length } : null
    });
    offset += raw.length + 1;
  }
  return out;
}
var FileTracker;
var init_files = __esm({
  "src/model/files.ts"() {
    "use strict";
    init_vars();
    FileTracker = class _FileTracker {
      files = /* @__PURE__ */ new Map();
      /** Files a RUN saved a mounted secret into, and whether that RUN removes them again (then they last only while it runs). */
      secrets = /* @__PURE__ */ new Map();
      clone() {
        const t = new _FileTracker();
        t.files = new Map(this.files);
        t.secrets = new Map([...this.secrets].filter(([, s]) => !s.removed));
        return t;
      }
      setSecretCopy(path9, instruction, removed) {
        this.secrets.set(path9, { instruction, removed });
      }
      /** Files holding a secret that a command of `instruction` can read: saved by it, or by an earlier RUN that kept them. */
      secretCopiesAt(instruction) {
        if (this.secrets.size === 0) return [];
        return [...this.secrets].filter(([, s]) => s.instruction === instruction || !s.removed).map(([p]) => p);
      }
      setKey(path9, fact) {
        this.files.set(path9, { kind: "key", fact });
      }
      keyAt(path9) {
        const f = this.files.get(path9);
        return f?.kind === "key" ? f.fact : null;
      }
      setDownload(path9, download2) {
        this.files.set(path9, { kind: "download", download: download2 });
      }
      /** The downloaded file at `path`, or the first one a `*`/`?` glob there matches. */
      downloadAt(path9) {
        const f = this.files.get(path9);
        if (f?.kind === "download") return f.download;
        if (!/[*?]/.test(path9) || path9.length > 200) return null;
        const re = new RegExp(`^${path9.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]")}$`);
        for (const [p, t] of this.files) if (t.kind === "download" && re.test(p)) return t.download;
        return null;
      }
      setLines(path9, lines, append) {
        const old = this.files.get(path9);
        if (append && old?.kind === "lines" && old.lines && lines) this.files.set(path9, { kind: "lines", lines: [...old.lines, ...lines] });
        else this.files.set(path9, { kind: "lines", lines: append && old ? null : lines });
      }
      linesOf(path9) {
        const f = this.files.get(path9);
        return f?.kind === "lines" ? f.lines : null;
      }
      copy(from, to) {
        const f = this.files.get(from);
        if (f) this.files.set(to, f);
        else this.files.delete(to);
      }
      forget(path9) {
        this.files.delete(path9);
      }
      isDirectory(path9, policy) {
        if (path9 === policy.deb.sourcesDir || path9 === policy.deb.confDir || path9 === policy.deb.trustedDir || policy.deb.keyringDirs.includes(path9)) return true;
        return apkKeysDirRoot(policy, path9) !== null || path9 === policy.apk.repositoriesDir || path9 === "/tmp" || path9 === "/etc/apk";
      }
    };
  }
});

// src/model/commands/apk.ts
function parseApk(call) {
  const { ctx, cmd, args, lookup, env, span } = call;
  const cwd = call.scope.cwd;
  const fact = packageCommandFact(ctx, cmd, "apk", env, span);
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    const v = staticValue(w, lookup);
    if (v === null || !v.startsWith("-") || v === "-") {
      if (fact.subcommand === null) fact.subcommand = v;
      else fact.packages.push(w);
      continue;
    }
    let name = v;
    let value = null;
    let valueWord = null;
    let optionEnd = w.span?.end ?? null;
    if (v.startsWith("--") && v.includes("=")) {
      name = v.slice(0, v.indexOf("="));
      value = v.slice(v.indexOf("=") + 1);
      valueWord = w;
    } else if (/^-X./.test(v)) {
      name = "-X";
      value = v.slice(2);
      valueWord = w;
    } else if (VALUED.has(v)) {
      valueWord = args[++i] ?? null;
      value = valueWord ? evalWord(valueWord, lookup, ctx.release).text : null;
      optionEnd = valueWord?.span?.end ?? optionEnd;
    }
    const optionSpan = w.span && optionEnd !== null ? { start: w.span.start, end: optionEnd } : null;
    if (name === "-X" || name === "--repository") {
      const url = valueWord === w ? value ?? "" : valueWord ? evalWord(valueWord, lookup, ctx.release).text : "";
      const urlSpan = valueWord === w ? null : valueWord?.span ?? null;
      fact.extraRepositories.push({ url, span: urlSpan, optionSpan });
    } else if (name === "--repositories-file") {
      fact.repositoriesFile = value ? resolvePath(cwd, value) : null;
    } else if (name === "-p" || name === "--root") {
      fact.root = value ? resolvePath(cwd, value).replace(/(?<=[^/])\/+$/, "") : "/?";
    } else if (name === "--initdb") fact.initdb = true;
    if (RECORDED.has(name)) fact.options.push({ name, value, span: optionSpan });
  }
  const ownKeys = apkKeysDirOf(ctx.policy, fact.root);
  const keysDir = fact.options.filter((o) => o.name === "--keys-dir").at(-1);
  fact.keysDir = keysDir ? keysDir.value === null ? null : keysDir.value.startsWith("/") ? resolvePath("/", keysDir.value) : resolvePath(fact.root, keysDir.value) : ownKeys;
  ctx.emit(fact);
  for (const o of fact.options) {
    const trusted = o.name === "--keys-dir" && fact.keysDir !== null && (fact.keysDir === ownKeys || fact.keysDir === ctx.policy.apk.keysDir);
    if (o.name === "--allow-untrusted" || o.name === "--keys-dir" && !trusted) {
      ctx.emit({ kind: "trust-bypass", manager: "apk", what: o.name, instruction: ctx.instruction, span: o.span ?? span });
    }
  }
}
var apkCommand, VALUED, RECORDED;
var init_apk = __esm({
  "src/model/commands/apk.ts"() {
    "use strict";
    init_fact_builders();
    init_files();
    init_words();
    apkCommand = { interpret: parseApk };
    VALUED = /* @__PURE__ */ new Set([
      "-X",
      "--repository",
      "--repositories-file",
      "--repository-config",
      "--keys-dir",
      "-p",
      "--root",
      "-t",
      "--virtual",
      "--arch",
      "--cache-dir",
      "--cache-max-age",
      "--wait",
      "--timeout",
      "--progress-fd",
      "--from",
      "--print-arch",
      "-o",
      "--output"
    ]);
    RECORDED = /* @__PURE__ */ new Set(["--allow-untrusted", "--keys-dir", "--repositories-file", "--repository-config", "-p", "--root", "--force-broken-world", "--no-network", "--initdb"]);
  }
});

// src/model/apt-formats.ts
function aptOptionBypass(name, value) {
  const n = name.trim().toLowerCase();
  const v = value.trim().replace(/^"|"$/g, "");
  for (const [re, bad, canonical] of BYPASS_OPTIONS) {
    if (re.test(n) && (bad ? TRUE.test(v) : FALSE.test(v))) return canonical;
  }
  return null;
}
function aptConfBypasses(lines) {
  const out = [];
  const scopes = [];
  let name = null;
  let comment = false;
  for (const line of lines) {
    const re = /\/\*|\*\/|\/\/.*|#.*|"([^"]*)"?|([{};])|([^\s{};"]+)/g;
    for (let m = re.exec(line.text); m; m = re.exec(line.text)) {
      const tok = m[0];
      if (comment) {
        if (tok === "*/") comment = false;
        continue;
      }
      if (tok === "/*") comment = true;
      else if (tok.startsWith("//") || tok.startsWith("#")) continue;
      else if (tok === "{") {
        if (name) scopes.push(name.text);
        name = null;
      } else if (tok === "}") {
        scopes.pop();
        name = null;
      } else if (tok === ";") name = null;
      else if (name && m[1] !== void 0) {
        const what = aptOptionBypass([...scopes, name.text].join("::"), m[1]);
        const exact = name.line === line && line.span && line.span.end - line.span.start === line.text.length;
        if (what) out.push({ what, line: name.line, span: exact ? { start: line.span.start + name.at, end: line.span.start + m.index + tok.length } : null });
        name = null;
      } else if (m[3] !== void 0) name = { text: m[3], line, at: m.index };
    }
  }
  return out;
}
function tokens(text) {
  const out = [];
  let cur = "";
  let depth = 0;
  let bracket = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "$" && (text[i + 1] === "(" || text[i + 1] === "{")) {
      depth++;
      cur += c + text[++i];
      continue;
    }
    if (depth > 0 && (c === ")" || c === "}")) depth--;
    if (c === "[" && cur === "" && depth === 0) bracket = true;
    if (c === "]" && bracket && depth === 0) {
      cur += c;
      out.push(cur);
      cur = "";
      bracket = false;
      continue;
    }
    if (/\s/.test(c) && depth === 0 && !bracket) {
      if (cur) out.push(cur);
      cur = "";
      continue;
    }
    cur += c;
  }
  if (cur) out.push(cur);
  return out;
}
function suiteOf(token, line) {
  if (token === void 0) return { suite: null, fromImage: false };
  const fromImage = line.releaseFromImage || SUITE_FROM_IMAGE.test(token);
  return { suite: DYNAMIC.test(token) ? null : token, fromImage };
}
function sourceBypasses(line) {
  const out = [];
  for (const name of ["trusted", "allow-insecure"]) {
    const o = line.options?.find((x) => x.name === name && TRUE.test(x.value));
    if (o) out.push({ what: `${name}=yes`, written: o.written ?? `${name}=${o.value}` });
  }
  return out;
}
function withOptions(out, options) {
  out.options = options;
  const signed = options.find((o) => o.name === "signed-by");
  out.signedBy = signed ? signed.value : null;
  out.trusted = options.some((o) => o.name === "trusted" && TRUE.test(o.value));
  return out;
}
function parseOneLineSources(lines) {
  const out = [];
  for (const line of lines) {
    const text = line.text.trim();
    if (text === "" || text.startsWith("#")) continue;
    const t = tokens(text);
    if (t[0] !== "deb") {
      if (line.dynamic && !/^deb-src\b/.test(text)) out.push({ ...line, text: "" });
      continue;
    }
    let k = 1;
    const options = [];
    if (t[1]?.startsWith("[")) {
      for (const o of t[1].slice(1, -1).trim().split(/\s+/)) {
        const eq = o.indexOf("=");
        if (eq > 0) options.push({ name: o.slice(0, eq).toLowerCase().replace(/[+-]$/, ""), value: o.slice(eq + 1), written: o });
      }
      k = 2;
    }
    const uri = t[k] ?? "";
    const { suite, fromImage } = suiteOf(t[k + 1], line);
    out.push(
      withOptions(
        {
          text: uri,
          dynamic: uri === "" || DYNAMIC.test(uri),
          releaseFromImage: fromImage,
          releaseFromBaseArg: line.releaseFromBaseArg,
          ...line.emptyArgs && { emptyArgs: line.emptyArgs },
          span: line.span,
          suite,
          suiteFromImage: fromImage,
          components: t.slice(k + 2),
          format: "one-line"
        },
        options
      )
    );
  }
  return out;
}
function parseDeb822Sources(lines) {
  const out = [];
  let fields = /* @__PURE__ */ new Map();
  let last = null;
  let unknown = false;
  const flush = () => {
    const types = fields.get("types")?.value.split(/\s+/) ?? [];
    const enabled = fields.get("enabled")?.value.trim();
    if (types.includes("deb") && !(enabled && FALSE.test(enabled))) {
      const uris = fields.get("uris");
      const suites = fields.get("suites");
      const signed = fields.get("signed-by");
      const inline = signed !== void 0 && /BEGIN PGP/.test(signed.value);
      const options = [...fields].filter(([k]) => !["types", "uris", "suites", "components", "signed-by", "enabled"].includes(k)).map(([name, f]) => ({ name, value: f.value.trim(), written: f.line.text.trim() }));
      if (signed && !inline) options.push({ name: "signed-by", value: signed.value.trim(), written: signed.line.text.trim() });
      for (const uri of tokens(uris?.value ?? "")) {
        for (const token of suites ? tokens(suites.value) : [void 0]) {
          const { suite, fromImage } = suiteOf(token, suites?.line ?? uris.line);
          const entry = withOptions(
            {
              text: uri,
              dynamic: DYNAMIC.test(uri),
              releaseFromImage: fromImage,
              releaseFromBaseArg: uris.line.releaseFromBaseArg || (suites?.line.releaseFromBaseArg ?? false),
              ...(uris.line.emptyArgs ?? suites?.line.emptyArgs) && { emptyArgs: [...uris.line.emptyArgs ?? [], ...suites?.line.emptyArgs ?? []] },
              span: uris.line.span,
              suite,
              suiteFromImage: fromImage,
              suiteSpan: suites?.line.span ?? null,
              signedBySpan: signed?.line.span ?? null,
              components: fields.get("components")?.value.split(/\s+/).filter(Boolean) ?? [],
              format: "deb822"
            },
            options
          );
          if (inline) entry.signedByInline = true;
          out.push(entry);
        }
      }
    } else if (unknown && types.length === 0) {
      out.push({ text: "", dynamic: true, releaseFromImage: false, releaseFromBaseArg: false, span: null });
    }
    fields = /* @__PURE__ */ new Map();
    last = null;
    unknown = false;
  };
  for (const line of lines) {
    if (line.text.trim() === "") {
      flush();
      continue;
    }
    if (line.text.startsWith("#")) continue;
    const m = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(line.text.trim());
    if (!m || /^[ \t]/.test(line.text)) {
      if (last) fields.get(last).value += "\n" + line.text.trim();
      else if (line.dynamic) unknown = true;
      continue;
    }
    last = m[1].toLowerCase();
    fields.set(last, { value: m[2], line });
  }
  flush();
  return out;
}
var BYPASS_OPTIONS, TRUE, FALSE, SUITE_FROM_IMAGE, DYNAMIC;
var init_apt_formats = __esm({
  "src/model/apt-formats.ts"() {
    "use strict";
    BYPASS_OPTIONS = [
      [/^apt::get::allowunauthenticated$/, true, "APT::Get::AllowUnauthenticated"],
      [/^acquire::allowinsecurerepositories$/, true, "Acquire::AllowInsecureRepositories"],
      [/^acquire::allowdowngradetoinsecurerepositories$/, true, "Acquire::AllowDowngradeToInsecureRepositories"],
      [/^acquire::https(?:::[^:]+)?::verify-peer$/, false, "Acquire::https::Verify-Peer"],
      [/^acquire::https(?:::[^:]+)?::verify-host$/, false, "Acquire::https::Verify-Host"]
    ];
    TRUE = /^(?:1|yes|true|on|with|enable)$/i;
    FALSE = /^(?:0|no|false|off|without|disable)$/i;
    SUITE_FROM_IMAGE = /os-release|lsb_release|VERSION_CODENAME/;
    DYNAMIC = /\$[{(A-Za-z_]/;
  }
});

// src/model/repo-write.ts
function writeRepoFile(ctx, path9, kind, mode, via, lines, modeSpan, span, edit) {
  const entries = lines ?? [{ text: "", dynamic: true, releaseFromImage: false, releaseFromBaseArg: false, span: null }];
  if (lines && mode !== "edit" && managerOfFile(ctx.policy, path9) === "apt") {
    writeAptFile(ctx, path9, kind, mode, via, lines, modeSpan, span);
    return;
  }
  const clean = entries.map((l) => ({ ...l, text: l.text.trim() })).filter((l) => l.dynamic || l.text !== "" && !l.text.startsWith("#")).map((l) => {
    const m = /^@(\S+)\s+(\S+)$/.exec(l.text);
    return m ? { ...l, tag: m[1], text: m[2] } : l;
  });
  const fact = {
    kind: "repo-write",
    manager: managerOfFile(ctx.policy, path9),
    file: path9,
    fileKind: kind,
    mode,
    via,
    lines: clean,
    modeSpan,
    instruction: ctx.instruction,
    span
  };
  if (edit) fact.edit = edit;
  ctx.emit(fact);
  if (kind === "config") {
    for (const l of clean) {
      if (/^(?:--)?allow-untrusted$/.test(l.text)) {
        ctx.emit({ kind: "trust-bypass", manager: "apk", what: "allow-untrusted", instruction: ctx.instruction, span: l.span ?? span });
      }
    }
  }
}
function writeAptFile(ctx, path9, kind, mode, via, lines, modeSpan, span) {
  const parsed = kind === "config" ? lines.filter((l) => l.text.trim() !== "") : path9.endsWith(".sources") ? parseDeb822Sources(lines) : parseOneLineSources(lines);
  ctx.emit({ kind: "repo-write", manager: "apt", file: path9, fileKind: kind, mode, via, lines: parsed, modeSpan, instruction: ctx.instruction, span });
  const bypass = (what, at, written, source) => ctx.emit({
    kind: "trust-bypass",
    manager: "apt",
    what,
    ...written !== void 0 && written !== what ? { written } : {},
    ...source ? { source } : {},
    instruction: ctx.instruction,
    span: at ?? span
  });
  if (kind === "config") {
    for (const b of aptConfBypasses(parsed)) bypass(b.what, b.span ?? b.line.span);
    return;
  }
  for (const l of parsed) {
    if (/^(?:file|copy):/i.test(l.text)) continue;
    for (const b of sourceBypasses(l)) bypass(b.what, l.format === "deb822" ? null : l.span, b.written, l);
  }
}
var init_repo_write = __esm({
  "src/model/repo-write.ts"() {
    "use strict";
    init_files();
    init_apt_formats();
  }
});

// src/model/commands/apt.ts
function parseApt(call) {
  const { ctx, cmd, base: tool, args, lookup, env, span } = call;
  const fact = { ...packageCommandFact(ctx, cmd, "apt", env, span), tool };
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    const v = staticValue(w, lookup);
    if (v === null || !v.startsWith("-") || v === "-") {
      if (fact.subcommand === null) fact.subcommand = v;
      else fact.packages.push(w);
      continue;
    }
    let name = v;
    let value = null;
    let end = w.span?.end ?? null;
    if (v.startsWith("--") && v.includes("=")) {
      name = v.slice(0, v.indexOf("="));
      value = v.slice(v.indexOf("=") + 1);
    } else if (/^-[oc]./.test(v)) {
      name = v.slice(0, 2);
      value = v.slice(2);
    } else if (VALUED2.has(v) && !(v === "-q" || v === "--quiet")) {
      const next = args[++i];
      value = next ? staticValue(next, lookup) : null;
      end = next?.span?.end ?? end;
    }
    if (!RECORDED2.has(name)) continue;
    const optionSpan = w.span && end !== null ? { start: w.span.start, end } : null;
    fact.options.push({ name, value, span: optionSpan });
  }
  ctx.emit(fact);
  if (fact.subcommand !== null && DOWNLOADS_NOTHING.has(fact.subcommand)) return;
  for (const o of fact.options) {
    let what = null;
    if (BYPASS_FLAGS.has(o.name)) what = o.name;
    else if ((o.name === "-o" || o.name === "--option") && o.value && o.value.includes("=")) {
      what = aptOptionBypass(o.value.slice(0, o.value.indexOf("=")), o.value.slice(o.value.indexOf("=") + 1));
    }
    if (what) ctx.emit({ kind: "trust-bypass", manager: "apt", what, instruction: ctx.instruction, span: o.span ?? span });
  }
}
function aptLocalFiles(args, lookup) {
  const values = args.map((a) => pathOrGlob(a, lookup));
  const sub = values.find((v) => v !== null && !v.startsWith("-"));
  if (sub !== "install" && sub !== "reinstall") return [];
  return args.filter((_, i) => (values[i] ?? "").includes("/") && (values[i] ?? "").endsWith(".deb"));
}
function pathOrGlob(w, lookup) {
  return staticValue(w, lookup) ?? (/^[\w./*?+-]+$/.test(w.raw) && /[*?]/.test(w.raw) ? w.raw : null);
}
function dpkgInstallFiles(args, lookup) {
  const values = args.map((a) => pathOrGlob(a, lookup));
  if (!values.some((v) => v === "--install" || v !== null && /^-[A-Za-z]+$/.test(v) && v.includes("i"))) return [];
  return args.filter((_, i) => /\.deb$/.test(values[i] ?? "") && !values[i].startsWith("-"));
}
function localPackages(call, operands) {
  const { ctx, base: tool, lookup, span } = call;
  const cwd = call.scope.cwd;
  for (const w of operands) {
    const path9 = resolvePath(cwd, pathOrGlob(w, lookup));
    const dl = ctx.files.downloadAt(path9);
    ctx.emit({ kind: "local-package", manager: "apt", tool, path: path9, downloaded: dl ? { ...dl } : null, instruction: ctx.instruction, span: w.span ?? span });
  }
}
function addAptRepository(call) {
  const { ctx, args, lookup, span } = call;
  const lines = [];
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    const v = staticValue(w, lookup);
    if (v === "-r" || v === "--remove") return;
    if (v !== null && v.startsWith("-")) {
      if (ADD_APT_VALUED.has(v)) i++;
      continue;
    }
    const source = v === null ? "" : v.startsWith("deb ") || v === "deb" ? v : `deb ${v} ${ctx.release ?? ""}`.trim();
    lines.push({ text: source, dynamic: v === null, releaseFromImage: false, releaseFromBaseArg: false, span: w.span });
  }
  if (!lines.length) return;
  writeRepoFile(ctx, `${ctx.policy.deb.sourcesDir}/add-apt-repository.list`, "repositories", "append", "add-apt-repository", lines, null, span);
}
var aptCommand, dpkgCommand, addAptRepositoryCommand, VALUED2, BYPASS_FLAGS, RECORDED2, DOWNLOADS_NOTHING, ADD_APT_VALUED;
var init_apt = __esm({
  "src/model/commands/apt.ts"() {
    "use strict";
    init_fact_builders();
    init_apt_formats();
    init_repo_write();
    init_words();
    aptCommand = {
      interpret(call) {
        parseApt(call);
        localPackages(call, aptLocalFiles(call.args, call.lookup));
      }
    };
    dpkgCommand = {
      interpret: (call) => localPackages(call, dpkgInstallFiles(call.args, call.lookup))
    };
    addAptRepositoryCommand = { interpret: addAptRepository };
    VALUED2 = /* @__PURE__ */ new Set(["-o", "--option", "-c", "--config-file", "-t", "--target-release", "-a", "--host-architecture", "-q", "--quiet"]);
    BYPASS_FLAGS = /* @__PURE__ */ new Set(["--allow-unauthenticated", "--allow-insecure-repositories", "--force-yes", "--allow-untrusted"]);
    RECORDED2 = /* @__PURE__ */ new Set([...BYPASS_FLAGS, "-o", "--option", "-c", "--config-file"]);
    DOWNLOADS_NOTHING = /* @__PURE__ */ new Set(["remove", "purge", "autoremove", "autopurge", "clean", "autoclean", "distclean", "check", "list", "show", "search", "policy", "depends", "rdepends", "mark", "markauto", "unmarkauto", "showhold"]);
    ADD_APT_VALUED = /* @__PURE__ */ new Set(["-c", "--component", "-p", "--pocket", "-k", "--keyserver", "--login"]);
  }
});

// src/model/commands/pipeline.ts
function outputsOf(cmd, lookup, cwd) {
  const outs = [];
  for (const r of cmd.redirects) {
    if (!WRITE_OPS.has(r.op) || r.fd !== null && r.fd !== 1 || !r.target) continue;
    const v = staticValue(r.target, lookup);
    if (v === null) continue;
    const opSpan = r.span ? { start: r.span.start, end: r.span.start + (r.fd !== null ? String(r.fd).length : 0) + r.op.length } : null;
    outs.push({ path: resolvePath(cwd, v), append: r.op.endsWith(">>"), opSpan, targetSpan: r.target.span });
  }
  return outs;
}
function unwrap(base, args, lookup) {
  let b = base;
  let rest = args;
  for (let guard = 0; guard < 4 && ["sudo", "env", "command", "exec", "nice", "time", "nohup"].includes(b); guard++) {
    let i = 0;
    while (i < rest.length) {
      const v = staticValue(rest[i], lookup) ?? "";
      if (v.startsWith("-") || b === "env" && /^[A-Za-z_]\w*=/.test(v)) i++;
      else break;
    }
    const next = rest[i];
    if (!next) return { base: b, args: [] };
    b = commandBase(staticValue(next, lookup) ?? "");
    rest = rest.slice(i + 1);
  }
  return { base: b, args: rest };
}
function nextInPipeline(run, cmd) {
  return run.commands.find((c) => c.list === cmd.list && c.listIndex === cmd.listIndex + 1 && c.joinedBy === "|");
}
function previousInPipeline(run, cmd, index) {
  if (cmd.joinedBy !== "|") return void 0;
  return run.commands.slice(0, index).reverse().find((c) => c.list === cmd.list && c.listIndex === cmd.listIndex - 1);
}
function gates(call) {
  const { ctx, cmd, index } = call;
  const commands = ctx.run.commands;
  const next = commands.slice(index + 1).find((c) => c.list === cmd.list && c.listIndex === cmd.listIndex + 1 && !c.inSubstitution);
  if (next) return next.joinedBy === "&&" || errexit(commands.slice(0, index), call);
  const later = commands.slice(index + 1).some((c) => !c.inSubstitution);
  return !later || errexit(commands.slice(0, index), call);
}
function errexit(before, call) {
  return before.some((c) => c.name?.value === "set" && c.args.some((a) => /^-[a-z]*e/.test(staticValue(a, call.lookup) ?? "")));
}
var WRITE_OPS;
var init_pipeline = __esm({
  "src/model/commands/pipeline.ts"() {
    "use strict";
    init_words();
    WRITE_OPS = /* @__PURE__ */ new Set([">", ">|", ">>", "&>", "&>>"]);
  }
});

// src/policy/secrets.ts
function isCredentialName(name) {
  const n = name.replace(/[.-]/g, "_");
  return SECRET_NAME.test(n) && !NOT_SECRET_NAME.test(n);
}
function isCredentialValue(value) {
  const v = value.replace(/^(["'])(.*)\1$/s, "$2");
  if (v === "") return false;
  if (/^\$(?:\{[A-Za-z_]\w*\}|[A-Za-z_]\w*)$/.test(v)) return false;
  if (/^[0xX*._-]+$/.test(v) || /^<[^<>]*>$/.test(v)) return false;
  return !/^(?:\/|~\/|\.\.?\/)[\w./@+-]*$/.test(v);
}
function findUrlCredentials(text) {
  const out = [];
  if (!text.includes("://") || !text.includes("@")) return out;
  const re = new RegExp(URL_CREDENTIALS.source, URL_CREDENTIALS.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const userinfo = m[1];
    const colon = userinfo.indexOf(":");
    out.push({
      start: m.index,
      userStart: m.index + m[0].length - 1 - userinfo.length,
      user: colon === -1 ? userinfo : userinfo.slice(0, colon),
      password: colon === -1 ? null : userinfo.slice(colon + 1),
      end: m.index + m[0].length - 1
    });
  }
  return out;
}
function isReference(value) {
  return /^(?:\$[{(A-Za-z_]|`)/.test(value);
}
function isTokenUser(user) {
  if (user.length < 20 || !/^[A-Za-z0-9_.-]+$/.test(user)) return false;
  let switches = 0;
  for (let i = 1; i < user.length; i++) if (/\d/.test(user[i]) !== /\d/.test(user[i - 1])) switches++;
  return switches >= 6;
}
function findSecrets(text, urls = findUrlCredentials(text)) {
  const out = [];
  for (const shape of SECRET_SHAPES) {
    shape.pattern.lastIndex = 0;
    for (let m = shape.pattern.exec(text); m; m = shape.pattern.exec(text)) {
      if (shape.group !== void 0) {
        const [start, end] = m.indices[shape.group];
        out.push({ shape: shape.id, label: shape.label, start, end, hideFrom: start });
        continue;
      }
      out.push({ shape: shape.id, label: shape.label, start: m.index, end: m.index + m[0].length, hideFrom: m.index + shape.keep });
    }
  }
  const ids = out.filter((m) => m.shape === "aws-access-key");
  if (ids.length > 0) {
    const taken = mergeSpans(out);
    const keys = /* @__PURE__ */ new Set();
    for (const id of ids) {
      const near = secretKeyBeside(text, id, taken);
      if (near && !keys.has(near.start)) {
        keys.add(near.start);
        out.push(near);
      }
    }
  }
  for (const { userStart, user, password, end } of urls) {
    if (password !== null && password !== "" && !isReference(password)) {
      out.push({ shape: "url-credentials", label: "password in URL", start: end - password.length, end, hideFrom: end - password.length });
    }
    if (isTokenUser(user)) out.push({ shape: "url-token-user", label: "token in a URL user name", start: userStart, end: userStart + user.length, hideFrom: userStart });
  }
  return out.sort((a, b) => a.start - b.start);
}
function secretKeyBeside(text, id, taken) {
  const from = Math.max(0, id.start - BESIDE);
  const window = text.slice(from, Math.min(text.length, id.end + BESIDE));
  let best = null;
  const distance2 = (m) => m.start > id.start ? m.start - id.end : id.start - m.end;
  for (const m of window.matchAll(/(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g)) {
    if (!/[a-z]/.test(m[0]) || !/[A-Z]/.test(m[0])) continue;
    const start = from + m.index;
    const key = { shape: "aws-secret-key", label: "AWS secret access key", start, end: start + 40, hideFrom: start };
    if (overlaps(taken, key)) continue;
    if (!best || distance2(key) < distance2(best)) best = key;
  }
  return best;
}
function overlaps(spans, span) {
  const i = firstEndingAfter(spans, span.start);
  return i < spans.length && spans[i].start < span.end;
}
function firstEndingAfter(spans, at) {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (spans[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function redact(text, offset, spans) {
  const end = offset + text.length;
  let out = "";
  let at = offset;
  for (let i = firstEndingAfter(spans, offset); i < spans.length && spans[i].start < end; i++) {
    const s = spans[i];
    const a = Math.max(s.start, offset);
    const b = Math.min(s.end, end);
    if (b <= a) continue;
    out += text.slice(at - offset, a - offset) + MASK;
    at = b;
  }
  return at === offset && out === "" ? text : out + text.slice(at - offset);
}
function mergeSpans(spans) {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}
var SECRET_SHAPES, URL_CREDENTIALS, SECRET_NAME, NOT_SECRET_NAME, BESIDE, MASK;
var init_secrets = __esm({
  "src/policy/secrets.ts"() {
    "use strict";
    SECRET_SHAPES = [
      { id: "docker-pat", label: "Docker personal access token", pattern: /\bdckr_pat_[A-Za-z0-9_-]{16,}/g, keep: 9 },
      { id: "docker-oat", label: "Docker organization access token", pattern: /\bdckr_oat_[A-Za-z0-9_-]{16,}/g, keep: 9 },
      { id: "github-token", label: "GitHub token", pattern: /\b(?:ghp|gho|ghs|ghu|ghr)_[A-Za-z0-9]{30,}/g, keep: 4 },
      { id: "github-pat", label: "GitHub fine-grained token", pattern: /\bgithub_pat_[A-Za-z0-9_]{30,}/g, keep: 11 },
      { id: "gitlab-token", label: "GitLab token", pattern: /\bglpat-[A-Za-z0-9_-]{20,}/g, keep: 6 },
      { id: "aws-access-key", label: "AWS access key id", pattern: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g, keep: 4 },
      {
        id: "aws-secret-key",
        label: "AWS secret access key",
        // As the AWS CLI's config and credentials files and `aws configure set` write it.
        pattern: /\baws_?secret_?access_?key["']?[ \t]{0,20}[=:]?[ \t]{0,20}["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/dgi,
        keep: 0,
        group: 1
      },
      { id: "slack-token", label: "Slack token", pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}/g, keep: 5 },
      { id: "npm-token", label: "npm token", pattern: /\bnpm_[A-Za-z0-9]{36}\b/g, keep: 4 },
      {
        id: "apk-basic-auth",
        label: "apk HTTP_AUTH credential",
        // No length cap: a password can be a JWT of several hundred characters. The classes exclude
        // the `:` that ends them, so each part is read once.
        pattern: /\bbasic:[^\s:'"]+:[^\s:'"]+:[^\s'"]+/g,
        keep: 6
      },
      // PEM (`RSA`, `EC`, `OPENSSH`, `ENCRYPTED`, \u2026) and OpenPGP armour (`PGP PRIVATE KEY BLOCK`).
      { id: "private-key", label: "private key", pattern: /-----BEGIN (?:[A-Z0-9]{1,20} ){0,3}PRIVATE KEY(?: BLOCK)?-----/g, keep: 0 }
    ];
    URL_CREDENTIALS = /\b[a-z][a-z0-9+.-]{0,20}:\/\/([^\s/?#\\'"`<>]*)@/gi;
    SECRET_NAME = /^(?:HTTP_AUTH|NETRC|.*(?:TOKEN|PASSWORD|PASSWD|PASSPHRASE|SECRET|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|LICENSE_?KEY|CREDENTIALS?|AUTH_?KEY)|.+_(?:PASS|PWD))$/i;
    NOT_SECRET_NAME = /^(?:.*_(?:FILE|PATH|DIR|URL|ID|NAME|LENGTH|TTL|TYPE))$/i;
    BESIDE = 200;
    MASK = "****";
  }
});

// src/model/netrc.ts
function netrcPasswords(text) {
  if (!NETRC_ENTRY.test(text)) return [];
  const spans = [];
  for (const m of text.matchAll(NETRC_PASSWORD)) {
    const end = m.index + m[0].length;
    spans.push({ start: end - m[1].length, end });
  }
  return spans;
}
var NETRC_PASSWORD, NETRC_ENTRY;
var init_netrc = __esm({
  "src/model/netrc.ts"() {
    "use strict";
    NETRC_PASSWORD = /(?:(?<!\w)|(?<=\\n))password(?:[ \t]|\\n)+([^\s"'\\;&|`$%][^\s"'\\;&|`]*)/g;
    NETRC_ENTRY = /\bmachine\b|\bdefault(?:[ \t]|\\n)+(?:login|password|account)\b/;
  }
});

// src/model/commands/secrets.ts
function holdsSecret(word, scope, lookup) {
  return secretInWord(word, scope, lookup) !== null;
}
function substitutionText(raw, lookup) {
  return lookup && raw.includes("$") ? expandVariables(raw, lookup).value ?? raw : raw;
}
function secretInWord(word, scope, lookup) {
  for (const p of word.parts) {
    if (p.kind === "variable" && isSecretVar(p.name, scope)) return `$${p.name}`;
    if (p.kind === "substitution") {
      const read = /\/run\/secrets\/[\w.-]*/.exec(substitutionText(p.raw, lookup));
      if (read) return read[0];
    }
  }
  return null;
}
function isSecretVar(name, scope) {
  return scope.secretVars.has(name) || SECRET_NAME.test(name);
}
function readsMountedSecret(ctx, word, scope, lookup) {
  return word.parts.some((p) => {
    if (p.kind === "variable") return scope.mountedSecretVars.has(p.name) || ctx.env.some((e) => e.how === "mount-env" && e.name === p.name);
    if (p.kind !== "substitution") return false;
    const text = substitutionText(p.raw, lookup);
    return ctx.mounts.some((m) => m.target !== "" && text.includes(m.target)) || ctx.files.secretCopiesAt(ctx.instruction).some((f) => text.includes(f));
  });
}
function secretInHeredoc(body, isSecret) {
  const name = expandVariables(body, () => void 0).used.find(isSecret);
  if (name !== void 0) return `$${name}`;
  return SUBSTITUTED_SECRET.exec(body)?.[1] ?? null;
}
function fromMountedSecret(ctx, source, scope) {
  if (source.startsWith("$")) return scope.mountedSecretVars.has(source.slice(1));
  return source.startsWith("/run/secrets/") || ctx.mounts.some((m) => m.target === source);
}
function literalArgument(call, word, label, pick) {
  if (word.value === null) return;
  const range = pick(word.value);
  if (!range) return;
  const value = word.value.slice(range[0], range[1]);
  if (!isCredentialValue(value)) return;
  emitLiteral(call.ctx, "argument", label, value, locate(call.ctx.run.script, word, value), word.span ?? call.span);
}
function afterColon(value) {
  const colon = value.indexOf(":");
  return colon === -1 || colon === value.length - 1 ? null : [colon + 1, value.length];
}
function headerSecret(value) {
  const m = /^[ \t]*([A-Za-z0-9_-]{1,100})[ \t]*:[ \t]*/.exec(value);
  if (!m) return null;
  const name = m[1].toLowerCase();
  if (name !== "authorization" && name !== "proxy-authorization" && !isCredentialName(m[1])) return null;
  let start = m[0].length;
  if (name.endsWith("authorization")) {
    const scheme = /^(?:bearer|basic|token|digest|bot|apikey|negotiate)[ \t]+/i.exec(value.slice(start));
    if (scheme) start += scheme[0].length;
  }
  const end = value.trimEnd().length;
  return end > start ? [start, end] : null;
}
function isNpmAuthKey(key) {
  return /(?:^|:)_(?:authToken|auth|password)$/.test(key) || /^npmAuth(?:Token|Ident)$/.test(key);
}
function writtenSecrets(sink, lines, written, locateValue, span) {
  if (!lines || lines.length === 0) return;
  const text = lines.map((l) => l.text).join("\n");
  if (!text.includes("_auth") && !text.includes("_password") && !text.includes("password")) return;
  for (const line of lines) {
    const m = NPMRC_AUTH.exec(line.text);
    const value = m?.[1]?.replace(/^(["'])(.*)\1$/, "$2");
    if (value && written.includes(value) && isCredentialValue(value)) emitLiteral(sink, "npmrc", "npm auth token", value, locateValue(value), span);
  }
  for (const p of netrcPasswords(text)) {
    const value = text.slice(p.start, p.end);
    if (written.includes(value) && isCredentialValue(value)) emitLiteral(sink, "netrc", "netrc password", value, locateValue(value), span);
  }
}
function locateIn(script, value) {
  const at = script.text.indexOf(value);
  if (at === -1 || value === "" || script.text.indexOf(value, at + 1) !== -1) return null;
  return script.spanToFile(at, at + value.length) ?? { start: script.toFile(at), end: script.toFile(at + value.length - 1) + 1 };
}
function locate(script, word, value) {
  if (!word.span) return locateIn(script, value);
  const at = word.raw.indexOf(value);
  if (at === -1 || word.raw.indexOf(value, at + 1) !== -1) return locateIn(script, value);
  return { start: word.span.start + at, end: word.span.start + at + value.length };
}
function emitLiteral(sink, via, label, value, valueSpan, span) {
  sink.emit({ kind: "literal-secret", via, label, value, valueSpan, instruction: sink.instruction, span: valueSpan ?? span });
}
var SUBSTITUTED_SECRET, NPMRC_AUTH;
var init_secrets2 = __esm({
  "src/model/commands/secrets.ts"() {
    "use strict";
    init_secrets();
    init_netrc();
    init_vars();
    SUBSTITUTED_SECRET = /(?<!\\)(?:\$\((?:[^)$]|\$(?!\())*|`[^`]*)(\/run\/secrets\/[\w.-]+)/;
    NPMRC_AUTH = /^[ \t]*(?:\/\/[^\s=]*:)?_(?:authToken|auth|password)[ \t]*=[ \t]*(\S(?:.*\S)?)[ \t]*$/;
  }
});

// src/model/commands/writers.ts
function tee(call) {
  const { ctx, cmd, index, args, lookup, span, scope, removed } = call;
  const cwd = scope.cwd;
  let append = false;
  let appendSpan = null;
  const files = [];
  for (const w of args) {
    const v = staticValue(w, lookup);
    if (v === "-a" || v === "--append") {
      append = true;
      appendSpan = w.span;
    } else if (v && v.startsWith("-")) continue;
    else files.push(w);
  }
  const prev = previousInPipeline(ctx.run, cmd, index);
  let lines = null;
  let secret = null;
  if (prev?.name) {
    const prevName = staticValue(prev.name, lookup);
    if (prevName) {
      lines = stdoutLines(ctx, prev, commandBase(prevName), prev.args, lookup);
      secret = secretSourceOf(prev, commandBase(prevName), prev.args, scope, lookup);
    }
  } else {
    const heredoc = cmd.redirects.find((r) => r.heredoc);
    if (heredoc?.heredoc) lines = linesFromText(heredoc.heredoc.body, heredoc.heredoc.span, !heredoc.heredoc.quoted, lookup, ctx.imageVariables, ctx.undeclaredArgs);
    secret = secretSourceOf(cmd, "tee", args, scope, lookup);
  }
  if (files.length > 0) writtenSecrets(ctx, lines, ctx.run.script.text, (value) => locateIn(ctx.run.script, value), span);
  for (const f of files) {
    const v = staticValue(f, lookup);
    if (!v) continue;
    const path9 = resolvePath(cwd, v);
    const kind = classifyFile(ctx.policy, path9);
    if (kind) writeRepoFile(ctx, path9, kind, append ? "append" : "replace", "tee", lines, append ? appendSpan : null, span);
    else if (ctx.files.keyAt(path9)?.instruction !== ctx.instruction) ctx.files.setLines(path9, lines, append);
    if (secret && !/^\/(?:dev|proc)\//.test(path9)) {
      ctx.emit({ kind: "secret-write", file: path9, source: secret, removed: removed.has(path9), instruction: ctx.instruction, span: f.span ?? span });
      if (fromMountedSecret(ctx, secret, scope)) ctx.files.setSecretCopy(path9, ctx.instruction, removed.has(path9));
    } else if (!removed.has(path9)) literalAuthWrite(ctx, path9, "tee", f.span ?? span);
  }
}
function writeRedirects(call) {
  const { ctx, cmd, base, args, lookup, span, scope, removed } = call;
  const outs = outputsOf(cmd, lookup, scope.cwd);
  if (!outs.length) return;
  let first = true;
  for (const out of outs) {
    const kind = classifyFile(ctx.policy, out.path);
    const lines = stdoutLines(ctx, cmd, base, args, lookup);
    if (first) writtenSecrets(ctx, lines, ctx.run.script.text, (value) => locateIn(ctx.run.script, value), span);
    first = false;
    if (kind) {
      writeRepoFile(ctx, out.path, kind, out.append ? "append" : "replace", base, lines, out.opSpan, span);
    } else if (ctx.files.keyAt(out.path)?.instruction !== ctx.instruction) {
      ctx.files.setLines(out.path, lines, out.append);
    }
    const secretSource = secretSourceOf(cmd, base, args, scope, lookup);
    if (secretSource && !/^\/(?:dev|proc)\//.test(out.path)) {
      ctx.emit({ kind: "secret-write", file: out.path, source: secretSource, removed: removed.has(out.path), instruction: ctx.instruction, span: out.targetSpan ?? span });
      if (fromMountedSecret(ctx, secretSource, scope)) ctx.files.setSecretCopy(out.path, ctx.instruction, removed.has(out.path));
    } else if (!removed.has(out.path)) literalAuthWrite(ctx, out.path, base, out.targetSpan ?? span);
  }
}
function stdoutLines(ctx, cmd, base, args, lookup) {
  const ev = (w) => evalWord(w, lookup, ctx.release);
  const fromBaseArg = (vars) => vars.some((v) => ctx.imageVariables.includes(v));
  const line = (text, w, dynamic, fromImage, vars) => ({
    text,
    dynamic,
    releaseFromImage: fromImage,
    releaseFromBaseArg: fromBaseArg(vars),
    ...ctx.undeclaredArgs?.size && vars.some((v) => ctx.undeclaredArgs.has(v)) && { emptyArgs: [...new Set(vars.filter((v) => ctx.undeclaredArgs.has(v)))] },
    span: w?.span ?? null
  });
  if (base === "echo") {
    let rest = args;
    let escapes = false;
    while (rest[0] && /^-[neE]+$/.test(rest[0].value ?? "")) {
      if (rest[0].value.includes("e")) escapes = true;
      rest = rest.slice(1);
    }
    const vals = rest.map(ev);
    const joined = vals.map((v) => v.text).join(" ");
    const text = escapes ? joined.replace(/\\n/g, "\n") : joined;
    const parts = text.split("\n");
    const single = rest.length === 1 && parts.length === 1 ? rest[0] : null;
    return parts.map(
      (t) => line(t, single, vals.some((v) => v.dynamic), vals.some((v) => v.releaseFromImage), vals.flatMap((v) => v.variables))
    );
  }
  if (base === "printf") {
    const [fmtWord, ...rest] = args;
    if (!fmtWord) return [];
    const fmt = ev(fmtWord);
    const vals = rest.map(ev);
    if (!fmt.text.includes("%s") || vals.length === 0) {
      return fmt.text.replace(/\\n/g, "\n").split("\n").map((t) => line(t, null, fmt.dynamic, fmt.releaseFromImage, fmt.variables));
    }
    const perArg = /^%s\\n$/.test(fmt.text);
    if (perArg) return vals.map((v, i2) => line(v.text, rest[i2], v.dynamic, v.releaseFromImage, v.variables));
    let i = 0;
    let out = "";
    while (i < vals.length) {
      out += fmt.text.replace(/%s/g, () => vals[i++]?.text ?? "");
    }
    return out.replace(/\\n/g, "\n").split("\n").map((t) => line(t, null, vals.some((v) => v.dynamic), vals.some((v) => v.releaseFromImage), vals.flatMap((v) => v.variables)));
  }
  if (base === "cat") {
    const heredoc = catReadsStdin(args, lookup) ? cmd.redirects.find((r) => r.heredoc) : void 0;
    if (heredoc?.heredoc) return linesFromText(heredoc.heredoc.body, heredoc.heredoc.span, !heredoc.heredoc.quoted, lookup, ctx.imageVariables, ctx.undeclaredArgs);
    const file = args[0] ? staticValue(args[0], lookup) : null;
    if (file) return ctx.files.linesOf(resolvePath("/", file));
    return null;
  }
  return null;
}
function literalAuthWrite(ctx, path9, via, span) {
  const deb = ctx.policy.deb;
  const auth = path9 === deb.authConfFile || path9.startsWith(deb.authConfDir + "/") && path9.endsWith(".conf");
  if (!auth || ctx.mounts.length > 0) return;
  ctx.emit({ kind: "secret-write", file: path9, source: via, literal: true, instruction: ctx.instruction, span });
}
function secretSourceOf(cmd, base, args, scope, lookup) {
  if (base === "cat" || base === "echo" || base === "printf") {
    for (const w of args) {
      const v = staticValue(w, lookup);
      if (base === "cat" && v && v.startsWith("/run/secrets/")) return v;
      const found = secretInWord(w, scope, lookup);
      if (found) return found;
    }
  }
  if (base === "tee" || base === "cat" && catReadsStdin(args, lookup)) {
    for (const r of cmd.redirects) {
      if (r.op === "<<<" && r.target) {
        const found = secretInWord(r.target, scope, lookup);
        if (found) return found;
      }
      if (r.heredoc && !r.heredoc.quoted) {
        const found = secretInHeredoc(r.heredoc.body, (name) => isSecretVar(name, scope));
        if (found) return found;
      }
    }
  }
  return null;
}
function catReadsStdin(args, lookup) {
  const operands = args.map((w) => staticValue(w, lookup)).filter((v) => v === null || v === "-" || !v.startsWith("-"));
  return operands.length === 0 || operands.includes("-");
}
var teeCommand;
var init_writers = __esm({
  "src/model/commands/writers.ts"() {
    "use strict";
    init_files();
    init_repo_write();
    init_words();
    init_pipeline();
    init_secrets2();
    teeCommand = { interpret: tee };
  }
});

// src/model/commands/checksums.ts
function checkSums(call) {
  const { ctx, args, lookup } = call;
  let algorithm = ALGORITHMS[call.base] ?? null;
  let check2 = false;
  const operands = [];
  for (let i = 0; i < args.length; i++) {
    const v = staticValue(args[i], lookup);
    if (v === "-c" || v === "--check") check2 = true;
    else if (call.base === "shasum" && (v === "-a" || v === "--algorithm")) algorithm = SHASUM_ALGORITHMS[staticValue(args[++i] ?? args[i], lookup) ?? ""] ?? null;
    else if (v !== null && /^-[a-z]+$/.test(v) && v !== "-") check2 ||= v.includes("c");
    else if (v !== null && v.startsWith("--")) continue;
    else operands.push(args[i]);
  }
  if (!check2 || algorithm === null || !gates(call)) return;
  const lines = checkedLines(call, operands);
  for (const line of lines ?? []) {
    const entry = parseSumLine(line.text, algorithm);
    if (!entry) continue;
    const path9 = resolvePath(call.scope.cwd, entry.file);
    const download2 = ctx.files.downloadAt(path9);
    if (download2 && !download2.checksum) ctx.files.setDownload(path9, { ...download2, checksum: entry.digest });
  }
}
function checkedLines(call, operands) {
  const { ctx, cmd, lookup } = call;
  const files = operands.map((w) => staticValue(w, lookup));
  if (files.length > 0 && !files.includes("-")) {
    const out = [];
    for (const f of files) {
      const lines = f === null ? null : ctx.files.linesOf(resolvePath(call.scope.cwd, f));
      if (lines) out.push(...lines);
    }
    return out;
  }
  const prev = previousInPipeline(ctx.run, cmd, call.index);
  const name = prev?.name ? staticValue(prev.name, lookup) : null;
  if (prev && name) return stdoutLines(ctx, prev, name, prev.args, lookup);
  const here = cmd.redirects.find((r) => r.op === "<<<" && r.target);
  if (here?.target) return stdoutLines(ctx, cmd, "echo", [here.target], lookup);
  const heredoc = cmd.redirects.find((r) => r.heredoc);
  return heredoc?.heredoc ? heredoc.heredoc.body.split("\n").map((text) => ({ text, dynamic: false, releaseFromImage: false, releaseFromBaseArg: false, span: null })) : null;
}
function parseSumLine(text, algorithm) {
  const line = text.trim();
  const gnu = /^(\S+) [ *]([^\s].*)$/.exec(line);
  const bsd = /^SHA\d+ \((.+)\) = (\S+)$/i.exec(line);
  const digest = gnu ? gnu[1] : bsd ? bsd[2] : null;
  const file = gnu ? gnu[2] : bsd ? bsd[1] : null;
  if (digest === null || file === null || digest.includes("$(") || digest.includes("`") || /[$`]/.test(file)) return null;
  const hex = new RegExp(`^[0-9a-fA-F]{${HEX_LENGTH[algorithm]}}$`);
  if (!hex.test(digest) && !/^\$\{?[A-Za-z_]\w*\}?$/.test(digest)) return null;
  return { file, digest: `${algorithm}:${digest.toLowerCase()}` };
}
var checksumCommand, ALGORITHMS, SHASUM_ALGORITHMS, HEX_LENGTH;
var init_checksums = __esm({
  "src/model/commands/checksums.ts"() {
    "use strict";
    init_words();
    init_pipeline();
    init_writers();
    checksumCommand = { interpret: checkSums };
    ALGORITHMS = { sha256sum: "sha256", sha384sum: "sha384", sha512sum: "sha512" };
    SHASUM_ALGORITHMS = { "256": "sha256", "384": "sha384", "512": "sha512" };
    HEX_LENGTH = { sha256: 64, sha384: 96, sha512: 128 };
  }
});

// src/model/commands/child-shell.ts
function childShell(call) {
  const { ctx, args, lookup, scope } = call;
  const depth = ctx.depth ?? 0;
  if (depth >= MAX_CHILD_SHELLS) return;
  let command2 = false;
  let script;
  for (let i = 0; i < args.length && !script; i++) {
    const v = staticValue(args[i], lookup);
    if (v === "-o" || v === "+o") i++;
    else if (v !== null && /^[-+][A-Za-z]+$/.test(v)) command2 ||= v[0] === "-" && v.includes("c");
    else if (v === null || !v.startsWith("--")) script = args[i];
  }
  if (!command2 || !script) return;
  const raw = script.raw;
  const quote = raw[0];
  let start = script.at;
  let end = script.at + raw.length;
  if ((quote === "'" || quote === '"') && raw.length >= 2 && raw.endsWith(quote) && !raw.slice(1, -1).includes(quote) && (quote === "'" || !raw.includes("\\"))) {
    start += 1;
    end -= 1;
  } else if (script.value !== raw) return;
  const run = parseShell(subScript(ctx.run.script, start, end));
  const childLookup = (name) => scope.exports.has(name) && scope.vars.has(name) ? scope.vars.get(name) : ctx.lookup(name);
  call.walk({
    ...ctx,
    run,
    cwd: scope.cwd,
    lookup: childLookup,
    env: [...ctx.env, ...scope.exports.values()],
    depth: depth + 1,
    // Lines inserted before a command inside the quoted script could break its quoting: fixes of
    // these package commands go before the instruction instead (see insertShellLinesBefore).
    emit: (fact) => {
      if (fact.kind === "package-command") fact.commandSpan = null;
      ctx.emit(fact);
    }
  });
}
var childShellCommand, MAX_CHILD_SHELLS;
var init_child_shell = __esm({
  "src/model/commands/child-shell.ts"() {
    "use strict";
    init_shell();
    init_run_script();
    init_words();
    childShellCommand = { interpret: childShell };
    MAX_CHILD_SHELLS = 3;
  }
});

// src/policy/index.ts
function makePolicy(overrides = {}) {
  const mirrors = overrides.mirrors ?? [];
  const debMirrors = overrides.debMirrors ?? [];
  const hostsOf = (list) => list.flatMap((m) => {
    const host = hostOf(m.url);
    return host ? [host] : [];
  });
  const debHosts = [...new Set(hostsOf(debMirrors))];
  return {
    ...DHI_POLICY,
    dhiMirrorPrefixes: [...overrides.dhiImageMirrors ?? []],
    baseImages: Object.fromEntries(Object.entries(overrides.baseImages ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
    tlsHosts: [...DHI_POLICY.tlsHosts],
    apk: { ...DHI_POLICY.apk, mirrors },
    deb: { ...DHI_POLICY.deb, mirrors: debMirrors, hosts: [...DHI_POLICY.deb.hosts, ...debHosts] },
    hosts: [.../* @__PURE__ */ new Set([...DHI_POLICY.hosts, ...hostsOf(mirrors), ...debHosts])]
  };
}
function hostOf(url) {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/@\s]*@)?([^/:\s]+)/i.exec(url);
  return m ? m[1].toLowerCase() : null;
}
function templateRegex(template) {
  let re = templateCache.get(template);
  if (!re) {
    re = compileTemplate(template);
    templateCache.set(template, re);
  }
  return re;
}
function compileTemplate(template) {
  const [before, after] = template.split("{release}");
  const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const release = before.endsWith("v") ? `${esc(before.slice(0, -1))}(v[^/\\s]+|edge|latest-stable)` : `${esc(before)}([^/\\s]+)`;
  const body = after === void 0 ? esc(before) : `${release}${esc(after)}`;
  return new RegExp(`^${body.replace(/^https:/, "https?:")}/?$`, "i");
}
function withoutUserinfo(url) {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/\s]*@/i, "$1");
}
function matchApkRepository(policy, given) {
  const url = withoutUserinfo(given);
  for (const repo of policy.apk.repositories) {
    const m = templateRegex(repo.url).exec(url);
    if (m) {
      return { source: "dhi", channel: repo.channel, release: normaliseRelease(m[1] ?? null), keyName: repo.keyName, keyUrl: repo.keyUrl, auth: repo.auth, template: repo.url };
    }
  }
  for (const mirror of policy.apk.mirrors) {
    const m = templateRegex(mirror.url).exec(url);
    if (m) {
      return { source: "mirror", channel: null, release: normaliseRelease(m[1] ?? null), keyName: mirror.keyName, keyUrl: mirror.keyUrl, auth: mirror.auth, template: mirror.url };
    }
  }
  return null;
}
function normaliseRelease(r) {
  if (r === null) return null;
  return r.replace(/^v(?=\d)/, "");
}
function isPolicyHost(policy, url) {
  const host = hostOf(url);
  return host !== null && policy.hosts.includes(host);
}
function isServedRelease(policy, release) {
  return policy.apk.servedReleases.includes(release);
}
function apkRepositoryUrl(policy, release, channel = "main") {
  const mirror = channel === "main" ? policy.apk.mirrors[0] : void 0;
  if (mirror) {
    return { url: mirror.url.replace("{release}", release), keyName: mirror.keyName, keyUrl: mirror.keyUrl, keySha256: mirror.keySha256 };
  }
  const repo = policy.apk.repositories.find((r) => r.channel === channel);
  return { url: repo.url.replace("{release}", release), keyName: repo.keyName, keyUrl: repo.keyUrl, keySha256: repo.keySha256 };
}
function trustedKeyNames(policy) {
  return [...policy.apk.repositories.map((r) => r.keyName), ...policy.apk.mirrors.map((m) => m.keyName)];
}
function keyByUrl(policy, url) {
  const normal = url.replace(/^http:/i, "https:");
  for (const r of policy.apk.repositories) if (r.keyUrl === normal) return { keyName: r.keyName, keyUrl: r.keyUrl };
  for (const m of policy.apk.mirrors) if (m.keyUrl && m.keyUrl === normal) return { keyName: m.keyName, keyUrl: m.keyUrl };
  return null;
}
function debKey(policy, source) {
  if (source.keyUrl) return { keyUrl: source.keyUrl, keySha256: source.keySha256 };
  const same = policy.deb.sources.find((s) => s.channel === (source.auth ? "security" : "main"));
  return { keyUrl: same.keyUrl, keySha256: same.keySha256 };
}
function matchDebSource(policy, given) {
  const url = withoutUserinfo(given);
  const trim = (u) => u.replace(/^http:/i, "https:").replace(/(?<!\/)\/+$/, "");
  const normal = trim(url);
  const insecure = /^http:/i.test(url);
  const source = policy.deb.sources.find((s) => s.url === normal);
  if (source) return { source: "dhi", channel: source.channel, ...debKey(policy, source), auth: source.auth, insecure };
  const mirror = policy.deb.mirrors.find((m) => trim(m.url) === normal);
  return mirror ? { source: "mirror", channel: mirror.auth ? "security" : "main", ...debKey(policy, mirror), auth: mirror.auth, insecure } : null;
}
function debKeyByUrl(policy, url) {
  const normal = url.replace(/^http:/i, "https:");
  const known = [...policy.deb.sources, ...policy.deb.mirrors].find((s) => s.keyUrl !== null && s.keyUrl.replace(/^http:/i, "https:") === normal);
  return known ? debKey(policy, known) : null;
}
function debSetupSource(policy) {
  const mirror = policy.deb.mirrors.find((m) => !m.auth);
  const main2 = policy.deb.sources.find((s) => s.channel === "main");
  return { url: (mirror ?? main2).url, ...debKey(policy, mirror ?? main2) };
}
function isServedSuite(policy, suite) {
  return policy.deb.servedSuites.includes(suite);
}
var DEB_KEY_ID, DEB_POLICY, DHI_KEY_SHA256, KEY_SUFFIX, DHI_POLICY, templateCache;
var init_policy = __esm({
  "src/policy/index.ts"() {
    "use strict";
    DEB_KEY_ID = "D46852F6925E9F71";
    DEB_POLICY = {
      hosts: ["dhi.io"],
      mirrors: [],
      sources: [
        {
          channel: "main",
          url: "https://dhi.io/deb/debian/main",
          keyUrl: `https://dhi.io/keyring/dhi-deb-gpg.${DEB_KEY_ID}.key`,
          keySha256: "9ccb62e93205ff8905120d8c8053f10372907b4b9a71ed3191f3bc1812c04290",
          auth: false
        },
        {
          channel: "security",
          url: "https://dhi.io/deb/debian/security",
          keyUrl: `https://dhi.io/keyring/dhi-deb-sec-gpg.${DEB_KEY_ID}.key`,
          keySha256: null,
          auth: true
        }
      ],
      keyFingerprint: "B6081EE18F903EACC8B0F27CD46852F6925E9F71",
      keyringPath: "/usr/share/keyrings/dhi-deb.gpg",
      armouredKeyringPath: "/usr/share/keyrings/dhi-deb.asc",
      servedSuites: ["trixie"],
      upstreamHosts: ["deb.debian.org", "security.debian.org"],
      upstreamKeyring: "/usr/share/keyrings/debian-archive-keyring.gpg",
      sourcesFile: "/etc/apt/sources.list",
      sourcesDir: "/etc/apt/sources.list.d",
      baseSourcesFile: "/etc/apt/sources.list.d/debian.sources",
      ubuntu: {
        archiveUrl: "http://archive.ubuntu.com/ubuntu/",
        securityUrl: "http://security.ubuntu.com/ubuntu/",
        suiteSuffixes: ["", "-updates", "-backports"],
        securitySuffix: "-security",
        sourcesFile: "/etc/apt/sources.list.d/ubuntu.sources",
        keyring: "/usr/share/keyrings/ubuntu-archive-keyring.gpg",
        legacyKey: "/etc/apt/trusted.gpg.d/ubuntu-keyring-2018-archive.gpg",
        deb822Since: "24.04"
      },
      confFile: "/etc/apt/apt.conf",
      confDir: "/etc/apt/apt.conf.d",
      keyringDirs: ["/usr/share/keyrings", "/etc/apt/keyrings"],
      trustedFile: "/etc/apt/trusted.gpg",
      trustedDir: "/etc/apt/trusted.gpg.d",
      authConfDir: "/etc/apt/auth.conf.d",
      authConfFile: "/etc/apt/auth.conf",
      authSecretId: "netrc",
      authSecretTarget: "/etc/apt/auth.conf.d/dhi.conf",
      authSecretMode: "0600"
    };
    DHI_KEY_SHA256 = "0003d0ae2bf20db9669f784d6ccd5d52265cb1b73fdb14f5186b348b3308f0cd";
    KEY_SUFFIX = "docker-0F81AD7700D99184.rsa.pub";
    DHI_POLICY = {
      hosts: ["dhi.io"],
      dhiRegistries: ["dhi.io"],
      dhiMirrorPrefixes: [],
      baseImages: {},
      apk: {
        repositories: [
          {
            channel: "main",
            url: "https://dhi.io/apk/alpine/v{release}/main",
            keyName: `dhi-apk@${KEY_SUFFIX}`,
            keyUrl: `https://dhi.io/keyring/dhi-apk@${KEY_SUFFIX}`,
            keySha256: DHI_KEY_SHA256,
            auth: false
          },
          {
            channel: "security",
            url: "https://dhi.io/apk/alpine/v{release}/security",
            keyName: `dhi-apk-sec@${KEY_SUFFIX}`,
            keyUrl: `https://dhi.io/keyring/dhi-apk-sec@${KEY_SUFFIX}`,
            keySha256: DHI_KEY_SHA256,
            auth: true
          },
          {
            channel: "els",
            url: "https://dhi.io/apk/alpine/v{release}/els",
            keyName: `dhi-apk-els@${KEY_SUFFIX}`,
            keyUrl: `https://dhi.io/keyring/dhi-apk-els@${KEY_SUFFIX}`,
            keySha256: DHI_KEY_SHA256,
            auth: true
          }
        ],
        mirrors: [],
        servedReleases: ["3.23", "3.24"],
        keysDir: "/etc/apk/keys",
        repositoriesFile: "/etc/apk/repositories",
        repositoriesDir: "/etc/apk/repositories.d",
        configFile: "/etc/apk/config",
        knownWrongKeyNames: [`dhi-dhi-apk@${KEY_SUFFIX}`, `apk@${KEY_SUFFIX}`, "dhi.pub", "dhi.rsa.pub"],
        keyringUrlPrefix: "https://dhi.io/keyring/",
        enterpriseConfPackage: "dhi-enterprise-conf",
        upstreamHosts: ["dl-cdn.alpinelinux.org", "dl-2.alpinelinux.org", "dl-3.alpinelinux.org", "dl-4.alpinelinux.org", "dl-5.alpinelinux.org"]
      },
      auth: {
        secretId: "http_auth",
        env: "HTTP_AUTH",
        valueFormat: "basic:<realm>:<user>:<password>"
      },
      deb: DEB_POLICY,
      tlsHosts: ["dhi.io", "dl-cdn.alpinelinux.org", "github.com", "raw.githubusercontent.com"]
    };
    templateCache = /* @__PURE__ */ new Map();
  }
});

// src/model/placed-files.ts
function recordFetched(ctx, via, url, urlSpan, dest, destSpan, checksum, span, piped) {
  const kind = dest ? classifyFile(ctx.policy, dest) : null;
  if (kind && dest) {
    writeRepoFile(ctx, dest, kind, "replace", via, null, null, span);
    return;
  }
  const place = dest ? aptKeyPlace(ctx.policy, dest) : null;
  if (piped || place || debKeyByUrl(ctx.policy, url)) {
    const armoured = debKeyByUrl(ctx.policy, url) !== null || /\.asc$/i.test(url);
    const fact2 = keyInstallFact(ctx.instruction, {
      manager: "apt",
      path: dest,
      url,
      via: piped?.via ?? via,
      checksum,
      destSpan,
      urlSpan,
      span,
      format: piped?.format ?? (armoured ? "armoured" : "unknown")
    });
    const unbound = piped?.unbound ?? (place === "apt-key" || place === "trusted.gpg.d" ? place : void 0);
    if (unbound) fact2.unbound = unbound;
    ctx.emit(fact2);
    if (dest) ctx.files.setKey(dest, fact2);
    return;
  }
  const looksLikeKey = url.startsWith(ctx.policy.apk.keyringUrlPrefix) || /\.rsa\.pub$/.test(url) || dest !== null && isApkKeyPath(ctx.policy, dest);
  if (!looksLikeKey) {
    if (dest) ctx.files.setDownload(dest, { url, instruction: ctx.instruction, span, checksum });
    return;
  }
  const fact = keyInstallFact(ctx.instruction, {
    manager: "apk",
    path: dest,
    url,
    via,
    checksum,
    destSpan,
    urlSpan,
    span
  });
  ctx.emit(fact);
  if (dest) ctx.files.setKey(dest, fact);
}
function recordContextKey(ctx, via, source, dest, destSpan, span, manager = "apk") {
  const fact = keyInstallFact(ctx.instruction, {
    manager,
    path: dest,
    contextSource: source,
    via,
    destSpan,
    span
  });
  if (manager === "apt") {
    fact.format = /\.asc$/.test(dest) ? "armoured" : "unknown";
    const place = aptKeyPlace(ctx.policy, dest);
    if (place === "apt-key" || place === "trusted.gpg.d") fact.unbound = place;
  }
  ctx.emit(fact);
  ctx.files.setKey(dest, fact);
}
var init_placed_files = __esm({
  "src/model/placed-files.ts"() {
    "use strict";
    init_policy();
    init_files();
    init_fact_builders();
    init_repo_write();
  }
});

// src/model/commands/copy.ts
function copyOrMove(call) {
  const { ctx, args, lookup, span, removed } = call;
  const tool = call.base;
  const cwd = call.scope.cwd;
  const operands = [];
  let targetDir = null;
  for (let i = 0; i < args.length; i++) {
    const v = staticValue(args[i], lookup);
    if (v === null) return;
    if (v === "-t" || v === "--target-directory") {
      targetDir = staticValue(args[++i] ?? args[i], lookup);
      continue;
    }
    if (tool === "install" && (v === "-m" || v === "-o" || v === "-g" || v === "--mode")) {
      i++;
      continue;
    }
    if (v.startsWith("-") && v !== "-") continue;
    operands.push(args[i]);
  }
  const destWord = targetDir === null ? operands.pop() : null;
  const dest = targetDir !== null ? targetDir : destWord ? staticValue(destWord, lookup) : null;
  if (!dest || !operands.length) return;
  const destPath = resolvePath(cwd, dest);
  for (const srcWord of operands) {
    const src = resolvePath(cwd, staticValue(srcWord, lookup));
    const isDir = dest.endsWith("/") || targetDir !== null || operands.length > 1 || ctx.files.isDirectory(destPath, ctx.policy);
    const final = isDir ? resolvePath(destPath, basename(src)) : destPath;
    const key = ctx.files.keyAt(src);
    const kind = classifyFile(ctx.policy, final);
    if (tool !== "mv" && (src.startsWith("/run/secrets/") || ctx.mounts.some((m) => m.target === src)) && !/^\/(?:dev|proc)\//.test(final)) {
      ctx.emit({ kind: "secret-write", file: final, source: src, removed: removed.has(final), instruction: ctx.instruction, span: destWord?.span ?? span });
      ctx.files.setSecretCopy(final, ctx.instruction, removed.has(final));
    }
    if (key) {
      key.movedLater = true;
      const fact = keyInstallFact(ctx.instruction, {
        manager: key.manager,
        path: final,
        url: key.url,
        contextSource: key.contextSource,
        via: tool,
        checksum: key.checksum,
        destSpan: destWord?.span ?? null,
        span
      });
      if (key.format) fact.format = key.format;
      const place = aptKeyPlace(ctx.policy, final);
      if (key.manager === "apt" && (place === "apt-key" || place === "trusted.gpg.d")) fact.unbound = place;
      ctx.emit(fact);
      ctx.files.setKey(final, fact);
    } else if (kind) {
      writeRepoFile(ctx, final, kind, "replace", tool, ctx.files.linesOf(src), null, span);
    } else if (isApkKeyPath(ctx.policy, final)) {
      recordContextKey(ctx, tool, src, final, destWord?.span ?? null, span);
    } else if (aptKeyPlace(ctx.policy, final) && /\.(?:gpg|asc|key|pub)$/.test(final)) {
      recordContextKey(ctx, tool, src, final, destWord?.span ?? null, span, "apt");
    } else {
      ctx.files.copy(src, final);
    }
    if (tool === "mv") ctx.files.forget(src);
  }
}
var copyCommand;
var init_copy = __esm({
  "src/model/commands/copy.ts"() {
    "use strict";
    init_files();
    init_fact_builders();
    init_placed_files();
    init_repo_write();
    init_words();
    copyCommand = { interpret: copyOrMove };
  }
});

// src/model/commands/docker.ts
function login(call) {
  const { args, lookup } = call;
  const at = args.findIndex((w) => staticValue(w, lookup) === "login");
  if (at === -1) return;
  const label = `password given to ${call.base} login`;
  for (let i = at + 1; i < args.length; i++) {
    const v = staticValue(args[i], lookup);
    if (v === null) continue;
    if (v === "-p" || v === "--password") {
      if (args[i + 1]) literalArgument(call, args[++i], label, whole);
    } else if (v.startsWith("--password=")) {
      literalArgument(call, args[i], label, (value) => value.length > 11 ? [11, value.length] : null);
    } else if (/^-p./.test(v)) {
      literalArgument(call, args[i], label, (value) => [2, value.length]);
    }
  }
}
var registryLoginCommand, whole;
var init_docker = __esm({
  "src/model/commands/docker.ts"() {
    "use strict";
    init_words();
    init_secrets2();
    registryLoginCommand = { interpret: login };
    whole = (value) => value === "" ? null : [0, value.length];
  }
});

// src/model/commands/keys.ts
function verifySignature(call) {
  const { ctx, args, lookup } = call;
  const values = args.map((a) => staticValue(a, lookup));
  if (!values.includes("--verify")) return false;
  const operands = values.filter((v, i) => v !== null && !v.startsWith("-") && !GPG_VALUED.has(values[i - 1] ?? ""));
  const file = operands.length >= 2 ? operands.at(-1) : null;
  if (file === null || !gates(call)) return true;
  const path9 = resolvePath(call.scope.cwd, file);
  const download2 = ctx.files.downloadAt(path9);
  if (download2 && !download2.checksum) ctx.files.setDownload(path9, { ...download2, checksum: "gpg" });
  return true;
}
function aptKey(call) {
  const { ctx, cmd, index, args, lookup, span } = call;
  const cwd = call.scope.cwd;
  const values = args.map((a) => staticValue(a, lookup));
  const sub = values.find((v) => v !== null && !v.startsWith("-"));
  if (sub !== "add" && sub !== "adv") return;
  const operand = sub === "add" ? values[values.indexOf("add") + 1] : void 0;
  if (operand === "-" && cmd.joinedBy === "|") {
    const prev = previousInPipeline(ctx.run, cmd, index);
    const prevName = prev?.name ? commandBase(staticValue(prev.name, lookup) ?? "") : "";
    if (prevName === "curl" || prevName === "wget") return;
  }
  const source = operand && operand !== "-" ? resolvePath(cwd, operand) : null;
  const known = source ? ctx.files.keyAt(source) : null;
  const fact = keyInstallFact(ctx.instruction, {
    manager: "apt",
    path: ctx.policy.deb.trustedFile,
    url: known?.url ?? null,
    contextSource: known?.contextSource ?? null,
    via: "apt-key",
    span,
    format: "unknown",
    unbound: "apt-key"
  });
  if (known) known.movedLater = true;
  ctx.emit(fact);
}
function gpg(call) {
  const { ctx, cmd, args, lookup, span } = call;
  const cwd = call.scope.cwd;
  if (verifySignature(call)) return;
  if (cmd.joinedBy === "|") return;
  const values = args.map((a) => staticValue(a, lookup));
  if (!values.some((v) => v === "--dearmor" || v === "--dearmour")) return;
  const operandAt = values.findIndex((v, i) => v !== null && !v.startsWith("-") && values[i - 1] !== "-o" && values[i - 1] !== "--output");
  const stdin = cmd.redirects.find((r) => r.op === "<" && r.target);
  const input2 = operandAt !== -1 ? values[operandAt] : stdin ? staticValue(stdin.target, lookup) : null;
  if (input2 === null) return;
  const from = resolvePath(cwd, input2);
  const key = ctx.files.keyAt(from);
  const download2 = key ? null : ctx.files.downloadAt(from);
  if (!key && !download2) return;
  const out = dearmorOutput(ctx, cmd, args, values, lookup, cwd, operandAt !== -1 ? from : void 0);
  if (out.dest === null) return;
  if (key) key.movedLater = true;
  const fact = keyInstallFact(ctx.instruction, { manager: "apt", path: out.dest, url: key?.url ?? download2.url, contextSource: key?.contextSource ?? null, via: "gpg", checksum: key?.checksum ?? null, destSpan: out.destSpan, span, format: "binary" });
  const place = aptKeyPlace(ctx.policy, out.dest);
  if (place === "apt-key" || place === "trusted.gpg.d") fact.unbound = place;
  ctx.emit(fact);
  ctx.files.setKey(out.dest, fact);
}
function pipedKey(ctx, cmd, lookup, cwd) {
  const next = nextInPipeline(ctx.run, cmd);
  const name = next?.name ? staticValue(next.name, lookup) : null;
  if (!next || !name) return null;
  const { base, args } = unwrap(commandBase(name), next.args, lookup);
  const values = args.map((a) => staticValue(a, lookup));
  if (base === "gpg" || base === "gpg2") {
    if (!values.some((v) => v === "--dearmor" || v === "--dearmour")) return null;
    return { ...dearmorOutput(ctx, next, args, values, lookup, cwd), format: "binary", via: base };
  }
  if (base === "tee") {
    const i = values.findIndex((v) => v !== null && !v.startsWith("-"));
    return i === -1 ? null : { dest: resolvePath(cwd, values[i]), destSpan: args[i].span, format: "armoured", via: "tee" };
  }
  if (base === "apt-key" && values[0] === "add") {
    return { dest: ctx.policy.deb.trustedFile, destSpan: null, format: "unknown", unbound: "apt-key", via: "apt-key" };
  }
  return null;
}
function dearmorOutput(ctx, gpg2, args, values, lookup, cwd, operand) {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === "-o" || v === "--output") return { dest: values[i + 1] && values[i + 1] !== "-" ? resolvePath(cwd, values[i + 1]) : null, destSpan: args[i + 1]?.span ?? null };
    if (v?.startsWith("--output=")) return { dest: v === "--output=-" ? null : resolvePath(cwd, v.slice("--output=".length)), destSpan: args[i].span };
  }
  const redirect = outputsOf(gpg2, lookup, cwd)[0];
  if (redirect) return { dest: redirect.path, destSpan: redirect.targetSpan };
  const next = nextInPipeline(ctx.run, gpg2);
  const name = next?.name ? staticValue(next.name, lookup) : null;
  if (next && name && commandBase(name) === "tee") {
    const i = next.args.findIndex((a) => !(staticValue(a, lookup) ?? "-").startsWith("-"));
    if (i !== -1) return { dest: resolvePath(cwd, staticValue(next.args[i], lookup)), destSpan: next.args[i].span };
  }
  return { dest: operand !== void 0 ? `${operand}.gpg` : null, destSpan: null };
}
var aptKeyCommand, gpgCommand, GPG_VALUED;
var init_keys = __esm({
  "src/model/commands/keys.ts"() {
    "use strict";
    init_files();
    init_fact_builders();
    init_words();
    init_pipeline();
    aptKeyCommand = { interpret: aptKey };
    gpgCommand = { interpret: gpg };
    GPG_VALUED = /* @__PURE__ */ new Set(["--keyring", "--homedir", "--trustdb-name", "--status-fd", "--logger-fd", "-o", "--output", "--default-key", "-u", "--local-user", "--keyserver"]);
  }
});

// src/model/commands/downloads.ts
function download(call) {
  const { ctx, cmd, args, lookup, span } = call;
  const tool = call.base;
  const cwd = call.scope.cwd;
  const valued = tool === "wget" ? WGET_VALUED : CURL_VALUED;
  const urls = [];
  let output = null;
  let dir = null;
  let remoteName = tool === "wget";
  const insecure = [];
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    const v = staticValue(w, lookup);
    if (v === null) {
      urls.push(w);
      continue;
    }
    if (!v.startsWith("-") || v === "-") {
      urls.push(w);
      continue;
    }
    const [flag, inline] = v.startsWith("--") ? splitLong(v) : [v, null];
    const secret = (tool === "wget" ? WGET_SECRETS : CURL_SECRETS).get(flag);
    if (secret && v.startsWith("--")) {
      if (inline !== null) credential(call, secret, w, v.length - inline.length);
      else if (args[i + 1]) credential(call, secret, args[i + 1], 0);
    }
    const take = () => {
      if (inline !== null) return { value: inline, span: w.span };
      const n = args[++i];
      return n ? { value: staticValue(n, lookup), span: n.span } : { value: null, span: null };
    };
    if (flag === "--no-check-certificate" || flag === "--insecure" || tool === "curl" && /^-[a-zA-Z]*k/.test(flag) && !flag.startsWith("--")) {
      insecure.push({ flag, span: w.span });
    }
    if (tool === "wget") {
      if (flag === "-O" || flag === "--output-document" || /^-[a-zA-Z]*O$/.test(flag) || /^-[a-zA-Z]*O./.test(flag)) {
        const attached = /^-[a-zA-Z]*O(.+)$/.exec(flag)?.[1];
        const t = attached !== void 0 ? { value: attached, span: w.span } : take();
        output = { path: t.value, span: t.span };
      } else if (flag === "-P" || flag === "--directory-prefix") dir = take().value;
      else if (valued.has(flag)) take();
    } else {
      if (flag.startsWith("--")) {
        if (flag === "--output") output = (({ value, span: span2 }) => ({ path: value, span: span2 }))(take());
        else if (flag === "--remote-name") remoteName = true;
        else if (flag === "--output-dir") dir = take().value;
        else if (valued.has(flag)) take();
      } else {
        const letters = flag.slice(1);
        for (let k = 0; k < letters.length; k++) {
          const c = letters[k];
          if (c === "O") remoteName = true;
          else if (c === "o" || valued.has(`-${c}`)) {
            const rest = letters.slice(k + 1);
            const short = CURL_SECRETS.get(`-${c}`);
            if (short && rest) credential(call, short, w, k + 2);
            else if (short && args[i + 1]) credential(call, short, args[i + 1], 0);
            const t = rest ? { value: rest, span: w.span } : take();
            if (c === "o") output = { path: t.value, span: t.span };
            break;
          }
        }
      }
    }
  }
  if (output?.path && /^[a-z]+:\/\//i.test(output.path) && !urls.some((u) => /^[a-z]+:\/\//i.test(evalWord(u, lookup).text))) {
    ctx.emit({ kind: "download", tool, url: output.path, urlSpan: output.span, insecureFlags: insecure, urlAsOutput: true, instruction: ctx.instruction, span });
    return;
  }
  for (const u of urls) {
    const url = evalWord(u, lookup, ctx.release);
    if (!/^[a-z]+:\/\//i.test(url.text)) continue;
    ctx.emit({ kind: "download", tool, url: url.text, urlSpan: u.span, insecureFlags: insecure, instruction: ctx.instruction, span });
    let dest = null;
    let destSpan = null;
    if (output) {
      if (output.path === "-" || output.path === null) dest = output.path === "-" ? null : null;
      else {
        dest = resolvePath(cwd, output.path);
        destSpan = output.span;
      }
    } else if (remoteName) {
      dest = resolvePath(dir ? resolvePath(cwd, dir) : cwd, basename(url.text));
      destSpan = null;
    }
    let piped = null;
    if (dest === null) {
      const redirect = outputsOf(cmd, lookup, cwd)[0];
      if (redirect) {
        dest = redirect.path;
        destSpan = redirect.targetSpan;
      } else if (output === null || output.path === "-") {
        piped = pipedKey(ctx, cmd, lookup, cwd);
        if (piped) {
          dest = piped.dest;
          destSpan = piped.destSpan;
        }
      }
    }
    const apt = piped ? { format: piped.format, unbound: piped.unbound, via: `${tool} | ${piped.via}` } : void 0;
    recordFetched(ctx, tool, url.text, u.span, dest, destSpan, null, span, apt);
  }
}
function credential(call, secret, word, from) {
  literalArgument(call, word, secret.label, (value) => {
    const r = secret.pick(value.slice(from));
    return r && [r[0] + from, r[1] + from];
  });
}
function splitLong(v) {
  const eq = v.indexOf("=");
  return eq === -1 ? [v, null] : [v.slice(0, eq), v.slice(eq + 1)];
}
var downloadCommand, whole2, CURL_SECRETS, WGET_SECRETS, WGET_VALUED, CURL_VALUED;
var init_downloads = __esm({
  "src/model/commands/downloads.ts"() {
    "use strict";
    init_placed_files();
    init_words();
    init_keys();
    init_pipeline();
    init_secrets2();
    downloadCommand = { interpret: download, ownsStdout: true };
    whole2 = (value) => value === "" ? null : [0, value.length];
    CURL_SECRETS = /* @__PURE__ */ new Map([
      ["-u", { label: "password given to curl -u", pick: afterColon }],
      ["--user", { label: "password given to curl --user", pick: afterColon }],
      ["-U", { label: "proxy password given to curl -U", pick: afterColon }],
      ["--proxy-user", { label: "proxy password given to curl --proxy-user", pick: afterColon }],
      ["-H", { label: "credential in a curl header", pick: headerSecret }],
      ["--header", { label: "credential in a curl header", pick: headerSecret }],
      ["--proxy-header", { label: "credential in a curl header", pick: headerSecret }],
      ["--oauth2-bearer", { label: "bearer token given to curl", pick: whole2 }]
    ]);
    WGET_SECRETS = /* @__PURE__ */ new Map([
      ["--password", { label: "password given to wget", pick: whole2 }],
      ["--http-password", { label: "password given to wget", pick: whole2 }],
      ["--ftp-password", { label: "password given to wget", pick: whole2 }],
      ["--proxy-password", { label: "proxy password given to wget", pick: whole2 }],
      ["--header", { label: "credential in a wget header", pick: headerSecret }]
    ]);
    WGET_VALUED = /* @__PURE__ */ new Set(["-T", "--timeout", "-t", "--tries", "--header", "-U", "--user-agent", "--user", "--password", "--http-password", "--http-user", "--ftp-password", "--ftp-user", "--proxy-password", "--proxy-user", "-e", "--execute", "-o", "--output-file", "-a", "--append-output", "--post-data", "--ca-certificate", "-Y"]);
    CURL_VALUED = /* @__PURE__ */ new Set([
      "-H",
      "--header",
      "-u",
      "--user",
      "-X",
      "--request",
      "-d",
      "--data",
      "--data-raw",
      "--data-binary",
      "-A",
      "--user-agent",
      "-e",
      "--referer",
      "-m",
      "--max-time",
      "--retry",
      "--retry-delay",
      "--retry-max-time",
      "-w",
      "--write-out",
      "--connect-timeout",
      "-T",
      "--upload-file",
      "--cacert",
      "--capath",
      "-C",
      "--continue-at",
      "-x",
      "--proxy",
      "-r",
      "--range",
      "-b",
      "--cookie",
      "-c",
      "--cookie-jar",
      "-F",
      "--form",
      "--resolve",
      "--netrc-file",
      "-K",
      "--config",
      "-E",
      "--cert",
      "--key",
      "--proto",
      "--proto-redir",
      "-z",
      "--time-cond",
      "-U",
      "--proxy-user",
      "--proxy-header",
      "--oauth2-bearer"
    ]);
  }
});

// src/model/commands/npm.ts
function config(call) {
  const { args, lookup } = call;
  const words = args.map((w) => staticValue(w, lookup));
  let i = words[0] === "config" ? 1 : 0;
  if (words[i] !== "set") return;
  const label = `${call.base} auth token`;
  for (i++; i < args.length; i++) {
    const v = words[i];
    if (v === null || v === void 0 || v.startsWith("-")) continue;
    const eq = v.indexOf("=");
    if (eq > 0) {
      if (isNpmAuthKey(v.slice(0, eq))) literalArgument(call, args[i], label, (value) => value.length > eq + 1 ? [eq + 1, value.length] : null);
      continue;
    }
    if (isNpmAuthKey(v) && args[i + 1]) literalArgument(call, args[++i], label, (value) => value === "" ? null : [0, value.length]);
  }
}
var npmConfigCommand;
var init_npm = __esm({
  "src/model/commands/npm.ts"() {
    "use strict";
    init_words();
    init_secrets2();
    npmConfigCommand = { interpret: config };
  }
});

// src/model/commands/sed.ts
function sedEdit(call) {
  const { ctx, args, lookup, span } = call;
  const cwd = call.scope.cwd;
  let inPlace = false;
  const exprs = [];
  const files = [];
  let extended = false;
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    const v = staticValue(w, lookup);
    if (v === null) {
      if (exprs.length === 0) exprs.push(w);
      continue;
    }
    if (v === "-e" || v === "--expression") {
      const n = args[++i];
      if (n) exprs.push(n);
    } else if (/^-[a-zA-Z]*i/.test(v) || v.startsWith("--in-place")) {
      inPlace = true;
      if (/E|r/.test(v.replace(/^-/, "").split("i")[0])) extended = true;
    } else if (v === "-E" || v === "-r" || v === "--regexp-extended") extended = true;
    else if (v.startsWith("-")) continue;
    else if (exprs.length === 0) exprs.push(w);
    else files.push(resolvePath(cwd, v));
  }
  if (!inPlace) return;
  for (const file of files) {
    const kind = classifyFile(ctx.policy, file);
    if (!kind) continue;
    for (const e of exprs) {
      const text = evalWord(e, lookup, ctx.release);
      const parsed = parseSedSubstitute(text.text, extended);
      const lines = parsed ? (parsed.replacement.match(/(?<![a-z])[a-z]+:\/\/[^\s'"]*/gi) ?? []).map((u) => ({
        text: u,
        dynamic: text.dynamic,
        releaseFromImage: text.releaseFromImage,
        releaseFromBaseArg: text.variables.some((v) => ctx.imageVariables.includes(v)),
        ...ctx.undeclaredArgs?.size && text.variables.some((v) => ctx.undeclaredArgs.has(v)) && { emptyArgs: text.variables.filter((v) => ctx.undeclaredArgs.has(v)) },
        span: null
      })) : [];
      writeRepoFile(ctx, file, kind, "edit", "sed", lines, null, span, parsed ? { ...parsed, span: e.span } : { pattern: "", replacement: "", span: e.span });
    }
  }
}
function parseSedSubstitute(expr, extended) {
  if (expr[0] !== "s" || expr.length < 4) return null;
  const d = expr[1];
  const parts = [];
  let cur = "";
  for (let i = 2; i < expr.length; i++) {
    const c = expr[i];
    if (c === "\\" && expr[i + 1] === d) {
      cur += d;
      i++;
    } else if (c === d) {
      parts.push(cur);
      cur = "";
      if (parts.length === 2) break;
    } else cur += c;
  }
  if (parts.length < 2) return null;
  let pattern = parts[0];
  if (!extended) pattern = pattern.replace(/\\([(){}+?|])/g, "$1");
  const replacement = parts[1].replace(/\\(\d)/g, "$$$1").replace(/(^|[^\\])&/g, "$1$$&");
  return { pattern, replacement };
}
var sedCommand;
var init_sed = __esm({
  "src/model/commands/sed.ts"() {
    "use strict";
    init_files();
    init_repo_write();
    init_words();
    sedCommand = { interpret: sedEdit };
  }
});

// src/model/commands/registry.ts
var COMMANDS;
var init_registry = __esm({
  "src/model/commands/registry.ts"() {
    "use strict";
    init_apk();
    init_apt();
    init_checksums();
    init_child_shell();
    init_copy();
    init_docker();
    init_downloads();
    init_keys();
    init_npm();
    init_sed();
    init_writers();
    COMMANDS = /* @__PURE__ */ new Map([
      ["add-apt-repository", addAptRepositoryCommand],
      ["apk", apkCommand],
      ["apt", aptCommand],
      ["apt-get", aptCommand],
      ["apt-key", aptKeyCommand],
      ["aptitude", aptCommand],
      ["ash", childShellCommand],
      ["bash", childShellCommand],
      ["cp", copyCommand],
      ["curl", downloadCommand],
      ["dash", childShellCommand],
      ["docker", registryLoginCommand],
      ["dpkg", dpkgCommand],
      ["gpg", gpgCommand],
      ["gpg2", gpgCommand],
      ["helm", registryLoginCommand],
      ["install", copyCommand],
      ["mv", copyCommand],
      ["nerdctl", registryLoginCommand],
      ["npm", npmConfigCommand],
      ["pnpm", npmConfigCommand],
      ["podman", registryLoginCommand],
      ["sed", sedCommand],
      ["sh", childShellCommand],
      ["sha256sum", checksumCommand],
      ["sha384sum", checksumCommand],
      ["sha512sum", checksumCommand],
      ["shasum", checksumCommand],
      ["tee", teeCommand],
      ["wget", downloadCommand],
      ["yarn", npmConfigCommand]
    ]);
  }
});

// src/model/run-facts.ts
function extractRunFacts(ctx) {
  const scopes = /* @__PURE__ */ new Map();
  const scopeOf = (c) => {
    let s = scopes.get(c.scope);
    if (!s) {
      const parent = c.parentScope !== null ? scopes.get(c.parentScope) ?? null : null;
      s = {
        parent,
        cwd: parent?.cwd ?? ctx.cwd,
        exports: new Map(parent?.exports ?? []),
        vars: new Map(parent?.vars ?? []),
        secretVars: new Set(parent?.secretVars ?? []),
        mountedSecretVars: new Set(parent?.mountedSecretVars ?? [])
      };
      scopes.set(c.scope, s);
    }
    return s;
  };
  const removed = collectRemovals(ctx);
  const commands = ctx.run.commands;
  const arms = new ArmValues();
  commands.forEach((cmd, index) => {
    const scope = scopeOf(cmd);
    arms.leaveTo(cmd.branch);
    const lookup = (name) => scope.vars.has(name) ? scope.vars.get(name) : ctx.lookup(name);
    const before = cmd.branch.length > 0 ? cmd.assignments.map((a) => lookup(a.name)) : [];
    visitCommand(ctx, cmd, index, scope, lookup, removed);
    cmd.assignments.forEach((a, i) => arms.assigned(cmd.branch, scope, a.name, before[i], scope.vars.get(a.name)));
  });
  arms.leaveTo([]);
}
function visitCommand(ctx, cmd, index, scope, lookup, removed) {
  const span = cmd.span ?? cmd.extent;
  recordSecretReads(ctx, cmd, lookup, span);
  const nameWord = cmd.name;
  const name = nameWord ? staticValue(nameWord, lookup) : null;
  const base = name ? commandBase(name) : null;
  if (!nameWord || base === "export" || base === "readonly" || base === "declare" || base === "local") {
    for (const a of cmd.assignments) {
      const value = a.value ? evalWord(a.value, lookup, ctx.release) : null;
      scope.vars.set(a.name, value && !value.dynamic ? value.text : null);
      if (a.value && holdsSecret(a.value, scope, lookup)) scope.secretVars.add(a.name);
      const secret = a.value !== null && readsMountedSecret(ctx, a.value, scope, lookup);
      if (secret) scope.mountedSecretVars.add(a.name);
      else scope.mountedSecretVars.delete(a.name);
      if (base === "export") scope.exports.set(a.name, { name: a.name, how: "export", span: a.span, fromCommand: index, secret });
      if (a.name === "SSL_NO_VERIFY_HOSTNAME") trustEnv(ctx, a.span ?? span);
    }
    if (base === "export") {
      for (const w of cmd.args) {
        const v = staticValue(w, lookup);
        if (v && /^[A-Za-z_]\w*$/.test(v)) scope.exports.set(v, { name: v, how: "export", span: w.span, fromCommand: index, secret: scope.mountedSecretVars.has(v) });
      }
    }
    if (!nameWord) return;
  }
  for (const a of cmd.assignments) if (a.name === "SSL_NO_VERIFY_HOSTNAME" && nameWord && !["export", "readonly", "declare", "local"].includes(base ?? "")) trustEnv(ctx, a.span ?? span);
  if (base === null) return;
  const { base: realBase, args } = unwrap(base, cmd.args, lookup);
  const env = [
    ...ctx.env,
    ...scope.exports.values(),
    ...cmd.assignments.map((a) => ({ name: a.name, how: "prefix", span: a.span, fromCommand: index, secret: a.value !== null && readsMountedSecret(ctx, a.value, scope, lookup) }))
  ];
  if (realBase === "cd") {
    const target = args[0] ? staticValue(args[0], lookup) : "/root";
    scope.cwd = target === null ? "/?" : resolvePath(scope.cwd, target);
    return;
  }
  const call = { ctx, cmd, index, base: realBase, args, lookup, env, scope, span, removed, walk: extractRunFacts };
  const interpreter = COMMANDS.get(realBase);
  interpreter?.interpret(call);
  if (!interpreter?.ownsStdout) writeRedirects(call);
}
function trustEnv(ctx, span) {
  ctx.emit({ kind: "trust-bypass", manager: "apk", what: "SSL_NO_VERIFY_HOSTNAME", instruction: ctx.instruction, span });
}
function wordsOf2(cmd) {
  const out = [];
  if (cmd.name) out.push(cmd.name);
  out.push(...cmd.args.filter((w) => !cmd.assignments.some((a) => w.raw === `${a.name}=${a.value?.raw ?? ""}`)));
  for (const a of cmd.assignments) if (a.value) out.push(a.value);
  for (const r of cmd.redirects) if (r.target) out.push(r.target);
  return out;
}
function secretPaths(ctx) {
  const m = /* @__PURE__ */ new Map();
  for (const mount of ctx.mounts) if (mount.target !== "") m.set(mount.target, mount);
  return m;
}
function recordSecretReads(ctx, cmd, lookup, span) {
  if (cmd.inSubstitution) return;
  const mounted = secretPaths(ctx);
  for (const word of wordsOf2(cmd)) {
    const text = substitutionText(word.raw, lookup);
    const re = /\/run\/secrets\/([A-Za-z0-9_.-]+)/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const path9 = m[0];
      const id = m[1];
      const assignment = cmd.assignments.find((a) => a.value === word);
      ctx.emit({
        kind: "secret-read",
        id,
        path: path9,
        mounted: mounted.has(path9),
        into: assignment ? { variable: assignment.name } : {},
        instruction: ctx.instruction,
        span: word.span ?? span
      });
    }
    for (const [target, mount] of mounted) {
      if (target.startsWith("/run/secrets/")) continue;
      if (text.includes(target)) {
        ctx.emit({ kind: "secret-read", id: mount.id, path: target, mounted: true, into: {}, instruction: ctx.instruction, span: word.span ?? span });
      }
    }
  }
}
function collectRemovals(ctx) {
  const out = /* @__PURE__ */ new Set();
  let cwd = ctx.cwd;
  for (const c of ctx.run.commands) {
    const n = c.name ? staticValue(c.name, ctx.lookup) : null;
    if (n === "cd" && c.args[0]) {
      const t = staticValue(c.args[0], ctx.lookup);
      if (t) cwd = resolvePath(cwd, t);
    }
    if (n === "rm" || n === "shred") {
      for (const a of c.args) {
        const v = staticValue(a, ctx.lookup);
        if (v && !v.startsWith("-")) out.add(resolvePath(cwd, v));
      }
    }
  }
  return out;
}
var ArmValues;
var init_run_facts = __esm({
  "src/model/run-facts.ts"() {
    "use strict";
    init_words();
    init_registry();
    init_pipeline();
    init_secrets2();
    init_writers();
    ArmValues = class {
      /** Per open construct: each variable's possible values when it is left, and the scope it lives in. */
      open = /* @__PURE__ */ new Map();
      /** Closes the constructs the next command is no longer inside. */
      leaveTo(branch) {
        for (const [construct, vars] of this.open) {
          if (branch.some((b) => b.construct === construct)) continue;
          for (const [name, { scope, values }] of vars) if (values.size > 1) scope.vars.set(name, null);
          this.open.delete(construct);
        }
      }
      /** `before`: the value before the assignment, undefined when the variable was never set. */
      assigned(branch, scope, name, before, after) {
        if (after === void 0) return;
        for (const { construct } of branch) {
          let vars = this.open.get(construct);
          if (!vars) this.open.set(construct, vars = /* @__PURE__ */ new Map());
          let entry = vars.get(name);
          if (!entry) {
            entry = { scope, values: /* @__PURE__ */ new Set() };
            if (before !== void 0) entry.values.add(before);
            vars.set(name, entry);
          }
          entry.values.add(after);
        }
      }
    };
  }
});

// src/model/redaction.ts
function analyseSecrets(build, buildArgs) {
  const view = logicalView(build.text, build.directives.escape);
  const urls = findUrlCredentials(view.text);
  const secrets = findSecrets(view.text, urls);
  build.urlCredentials = urls.map((u) => ({ ...u, start: view.toRaw(u.start), userStart: view.toRaw(u.userStart), end: view.toRaw(u.end) }));
  build.secrets = secrets.map((m) => ({ ...m, start: view.toRaw(m.start), end: view.rawEnd(m.end), hideFrom: view.toRaw(m.hideFrom) }));
  const spans = [];
  const values = /* @__PURE__ */ new Set();
  const keyEnd = privateKeyEnds(view.text);
  for (const m of secrets) {
    const end = m.shape === "private-key" ? keyEnd(m.end) : m.end;
    spans.push(view.rawSpan(m.hideFrom, end));
    if (m.shape !== "private-key") values.add(view.text.slice(m.hideFrom, m.end));
  }
  const stored = [...build.globalArgs, ...build.stages.flatMap((s) => s.facts.filter((f) => f.kind === "variable" || f.kind === "label"))];
  for (const v of stored) {
    if (!isCredentialName(v.name)) continue;
    if (v.value !== null && isCredentialValue(v.value)) values.add(v.value);
    if (!v.valueSpan || v.valueSpan.end <= v.valueSpan.start) continue;
    const written = build.text.slice(v.valueSpan.start, v.valueSpan.end);
    if (!isCredentialValue(written)) continue;
    spans.push({ start: v.valueSpan.start, end: continuedWordEnd(build.text, v.valueSpan.end, build.directives.escape) });
  }
  for (const info of build.instructions) {
    const run = info.run ?? info.triggerRun;
    for (const c of run?.commands ?? []) {
      for (const a of c.assignments) {
        const w = a.value;
        if (!w?.value || !isCredentialName(a.name) || !isCredentialValue(w.value)) continue;
        values.add(w.value);
        spans.push(wordExtent(run, w));
      }
    }
  }
  for (const p of netrcPasswords(view.text)) {
    spans.push(view.rawSpan(p.start, p.end));
    values.add(view.text.slice(p.start, p.end));
  }
  for (const stage of build.stages) {
    for (const f of stage.facts) {
      if (f.kind !== "literal-secret") continue;
      values.add(f.value);
      if (f.valueSpan) spans.push(f.valueSpan);
    }
  }
  for (const [name, value] of Object.entries(buildArgs)) if (isCredentialName(name) && isCredentialValue(value)) values.add(value);
  const searched = [...values].filter((v) => v.length >= MIN_VALUE_LENGTH);
  for (const s of new ValueFinder(searched).find(view.text, false)) spans.push(view.rawSpan(s.start, s.end));
  build.redaction = { spans: mergeSpans(spans), values: searched };
}
function wordExtent(run, w) {
  if (w.span) return w.span;
  const end = w.raw.length > 0 ? run.script.toFile(w.at + w.raw.length - 1) + 1 : run.script.toFile(w.at);
  return { start: run.script.toFile(w.at), end };
}
function continuedWordEnd(text, end, escape) {
  let at = end;
  for (let guard = 0; guard < 1e3; guard++) {
    if (text[at] !== escape) return at;
    let i = at + 1;
    while (text[i] === " " || text[i] === "	" || text[i] === "\r") i++;
    if (text[i] !== "\n") return at;
    i++;
    const wordStart = i;
    while (i < text.length && !/[\s'"]/.test(text[i]) && text[i] !== escape) i++;
    if (i === wordStart) return at;
    at = i;
  }
  return at;
}
function logicalView(raw, escape) {
  const cuts = [];
  const shifts = [];
  let text = "";
  let from = 0;
  let removed = 0;
  for (let i = raw.indexOf(escape); i !== -1; i = raw.indexOf(escape, i + 1)) {
    if (raw[i - 1] === escape) continue;
    let j = i + 1;
    while (raw[j] === " " || raw[j] === "	" || raw[j] === "\r") j++;
    if (raw[j] !== "\n") continue;
    text += raw.slice(from, i);
    removed += j + 1 - i;
    cuts.push(text.length);
    shifts.push(removed);
    from = j + 1;
    i = j;
  }
  if (cuts.length === 0) {
    const id = (o) => o;
    return { text: raw, toRaw: id, rawEnd: id, rawSpan: (start, end) => ({ start, end }) };
  }
  text += raw.slice(from);
  const shiftAt = (offset) => {
    let lo = 0;
    let hi = cuts.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (cuts[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : shifts[lo - 1];
  };
  const toRaw = (offset) => offset + shiftAt(offset);
  const rawEnd = (offset) => offset === 0 ? 0 : toRaw(offset - 1) + 1;
  return { text, toRaw, rawEnd, rawSpan: (start, end) => ({ start: toRaw(start), end: end > start ? rawEnd(end) : toRaw(start) }) };
}
function privateKeyEnds(text) {
  let footer = -2;
  return (from) => {
    if (footer !== -1 && footer < from) footer = text.indexOf("-----END ", from);
    const close = footer === -1 ? -1 : text.indexOf("-----", footer + 9);
    return close !== -1 ? close + 5 : base64RunsEnd(text, from);
  };
}
function base64RunsEnd(text, from) {
  let end = from;
  let i = from;
  for (; ; ) {
    while (i < text.length && /[\s'"\\]/.test(text[i])) i += text[i] === "\\" && text[i + 1] === "n" ? 2 : 1;
    const run = i;
    while (i < text.length && /[A-Za-z0-9+/=]/.test(text[i])) i++;
    if (i - run < 16) return end;
    end = i;
  }
}
function maskShapes(s) {
  const found = findSecrets(s);
  return found.length === 0 ? s : redact(s, 0, mergeSpans(found.map((m) => ({ start: m.hideFrom, end: m.end }))));
}
var MIN_VALUE_LENGTH, ValueFinder, Masker;
var init_redaction = __esm({
  "src/model/redaction.ts"() {
    "use strict";
    init_secrets();
    init_netrc();
    MIN_VALUE_LENGTH = 4;
    ValueFinder = class {
      next = /* @__PURE__ */ new Map();
      fail = [0];
      /** Length of the longest value that ends at this node (0: none), and whether it is a plain word. */
      best = [0];
      plain = [false];
      size;
      constructor(values) {
        this.size = values.length;
        for (const v of values) {
          let node = 0;
          for (let i = 0; i < v.length; i++) {
            const key = node * 65536 + v.charCodeAt(i);
            let child = this.next.get(key);
            if (child === void 0) {
              child = this.best.length;
              this.next.set(key, child);
              this.best.push(0);
              this.plain.push(false);
              this.fail.push(0);
            }
            node = child;
          }
          if (v.length > this.best[node]) {
            this.best[node] = v.length;
            this.plain[node] = /^[A-Za-z]+$/.test(v);
          }
        }
        const children = /* @__PURE__ */ new Map();
        for (const [key, child] of this.next) {
          const parent = Math.floor(key / 65536);
          let list = children.get(parent);
          if (!list) children.set(parent, list = []);
          list.push([key % 65536, child]);
        }
        const queue = [];
        for (const [, child] of children.get(0) ?? []) queue.push(child);
        for (let q = 0; q < queue.length; q++) {
          const node = queue[q];
          for (const [c, child] of children.get(node) ?? []) {
            let f = this.fail[node];
            while (f !== 0 && !this.next.has(f * 65536 + c)) f = this.fail[f];
            const target = this.next.get(f * 65536 + c);
            this.fail[child] = target !== void 0 && target !== child ? target : 0;
            if (this.best[child] === 0) {
              this.best[child] = this.best[this.fail[child]];
              this.plain[child] = this.plain[this.fail[child]];
            }
            queue.push(child);
          }
        }
      }
      /**
       * Sorted, disjoint ranges of `text` covered by the values. With `skipWords`, a value made of
       * letters only is not looked for: in prose it would hide a word ("secret").
       */
      find(text, skipWords) {
        const out = [];
        if (this.size === 0) return out;
        let node = 0;
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i);
          let child = this.next.get(node * 65536 + c);
          while (child === void 0 && node !== 0) {
            node = this.fail[node];
            child = this.next.get(node * 65536 + c);
          }
          node = child ?? 0;
          const len = this.best[node];
          if (len === 0 || skipWords && this.plain[node]) continue;
          let start = i + 1 - len;
          while (out.length > 0 && out[out.length - 1].end >= start) start = Math.min(start, out.pop().start);
          out.push({ start, end: i + 1 });
        }
        return out;
      }
    };
    Masker = class {
      finder;
      spans;
      constructor(spans, values) {
        this.spans = mergeSpans(spans);
        this.finder = new ValueFinder(values);
      }
      /** A slice of the file (a frame line, a diff line) that starts at `offset`. */
      slice(text, offset) {
        return redact(text, offset, this.spans);
      }
      /** Does the file range [start, end) hold a secret? */
      touches(start, end) {
        let lo = 0;
        let hi = this.spans.length;
        while (lo < hi) {
          const mid = lo + hi >> 1;
          if (this.spans[mid].end <= start) lo = mid + 1;
          else hi = mid;
        }
        return lo < this.spans.length && this.spans[lo].start < end;
      }
      /** Text that may hold the file's (a fix's text, a line): every secret value and shape hidden. */
      value(s) {
        return this.mask(s, false);
      }
      /**
       * A message's data: a word of the file (a URL, a path, a name) as `value` does; data of several
       * words (`the image configuration`) is the rule's own prose, where as in `prose` a secret that is
       * a plain word is left.
       */
      data(s) {
        return this.mask(s, /\s/.test(s));
      }
      /**
       * Free text that may quote the file (a fix title, an error): values and shapes hidden, except
       * values that are plain words, which would hide the text's own words.
       */
      prose(s) {
        return this.mask(s, true);
      }
      /** The secrets `s` holds, as its substrings. */
      secretsIn(s) {
        return this.ranges(s, false).map((r) => s.slice(r.start, r.end));
      }
      mask(s, skipWords) {
        const ranges = this.ranges(s, skipWords);
        return ranges.length === 0 ? s : redact(s, 0, ranges);
      }
      ranges(s, skipWords) {
        if (s === "") return [];
        const ranges = this.finder.find(s, skipWords);
        for (const m of findSecrets(s)) ranges.push({ start: m.hideFrom, end: m.end });
        return ranges.length === 0 ? ranges : mergeSpans(ranges);
      }
    };
  }
});

// src/model/sed-regex.ts
function sedRegex(pattern) {
  if (!isTame(pattern)) return null;
  try {
    return new RegExp(pattern, "g");
  } catch {
    return null;
  }
}
function isTame(p) {
  let repeats = 0;
  let choices = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === "\\") {
      if (/[1-9k]/.test(p[i + 1] ?? "")) return false;
      i++;
    } else if (c === "[") {
      let j = i + 1;
      if (p[j] === "^") j++;
      while (j < p.length && p[j] !== "]") j += p[j] === "\\" ? 2 : 1;
      i = j;
    } else if (c === "(") {
      if (p[i + 1] === "?") return false;
    } else if (c === ")") {
      if (/[*+?{]/.test(p[i + 1] ?? "")) return false;
    } else if (c === "*" || c === "+" || c === "{") {
      repeats++;
      choices++;
    } else if (c === "?" || c === "|") {
      choices++;
    }
  }
  return repeats <= MAX_REPEATS && choices <= MAX_CHOICES;
}
var MAX_SED_SUBJECT, MAX_REPEATS, MAX_CHOICES;
var init_sed_regex = __esm({
  "src/model/sed-regex.ts"() {
    "use strict";
    MAX_SED_SUBJECT = 256;
    MAX_REPEATS = 2;
    MAX_CHOICES = 4;
  }
});

// src/model/state.ts
function computeState(stage, build, policy) {
  const own = new Set(stage.facts);
  const parent = stage.parent !== null ? endStates.get(build.stages[stage.parent]) : void 0;
  let repos = parent ? [...parent.repos] : [...baseRepositories(stage, policy), ...baseAptSources(stage, policy)];
  let keys = parent ? [...parent.keys] : [...baseKeys(stage, policy), ...baseAptKeys(stage, policy)];
  const aptBaseKnown = aptBaseIsKnown(stage);
  const managerOf = (file) => file === null ? "apk" : managerOfFile(policy, file);
  const unknownFor = (manager) => [...unknownFiles].some((f) => managerOf(f) === manager);
  const apkRootOf = (file) => file === null ? null : managerOf(file) === "apk" ? apkFile(policy, file)?.root ?? null : null;
  const knownRoots = new Set(parent?.knownRoots ?? []);
  const keysFor = (manager) => keys.filter((k) => (k.fact ? k.fact.manager : managerOf(k.path)) === manager);
  const unknownFiles = new Set(parent?.unknownFiles ?? []);
  for (const fact of parent ? stage.facts : stage.allFacts.length ? stage.allFacts : stage.facts) {
    switch (fact.kind) {
      case "repo-write": {
        if (fact.fileKind !== "repositories") break;
        if (own.has(fact)) fact.before = unknownFiles.has(fact.file) ? null : repos.filter((r) => r.file === fact.file);
        if (fact.mode === "edit") {
          const edited = applyEdit(repos, fact);
          if (edited) repos = edited;
          else unknownFiles.add(fact.file);
          break;
        }
        if (fact.mode === "replace") {
          repos = repos.filter((r) => r.file !== fact.file);
          unknownFiles.delete(fact.file);
          const root2 = apkRootOf(fact.file);
          if (root2 !== null && root2 !== "/") knownRoots.add(root2);
        }
        for (const line of fact.lines) {
          if (line.dynamic && !line.releaseFromImage) {
            unknownFiles.add(fact.file);
            continue;
          }
          const entry = { url: line.text, origin: "write", file: fact.file, span: line.span, fact };
          if (line.tag) entry.tag = line.tag;
          if (line.emptyArgs) entry.emptyArgs = line.emptyArgs;
          if (line.format) Object.assign(entry, { suite: line.suite ?? null, signedBy: line.signedBy ?? null, trusted: line.trusted ?? false });
          repos.push(entry);
        }
        break;
      }
      case "key-install":
        if (fact.path && (fact.manager === "apt" || isApkKeyPath(policy, fact.path))) {
          keys = keys.filter((k) => k.path !== fact.path);
          keys.push({ path: fact.path, origin: "install", fact });
        }
        break;
      case "package-command": {
        if (fact.manager === "apt") {
          if (own.has(fact)) {
            fact.repositories = repos.filter((r) => managerOf(r.file) === "apt");
            fact.keys = keysFor("apt");
            fact.repositoriesUnknown = !aptBaseKnown || unknownFor("apt") || fact.options.some((o) => o.name === "-c" || o.name === "--config-file");
          }
          break;
        }
        const root2 = fact.root;
        if (fact.initdb && root2 !== "/") knownRoots.add(root2);
        if (own.has(fact)) {
          fact.repositories = [
            ...repos.filter((r) => apkRootOf(r.file) === root2),
            ...fact.extraRepositories.map((x) => ({ url: x.url, origin: "flag", file: null, span: x.span ?? x.optionSpan, fact }))
          ];
          const apkKeys = keysFor("apk");
          fact.keys = apkKeys.filter((k) => dirname(k.path) === fact.keysDir);
          const ownDir = apkKeysDirOf(policy, root2);
          fact.rootKeys = fact.keysDir === ownDir ? fact.keys : apkKeys.filter((k) => dirname(k.path) === ownDir);
          fact.repositoriesUnknown = [...unknownFiles].some((f) => apkRootOf(f) === root2) || fact.repositoriesFile !== null || root2 !== "/" && !knownRoots.has(root2);
        }
        const installsConf = (fact.subcommand === "add" || fact.subcommand === "install") && fact.packages.some((p) => p.value !== null && p.value.split("=")[0] === policy.apk.enterpriseConfPackage);
        if (installsConf) {
          const release = repos.map((r) => apkRootOf(r.file) === root2 ? matchApkRepository(policy, r.url)?.release : void 0).find((r) => r) ?? stage.release;
          if (release) {
            const sec = apkRepositoryUrl(policy, release, "security");
            const file = root2 === "/" ? policy.apk.repositoriesFile : `${root2}${policy.apk.repositoriesFile}`;
            repos.push({ url: sec.url, origin: "enterprise-conf", file, span: null, fact });
            keys.push({ path: `${apkKeysDirOf(policy, root2)}/${sec.keyName}`, origin: "enterprise-conf", fact: null });
          }
        }
        break;
      }
      default:
        break;
    }
  }
  endStates.set(stage, { repos, keys, unknownFiles, knownRoots });
}
function baseRepositories(stage, policy) {
  if (stage.dhi) {
    if (stage.dhiVariant !== "dev" || stage.distro !== "alpine" || !stage.release) return [];
    return [{ url: apkRepositoryUrl({ ...policy, apk: { ...policy.apk, mirrors: [] } }, stage.release).url, origin: "base", file: policy.apk.repositoriesFile, span: null, fact: null }];
  }
  const v = stage.release ? stage.release === "edge" ? "edge" : `v${stage.release}` : "latest-stable";
  const host = policy.apk.upstreamHosts[0];
  return ["main", "community"].map((c) => ({ url: `https://${host}/alpine/${v}/${c}`, origin: "base", file: policy.apk.repositoriesFile, span: null, fact: null }));
}
function aptBaseIsKnown(stage) {
  if (stage.dhi) return stage.dhiVariant === "dev" && stage.distro === "debian";
  return stage.distro === "debian" || stage.distro === "ubuntu";
}
function baseAptSources(stage, policy) {
  const deb = policy.deb;
  const entry = (url, suite, signedBy, file) => ({ url, origin: "base", file, span: null, fact: null, suite, signedBy, trusted: false });
  if (stage.distro === "ubuntu" && !stage.dhi) {
    const u = deb.ubuntu;
    const { codename } = ubuntuRelease(stage.image?.tag ?? null);
    const modern = ubuntuIsDeb822(policy, stage);
    const file = modern ? u.sourcesFile : deb.sourcesFile;
    const signedBy = modern ? u.keyring : null;
    return [
      ...u.suiteSuffixes.map((s) => entry(u.archiveUrl, codename && codename + s, signedBy, file)),
      entry(u.securityUrl, codename && codename + u.securitySuffix, signedBy, file)
    ];
  }
  if (stage.distro !== "debian" || stage.dhi && stage.dhiVariant !== "dev") return [];
  if (stage.dhi) {
    const main2 = deb.sources.find((s) => s.channel === "main");
    return [entry(main2.url, stage.release, deb.keyringPath, `${deb.sourcesDir}/dhi.list`)];
  }
  const host = deb.upstreamHosts[0];
  const r = stage.release;
  return [
    entry(`http://${host}/debian`, r, deb.upstreamKeyring, deb.baseSourcesFile),
    entry(`http://${host}/debian`, r && `${r}-updates`, deb.upstreamKeyring, deb.baseSourcesFile),
    entry(`http://${host}/debian-security`, r && `${r}-security`, deb.upstreamKeyring, deb.baseSourcesFile)
  ];
}
function ubuntuIsDeb822(policy, stage) {
  const { version } = ubuntuRelease(stage.image?.tag ?? null);
  if (version === null) return true;
  const [a, b] = version.split(".").map(Number);
  const [x, y] = policy.deb.ubuntu.deb822Since.split(".").map(Number);
  return a > x || a === x && b >= y;
}
function baseAptKeys(stage, policy) {
  if (stage.distro === "ubuntu" && !stage.dhi) return [{ path: ubuntuIsDeb822(policy, stage) ? policy.deb.ubuntu.keyring : policy.deb.ubuntu.legacyKey, origin: "base", fact: null }];
  if (stage.distro !== "debian" || stage.dhi && stage.dhiVariant !== "dev") return [];
  return [{ path: stage.dhi ? policy.deb.keyringPath : policy.deb.upstreamKeyring, origin: "base", fact: null }];
}
function baseKeys(stage, policy) {
  if (stage.dhi && stage.dhiVariant === "dev") {
    const main2 = policy.apk.repositories.find((r) => r.channel === "main");
    return [{ path: `${policy.apk.keysDir}/${main2.keyName}`, origin: "base", fact: null }];
  }
  return [];
}
function applyEdit(repos, fact) {
  const edit = fact.edit;
  if (!edit || !edit.pattern) return null;
  const re = sedRegex(edit.pattern);
  if (!re || repos.some((r) => r.file === fact.file && (r.url.length > MAX_SED_SUBJECT || (r.suite?.length ?? 0) > MAX_SED_SUBJECT))) return null;
  return repos.map((r) => {
    if (r.file !== fact.file) return r;
    const url = r.url.replace(re, edit.replacement);
    const suite = typeof r.suite === "string" ? r.suite.replace(re, edit.replacement) : r.suite;
    return url === r.url && suite === r.suite ? r : { ...r, url, suite, origin: "write", fact, span: edit.span ?? fact.span };
  });
}
var endStates;
var init_state = __esm({
  "src/model/state.ts"() {
    "use strict";
    init_policy();
    init_files();
    init_words();
    init_image();
    init_sed_regex();
    endStates = /* @__PURE__ */ new WeakMap();
  }
});

// src/model/build.ts
function buildModel(text, options) {
  const doc = parseDockerfile(text);
  const { policy, buildArgs } = options;
  const build = {
    text,
    directives: { escape: doc.escape, syntax: doc.syntax },
    instructions: [],
    stages: [],
    globalArgs: [],
    lines: doc.lines,
    secrets: [],
    urlCredentials: [],
    redaction: { spans: [], values: [] },
    comments: doc.comments
  };
  const globals = /* @__PURE__ */ new Map();
  const scopes = /* @__PURE__ */ new Map();
  let current = null;
  const mountsFrom = /* @__PURE__ */ new Map();
  const globalLookup = (name) => {
    if (globals.has(name)) return name in buildArgs ? buildArgs[name] : globals.get(name);
    return name in PREDEFINED_ARGS ? PREDEFINED_ARGS[name] : void 0;
  };
  doc.instructions.forEach((raw) => {
    options.checkpoint?.();
    const info = {
      index: build.instructions.length,
      keyword: raw.keyword,
      span: raw.span,
      keywordSpan: raw.keywordSpan,
      argsSpan: raw.argsSpan,
      stage: current ? current.stage.index : -1,
      onbuild: raw.keyword === "ONBUILD",
      mounts: []
    };
    build.instructions.push(info);
    if (raw.keyword === "FROM") {
      current = startStage(build, raw, scopes, globalLookup, policy);
      info.stage = current.stage.index;
      const key = current.stage.name?.toLowerCase();
      if (key !== void 0 && !scopes.has(key)) scopes.set(key, current);
      return;
    }
    if (!current) {
      if (raw.keyword === "ARG") {
        for (const v of variableFacts(build, raw, info.index, true, globalLookup)) {
          globals.set(v.name, v.value);
          build.globalArgs.push(v);
        }
      }
      return;
    }
    visitInstruction(build, current, raw, info, globals, buildArgs, policy);
    if (raw.keyword === "RUN") {
      for (const f of raw.flags) {
        const from = f.name === "mount" ? f.options.find((o) => o.name === "from")?.value : void 0;
        if (from) mountsFrom.set(current.stage.index, [...mountsFrom.get(current.stage.index) ?? [], from]);
      }
    }
  });
  for (const stage of build.stages) {
    stage.allFacts = stage.parent !== null ? [...build.stages[stage.parent].allFacts, ...stage.facts] : stage.facts;
    computeState(stage, build, policy);
  }
  assignRoles(build, mountsFrom);
  analyseSecrets(build, buildArgs);
  return build;
}
function assignRoles(build, mountsFrom) {
  const byName = /* @__PURE__ */ new Map();
  for (const s of build.stages) if (s.name !== null && !byName.has(s.name.toLowerCase())) byName.set(s.name.toLowerCase(), s.index);
  const resolve = (ref) => {
    const named = byName.get(ref.toLowerCase());
    if (named !== void 0) return named;
    return /^\d+$/.test(ref) && Number(ref) < build.stages.length ? Number(ref) : null;
  };
  const last = build.stages.at(-1);
  if (!last) return;
  const chain = (s) => s.parent === null ? [s] : [s, ...chain(build.stages[s.parent])];
  for (const s of chain(last)) s.role = "final";
  const queue = build.stages.filter((s) => s.role === "final");
  const seen = new Set(queue.map((s) => s.index));
  while (queue.length > 0) {
    const s = queue.pop();
    const refs = [...s.facts.flatMap((f) => f.kind === "copy" && f.from !== null ? [f.from] : []), ...mountsFrom.get(s.index) ?? []];
    for (const ref of refs) {
      const i = resolve(ref);
      if (i === null || i >= s.index) continue;
      for (const t of chain(build.stages[i])) {
        if (seen.has(t.index)) continue;
        seen.add(t.index);
        t.role = "build";
        queue.push(t);
      }
    }
  }
}
function startStage(build, raw, scopes, lookup, policy) {
  const words = raw.args.filter((a) => a.text.length > 0);
  const imageWord = words[0];
  const asIndex = words.findIndex((w) => w.text.toLowerCase() === "as");
  const name = asIndex > 0 ? words[asIndex + 1]?.text ?? null : null;
  const imageRaw = imageWord?.text ?? "";
  const expansion = expandWord(imageRaw, lookup, build.directives.escape);
  const parentScope = expansion.value !== null ? scopes.get(expansion.value.toLowerCase()) : void 0;
  const stage = {
    index: build.stages.length,
    name,
    fromSpan: raw.span,
    imageSpan: imageWord?.span ?? null,
    image: null,
    imageRaw,
    imageVariables: expansion.used,
    parent: parentScope ? parentScope.stage.index : null,
    distro: "unknown",
    release: null,
    releaseUnknownReason: null,
    dhi: false,
    dhiVariant: null,
    windows: false,
    facts: [],
    allFacts: [],
    role: "unused"
  };
  if (parentScope) {
    const p = parentScope.stage;
    Object.assign(stage, { distro: p.distro, release: p.release, releaseUnknownReason: p.releaseUnknownReason, dhi: p.dhi, dhiVariant: p.dhiVariant, image: p.image });
    stage.imageVariables = [.../* @__PURE__ */ new Set([...stage.imageVariables, ...p.imageVariables])];
  } else if (expansion.value === null) {
    stage.releaseUnknownReason = "variable";
  } else {
    stage.image = parseImageRef(expansion.value);
    Object.assign(stage, describeBase(declaredBase(policy, stage.image) ?? stage.image, policy));
  }
  stage.windows = parentScope?.windowsShell ?? (build.directives.escape === "`" && stage.distro === "unknown");
  build.stages.push(stage);
  return {
    stage,
    vars: new Map(parentScope ? [...parentScope.vars].filter(([k]) => parentScope.env.some((e) => e.name === k)) : []),
    env: parentScope ? [...parentScope.env] : [],
    workdir: parentScope?.workdir ?? "/",
    files: parentScope ? parentScope.files.clone() : new FileTracker(),
    windowsShell: stage.windows,
    bareEnvironment: parentScope ? parentScope.bareEnvironment : stage.image !== null && hasBareEnvironment(stage.image)
  };
}
function visitInstruction(build, scope, raw, info, globals, buildArgs, policy) {
  const stage = scope.stage;
  const lookup = (name) => scope.vars.has(name) ? scope.vars.get(name) : name in PREDEFINED_ARGS ? PREDEFINED_ARGS[name] : scope.bareEnvironment && globals.has(name) ? "" : void 0;
  const emit = (fact) => stage.facts.push(fact);
  switch (raw.keyword) {
    case "ARG":
      for (const v of variableFacts(build, raw, info.index, false, lookup)) {
        const value = v.name in buildArgs ? buildArgs[v.name] : v.value ?? (globals.has(v.name) ? globals.get(v.name) : null);
        scope.vars.set(v.name, value);
        emit(v);
      }
      return;
    case "ENV":
      for (const v of variableFacts(build, raw, info.index, false, lookup)) {
        scope.vars.set(v.name, v.value);
        scope.env.push({ name: v.name, how: "env-instruction", span: v.nameSpan, fromCommand: null });
        emit(v);
        if (v.name === "SSL_NO_VERIFY_HOSTNAME") emit({ kind: "trust-bypass", manager: "apk", what: "SSL_NO_VERIFY_HOSTNAME", instruction: info.index, span: v.span });
      }
      return;
    case "WORKDIR": {
      const w = raw.args[0];
      if (w) {
        const v = expandVariables(w.text, lookup, build.directives.escape).value;
        scope.workdir = v === null ? "/?" : resolvePath(scope.workdir, unquote(v));
      }
      return;
    }
    case "SHELL": {
      const body = raw.argsSpan ? build.text.slice(raw.argsSpan.start, raw.argsSpan.end) : "";
      scope.windowsShell = /powershell|pwsh|cmd(?:\.exe)?"/i.test(body);
      if (scope.windowsShell) stage.windows = true;
      return;
    }
    case "RUN":
      visitRun(build, scope, raw, info, lookup, emit, policy, false, scope.bareEnvironment && globals.size > 0 ? new Set([...globals.keys()].filter((n) => !scope.vars.has(n))) : void 0);
      return;
    case "ONBUILD":
      if (raw.trigger?.keyword === "RUN") {
        const kept = (fact) => {
          if (TRIGGER_FACTS.has(fact.kind)) emit(fact);
        };
        const envOnly = (name) => scope.env.some((e) => e.name === name) ? scope.vars.get(name) : void 0;
        visitRun(build, { ...scope, files: scope.files.clone() }, raw.trigger, info, envOnly, kept, policy, true);
      } else if (raw.trigger?.keyword === "ENV" || raw.trigger?.keyword === "ARG") {
        for (const v of variableFacts(build, raw.trigger, info.index, false, () => void 0)) emit({ ...v, onbuild: true });
      } else if (raw.trigger?.keyword === "LABEL") {
        for (const l of labelFacts(build, raw.trigger, info.index, () => void 0)) emit({ ...l, onbuild: true });
      }
      return;
    case "LABEL":
      for (const l of labelFacts(build, raw, info.index, lookup)) emit(l);
      return;
    case "COPY":
    case "ADD":
      visitCopy(build, scope, raw, info, lookup, emit, policy);
      return;
    default:
      return;
  }
}
function visitRun(build, scope, raw, info, lookup, emit, policy, trigger = false, undeclaredArgs) {
  info.mounts = secretMounts(raw);
  if (scope.windowsShell || !raw.argsSpan) return;
  const heredocs = raw.heredocs.map((h) => ({ name: h.name, start: h.startSpan.start, end: h.startSpan.end }));
  const script = buildRunScript(build.text, raw.argsSpan.start, raw.span.end, build.directives.escape, heredocs);
  const run = script ? parseShell(script) : parseExecForm(build.text, raw.argsSpan.start, raw.span.end, build.directives.escape);
  if (!run) return;
  if (trigger) info.triggerRun = run;
  else info.run = run;
  const env = [...scope.env];
  for (const m of info.mounts) if (m.env) env.push({ name: m.env, how: "mount-env", span: m.span, fromCommand: null, secret: true });
  extractRunFacts({
    instruction: info.index,
    run,
    policy,
    lookup,
    env,
    cwd: scope.workdir,
    mounts: info.mounts,
    release: scope.stage.release,
    imageVariables: scope.stage.imageVariables,
    ...undeclaredArgs && { undeclaredArgs },
    files: scope.files,
    instructionSpan: raw.span,
    emit
  });
}
function secretMounts(raw) {
  const out = [];
  for (const f of raw.flags) {
    if (f.name !== "mount") continue;
    const opt = (...names) => [...f.options].reverse().find((o) => names.includes(o.name.toLowerCase())) ?? null;
    const value = (...names) => opt(...names)?.value ?? null;
    if (value("type")?.toLowerCase() !== "secret") continue;
    const target = value("target", "dst", "destination");
    const id = value("source", "src") || value("id") || (target ? basename(target) : null);
    if (!id) continue;
    const required = opt("required");
    const env = value("env");
    out.push({
      id,
      // With only `env=`, BuildKit puts the secret in that variable and mounts no file.
      target: target ?? (env ? "" : `/run/secrets/${basename(id)}`),
      env,
      required: required !== null && (required.value === null || /^(?:1|t|T|TRUE|true|True)$/.test(required.value)),
      span: f.span,
      mode: value("mode"),
      options: f.options
    });
  }
  return out;
}
function visitCopy(build, scope, raw, info, lookup, emit, policy) {
  const keyword = raw.keyword;
  const text = build.text;
  const isJson = raw.argsSpan !== null && text[raw.argsSpan.start] === "[";
  let words;
  if (isJson) {
    try {
      const arr = JSON.parse(text.slice(raw.argsSpan.start, raw.argsSpan.end));
      if (!Array.isArray(arr)) return;
      words = arr.map((s) => ({ text: String(s), span: raw.argsSpan }));
    } catch {
      return;
    }
  } else words = raw.args;
  if (words.length < 2) return;
  const destWord = words.at(-1);
  const dest = expandVariables(unquote(destWord.text), lookup, build.directives.escape).value;
  if (dest === null) return;
  const destPath = resolvePath(scope.workdir, dest);
  const from = raw.flags.find((f) => f.name === "from")?.value ?? null;
  const checksum = raw.flags.find((f) => f.name === "checksum")?.value ?? null;
  const ctx = { emit, instruction: info.index, files: scope.files, policy };
  const sources = words.slice(0, -1).map((w) => ({ text: expandVariables(w.text, lookup, build.directives.escape).value ?? w.text, span: w.span }));
  emit({ kind: "copy", keyword, sources, dest: destPath, from, heredoc: raw.heredocs.length > 0, instruction: info.index, span: raw.span });
  const many = sources.length > 1 || dest.endsWith("/");
  for (const src of sources) {
    const heredoc = raw.heredocs.find((h) => h.startSpan.start === src.span.start && h.startSpan.end === src.span.end);
    const heredocName = heredoc?.name;
    const target = many ? resolvePath(destPath, heredocName ?? basename(src.text)) : destPath;
    const kind = classifyFile(policy, target);
    if (heredoc) {
      const body = heredoc.contentSpan ? text.slice(heredoc.contentSpan.start, heredoc.contentSpan.end) : "";
      const lines = linesFromText(body, heredoc.contentSpan, heredoc.expand, lookup, scope.stage.imageVariables);
      const bodyStart = heredoc.contentSpan?.start ?? 0;
      writtenSecrets(ctx, lines, body, (value) => body.indexOf(value) === -1 ? null : { start: bodyStart + body.indexOf(value), end: bodyStart + body.indexOf(value) + value.length }, raw.span);
      if (kind) writeRepoFile(ctx, target, kind, "replace", keyword, lines, null, raw.span);
      else scope.files.setLines(target, lines, false);
      continue;
    }
    if (/^[a-z]+:\/\//i.test(src.text) && keyword === "ADD") {
      emit({ kind: "download", tool: "ADD", url: src.text, urlSpan: src.span, insecureFlags: [], instruction: info.index, span: raw.span });
      const finalPath = many || dest.endsWith("/") || scope.files.isDirectory(destPath, policy) ? resolvePath(destPath, basename(src.text)) : destPath;
      const chmod = raw.flags.find((f) => f.name === "chmod")?.value ?? null;
      const mark = (f) => {
        if (f.kind === "key-install" && f.manager === "apt" && !chmodLetsOthersRead(chmod)) f.unreadable = { chmod };
        if (f.kind === "key-install") src.key = true;
        emit(f);
      };
      recordFetched({ ...ctx, emit: mark }, "ADD", src.text, src.span, finalPath, destWord.span, checksum, raw.span);
      continue;
    }
    if (kind) {
      writeRepoFile(ctx, target, kind, "replace", keyword, null, null, raw.span);
      continue;
    }
    const finalKey = apkKeysDirRoot(policy, destPath) !== null ? resolvePath(destPath, basename(src.text)) : target;
    if (isApkKeyPath(policy, finalKey) || from === null && /\.rsa\.pub$/.test(src.text)) {
      recordContextKey(ctx, keyword, src.text, finalKey, destWord.span, raw.span);
      src.key = true;
    } else if (aptKeyPlace(policy, target) && /\.(?:gpg|asc|key|pub)$/.test(target)) {
      recordContextKey(ctx, keyword, src.text, target, destWord.span, raw.span, "apt");
      src.key = true;
    }
  }
}
function chmodLetsOthersRead(mode) {
  if (mode === null) return false;
  return /^[0-7]{3,4}$/.test(mode) ? (parseInt(mode, 8) & 4) !== 0 : true;
}
function variableFacts(build, raw, instruction, global, lookup) {
  return readProperties(build.text, raw, build.directives.escape).map((p) => ({
    kind: "variable",
    keyword: raw.keyword,
    name: p.name,
    nameSpan: p.nameSpan,
    value: p.value === null ? null : expandVariables(p.value, lookup).value,
    valueSpan: p.valueSpan,
    global,
    instruction,
    span: { start: p.nameSpan.start, end: p.valueSpan?.end ?? p.nameSpan.end }
  }));
}
function labelFacts(build, raw, instruction, lookup) {
  return readProperties(build.text, raw, build.directives.escape).map((p) => ({
    kind: "label",
    name: p.name,
    nameSpan: p.nameSpan,
    value: p.value === null ? null : expandVariables(p.value, lookup).value,
    valueSpan: p.valueSpan,
    instruction,
    span: { start: p.nameSpan.start, end: p.valueSpan?.end ?? p.nameSpan.end }
  }));
}
var TRIGGER_FACTS;
var init_build = __esm({
  "src/model/build.ts"() {
    "use strict";
    init_dockerfile();
    init_run_script();
    init_exec_form();
    init_shell();
    init_image();
    init_vars();
    init_run_facts();
    init_placed_files();
    init_repo_write();
    init_files();
    init_redaction();
    init_secrets2();
    init_words();
    init_state();
    TRIGGER_FACTS = /* @__PURE__ */ new Set(["trust-bypass", "download", "local-package", "secret-write", "literal-secret"]);
  }
});

// src/rule.ts
function defineRule(rule) {
  return rule;
}
var init_rule = __esm({
  "src/rule.ts"() {
    "use strict";
  }
});

// src/model/query.ts
function factsOf(stage, kind) {
  return stage.facts.filter((f) => f.kind === kind);
}
function* eachFact(build, kind) {
  for (const stage of build.stages) for (const f of factsOf(stage, kind)) yield [f, stage];
}
function installsPackages(cmd) {
  return cmd.subcommand !== null && (cmd.manager === "apt" ? APT_INSTALLING : INSTALLING).has(cmd.subcommand);
}
function fetchesIndexes(cmd) {
  if (cmd.manager === "apt") return cmd.subcommand !== null && (APT_INSTALLING.has(cmd.subcommand) || ["update", "download", "source"].includes(cmd.subcommand));
  return cmd.subcommand !== null && FETCHING.has(cmd.subcommand);
}
function debSourceMatch(policy, entry) {
  return matchDebSource(policy, typeof entry === "string" ? entry : entry.url);
}
function aptSourceLines(stage) {
  return factsOf(stage, "repo-write").flatMap(
    (write) => write.manager === "apt" && write.fileKind === "repositories" && write.mode !== "edit" ? write.lines.filter((l) => !l.dynamic && l.format).map((line) => ({ line, write })) : []
  );
}
function aptSuiteRange(build, line) {
  const span = line.format === "deb822" ? line.suiteSpan ?? null : line.span;
  if (!span || !line.suite) return null;
  const text = build.text.slice(span.start, span.end);
  const from = line.format === "deb822" ? text.indexOf(":") + 1 : text.indexOf(line.text) + line.text.length;
  if (from <= 0 || line.format !== "deb822" && text.indexOf(line.text) === -1) return null;
  const esc = line.suite.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(`(^|[\\s])(${esc})(?=[\\s"']|$)`, "g");
  const hits = [...text.slice(from).matchAll(re)];
  if (hits.length !== 1) return null;
  const start = span.start + from + hits[0].index + hits[0][1].length;
  return { start, end: start + line.suite.length };
}
function hardenedMatch(policy, entry) {
  return matchApkRepository(policy, typeof entry === "string" ? entry : entry.url);
}
function isHardened(policy, entry) {
  return hardenedMatch(policy, entry) !== null;
}
function activeRepositories(cmd) {
  const tags = new Set(cmd.packages.flatMap((p) => p.value && p.value.includes("@") ? [p.value.split("@")[1]] : []));
  return cmd.repositories.filter((r) => !r.tag || tags.has(r.tag));
}
function packageCommands(stage, manager = "apk") {
  return factsOf(stage, "package-command").filter((c) => c.manager === manager);
}
function intendedKeyName(policy, fact) {
  if (fact.url) {
    const known = keyByUrl(policy, fact.url);
    if (known) return known.keyName;
  }
  const trusted = trustedKeyNames(policy);
  const names = [fact.contextSource, fact.path, fact.url].flatMap((n) => n ? [basename(n)] : []);
  const exact = names.find((n) => trusted.includes(n));
  if (exact) return exact;
  const stale = fact.url !== null && fact.url.replace(/^http:/i, "https:").startsWith(policy.apk.keyringUrlPrefix);
  if (!stale && !names.some((n) => policy.apk.knownWrongKeyNames.includes(n))) return null;
  const bySuffix = trusted.filter((t) => names.some((n) => n.endsWith(t) || n.includes("@") && t.endsWith(n))).sort((a, b) => b.length - a.length)[0];
  return bySuffix ?? policy.apk.repositories[0]?.keyName ?? null;
}
function rangeOfText(build, span, value) {
  if (!span || value === "") return null;
  const text = build.text.slice(span.start, span.end);
  const at = text.indexOf(value);
  if (at === -1 || text.indexOf(value, at + 1) !== -1) return null;
  return { start: span.start + at, end: span.start + at + value.length };
}
function urlForMessage(url) {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/i, "$1");
}
function downloadsFromRepositories(cmd) {
  return installsPackages(cmd) || cmd.subcommand === "update" || cmd.subcommand === "fetch" || cmd.manager === "apt" && fetchesIndexes(cmd);
}
function shellCommandOf(build, fact) {
  const at = fact.commandSpan?.start;
  const commands = build.instructions[fact.instruction]?.run?.commands ?? [];
  const index = at === void 0 ? -1 : commands.findIndex((c) => c.name?.span?.start === at);
  return index === -1 ? null : { command: commands[index], index };
}
function commandStart(command2) {
  const first = command2.assignments[0] ?? null;
  return first ? first.span?.start ?? null : command2.name?.span?.start ?? null;
}
function variableAt(build, instruction, name) {
  const stageIndex = build.instructions[instruction]?.stage ?? -1;
  const before = (v) => v.kind === "variable" && v.name === name && v.instruction < instruction && !v.onbuild;
  if (stageIndex < 0) return build.globalArgs.filter(before).at(-1) ?? null;
  const stage = build.stages[stageIndex];
  const own = stage.facts.filter(before).at(-1);
  if (own) return own;
  const inherited = stage.allFacts.slice(0, stage.allFacts.length - stage.facts.length);
  return inherited.filter((f) => before(f) && f.keyword === "ENV").at(-1) ?? null;
}
function apkKeysCover(policy, stage, cmd) {
  if (cmd.repositoriesUnknown) return false;
  const keys = new Set((cmd.rootKeys ?? cmd.keys).map((k) => basename(k.path)));
  return activeRepositories(cmd).every((r) => {
    const match = hardenedMatch(policy, r);
    if (match) return keys.has(match.keyName);
    return r.origin === "base" && stage.distro === "alpine";
  });
}
function isHardenedAptKey(policy, fact) {
  return fact.url !== null ? debKeyByUrl(policy, fact.url) !== null : /dhi/i.test(basename(fact.contextSource ?? fact.path ?? ""));
}
var INSTALLING, FETCHING, APT_INSTALLING;
var init_query = __esm({
  "src/model/query.ts"() {
    "use strict";
    init_policy();
    init_words();
    INSTALLING = /* @__PURE__ */ new Set(["add", "upgrade", "fix", "install"]);
    FETCHING = /* @__PURE__ */ new Set(["add", "upgrade", "fix", "install", "update", "fetch", "search", "dot", "policy", "list", "cache"]);
    APT_INSTALLING = /* @__PURE__ */ new Set(["install", "upgrade", "dist-upgrade", "full-upgrade", "reinstall", "build-dep", "safe-upgrade"]);
  }
});

// src/fix/builders.ts
function replace(span, text) {
  return { start: span.start, end: span.end, text };
}
function insertAt(offset, text) {
  return { start: offset, end: offset, text };
}
function removeWord(build, span) {
  let start = span.start;
  while (start > 0 && (build.text[start - 1] === " " || build.text[start - 1] === "	")) start--;
  return { start, end: span.end, text: "" };
}
function styleOf(build) {
  let style = styleCache.get(build);
  if (!style) {
    const lower = build.instructions.filter((i) => build.text.slice(i.keywordSpan.start, i.keywordSpan.end) === i.keyword.toLowerCase()).length;
    style = { lower: lower * 2 > build.instructions.length, eol: detectEol(build.text) };
    styleCache.set(build, style);
  }
  return style;
}
function keywordCase(build, keyword) {
  return styleOf(build).lower ? keyword.toLowerCase() : keyword.toUpperCase();
}
function lineStartOf(build, offset) {
  let i = offset;
  while (i > 0 && build.text[i - 1] !== "\n" && build.text[i - 1] !== "\r") i--;
  return i;
}
function insertInstructionsBefore(build, before, lines) {
  const eol = styleOf(build).eol;
  const escape = build.directives.escape;
  const indent = build.text.slice(lineStartOf(build, before.span.start), before.span.start);
  const start = aboveComments(build, lineStartOf(build, before.span.start));
  const text = lines.map((l) => {
    const m = /^([A-Za-z]+)(\s[\s\S]*)$/.exec(l);
    const body = m ? keywordCase(build, m[1]) + m[2] : l;
    return indent + body.replace(/\\?\n/g, (nl) => (nl.length === 2 ? escape : "") + eol + indent) + eol;
  }).join("");
  return { start, end: start, text };
}
function aboveComments(build, lineStart) {
  const starts = commentLineStarts(build);
  let line = build.lines.lineOf(lineStart);
  while (line > 0 && starts.has(build.lines.starts[line - 1])) line--;
  return build.lines.starts[line];
}
function commentLineStarts(build) {
  let set = commentStarts.get(build);
  if (!set) {
    set = /* @__PURE__ */ new Set();
    for (const c of build.comments) {
      const start = lineStartOf(build, c.span.start);
      if (/^[ \t]*$/.test(build.text.slice(start, c.span.start))) set.add(start);
    }
    commentStarts.set(build, set);
  }
  return set;
}
function insertShellLinesBefore(build, instruction, commandStart2, lines) {
  const headerEnd = build.text.slice(instruction.span.start).search(/\r?\n/);
  if (headerEnd === -1) return null;
  const header = build.text.slice(instruction.span.start, instruction.span.start + headerEnd);
  if (!/^\s*RUN\s+<<-?(["']?)\w+\1\s*$/i.test(header)) return null;
  const start = lineStartOf(build, commandStart2);
  const indent = build.text.slice(start, commandStart2);
  if (start <= instruction.span.start + headerEnd || !/^[ \t]*$/.test(indent)) return null;
  const eol = styleOf(build).eol;
  return { start, end: start, text: lines.map((l) => indent + l + eol).join("") };
}
function flagOffset(build, instruction) {
  let at = instruction.keywordSpan.end;
  while (build.text[at] === " " || build.text[at] === "	") at++;
  return at;
}
function insertRunFlag(build, instruction, flag) {
  return insertAt(flagOffset(build, instruction), `${flag} `);
}
function setMountOptions(build, mount, set) {
  const last = mount.options[mount.options.length - 1];
  if (!last) return null;
  const changes = [];
  let appended = "";
  for (const { names, value } of set) {
    const option = mount.options.find((o) => names.includes(o.name));
    if (!option) appended += `,${names[0]}=${value}`;
    else if (option.value !== value) changes.push(option.valueSpan ? replace(option.valueSpan, value) : replace(option.span, `${option.name}=${value}`));
  }
  if (appended) changes.push(insertAt(last.span.end, appended));
  if (changes.length === 0) return null;
  changes.sort((a, b) => a.start - b.start);
  const start = changes[0].start;
  const end = Math.max(...changes.map((c) => c.end));
  let text = "";
  let at = start;
  for (const c of changes) {
    text += build.text.slice(at, c.start) + c.text;
    at = c.end;
  }
  return { start, end, text: text + build.text.slice(at, end) };
}
function removeInstruction(build, instruction) {
  const start = lineStartOf(build, instruction.span.start);
  if (build.text.slice(start, instruction.span.start).trim() !== "") return null;
  const rest = /^[ \t]*(\r?\n|\r|$)/.exec(build.text.slice(instruction.span.end));
  if (!rest) return null;
  return { start, end: instruction.span.end + rest[0].length, text: "" };
}
function removeFlagLetter(build, flag, letter, span) {
  if (build.text.slice(span.start, span.end) !== flag) return null;
  if (flag.startsWith("--") || flag === `-${letter}`) return removeWord(build, span);
  return replace(span, flag.replace(letter, ""));
}
var styleCache, commentStarts;
var init_builders = __esm({
  "src/fix/builders.ts"() {
    "use strict";
    init_text();
    styleCache = /* @__PURE__ */ new WeakMap();
    commentStarts = /* @__PURE__ */ new WeakMap();
  }
});

// rules/auth-scope.ts
function describe(cmd) {
  return cmd.subcommand ? `${cmd.manager} ${cmd.subcommand}` : cmd.manager;
}
function commandRange(build, cmd) {
  const whole3 = build.instructions[cmd.instruction].span;
  return cmd.span.start === whole3.start && cmd.span.end === whole3.end && cmd.commandSpan ? cmd.commandSpan : cmd.span;
}
function exportFix(build, name, binding, cmd) {
  const command2 = binding.fromCommand !== null ? build.instructions[cmd.instruction]?.run?.commands[binding.fromCommand] : void 0;
  const assignment = command2?.assignments[0];
  if (!command2 || !assignment?.span || !binding.span || assignment.span.start !== binding.span.start) return null;
  if (command2.inSubstitution || !(command2.joinedBy === null || command2.joinedBy === "&&" || command2.joinedBy === ";")) return null;
  const value = assignment.value;
  if (value && value.value === null && !/^(["']).*\1$/s.test(value.raw)) return null;
  return {
    title: `Export ${name} for every command of the RUN`,
    safety: "safe",
    edits: [insertAt(assignment.span.start, "export "), insertAt(assignment.span.end, " &&")]
  };
}
function mountFix(build, info, id) {
  if (info.keyword !== "RUN" || info.onbuild) return null;
  return { title: `Mount the secret ${id}`, safety: "safe", edits: [insertRunFlag(build, info, `--mount=type=secret,id=${id}`)] };
}
var auth_scope_default;
var init_auth_scope = __esm({
  "rules/auth-scope.ts"() {
    "use strict";
    init_rule();
    init_query();
    init_builders();
    auth_scope_default = defineRule({
      id: "auth-scope",
      meta: {
        description: "Credentials do not reach the package command that needs them.",
        severity: "error",
        fixable: "sometimes",
        tags: ["security", "correctness"],
        messages: {
          prefixOnly: "{name} is set as a prefix of `{first}` on line {line}, which reaches that command only: `{command}` runs without it.",
          unmountedSecret: "{path} is read, but this RUN does not mount the secret {id}: the file does not exist and the value read is empty.",
          mountedElsewhere: "{path} is read, but this RUN mounts the secret {id} at {target}."
        },
        options: {}
      },
      check(ctx) {
        const { build, policy } = ctx;
        const name = policy.auth.env;
        const lines = build.lines;
        const byRun = /* @__PURE__ */ new Map();
        for (const [cmd] of eachFact(build, "package-command")) {
          if (cmd.manager === "apk") byRun.set(cmd.instruction, [...byRun.get(cmd.instruction) ?? [], cmd]);
        }
        for (const cmds of byRun.values()) {
          let prefixed = null;
          for (const cmd of cmds) {
            const own = cmd.env.find((e) => e.name === name && e.how === "prefix");
            if (own) {
              prefixed = { cmd, binding: own };
              continue;
            }
            if (!prefixed || !downloadsFromRepositories(cmd) || cmd.env.some((e) => e.name === name)) continue;
            const at = prefixed.binding.span?.start ?? prefixed.cmd.commandSpan?.start ?? prefixed.cmd.span.start;
            ctx.report({
              messageId: "prefixOnly",
              data: { name, first: describe(prefixed.cmd), line: lines.position(at).line, command: describe(cmd) },
              span: commandRange(build, cmd),
              fix: exportFix(build, name, prefixed.binding, prefixed.cmd)
            });
          }
        }
        const fixed = /* @__PURE__ */ new Set();
        for (const [read] of eachFact(build, "secret-read")) {
          if (read.mounted) continue;
          const info = build.instructions[read.instruction];
          const span = rangeOfText(build, read.span, read.path) ?? read.span;
          const elsewhere = info.mounts.find((m) => m.id === read.id);
          if (elsewhere) {
            ctx.report({ messageId: "mountedElsewhere", data: { path: read.path, id: read.id, target: elsewhere.target }, span });
            continue;
          }
          const key = `${read.instruction}:${read.id}`;
          const fix = fixed.has(key) ? null : mountFix(build, info, read.id);
          fixed.add(key);
          ctx.report({ messageId: "unmountedSecret", data: { path: read.path, id: read.id }, span, fix });
        }
      }
    });
  }
});

// rules/credentials-in-url.ts
function scan(ctx, info, text, offset, fallback, report) {
  if (!text.includes("@")) return;
  const re = new RegExp(PASSWORD_REFERENCE.source, PASSWORD_REFERENCE.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = m[2] ?? m[3];
    if (readInShell(ctx.build, info, name)) continue;
    const declared = variableAt(ctx.build, info.index, name);
    if (!declared) continue;
    const userStart = m.index + m[0].indexOf("://") + 3;
    const span = offset === null ? fallback : { start: offset + userStart, end: offset + m.index + m[0].length - 1 };
    report("variablePassword", span, { host: hostAfter(text, m.index + m[0].length), keyword: declared.keyword, name, stays: STAYS[declared.keyword] });
  }
}
function readInShell(build, info, name) {
  if (info.keyword !== "RUN") return false;
  if (info.mounts.some((m) => m.env === name)) return true;
  return (info.run?.commands ?? []).some((c) => c.assignments.some((a) => a.name === name));
}
function hostAfter(text, at) {
  let end = at;
  while (end < text.length && end - at < 253 && /[A-Za-z0-9.-]/.test(text[end])) end++;
  return end > at ? text.slice(at, end) : "a computed host";
}
var PASSWORD_REFERENCE, STAYS, credentials_in_url_default;
var init_credentials_in_url = __esm({
  "rules/credentials-in-url.ts"() {
    "use strict";
    init_rule();
    init_query();
    init_secrets();
    PASSWORD_REFERENCE = /\b[a-z][a-z0-9+.-]{0,20}:\/\/([^\s/:@'"]{1,200}):\$(?:\{([A-Za-z_][A-Za-z0-9_]{0,127})(?:[:?+-]{1,2}[^}\s/@'"]{0,200})?\}|([A-Za-z_][A-Za-z0-9_]{0,127}))@/gi;
    STAYS = { ARG: "the image history of the steps that use it", ENV: "the image configuration" };
    credentials_in_url_default = defineRule({
      id: "credentials-in-url",
      meta: {
        description: "A URL carries a user name and password.",
        severity: "error",
        fixable: "never",
        tags: ["security", "secrets"],
        messages: {
          literalPassword: "The URL to {host} holds a user name and password in clear text; anyone who can read the Dockerfile or the image history can use them.",
          tokenUser: "The URL to {host} carries a token as its user name; anyone who can read the Dockerfile or the image history can use it.",
          variablePassword: "The URL to {host} takes its password from {keyword} {name}; the value stays in {stays}. Use a secret mount."
        },
        options: {}
      },
      check(ctx) {
        const { build } = ctx;
        const reported = /* @__PURE__ */ new Set();
        const report = (messageId, span, data) => {
          if (reported.has(span.start)) return;
          reported.add(span.start);
          ctx.report({ messageId, data, span });
        };
        for (const u of build.urlCredentials) {
          const host = { host: hostAfter(build.text, u.end + 1) };
          if (u.password !== null && u.password !== "" && !isReference(u.password)) report("literalPassword", { start: u.userStart, end: u.end }, host);
          else if (isTokenUser(u.user)) {
            const user = { start: u.userStart, end: u.userStart + u.user.length };
            const shaped = build.secrets.some((m) => m.shape !== "url-token-user" && m.start < user.end && user.start < m.end);
            if (!shaped) report("tokenUser", user, host);
          }
        }
        for (const info of build.instructions) {
          if (info.keyword !== "RUN") scan(ctx, info, build.text.slice(info.span.start, info.span.end), info.span.start, info.span, report);
          for (const c of info.run?.commands ?? []) {
            const shellSpan = c.span ?? info.span;
            for (const w of [c.name, ...c.args, ...c.assignments.map((a) => a.value), ...c.redirects.map((r) => r.target)]) {
              if (!w) continue;
              const exact = w.span !== null && build.text.slice(w.span.start, w.span.end) === w.raw;
              scan(ctx, info, w.raw, exact ? w.span.start : null, w.span ?? shellSpan, report);
            }
            for (const r of c.redirects) {
              const h = r.heredoc;
              if (!h || h.quoted) continue;
              const exact = h.span !== null && build.text.slice(h.span.start, h.span.end) === h.body;
              scan(ctx, info, h.body, exact ? h.span.start : null, h.span ?? shellSpan, report);
            }
          }
        }
      }
    });
  }
});

// rules/enterprise-without-auth.ts
function checkApt(build, policy, stage, report) {
  const deb = policy.deb;
  const isAuthFile = (path9) => path9 === deb.authConfFile || path9.startsWith(deb.authConfDir + "/") && path9.endsWith(".conf");
  const reported = /* @__PURE__ */ new Set();
  for (const cmd of packageCommands(stage, "apt")) {
    if (reported.has(cmd.instruction) || !downloadsFromRepositories(cmd)) continue;
    if (cmd.mounts.some((m) => isAuthFile(m.target))) continue;
    if (credentialWrites(stage, cmd).some((f) => isAuthFile(f.file))) continue;
    const repo = cmd.repositories.find((r) => debSourceMatch(policy, r)?.auth);
    if (!repo) continue;
    reported.add(cmd.instruction);
    const word = cmd.commandSpan ? build.text.slice(cmd.commandSpan.start, cmd.commandSpan.end) : "apt-get";
    const info = build.instructions[cmd.instruction];
    let fix = null;
    if (info.keyword === "RUN" && !info.onbuild) {
      const mount = info.mounts.find((m) => m.id === deb.authSecretId);
      const edit = mount ? setMountOptions(build, mount, [
        ...mount.options.some((o) => o.name === "id") ? [] : [{ names: ["id"], value: deb.authSecretId }],
        { names: TARGET_NAMES, value: deb.authSecretTarget },
        ...mount.mode ? [] : [{ names: ["mode"], value: deb.authSecretMode }]
      ]) : insertRunFlag(build, info, `--mount=type=secret,id=${deb.authSecretId},target=${deb.authSecretTarget},mode=${deb.authSecretMode}`);
      if (edit) fix = { title: `Mount the ${deb.authSecretId} build secret at ${deb.authSecretTarget}`, safety: "unsafe", edits: [edit] };
    }
    report({
      messageId: "aptNoAuth",
      data: { command: cmd.subcommand ? `${word} ${cmd.subcommand}` : word, url: urlForMessage(repo.url), dir: deb.authConfDir },
      span: commandRange2(build, cmd),
      fix
    });
  }
}
function hasCredentials(policy, stage, cmd) {
  return cmd.env.some((e) => e.name === policy.auth.env && e.secret === true) || cmd.mounts.some((m) => basename(m.target) === ".netrc") || credentialWrites(stage, cmd).some((f) => basename(f.file) === ".netrc");
}
function credentialWrites(stage, cmd) {
  const out = [];
  for (const f of stage.allFacts) {
    if (f === cmd) break;
    if (f.kind === "secret-write" && (f.instruction === cmd.instruction || !f.removed)) out.push(f);
  }
  return out;
}
function commandRange2(build, cmd) {
  const whole3 = build.instructions[cmd.instruction].span;
  return cmd.span.start === whole3.start && cmd.span.end === whole3.end && cmd.commandSpan ? cmd.commandSpan : cmd.span;
}
function authFix(build, policy, sameRun) {
  const first = sameRun.find(downloadsFromRepositories);
  const info = first ? build.instructions[first.instruction] : void 0;
  if (!first || !info || info.keyword !== "RUN" || info.onbuild) return null;
  const shell = shellCommandOf(build, first);
  const start = shell ? commandStart(shell.command) : null;
  if (!shell || start === null || shell.command.inSubstitution) return null;
  if (!(shell.command.joinedBy === null || shell.command.joinedBy === "&&" || shell.command.joinedBy === ";")) return null;
  const { secretId, env } = policy.auth;
  const mount = info.mounts.find((m) => m.id === secretId);
  const value = `"$(cat ${mount?.target ?? `/run/secrets/${secretId}`})"`;
  const exported = [...new Set(sameRun.flatMap((c) => c.env.filter((e) => e.name === env && e.how === "export")).map((e) => e.span))];
  if (exported.length > 1 || exported.length === 1 && exported[0] === null) return null;
  const assignment = exported[0];
  const edits = [assignment ? replace(assignment, `${env}=${value}`) : insertAt(start, `export ${env}=${value} && `)];
  const at0 = assignment ? assignment.start : start;
  if (!mount) {
    const at = flagOffset(build, info);
    const flag = `--mount=type=secret,id=${secretId} `;
    if (at === at0 && !assignment) edits[0] = insertAt(start, flag + `export ${env}=${value} && `);
    else edits.unshift(insertAt(at, flag));
  }
  return { title: `Pass the ${secretId} build secret to apk as ${env}`, safety: "unsafe", edits };
}
var enterprise_without_auth_default, TARGET_NAMES;
var init_enterprise_without_auth = __esm({
  "rules/enterprise-without-auth.ts"() {
    "use strict";
    init_rule();
    init_query();
    init_builders();
    init_words();
    enterprise_without_auth_default = defineRule({
      id: "enterprise-without-auth",
      meta: {
        description: "A package command fetches from an authenticated repository without credentials.",
        severity: "error",
        fixable: "sometimes",
        tags: ["security", "correctness"],
        messages: {
          noAuth: "`{command}` fetches from {url}, which needs credentials, but {env} is not set from a build secret in this RUN.",
          aptNoAuth: "`{command}` fetches from {url}, which needs credentials, but this RUN mounts no secret in {dir}."
        },
        options: {}
      },
      check(ctx) {
        const { build, policy } = ctx;
        for (const stage of build.stages) {
          const cmds = packageCommands(stage);
          for (const cmd of cmds) {
            if (!downloadsFromRepositories(cmd) || hasCredentials(policy, stage, cmd)) continue;
            const repo = activeRepositories(cmd).find((r) => hardenedMatch(policy, r)?.auth);
            if (!repo) continue;
            const sameRun = cmds.filter((c) => c.instruction === cmd.instruction);
            const before = sameRun.slice(0, sameRun.indexOf(cmd));
            if (before.some((c) => c.env.some((e) => e.name === policy.auth.env && e.how === "prefix"))) continue;
            ctx.report({
              messageId: "noAuth",
              data: { command: cmd.subcommand ? `apk ${cmd.subcommand}` : "apk", url: urlForMessage(repo.url), env: policy.auth.env },
              span: commandRange2(build, cmd),
              fix: authFix(build, policy, sameRun)
            });
          }
          checkApt(build, policy, stage, (r) => ctx.report(r));
        }
      }
    });
    TARGET_NAMES = ["target", "dst", "destination"];
  }
});

// rules/hardcoded-secret.ts
function instructionAt(instructions, at) {
  const hit = instructions.find((i) => i.span.start <= at && at < i.span.end);
  return hit ? `in ${hit.keyword}` : "outside any instruction";
}
var hardcoded_secret_default;
var init_hardcoded_secret = __esm({
  "rules/hardcoded-secret.ts"() {
    "use strict";
    init_rule();
    init_query();
    init_secrets();
    hardcoded_secret_default = defineRule({
      id: "hardcoded-secret",
      meta: {
        description: "A credential-shaped value is written in the Dockerfile.",
        severity: "error",
        fixable: "never",
        tags: ["security", "secrets"],
        messages: {
          hardcoded: "The Dockerfile holds a literal {label} ({where}); anyone who can read the file can use it. Revoke it and pass it as a build secret."
        },
        options: {}
      },
      check(ctx) {
        const { build } = ctx;
        const userinfo = build.urlCredentials.filter((u) => u.password && !isReference(u.password)).map((u) => ({ start: u.userStart, end: u.end }));
        const inComment = (at) => build.comments.some((c) => c.span.start <= at && at < c.span.end);
        const reported = [];
        const where = (at) => inComment(at) ? "in a comment" : instructionAt(build.instructions, at);
        for (const m of build.secrets) {
          if (m.shape === "url-credentials" || m.shape === "url-token-user") continue;
          if (userinfo.some((p) => m.start < p.end && p.start < m.end)) continue;
          reported.push(m);
          ctx.report({ messageId: "hardcoded", data: { label: m.label, where: where(m.start) }, span: { start: m.start, end: m.end } });
        }
        const authWrites = new Set([...eachFact(build, "secret-write")].filter(([w]) => w.literal).map(([w]) => w.instruction));
        for (const [f] of eachFact(build, "literal-secret")) {
          if (f.via === "netrc" && authWrites.has(f.instruction)) continue;
          const span = f.valueSpan ?? f.span;
          if (reported.some((p) => span.start < p.end && p.start < span.end)) continue;
          reported.push(span);
          ctx.report({ messageId: "hardcoded", data: { label: f.label, where: where(span.start) }, span });
        }
      }
    });
  }
});

// rules/insecure-package-source.ts
function upgrade(build, policy, found, range) {
  const host = hostOf(found.url);
  if (!host || !(policy.tlsHosts.includes(host) || policy.hosts.includes(host))) return null;
  const at = range ?? found.span;
  const text = build.text.slice(at.start, at.end).toLowerCase();
  const i = text.indexOf("http://");
  if (i === -1 || text.indexOf("http://", i + 1) !== -1) return null;
  const safety = found.what === "aptSource" ? "unsafe" : "safe";
  return { title: `Use https:// for ${host}`, safety, edits: [{ start: at.start + i, end: at.start + i + 4, text: "https" }] };
}
var HTTP, insecure_package_source_default;
var init_insecure_package_source = __esm({
  "rules/insecure-package-source.ts"() {
    "use strict";
    init_rule();
    init_query();
    init_policy();
    HTTP = /^http:\/\//i;
    insecure_package_source_default = defineRule({
      id: "insecure-package-source",
      meta: {
        description: "A package repository or signing key is fetched over plain http.",
        severity: "error",
        fixable: "sometimes",
        tags: ["security", "supply-chain"],
        messages: {
          repository: "The repository {url} is fetched over plain http: apk still checks the signatures, but anyone on the path can see what apk downloads and hold back updates with a stale index.",
          key: "The signing key {url} is downloaded over plain http: anyone on the path can replace the key every package is checked against.",
          aptSource: "The apt source {url} is fetched over plain http: anyone on the path can see what apt downloads and hold back updates."
        },
        options: {}
      },
      check(ctx) {
        const { build, policy } = ctx;
        const found = [];
        for (const [write] of eachFact(build, "repo-write")) {
          if (write.fileKind !== "repositories") continue;
          for (const line of write.lines) {
            if (!HTTP.test(line.text)) continue;
            found.push({ url: line.text, what: write.manager === "apt" ? "aptSource" : "repository", span: line.span ?? write.edit?.span ?? write.span });
          }
        }
        for (const [cmd] of eachFact(build, "package-command")) {
          for (const x of cmd.extraRepositories) {
            if (HTTP.test(x.url)) found.push({ url: x.url, what: "repository", span: x.span ?? x.optionSpan ?? cmd.span });
          }
        }
        const keyUrls = /* @__PURE__ */ new Set();
        for (const [key] of eachFact(build, "key-install")) {
          if (key.url === null || key.urlSpan === null) continue;
          keyUrls.add(key.url);
          if (HTTP.test(key.url)) found.push({ url: key.url, what: "key", span: key.urlSpan ?? key.span });
        }
        for (const [dl] of eachFact(build, "download")) {
          const isKey = keyUrls.has(dl.url) || dl.url.replace(HTTP, "https://").startsWith(policy.apk.keyringUrlPrefix);
          if (isKey && HTTP.test(dl.url)) found.push({ url: dl.url, what: "key", span: dl.urlSpan ?? dl.span });
        }
        const seen = /* @__PURE__ */ new Set();
        for (const f of found) {
          const range = rangeOfText(build, f.span, f.url);
          const span = range ?? f.span;
          const id = `${span.start}:${span.end}:${f.url}`;
          if (seen.has(id)) continue;
          seen.add(id);
          ctx.report({ messageId: f.what, data: { url: urlForMessage(f.url) }, span, fix: upgrade(build, policy, f, range) });
        }
      }
    });
  }
});

// rules/missing-signing-key.ts
function moveFix(build, stage, use, later) {
  const info = build.instructions[later.instruction];
  if (later.via === "curl" || info.onbuild) return null;
  if (stage.facts.some((f) => f.instruction === later.instruction && !KEY_ONLY_FACTS.has(f.kind))) return null;
  const between = build.instructions.slice(use.index, later.instruction);
  if (between.some((i) => CONTEXT_KEYWORDS.has(i.keyword))) return null;
  const removal = removeInstruction(build, info);
  const text = removal ? build.text.slice(removal.start, removal.end) : "";
  if (!removal || !/[\r\n]$/.test(text)) return null;
  return {
    title: `Move the key install on line ${build.lines.position(info.span.start).line} before its first use`,
    safety: "safe",
    edits: [insertAt(lineStartOf(build, use.span.start), text), removal]
  };
}
function keyInstalls(facts, manager = "apk") {
  return facts.filter((f) => f.kind === "key-install" && f.manager === manager);
}
function checkApt2(ctx, stage, done, lines) {
  const { build, policy } = ctx;
  for (const cmd of packageCommands(stage, "apt")) {
    if (!fetchesIndexes(cmd)) continue;
    for (const repo of cmd.repositories) {
      const match = debSourceMatch(policy, repo);
      const key = repo.signedBy ?? null;
      const id = `apt ${key ?? repo.url}`;
      if (!match || repo.origin === "base" || done.has(id)) continue;
      done.add(id);
      if (key === null) {
        const inline = repo.fact?.kind === "repo-write" && repo.fact.lines.some((l) => l.text === repo.url && l.signedByInline);
        if (inline || cmd.keys.some((k) => k.fact?.unbound)) continue;
        ctx.report({ messageId: "aptNoSignedBy", data: { repository: repo.url }, span: cmd.span });
        continue;
      }
      const present = cmd.keys.find((k) => k.path === key);
      if (present?.fact?.unreadable) reportUnreadable(ctx, cmd, repo.url, present.fact, lines);
      if (present) continue;
      const use = build.instructions[cmd.instruction];
      const sha = match.keySha256;
      const insert = key.endsWith(".asc") && sha ? { title: `Install the keyring ${key}`, safety: "safe", edits: [insertInstructionsBefore(build, use, [`ADD --chmod=644 --checksum=sha256:${sha} ${match.keyUrl} ${key}`])] } : null;
      const later = laterInstalls(stage, cmd, "apt").find((f) => f.path === key);
      if (later) {
        const line = lines.position(build.instructions[later.instruction].span.start).line;
        const move = later.instruction !== cmd.instruction && (later.via === "ADD" || later.via === "COPY") ? moveFix(build, stage, use, later) : null;
        ctx.report({ messageId: "aptInstalledLater", data: { repository: repo.url, key, line }, span: cmd.span, fix: move ?? insert });
      } else {
        ctx.report({ messageId: "aptMissing", data: { repository: repo.url, key }, span: cmd.span, fix: insert });
      }
    }
  }
}
function reportUnreadable(ctx, cmd, repository, key, lines) {
  const { build } = ctx;
  const add = build.instructions[key.instruction];
  const fix = key.unreadable?.chmod !== null || add.onbuild ? null : { title: "Save the keyring readable for apt (--chmod=644)", safety: "safe", edits: [insertRunFlag(build, add, "--chmod=644")] };
  const line = lines.position(add.span.start).line;
  ctx.report({ messageId: "aptKeyUnreadable", data: { repository, key: key.path ?? "", line }, span: cmd.span, fix });
}
function earlierInstalls(stage, cmd) {
  return keyInstalls(stage.allFacts.slice(0, stage.allFacts.indexOf(cmd)));
}
function laterInstalls(stage, cmd, manager = "apk") {
  return keyInstalls(stage.facts.slice(stage.facts.indexOf(cmd) + 1), manager);
}
var CONTEXT_KEYWORDS, KEY_ONLY_FACTS, missing_signing_key_default;
var init_missing_signing_key = __esm({
  "rules/missing-signing-key.ts"() {
    "use strict";
    init_rule();
    init_query();
    init_builders();
    init_files();
    init_policy();
    CONTEXT_KEYWORDS = /* @__PURE__ */ new Set(["ARG", "ENV", "WORKDIR", "USER", "SHELL", "ONBUILD"]);
    KEY_ONLY_FACTS = /* @__PURE__ */ new Set(["key-install", "download", "copy"]);
    missing_signing_key_default = defineRule({
      id: "missing-signing-key",
      meta: {
        description: "apk or apt uses a hardened repository whose signing key is not installed.",
        severity: "error",
        fixable: "sometimes",
        tags: ["security", "supply-chain"],
        messages: {
          missing: "apk uses {repository}, but its signing key {key} is not in {keysDir}: apk rejects the index as UNTRUSTED.",
          installedLater: "apk uses {repository}, but its signing key {key} is installed only later, on line {line}.",
          aptMissing: "apt uses {repository}, but its keyring {key} (signed-by) does not exist yet: apt rejects the source (NO_PUBKEY).",
          aptInstalledLater: "apt uses {repository}, but its keyring {key} is installed only later, on line {line}.",
          aptKeyUnreadable: "apt uses {repository} with the keyring {key}, but the ADD on line {line} saves it with mode 0600, which apt's _apt user cannot read: apt ignores the keyring (NO_PUBKEY).",
          aptNoSignedBy: "apt uses {repository}, which names no keyring with signed-by=, and no key for it is installed: apt rejects the source (NO_PUBKEY)."
        },
        options: {}
      },
      check(ctx) {
        const { build, policy } = ctx;
        const lines = build.lines;
        const checkedIn = /* @__PURE__ */ new Map();
        for (const stage of build.stages) {
          const done = new Set(stage.parent !== null ? checkedIn.get(stage.parent) ?? [] : []);
          checkedIn.set(stage.index, done);
          checkApt2(ctx, stage, done, lines);
          for (const cmd of packageCommands(stage)) {
            const keysDir = cmd.keysDir;
            if (!fetchesIndexes(cmd) || keysDir === null || keysDir !== policy.apk.keysDir && apkKeysDirRoot(policy, keysDir) === null) continue;
            for (const repo of cmd.repositories) {
              const match = hardenedMatch(policy, repo);
              const id = `${keysDir}/${match?.keyName}`;
              if (!match || done.has(id)) continue;
              done.add(id);
              if (cmd.keys.some((k) => k.path === id)) continue;
              if (earlierInstalls(stage, cmd).some((f) => intendedKeyName(policy, f) === match.keyName)) continue;
              if (stage.allFacts.slice(0, stage.allFacts.indexOf(cmd)).some((f) => f.kind === "download" && f.urlAsOutput && keyByUrl(policy, f.url)?.keyName === match.keyName)) continue;
              const use = build.instructions[cmd.instruction];
              const later = laterInstalls(stage, cmd).find((f) => f.path === `${keysDir}/${match.keyName}`);
              const data = { repository: repo.url, key: match.keyName, keysDir };
              const insert = match.keyUrl ? {
                title: `Install the signing key ${match.keyName}`,
                safety: "safe",
                edits: [insertInstructionsBefore(build, use, [`RUN wget -q -O ${keysDir}/${match.keyName} ${match.keyUrl}`])]
              } : null;
              if (later) {
                const line = lines.position(build.instructions[later.instruction].span.start).line;
                const fix = later.instruction === cmd.instruction ? insert : moveFix(build, stage, use, later) ?? insert;
                ctx.report({ messageId: "installedLater", data: { ...data, line }, span: cmd.span, fix });
              } else {
                ctx.report({ messageId: "missing", data, span: cmd.span, fix: insert });
              }
            }
          }
        }
      }
    });
  }
});

// rules/mixed-package-sources.ts
function replaceInstead(build, policy, cmd, write) {
  const at = write.modeSpan;
  if (!at || write.lines.length === 0 || write.lines.some((l) => l.dynamic || !isHardened(policy, l.text))) return null;
  const first = cmd.repositories.findIndex((r) => r.fact === write);
  const before = cmd.repositories.slice(0, first).filter((r) => r.file === write.file);
  if (first === -1 || before.some((r) => isHardened(policy, r) || r.origin === "enterprise-conf")) return null;
  const op = build.text.slice(at.start, at.end);
  const edit = op.endsWith(">>") ? replace(at, op.slice(0, -1)) : op === "-a" || op === "--append" ? removeWord(build, at) : null;
  return edit ? { title: `Replace ${write.file} instead of appending to it`, safety: "safe", edits: [edit] } : null;
}
function sourceSpan(cmd, entry) {
  if (entry.origin === "flag") {
    const x = cmd.extraRepositories.find((e) => e.url === entry.url);
    return x?.optionSpan ?? entry.span ?? cmd.span;
  }
  return entry.span ?? entry.fact?.span ?? cmd.span;
}
var mixed_package_sources_default;
var init_mixed_package_sources = __esm({
  "rules/mixed-package-sources.ts"() {
    "use strict";
    init_rule();
    init_query();
    init_builders();
    mixed_package_sources_default = defineRule({
      id: "mixed-package-sources",
      meta: {
        description: "A hardened repository is configured, but an upstream one stays active beside it.",
        severity: "error",
        fixable: "sometimes",
        tags: ["security", "supply-chain"],
        messages: {
          baseAppended: "{file} is appended to, so the base image's default repositories ({upstream}) stay active beside the hardened repository {hardened}.",
          baseKept: "The base image's default repositories ({upstream}) stay active beside the hardened repository {hardened}.",
          unhardenedEntry: "{url} is not a hardened repository, yet apk uses it beside the hardened repository {hardened}.",
          unhardenedFlag: "{option} {url} adds a repository that is not hardened beside the hardened repository {hardened}.",
          aptMixed: "apt uses {upstream} beside the hardened source {hardened}; with strict, only hardened sources may be active."
        },
        options: { strict: false }
      },
      check(ctx) {
        const { build, policy } = ctx;
        const seen = /* @__PURE__ */ new Set();
        const report = (messageId, span, data, fix = null) => {
          const id = `${span.start}:${span.end}`;
          if (seen.has(id)) return;
          seen.add(id);
          ctx.report({ messageId, span, data, fix });
        };
        for (const stage of build.stages) {
          if (ctx.options.strict) {
            for (const cmd of packageCommands(stage, "apt")) {
              if (!installsPackages(cmd) || cmd.repositoriesUnknown) continue;
              const hardened = cmd.repositories.find((r) => debSourceMatch(policy, r));
              const plain2 = cmd.repositories.filter((r) => !debSourceMatch(policy, r));
              if (!hardened || plain2.length === 0) continue;
              const upstream = [...new Set(plain2.map((r) => urlForMessage(r.url)))].join(", ");
              report("aptMixed", cmd.span, { upstream, hardened: urlForMessage(hardened.url) });
            }
          }
          for (const cmd of packageCommands(stage, "apk")) {
            if (!installsPackages(cmd) || cmd.repositoriesUnknown) continue;
            const repos = activeRepositories(cmd);
            const hardened = repos.filter((r) => isHardened(policy, r));
            if (hardened.length === 0) continue;
            const plain2 = repos.filter((r) => !isHardened(policy, r) && r.origin !== "enterprise-conf");
            const shown = urlForMessage(hardened[0].url);
            const base = plain2.filter((r) => r.origin === "base");
            if (base.length > 0) {
              const upstream = base.map((r) => urlForMessage(r.url)).join(", ");
              const file = base[0].file;
              const append = hardened.find((r) => r.file === file && r.fact?.kind === "repo-write" && r.fact.mode === "append");
              if (append && append.fact?.kind === "repo-write") {
                const write = append.fact;
                report("baseAppended", write.modeSpan ?? write.span, { file: write.file, upstream, hardened: shown }, replaceInstead(build, policy, cmd, write));
              } else {
                report("baseKept", sourceSpan(cmd, hardened[0]), { upstream, hardened: shown });
              }
            }
            for (const x of cmd.extraRepositories) {
              if (isHardened(policy, x.url)) continue;
              const span = x.optionSpan ?? x.span ?? cmd.span;
              const option = x.optionSpan ? build.text.slice(x.optionSpan.start, x.optionSpan.end).split(/[\s=]/)[0] : "-X";
              const fix = x.optionSpan ? { title: `Drop the ${option} repository`, safety: "unsafe", edits: [removeWord(build, x.optionSpan)] } : null;
              report("unhardenedFlag", span, { option: option.startsWith("-X") ? "-X" : option, url: urlForMessage(x.url), hardened: shown }, fix);
            }
            for (const r of plain2) {
              if (r.origin !== "write") continue;
              const at = r.span ?? (r.fact?.kind === "repo-write" ? r.fact.edit?.span ?? r.fact.span : cmd.span);
              report("unhardenedEntry", rangeOfText(build, at, r.url) ?? at, { url: urlForMessage(r.url), hardened: shown });
            }
          }
        }
      }
    });
  }
});

// src/fix/hardened-setup.ts
function apkSetupInstructions(policy, release, style, haveKey) {
  if (!policy.apk.servedReleases.includes(release) && policy.apk.mirrors.length === 0) return null;
  const repo = apkRepositoryUrl(policy, release);
  const keyPath = `${policy.apk.keysDir}/${repo.keyName}`;
  const writeRepos = `echo "${repo.url}" > ${policy.apk.repositoriesFile}`;
  if (haveKey) return [`RUN ${writeRepos}`];
  if (!repo.keyUrl) return null;
  if (style === "add-checksum" && repo.keySha256) {
    return [`ADD --checksum=sha256:${repo.keySha256} ${repo.keyUrl} ${keyPath}`, `RUN ${writeRepos}`];
  }
  return [`RUN wget -q -O ${keyPath} ${repo.keyUrl} && \\
    ${writeRepos}`];
}
function apkSetupShell(policy, release, style, haveKey) {
  if (!policy.apk.servedReleases.includes(release) && policy.apk.mirrors.length === 0) return null;
  const repo = apkRepositoryUrl(policy, release);
  const writeRepos = `echo "${repo.url}" > ${policy.apk.repositoriesFile}`;
  if (haveKey) return [writeRepos];
  if (!repo.keyUrl || style === "add-checksum") return null;
  return [`wget -q -O ${policy.apk.keysDir}/${repo.keyName} ${repo.keyUrl}`, writeRepos];
}
function stageHasKey(policy, keys, keyName) {
  return keys.some((k) => k.path === `${policy.apk.keysDir}/${keyName}`);
}
function describeStageBase(stage) {
  return stage.image?.text ?? stage.imageRaw;
}
function aptSetupInstructions(policy, suite, style) {
  if (!policy.deb.servedSuites.includes(suite)) return null;
  const main2 = debSetupSource(policy);
  const list = `${policy.deb.sourcesDir}/dhi.list`;
  const line = (keyring2) => `echo "deb [signed-by=${keyring2}] ${main2.url} ${suite} main" > ${list}`;
  if (style === "add-asc" && main2.keySha256) {
    const keyring2 = policy.deb.armouredKeyringPath;
    return [`ADD --chmod=644 --checksum=sha256:${main2.keySha256} ${main2.keyUrl} ${keyring2}`, `RUN ${line(keyring2)}`];
  }
  const keyring = policy.deb.keyringPath;
  return [`RUN curl -fsSL ${main2.keyUrl} | gpg --dearmor -o ${keyring} && \\
    ${line(keyring)}`];
}
var APT_CA_BOOTSTRAP;
var init_hardened_setup = __esm({
  "src/fix/hardened-setup.ts"() {
    "use strict";
    init_policy();
    APT_CA_BOOTSTRAP = "RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*";
  }
});

// rules/package-manager-in-runtime-image.ts
function commandRange3(build, instruction, span, word) {
  const whole3 = build.instructions[instruction].span;
  return span.start === whole3.start && span.end === whole3.end && word ? word : span;
}
function devVariantFix(build, stage) {
  const span = stage.imageSpan;
  const tag = stage.image?.tag;
  if (stage.parent !== null || !span || !tag || stage.image?.digest || stage.imageVariables.length > 0) return null;
  const written = build.text.slice(span.start, span.end);
  if (!written.endsWith(`:${tag}`)) return null;
  const tagSpan = { start: span.end - tag.length, end: span.end };
  return { title: `Build this stage from ${stage.image.text}-dev`, safety: "unsafe", edits: [replace(tagSpan, `${tag}-dev`)] };
}
var package_manager_in_runtime_image_default;
var init_package_manager_in_runtime_image = __esm({
  "rules/package-manager-in-runtime-image.ts"() {
    "use strict";
    init_rule();
    init_query();
    init_builders();
    init_hardened_setup();
    package_manager_in_runtime_image_default = defineRule({
      id: "package-manager-in-runtime-image",
      meta: {
        description: "A package manager is run in a stage based on a Docker Hardened Images runtime image, which has none.",
        severity: "error",
        fixable: "sometimes",
        tags: ["correctness"],
        messages: {
          runtimeImage: "`{command}` runs in a stage based on {image}, a DHI runtime image without a package manager; use its -dev variant to install packages."
        },
        options: {}
      },
      check(ctx) {
        const { build } = ctx;
        for (const stage of build.stages) {
          if (!stage.dhi || stage.dhiVariant !== "runtime") continue;
          const reported = /* @__PURE__ */ new Set();
          for (const cmd of factsOf(stage, "package-command")) {
            if (reported.has(cmd.instruction)) continue;
            reported.add(cmd.instruction);
            const word = cmd.commandSpan ? build.text.slice(cmd.commandSpan.start, cmd.commandSpan.end) : cmd.manager;
            ctx.report({
              messageId: "runtimeImage",
              data: { command: cmd.subcommand ? `${word} ${cmd.subcommand}` : word, image: describeStageBase(stage) },
              span: commandRange3(build, cmd.instruction, cmd.span, cmd.commandSpan),
              fix: devVariantFix(build, stage)
            });
          }
        }
      }
    });
  }
});

// rules/repositories-overwritten.ts
function writtenBack(stage, write, entry) {
  const later = stage.facts.slice(stage.facts.indexOf(write));
  return later.some((f) => f.kind === "repo-write" && f.instruction === write.instruction && f.file === write.file && f.lines.some((l) => l.text === entry.url));
}
function writeBackFix(build, write, dropped) {
  const info = build.instructions[write.instruction];
  if (info.keyword !== "RUN" || info.onbuild || info.run?.execForm) return null;
  const written = new Set(write.lines.map((l) => `${l.tag ?? ""} ${l.text}`));
  const kept = (write.before ?? []).every((r) => r.origin === "enterprise-conf" || written.has(`${r.tag ?? ""} ${r.url}`));
  if (!kept) return null;
  const urls = [...new Set(dropped.map((r) => r.url))];
  const text = urls.map((u) => ` && echo "${u}" >> ${write.file}`).join("");
  return { title: `Write ${urls.join(", ")} back after replacing the list`, safety: "safe", edits: [insertAt(write.span.end, text)] };
}
var repositories_overwritten_default;
var init_repositories_overwritten = __esm({
  "rules/repositories-overwritten.ts"() {
    "use strict";
    init_rule();
    init_query();
    init_builders();
    repositories_overwritten_default = defineRule({
      id: "repositories-overwritten",
      meta: {
        description: "The repository list is replaced after the enterprise configuration package added the security repository.",
        severity: "error",
        fixable: "sometimes",
        tags: ["security", "correctness"],
        messages: {
          overwritten: "{file} is replaced here, which drops {url} that {package} added on line {line}."
        },
        options: {}
      },
      check(ctx) {
        const { build, policy } = ctx;
        const lines = build.lines;
        for (const stage of build.stages) {
          for (const write of factsOf(stage, "repo-write")) {
            if (write.mode !== "replace" || write.file !== policy.apk.repositoriesFile || !write.before) continue;
            if (write.lines.some((l) => l.dynamic)) continue;
            const dropped = write.before.filter((r) => r.origin === "enterprise-conf" && !writtenBack(stage, write, r));
            const first = dropped[0];
            if (!first) continue;
            const at = first.fact ? (first.fact.kind === "package-command" ? first.fact.commandSpan ?? first.fact.span : first.fact.span).start : null;
            ctx.report({
              messageId: "overwritten",
              data: {
                file: write.file,
                url: urlForMessage(first.url),
                package: policy.apk.enterpriseConfPackage,
                line: at === null ? "?" : lines.position(at).line
              },
              span: write.modeSpan ?? write.span,
              fix: writeBackFix(build, write, dropped)
            });
          }
        }
      }
    });
  }
});

// rules/repository-version-mismatch.ts
function candidates(policy, stage) {
  const out = [];
  for (const write of factsOf(stage, "repo-write")) {
    if (write.fileKind !== "repositories" || write.manager === "apk" && apkFile(policy, write.file)?.root !== "/") continue;
    for (const line of write.lines) {
      if (line.dynamic || line.releaseFromImage || line.releaseFromBaseArg) continue;
      out.push({ url: line.text, span: line.span ?? write.edit?.span ?? write.span });
    }
  }
  const own = new Set(stage.facts);
  for (const cmd of packageCommands(stage)) {
    if (cmd.root !== "/") continue;
    for (const x of cmd.extraRepositories) out.push({ url: x.url, span: x.span ?? x.optionSpan ?? cmd.span });
    for (const r of cmd.repositories) {
      const f = r.fact;
      if (f?.kind === "repo-write" && f.mode === "edit" && own.has(f)) out.push({ url: r.url, span: f.edit?.span ?? f.span });
    }
  }
  const seen = /* @__PURE__ */ new Set();
  return out.filter((c) => !seen.has(`${c.span.start} ${c.url}`) && seen.add(`${c.span.start} ${c.url}`));
}
function releaseRange(build, span, url, release) {
  const text = build.text.slice(span.start, span.end);
  const at = text.indexOf(url);
  if (at === -1 || text.indexOf(url, at + 1) !== -1) return null;
  const segments = url.split("/");
  const hits = segments.flatMap((s, i) => s === `v${release}` || s === release ? [i] : []);
  if (hits.length !== 1) return null;
  const offset = segments.slice(0, hits[0]).join("/").length + 1;
  const start = span.start + at + offset;
  return { start, end: start + segments[hits[0]].length };
}
function checkUndeclaredArgs(ctx, stage) {
  const { build, policy } = ctx;
  const from = build.instructions.findIndex((i) => i.stage === stage.index);
  const first = build.instructions[from + 1];
  const declared = /* @__PURE__ */ new Set();
  for (const write of factsOf(stage, "repo-write")) {
    if (write.fileKind !== "repositories") continue;
    for (const line of write.lines) {
      const names = line.emptyArgs?.filter((n) => !declared.has(n)) ?? [];
      if (names.length === 0 || !isPolicyHost(policy, line.text)) continue;
      const span = line.span ?? write.span;
      const fix = first && first.stage === stage.index ? { title: `Declare ${names.map((n) => `ARG ${n}`).join(", ")} in the stage`, safety: "safe", edits: [insertInstructionsBefore(build, first, names.map((n) => `ARG ${n}`))] } : null;
      for (const n of names) declared.add(n);
      const variable = names.join(", ");
      ctx.report({ messageId: "undeclaredArg", data: { variable, name: names.join(" "), url: urlForMessage(line.text) }, span, fix });
    }
  }
}
function checkApt3(ctx, stage, base) {
  const { build, policy } = ctx;
  for (const { line, write } of aptSourceLines(stage)) {
    if (!debSourceMatch(policy, line.text) || !line.suite || line.suiteFromImage || line.releaseFromBaseArg) continue;
    const [codename, ...rest] = line.suite.split("-");
    if (codename === base) continue;
    const range = aptSuiteRange(build, line);
    const suite = [base, ...rest].join("-");
    const fix = range && isServedSuite(policy, base) ? { title: `Use the Debian ${base} suite`, safety: "safe", edits: [replace(range, suite)] } : null;
    const span = range ?? rangeOfText(build, line.span, line.text) ?? line.span ?? write.span;
    ctx.report({ messageId: "aptMismatch", data: { repoRelease: codename, baseRelease: base, image: describeStageBase(stage) }, span, fix });
  }
}
var repository_version_mismatch_default;
var init_repository_version_mismatch = __esm({
  "rules/repository-version-mismatch.ts"() {
    "use strict";
    init_rule();
    init_query();
    init_policy();
    init_files();
    init_hardened_setup();
    init_builders();
    repository_version_mismatch_default = defineRule({
      id: "repository-version-mismatch",
      meta: {
        description: "A hardened repository is for another Alpine or Debian release than the base image.",
        severity: "error",
        fixable: "sometimes",
        tags: ["security", "supply-chain"],
        messages: {
          mismatch: "The repository is for Alpine {repoRelease}, but the base image {image} is Alpine {baseRelease}; apk would mix packages built for another release.",
          undeclaredArg: "{variable} is a global ARG that this stage does not declare, so it is empty here and the repository written is {url}; declare it in the stage (ARG {name}) to pass its value in.",
          aptMismatch: "The hardened source is for Debian {repoRelease}, but the base image {image} is Debian {baseRelease}; apt would mix packages built for another release."
        },
        options: {}
      },
      check(ctx) {
        const { build, policy } = ctx;
        for (const stage of build.stages) {
          checkUndeclaredArgs(ctx, stage);
          const base = stage.release;
          if (stage.distro === "debian" && base !== null) checkApt3(ctx, stage, base);
          if (stage.distro !== "alpine" || base === null) continue;
          for (const c of candidates(policy, stage)) {
            const match = hardenedMatch(policy, c.url);
            if (!match || match.release === null || match.release === base) continue;
            const exact = releaseRange(build, c.span, c.url, match.release);
            const served = match.source === "mirror" || isServedRelease(policy, base);
            const written = exact ? build.text.slice(exact.start, exact.end) : "";
            const fix = exact && served ? { title: `Use the Alpine ${base} repository`, safety: "safe", edits: [replace(exact, written.startsWith("v") || !/^\d/.test(written) ? `v${base}` : base)] } : null;
            ctx.report({
              messageId: "mismatch",
              data: { repoRelease: match.release, baseRelease: base, image: describeStageBase(stage) },
              span: exact ?? c.span,
              fix
            });
          }
        }
      }
    });
  }
});

// rules/secret-file-in-image.ts
function isPublicKey(path9) {
  const name = basename(path9);
  return PUBLIC_KEY.test(name) && !/secring|secret|priv/i.test(name);
}
function credentialFile(policy, path9, source) {
  const name = basename(path9);
  const parent = basename(dirname(path9));
  const lower = name.toLowerCase();
  if (source && CREDENTIAL_DIRS.has(name)) return name;
  if (CREDENTIAL_NAMES.has(name) || lower === `${policy.auth.secretId}.txt`) return name;
  if (lower.startsWith(".env.") && !ENV_EXAMPLE.test(lower)) return name;
  if (parent === "auth.conf.d" && lower.endsWith(".conf")) return `auth.conf.d/${name}`;
  if (parent === ".docker" && lower === "config.json") return `.docker/${name}`;
  if (/\.(?:p12|pfx)$/.test(lower)) return name;
  if (lower.endsWith(".key") && !/gpg|pub|keyring|asc|\/etc\/apt\/|\/etc\/apk\/keys\//i.test(path9)) return name;
  if (lower.endsWith(".pem") && /key|priv/.test(lower) && !/pub/.test(lower)) return name;
  return null;
}
function mountInstead(build, policy, stage, copy, target) {
  const info = build.instructions[copy.instruction];
  const flagged = build.text.slice(info.keywordSpan.end, info.argsSpan?.start ?? info.span.end).includes("--");
  if (copy.keyword !== "COPY" || copy.from !== null || flagged || /^[a-z]+:\/\//i.test(copy.sources[0].text)) return null;
  if (build.stages.some((s) => s.parent === stage.index) || build.instructions.some((i) => i.index !== info.index && /--from=/.test(build.text.slice(i.span.start, i.span.end)))) return null;
  const later = build.instructions.filter((i) => i.stage === stage.index && i.index > info.index);
  const naming = later.filter((i) => build.text.slice(i.span.start, i.span.end).includes(target));
  if (naming.length === 0 || naming.some((i) => i.keyword !== "RUN" || i.mounts.some((m) => m.target === target))) return null;
  const removal = removeInstruction(build, info);
  if (!removal) return null;
  const name = basename(target);
  const id = name.toLowerCase() === `${policy.auth.secretId}.txt` ? policy.auth.secretId : name.replace(/^\.+/, "").replace(/[^A-Za-z0-9_.-]/g, "_") || "secret";
  return {
    title: `Mount ${name} as the build secret ${id} where it is read`,
    safety: "unsafe",
    edits: [removal, ...naming.map((i) => insertRunFlag(build, i, `--mount=type=secret,id=${id},target=${target}`))]
  };
}
var CREDENTIAL_NAMES, CREDENTIAL_DIRS, ENV_EXAMPLE, TEMPLATE, PUBLIC_KEY, secret_file_in_image_default;
var init_secret_file_in_image = __esm({
  "rules/secret-file-in-image.ts"() {
    "use strict";
    init_rule();
    init_query();
    init_builders();
    init_words();
    CREDENTIAL_NAMES = /* @__PURE__ */ new Set([
      ".netrc",
      "_netrc",
      "auth.conf",
      ".npmrc",
      ".pypirc",
      ".git-credentials",
      ".dockercfg",
      ".pgpass",
      "credentials",
      "id_rsa",
      "id_dsa",
      "id_ecdsa",
      "id_ed25519",
      ".env"
    ]);
    CREDENTIAL_DIRS = /* @__PURE__ */ new Set([".ssh"]);
    ENV_EXAMPLE = /^\.env\.(?:example|sample|template|dist|defaults?)$/i;
    TEMPLATE = /[._-](?:example|sample|template|tmpl|dist|defaults?)(?:[._-]|$)/i;
    PUBLIC_KEY = /\.(?:pub|asc|gpg)$|keyring|[._-]pub(?:lic)?[._-]/i;
    secret_file_in_image_default = defineRule({
      id: "secret-file-in-image",
      meta: {
        description: "A credential file is copied or written into an image layer.",
        severity: "error",
        fixable: "sometimes",
        tags: ["security", "secrets"],
        messages: {
          copied: "{keyword} puts the credential file {file} into the image at {dest}; it stays in that layer even if a later RUN deletes it. Mount it as a build secret instead.",
          written: "RUN writes the secret {source} into {file}, which stays in the layer. Use it from the secret mount without saving it.",
          authConfWritten: "RUN writes apt credentials into {file} with {source}, without a secret mount: they stay in the layer. Mount them as a build secret at {file} instead."
        },
        options: {}
      },
      check(ctx) {
        const { build, policy } = ctx;
        for (const [copy, stage] of eachFact(build, "copy")) {
          const many = copy.sources.length > 1 || copy.dest.endsWith("/");
          for (const src of copy.sources) {
            const heredoc = /^<<-?["']?[^"'\s]+["']?$/.test(src.text);
            const target = many ? resolvePath(copy.dest, heredoc ? "" : basename(src.text)) : copy.dest;
            if (src.key || !heredoc && (isPublicKey(src.text) || TEMPLATE.test(basename(src.text))) || isPublicKey(target)) continue;
            const file = (heredoc ? null : credentialFile(policy, src.text, true)) ?? (many && heredoc ? null : credentialFile(policy, target, false));
            if (!file) continue;
            const fix = copy.sources.length === 1 && !heredoc ? mountInstead(build, policy, stage, copy, target) : null;
            ctx.report({ messageId: "copied", data: { keyword: copy.keyword, file, dest: target }, span: src.span, fix });
          }
        }
        for (const [write] of eachFact(build, "secret-write")) {
          if (write.removed) continue;
          ctx.report({ messageId: write.literal ? "authConfWritten" : "written", data: { source: write.source, file: write.file }, span: write.span });
        }
      }
    });
  }
});

// rules/secret-in-arg-or-env.ts
function stores(build, v) {
  if (!v.valueSpan) return false;
  const written = build.text.slice(v.valueSpan.start, v.valueSpan.end);
  return isReference(written.replace(/^["']/, "")) || isCredentialValue(written);
}
function shapeOf(build, v) {
  if (!v.valueSpan) return null;
  return findSecrets(build.text.slice(v.valueSpan.start, v.valueSpan.end)).find((m) => m.shape !== "url-credentials" && m.shape !== "url-token-user")?.label ?? null;
}
function secretMountFix(build, policy, stage, v) {
  if (v.keyword !== "ARG" || v.valueSpan || stage.windows || !syntaxAllowsEnvMount(build.directives.syntax)) return null;
  if (build.globalArgs.some((g) => g.name === v.name && g.value !== null)) return null;
  if (stage.allFacts.some((f) => f !== v && f.kind === "variable" && (f.name === v.name || f.instruction === v.instruction))) return null;
  const id = v.name === policy.auth.env ? policy.auth.secretId : v.name;
  const readers = [];
  for (const info of build.instructions) {
    if (info.stage !== stage.index || info.index <= v.instruction) continue;
    if (!build.text.slice(info.span.start, info.span.end).includes(v.name)) continue;
    if (info.keyword !== "RUN" || !readsOnlyPlainly(build, info, v.name, id)) return null;
    readers.push(info);
  }
  const removal = removeInstruction(build, build.instructions[v.instruction]);
  if (readers.length === 0 || !removal) return null;
  return {
    title: `Pass ${v.name} as a build secret mounted on the RUNs that read it`,
    safety: "unsafe",
    edits: [removal, ...readers.map((r) => insertRunFlag(build, r, `--mount=type=secret,id=${id},env=${v.name}`))]
  };
}
function readsOnlyPlainly(build, info, name, id) {
  const run = info.run;
  if (!run || run.hasErrors || info.mounts.some((m) => m.env === name || m.id === id)) return false;
  const words = /* @__PURE__ */ new Set();
  const exported = /* @__PURE__ */ new Set();
  for (const c of run.commands) {
    if (c.assignments.some((a) => a.name === name)) return false;
    for (const w of [c.name, ...c.args, ...c.assignments.map((a) => a.value), ...c.redirects.map((r) => r.target)]) if (w) words.add(w);
    if (c.name?.value === "export") {
      for (const a of c.args) if (a.value === name) exported.add(a);
    }
    if (c.redirects.some((r) => r.heredoc?.body.includes(name))) return false;
  }
  const seen = /* @__PURE__ */ new Set();
  let refs = 0;
  for (const w of words) {
    if (w.span) {
      if (seen.has(w.span.start)) continue;
      seen.add(w.span.start);
    }
    if (exported.has(w)) {
      refs++;
      continue;
    }
    for (const p of w.parts) {
      if (p.kind === "variable" && p.name === name) {
        if (p.operator !== void 0) return false;
        refs++;
      } else if ((p.kind === "substitution" || p.kind === "dynamic") && p.raw.includes(name)) return false;
    }
  }
  return refs > 0 && refs === occurrences(build.text.slice(info.span.start, info.span.end), name);
}
function occurrences(text, needle) {
  let n = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}
function syntaxAllowsEnvMount(syntax) {
  if (syntax === null) return true;
  const m = /^(?:docker\.io\/)?docker\/dockerfile(?:-upstream)?:(\d{1,3})(?:\.(\d{1,3}))?/.exec(syntax);
  if (!m) return false;
  const major = Number(m[1]);
  return major > 1 || major === 1 && (m[2] === void 0 || Number(m[2]) >= 10);
}
var STAYS2, secret_in_arg_or_env_default;
var init_secret_in_arg_or_env = __esm({
  "rules/secret-in-arg-or-env.ts"() {
    "use strict";
    init_rule();
    init_secrets();
    init_query();
    init_builders();
    STAYS2 = {
      ARG: "the image history of the steps that use it",
      ENV: "the image configuration",
      LABEL: "the image configuration",
      "ONBUILD ARG": "the image history of every image built from this one",
      "ONBUILD ENV": "the configuration of every image built from this one",
      "ONBUILD LABEL": "the configuration of every image built from this one"
    };
    secret_in_arg_or_env_default = defineRule({
      id: "secret-in-arg-or-env",
      meta: {
        description: "A credential is passed through ARG, ENV or LABEL, whose values stay in the image.",
        severity: "error",
        fixable: "sometimes",
        tags: ["security", "secrets"],
        messages: {
          secretName: "{keyword} {name} holds a credential; its value stays in {stays}. Use a secret mount.",
          secretValue: "{keyword} {name} holds a value shaped like a {label}; it stays in {stays}. Use a secret mount.",
          secretLabel: "LABEL {name} holds a credential; labels stay in {stays}, readable by anyone who can pull the image. Remove it."
        },
        options: {}
      },
      check(ctx) {
        const { build, policy } = ctx;
        const stageVars = build.stages.flatMap((s) => factsOf(s, "variable").map((v) => [v, s]));
        const all = [...build.globalArgs.map((v) => [v, null]), ...stageVars];
        for (const [v, stage] of all) {
          const keyword = v.onbuild ? `ONBUILD ${v.keyword}` : v.keyword;
          const data = { keyword, name: v.name, stays: STAYS2[keyword] };
          if (isCredentialName(v.name) && (v.keyword === "ARG" || stores(build, v))) {
            ctx.report({ messageId: "secretName", data, span: v.nameSpan, fix: stage && !v.onbuild ? secretMountFix(build, policy, stage, v) : null });
            continue;
          }
          const shape = shapeOf(build, v);
          if (shape) ctx.report({ messageId: "secretValue", data: { ...data, label: shape }, span: v.nameSpan });
        }
        for (const stage of build.stages) {
          for (const l of factsOf(stage, "label")) {
            const keyword = l.onbuild ? "ONBUILD LABEL" : "LABEL";
            if (isCredentialName(l.name) && stores(build, l)) ctx.report({ messageId: "secretLabel", data: { name: l.name, stays: STAYS2[keyword] }, span: l.nameSpan });
            else {
              const shape = shapeOf(build, l);
              if (shape) ctx.report({ messageId: "secretValue", data: { keyword, name: l.name, label: shape, stays: STAYS2[keyword] }, span: l.nameSpan });
            }
          }
        }
      }
    });
  }
});

// rules/signing-key-name.ts
function keyUrlOf(policy, keyName) {
  return policy.apk.repositories.find((r) => r.keyName === keyName)?.keyUrl ?? policy.apk.mirrors.find((m) => m.keyName === keyName)?.keyUrl ?? null;
}
function rangeAtEnd(build, span, value) {
  if (!span || !value) return null;
  const text = build.text.slice(span.start, span.end);
  const tail = /(?<!["'])["']*$/.exec(text)[0].length;
  const end = text.length - tail;
  if (!text.slice(0, end).endsWith(value)) return null;
  return { start: span.start + end - value.length, end: span.start + end };
}
function rangeInside(build, span, value) {
  if (!span) return null;
  const text = build.text.slice(span.start, span.end);
  const at = text.indexOf(value);
  if (at === -1 || text.indexOf(value, at + 1) !== -1) return null;
  return { start: span.start + at, end: span.start + at + value.length };
}
function checkUrlAsOutput(ctx, dl) {
  const { build, policy } = ctx;
  const apk = keyByUrl(policy, dl.url);
  if (!apk && !debKeyByUrl(policy, dl.url) && !dl.url.replace(/^http:/i, "https:").startsWith(policy.apk.keyringUrlPrefix)) return;
  const written = dl.urlSpan ? build.text.slice(dl.urlSpan.start, dl.urlSpan.end) : null;
  const fix = apk && dl.urlSpan && written === dl.url ? { title: `Save the key as ${policy.apk.keysDir}/${apk.keyName}`, safety: "safe", edits: [replace(dl.urlSpan, `${policy.apk.keysDir}/${apk.keyName} ${dl.url}`)] } : null;
  ctx.report({ messageId: "urlAsOutput", data: { tool: dl.tool, url: dl.url }, span: dl.urlSpan ?? dl.span, fix });
}
function singleCopyIntoDir(build, stage, fact) {
  const copy = factsOf(stage, "copy").find((c) => c.instruction === fact.instruction);
  if (!copy || copy.sources.length !== 1 || !fact.destSpan) return null;
  return rangeAtEnd(build, fact.destSpan, "/");
}
function checkAptKey(ctx, fact) {
  const { build, policy } = ctx;
  const hardened = isHardenedAptKey(policy, fact);
  if (fact.unbound) {
    if (!hardened) return;
    const how = fact.unbound === "apt-key" ? "apt-key" : policy.deb.trustedDir;
    ctx.report({ messageId: "aptUnbound", data: { key: fact.url ?? fact.contextSource ?? fact.path ?? "key", how, dir: policy.deb.keyringDirs[0] }, span: fact.urlSpan ?? fact.destSpan ?? fact.span });
    return;
  }
  if (fact.format !== "armoured" || !fact.path || fact.path.endsWith(".asc") || fact.movedLater) return;
  const path9 = fact.path;
  const expected = path9.replace(/(?:\.(?:gpg|key|pub|pgp))?$/, ".asc");
  const name = basename(path9);
  const nameRange = rangeAtEnd(build, fact.destSpan, name);
  const edits = nameRange ? [replace(nameRange, basename(expected))] : [];
  let complete = nameRange !== null;
  for (const stage of build.stages) {
    for (const { line } of aptSourceLines(stage)) {
      if (line.signedBy !== path9) continue;
      const at = rangeInside(build, line.format === "deb822" ? line.signedBySpan ?? null : line.span, path9);
      if (at && !edits.some((e) => e.start === at.start)) edits.push(replace(at, expected));
      else if (!at) complete = false;
    }
  }
  const fix = complete ? { title: `Save the key as ${expected}`, safety: "safe", edits } : null;
  ctx.report({ messageId: "aptArmouredName", data: { path: path9, expected }, span: nameRange ?? fact.destSpan ?? fact.span, fix });
}
var signing_key_name_default;
var init_signing_key_name = __esm({
  "rules/signing-key-name.ts"() {
    "use strict";
    init_rule();
    init_query();
    init_files();
    init_words();
    init_policy();
    init_builders();
    signing_key_name_default = defineRule({
      id: "signing-key-name",
      meta: {
        description: "A hardened repository signing key is saved under a name or place apk or apt does not match, or fetched from a wrong URL.",
        severity: "error",
        fixable: "sometimes",
        tags: ["security", "supply-chain"],
        messages: {
          wrongName: "The signing key is saved as {name}, but apk matches index signatures by file name: it must be {expected}.",
          outsideKeysDir: "The signing key is saved as {path}, outside {keysDir}, so apk never reads it; save it as {expected}.",
          wrongUrl: "The signing key is fetched from {url}, which serves no current key; the key is at {expected}.",
          urlAsOutput: "`{tool} -O {url}` names the file to save, not what to fetch: nothing is downloaded and the key is never installed. Give the key's path to -O and the URL after it.",
          aptUnbound: "The signing key {key} is added with {how}, so apt trusts it for every source; save it in {dir} and bind it to the hardened source with signed-by=.",
          aptArmouredName: "The key saved as {path} is ASCII-armoured, but apt reads armoured keys only from files named *.asc: save it as {expected} (or dearmor it with gpg --dearmor)."
        },
        options: {}
      },
      check(ctx) {
        const { build, policy } = ctx;
        const keysDir = policy.apk.keysDir;
        for (const stage of build.stages) {
          for (const dl of factsOf(stage, "download")) if (dl.urlAsOutput) checkUrlAsOutput(ctx, dl);
          for (const fact of factsOf(stage, "key-install")) {
            if (fact.manager === "apt") {
              checkAptKey(ctx, fact);
              continue;
            }
            if (fact.manager !== "apk") continue;
            const intended = intendedKeyName(policy, fact);
            if (!intended) continue;
            const keyUrl = keyUrlOf(policy, intended);
            const urlStale = fact.url !== null && fact.url.replace(/^http:/i, "https:").startsWith(policy.apk.keyringUrlPrefix) && keyByUrl(policy, fact.url) === null;
            const urlRange = fact.url ? rangeInside(build, fact.urlSpan, fact.url) : null;
            const urlFix = (title) => urlRange && keyUrl ? { title, safety: "safe", edits: [replace(urlRange, keyUrl)] } : null;
            if (urlStale) {
              ctx.report({ messageId: "wrongUrl", data: { url: fact.url, expected: keyUrl ?? intended }, span: urlRange ?? fact.urlSpan ?? fact.span, fix: urlFix(`Download the key from ${keyUrl}`) });
            }
            if (fact.path === null) continue;
            const name = basename(fact.path);
            const nameRange = rangeAtEnd(build, fact.destSpan, name);
            const nameFromUrl = nameRange === null && fact.url !== null && basename(fact.url) === name;
            if (dirname(fact.path) === keysDir || apkKeysDirRoot(policy, dirname(fact.path)) !== null) {
              if (name === intended || urlStale && nameFromUrl) continue;
              const dirRange = nameRange ? null : singleCopyIntoDir(build, stage, fact);
              const fix2 = nameRange ? { title: `Save the key as ${intended}`, safety: "safe", edits: [replace(nameRange, intended)] } : nameFromUrl ? urlFix(`Download the key from ${keyUrl}`) : dirRange ? { title: `Save the key as ${intended}`, safety: "safe", edits: [insertAt(dirRange.end, intended)] } : null;
              ctx.report({ messageId: "wrongName", data: { name, expected: intended }, span: nameRange ?? (nameFromUrl ? urlRange : null) ?? fact.destSpan ?? fact.span, fix: fix2 });
              continue;
            }
            if (fact.movedLater) continue;
            const expected = `${keysDir}/${intended}`;
            const written = fact.destSpan ? /^["']?([^"'\s$\\]+)["']?$/.exec(build.text.slice(fact.destSpan.start, fact.destSpan.end))?.[1] : void 0;
            const pathRange = written && (written === fact.path || fact.path.endsWith(`/${written}`)) ? rangeAtEnd(build, fact.destSpan, written) : null;
            const fix = pathRange ? { title: `Save the key as ${expected}`, safety: "safe", edits: [replace(pathRange, expected)] } : null;
            ctx.report({ messageId: "outsideKeysDir", data: { path: fact.path, keysDir, expected }, span: pathRange ?? fact.destSpan ?? fact.span, fix });
          }
        }
      }
    });
  }
});

// rules/trust-bypass.ts
function removeFlag(build, policy, stage, bypass, cmd) {
  if (!cmd) return null;
  const local = cmd.packages.some((p) => p.value === null || p.value.endsWith(".apk"));
  const safety = !local && apkKeysCover(policy, stage, cmd) ? "safe" : "unsafe";
  return { title: `Remove ${bypass.what}`, safety, edits: [removeWord(build, bypass.span)] };
}
function aptBypass(ctx, stage, bypass) {
  const { build } = ctx;
  if (bypass.what === "trusted=yes" || bypass.what === "allow-insecure=yes") {
    const lines = factsOf(stage, "repo-write").filter((w) => w.instruction === bypass.instruction).flatMap((w) => w.lines);
    const written = bypass.written ?? bypass.what;
    const line = lines.find((l) => SAME(l.span, bypass.span)) ?? lines.find((l) => l.options?.some((o) => o.written === written)) ?? lines.find((l) => l.trusted) ?? bypass.source;
    const span = rangeOfText(build, bypass.span, written) ?? bypass.span;
    const what = line?.format === "deb822" ? written : `[${written}]`;
    ctx.report({ messageId: "aptTrustedSource", data: { what, url: urlForMessage(line?.text ?? "") }, span });
    return;
  }
  const messageId = APT_KIND[bypass.what] ?? "aptUnauthenticated";
  const cmd = factsOf(stage, "package-command").find((c) => c.instruction === bypass.instruction && c.options.some((o) => SAME(o.span, bypass.span)));
  let fix = null;
  if (cmd) {
    const keys = new Set(cmd.keys.map((k) => k.path));
    const verified = !cmd.repositoriesUnknown && cmd.repositories.every((r) => !r.trusted && r.signedBy != null && keys.has(r.signedBy));
    const safety = verified && messageId !== "aptVerifyPeer" && !cmd.packages.some((p) => p.value === null || p.value.endsWith(".deb")) ? "safe" : "unsafe";
    fix = { title: `Remove ${build.text.slice(bypass.span.start, bypass.span.end)}`, safety, edits: [removeWord(build, bypass.span)] };
  }
  ctx.report({ messageId, data: { what: bypass.what }, span: bypass.span, fix });
}
var APT_KEY_GONE, SAME, APT_KIND, trust_bypass_default;
var init_trust_bypass = __esm({
  "rules/trust-bypass.ts"() {
    "use strict";
    init_rule();
    init_query();
    init_policy();
    init_files();
    init_builders();
    APT_KEY_GONE = /* @__PURE__ */ new Set(["trixie", "forky", "sid"]);
    SAME = (a, b) => a !== null && a.start === b.start && a.end === b.end;
    APT_KIND = {
      "--allow-unauthenticated": "aptUnauthenticated",
      "--allow-untrusted": "aptUnauthenticated",
      "--force-yes": "aptUnauthenticated",
      "APT::Get::AllowUnauthenticated": "aptUnauthenticated",
      "--allow-insecure-repositories": "aptInsecureRepositories",
      "Acquire::AllowInsecureRepositories": "aptInsecureRepositories",
      "Acquire::AllowDowngradeToInsecureRepositories": "aptInsecureRepositories",
      "Acquire::https::Verify-Peer": "aptVerifyPeer",
      "Acquire::https::Verify-Host": "aptVerifyPeer"
    };
    trust_bypass_default = defineRule({
      id: "trust-bypass",
      meta: {
        description: "Signature or TLS checks are turned off for packages, repositories or keys.",
        severity: "error",
        fixable: "sometimes",
        tags: ["security", "supply-chain"],
        messages: {
          allowUntrusted: "--allow-untrusted makes apk accept packages and indexes whose signatures are missing or wrong.",
          keysDir: "--keys-dir {dir} makes apk trust the keys in {dir} instead of {keysDir}.",
          configAllowUntrusted: "{file} sets allow-untrusted: every later apk command accepts unsigned packages and indexes.",
          noVerifyHostname: "SSL_NO_VERIFY_HOSTNAME turns off TLS host name checks for apk downloads ({how}).",
          insecureDownload: "{flag} turns off TLS certificate checks while downloading {what} {url}.",
          aptUnauthenticated: "{what} makes apt install packages whose signatures are missing or wrong.",
          aptInsecureRepositories: "{what} lets apt use repositories whose Release files are unsigned or cannot be verified.",
          aptVerifyPeer: "{what} turns off TLS certificate checks for apt downloads.",
          aptTrustedSource: "{what} on the source {url} makes apt accept it without checking any signature.",
          aptKeyGlobal: "`apt-key` makes apt trust {key} for every source that names no keyring with signed-by=, not only its own{trixie}; save it in {dir} and bind its source to it with signed-by=.",
          downloadedPackage: "{tool} installs {file}, downloaded from {url} on line {line}, without checking any signature: only packages from a signed source are verified."
        },
        options: {}
      },
      check(ctx) {
        const { build, policy } = ctx;
        const keyUrls = /* @__PURE__ */ new Set();
        for (const [key] of eachFact(build, "key-install")) if (key.url) keyUrls.add(key.url);
        const lines = build.lines;
        for (const stage of build.stages) {
          for (const pkg of factsOf(stage, "local-package")) {
            if (!pkg.downloaded || pkg.downloaded.checksum) continue;
            const line = lines.position(pkg.downloaded.span.start).line;
            ctx.report({ messageId: "downloadedPackage", data: { tool: pkg.tool, file: pkg.path, url: urlForMessage(pkg.downloaded.url), line }, span: pkg.span });
          }
          for (const key of factsOf(stage, "key-install")) {
            if (key.manager !== "apt" || key.unbound !== "apt-key" || isHardenedAptKey(policy, key)) continue;
            const trixie = stage.distro === "debian" && stage.release !== null && APT_KEY_GONE.has(stage.release) ? `, and Debian ${stage.release} has no apt-key at all: this RUN fails` : "";
            const name = key.url ?? key.contextSource ?? "this key";
            ctx.report({ messageId: "aptKeyGlobal", data: { key: urlForMessage(name), trixie, dir: policy.deb.keyringDirs[0] }, span: key.urlSpan ?? key.span });
          }
          const commands = factsOf(stage, "package-command");
          for (const bypass of factsOf(stage, "trust-bypass")) {
            if (bypass.manager === "apt") {
              aptBypass(ctx, stage, bypass);
              continue;
            }
            if (bypass.manager !== "apk") continue;
            const sameRun = commands.filter((c) => c.instruction === bypass.instruction);
            if (bypass.what === "--allow-untrusted" || bypass.what === "--keys-dir") {
              const cmd = sameRun.find((c) => c.options.some((o) => SAME(o.span, bypass.span)));
              const dir = cmd?.options.find((o) => o.name === "--keys-dir")?.value ?? "another directory";
              const messageId = bypass.what === "--keys-dir" ? "keysDir" : "allowUntrusted";
              const keysDir = apkKeysDirOf(policy, cmd?.root ?? "/");
              ctx.report({ messageId, data: { dir, keysDir }, span: bypass.span, fix: removeFlag(build, policy, stage, bypass, cmd) });
            } else if (bypass.what === "allow-untrusted") {
              ctx.report({ messageId: "configAllowUntrusted", data: { file: policy.apk.configFile }, span: bypass.span });
            } else {
              const env = factsOf(stage, "variable").filter((v) => v.instruction === bypass.instruction);
              const prefixOf = sameRun.find((c) => c.env.some((e) => e.how === "prefix" && e.name === "SSL_NO_VERIFY_HOSTNAME" && SAME(e.span, bypass.span)));
              let fix = null;
              let how = "exported in the RUN";
              if (env.length > 0) {
                how = "ENV, for every later RUN";
                const edit = env.length === 1 ? removeInstruction(build, build.instructions[bypass.instruction]) : null;
                if (edit) fix = { title: "Remove SSL_NO_VERIFY_HOSTNAME", safety: "unsafe", edits: [edit] };
              } else if (prefixOf) {
                how = "on this apk command";
                const tls = prefixOf.repositories.every((r) => {
                  const host = hostOf(r.url);
                  return host !== null && (policy.tlsHosts.includes(host) || policy.hosts.includes(host));
                });
                fix = { title: "Remove SSL_NO_VERIFY_HOSTNAME", safety: tls ? "safe" : "unsafe", edits: [removeWord(build, bypass.span)] };
              }
              ctx.report({ messageId: "noVerifyHostname", data: { how }, span: bypass.span, fix });
            }
          }
          const seen = /* @__PURE__ */ new Set();
          for (const dl of factsOf(stage, "download")) {
            const https = dl.url.replace(/^http:/i, "https:");
            const key = keyUrls.has(dl.url) || https.startsWith(policy.apk.keyringUrlPrefix);
            if (!key && !isPolicyHost(policy, dl.url)) continue;
            const host = hostOf(dl.url);
            const tls = host !== null && (policy.tlsHosts.includes(host) || policy.hosts.includes(host));
            for (const f of dl.insecureFlags) {
              const span = f.span ?? dl.span;
              if (seen.has(span.start)) continue;
              seen.add(span.start);
              const edit = f.span ? removeFlagLetter(build, f.flag, "k", f.span) : null;
              const fix = edit ? { title: `Remove ${f.flag.startsWith("--") ? f.flag : "-k"}`, safety: tls ? "safe" : "unsafe", edits: [edit] } : null;
              const what = key ? "the signing key" : "repository data from";
              ctx.report({ messageId: "insecureDownload", data: { flag: f.flag, what, url: urlForMessage(dl.url) }, span, fix });
            }
          }
        }
      }
    });
  }
});

// rules/unpinned-base-image.ts
function literalReleases(stage, policy) {
  const urls = [];
  for (const write of factsOf(stage, "repo-write")) {
    if (write.fileKind !== "repositories" || write.manager === "apk" && apkFile(policy, write.file)?.root !== "/") continue;
    for (const line of write.lines) if (!line.dynamic && !line.releaseFromImage && !line.releaseFromBaseArg) urls.push(line.text);
  }
  for (const cmd of packageCommands(stage)) if (cmd.root === "/") urls.push(...cmd.extraRepositories.map((x) => x.url));
  const releases = urls.map((u) => hardenedMatch(policy, u)?.release).filter((r) => !!r && /^\d+\.\d+$/.test(r));
  return [...new Set(releases)];
}
function rootOf2(build, stage) {
  let s = stage;
  while (s.parent !== null) s = build.stages[s.parent];
  return s;
}
function pinFix(build, stage, release) {
  const ref = stage.image;
  const span = stage.imageSpan;
  if (!ref || !span || stage.dhi || ref.digest || stage.imageVariables.length > 0) return null;
  const written = build.text.slice(span.start, span.end);
  if (written !== ref.text) return null;
  const title = `Pin the base image to Alpine ${release}`;
  const name = ref.path.split("/").at(-1);
  const tag = ref.tag;
  if (name === "alpine" && (tag === null || tag === "latest" || /^\d+$/.test(tag))) {
    if (tag === null) return { title, safety: "unsafe", edits: [insertAt(span.end, `:${release}`)] };
    return { title, safety: "unsafe", edits: [replace({ start: span.end - tag.length, end: span.end }, release)] };
  }
  if (tag !== null && /(?:^|-)alpine$/.test(tag)) return { title, safety: "unsafe", edits: [insertAt(span.end, release)] };
  return null;
}
var unpinned_base_image_default;
var init_unpinned_base_image = __esm({
  "rules/unpinned-base-image.ts"() {
    "use strict";
    init_rule();
    init_query();
    init_builders();
    init_hardened_setup();
    init_policy();
    init_files();
    unpinned_base_image_default = defineRule({
      id: "unpinned-base-image",
      meta: {
        description: "A stage configures a release-specific hardened repository, but its base image does not pin the release.",
        severity: "warning",
        fixable: "sometimes",
        tags: ["security", "reproducibility"],
        messages: {
          unpinned: "The stage uses the Alpine {release} hardened repository, but the base image {image} does not pin an Alpine release; when it moves on, the two no longer match.",
          variable: "The stage uses the Alpine {release} hardened repository, but the base image comes from the build argument {variable}, which has no default, so its release is unknown.",
          digestOnly: "The stage uses the Alpine {release} hardened repository, but the base image {image} is pinned by digest only, so its release cannot be checked; add the tag."
        },
        options: {}
      },
      check(ctx) {
        const { build, policy } = ctx;
        const reported = /* @__PURE__ */ new Set();
        for (const stage of build.stages) {
          const root2 = rootOf2(build, stage);
          const reason = root2.releaseUnknownReason;
          if (root2.release !== null || reported.has(root2.index)) continue;
          if (reason !== "unpinned" && reason !== "variable" && reason !== "digest-only") continue;
          const releases = literalReleases(stage, policy);
          if (releases.length === 0) continue;
          reported.add(root2.index);
          const release = releases[0];
          const messageId = reason === "unpinned" ? "unpinned" : reason === "variable" ? "variable" : "digestOnly";
          const servable = isServedRelease(policy, release) || policy.apk.mirrors.length > 0;
          const fix = reason === "unpinned" && releases.length === 1 && servable ? pinFix(build, root2, release) : null;
          ctx.report({ messageId, data: { release, image: describeStageBase(root2), variable: root2.imageVariables.join(", ") }, span: root2.imageSpan ?? root2.fromSpan, fix });
        }
      }
    });
  }
});

// rules/unsupported-release.ts
function configured(stage) {
  const out = [];
  for (const write of factsOf(stage, "repo-write")) {
    if (write.fileKind !== "repositories") continue;
    for (const line of write.lines) {
      if (!line.dynamic) out.push({ url: line.text, span: line.span ?? write.edit?.span ?? write.span, fromImage: line.releaseFromImage });
    }
  }
  for (const cmd of packageCommands(stage)) {
    for (const x of cmd.extraRepositories) {
      if (!/\$[{(A-Za-z_]/.test(x.url)) out.push({ url: x.url, span: x.span ?? x.optionSpan ?? cmd.span, fromImage: false });
    }
  }
  return out;
}
function checkApt4(ctx, stage) {
  const { build, policy } = ctx;
  const served = policy.deb.servedSuites.join(", ");
  const image = describeStageBase(stage);
  for (const { line, write } of aptSourceLines(stage)) {
    if (!debSourceMatch(policy, line.text)) continue;
    const span = rangeOfText(build, line.span, line.text) ?? line.span ?? write.span;
    const url = urlForMessage(line.text);
    const release = stage.distro === "debian" ? stage.release : null;
    if (stage.distro === "ubuntu") ctx.report({ messageId: "aptUbuntu", data: { image, url }, span });
    else if (line.suite && !line.suiteFromImage && !isServedSuite(policy, line.suite.split("-")[0])) {
      ctx.report({ messageId: "aptSuite", data: { url, suite: line.suite, served }, span: aptSuiteRange(build, line) ?? span });
    } else if (release && !isServedSuite(policy, release)) ctx.report({ messageId: "aptBaseRelease", data: { image, release, url, served }, span });
  }
}
var unsupported_release_default;
var init_unsupported_release = __esm({
  "rules/unsupported-release.ts"() {
    "use strict";
    init_rule();
    init_query();
    init_policy();
    init_hardened_setup();
    unsupported_release_default = defineRule({
      id: "unsupported-release",
      meta: {
        description: "A hardened repository is used for an Alpine or Debian release that Docker does not serve.",
        severity: "error",
        fixable: "never",
        tags: ["security", "supply-chain"],
        messages: {
          repositoryRelease: "{url} names Alpine {release}, which the hardened repositories do not serve (served: {served}).",
          baseRelease: "The base image {image} is Alpine {release}, which the hardened repositories do not serve (served: {served}); {url} cannot supply packages built for it.",
          aptSuite: "{url} is used with the suite {suite}, which the hardened Debian sources do not serve (served: {served}).",
          aptBaseRelease: "The base image {image} is Debian {release}, which the hardened Debian sources do not serve (served: {served}); {url} cannot supply packages built for it.",
          aptUbuntu: "The base image {image} is Ubuntu: {url} serves Debian packages, and there is no hardened source for Ubuntu."
        },
        options: {}
      },
      check(ctx) {
        const { build, policy } = ctx;
        const served = policy.apk.servedReleases.map((r) => `v${r}`).join(", ");
        for (const stage of build.stages) {
          const base = stage.distro === "alpine" ? stage.release : null;
          const baseServed = base === null || isServedRelease(policy, base);
          for (const c of configured(stage)) {
            const match = hardenedMatch(policy, c.url);
            if (!match || match.source !== "dhi") continue;
            const span = rangeOfText(build, c.span, c.url) ?? c.span;
            const url = urlForMessage(c.url);
            if (match.release !== null && !isServedRelease(policy, match.release) && !c.fromImage) {
              ctx.report({ messageId: "repositoryRelease", data: { url, release: match.release, served }, span });
            } else if (!baseServed) {
              ctx.report({ messageId: "baseRelease", data: { image: describeStageBase(stage), release: base, url, served }, span });
            }
          }
          checkApt4(ctx, stage);
        }
      }
    });
  }
});

// src/policy/hardened-packages-data.ts
var APK_MAIN_SOURCES;
var init_hardened_packages_data = __esm({
  "src/policy/hardened-packages-data.ts"() {
    "use strict";
    APK_MAIN_SOURCES = {
      "3.23": "7zip aaudit abi-compliance-checker abseil-cpp abuild acct acf-alpine-baselayout acf-alpine-conf acf-amavisd-new acf-apk-tools acf-asterisk acf-awall acf-chrony acf-core acf-dansguardian acf-db acf-dnscache acf-dnsmasq acf-dovecot acf-freeradius3 acf-freeswitch acf-freeswitch-vmail acf-gross acf-heimdal acf-iproute2-qos acf-iptables acf-jquery acf-kamailio acf-lib acf-lighttpd acf-lvm2 acf-mariadb acf-mdadm acf-nsd acf-openldap acf-opennhrp acf-openntpd acf-openssh acf-openssl acf-openvpn acf-pingu acf-postfix acf-postgresql acf-ppp acf-provisioning acf-quagga acf-samba acf-skins acf-snort acf-squid acf-tinydns acf-unbound acf-weblog ack acl aconf acpi acpica acpid ada akms alpine-base alpine-baselayout alpine-conf alpine-git-mirror-syncd alpine-keys alpine-make-rootfs alpine-sdk alsa-lib alsa-ucm-conf alsa-utils altermime amavis amavisd-milter amazoncorretto aom apache-mod-auth-kerb apache-mod-auth-ntlm-winbind apache-mod-auth-radius apache-mod-fcgid apache2 apache2-mod-wsgi apcupsd apg api-sanity-checker apk-cron apk-tools aports-build apparmor apr apr-util argon2 argp-standalone argtable2 arm-trusted-firmware arpon arpwatch asciidoc asciidoctor aspell aspell-de aspell-en aspell-fr aspell-ru aspell-uk asterisk astroterm at-spi2-core atf atop attr audit augeas aumix autoconf autoconf-archive automake avahi avahi-ui awall aws-cli axel b43-fwcutter bacula base64 bash bash-completion batctl bats-core bc bcache-tools bcnm bctoolbox bdftopcf bearssl beep benchmark bind binutils bison bluez bluez-firmware bluez-headers bmd-tools bonding boost1.84 botan3 bridge bridge-utils brotli bsd-compat-headers btrfs-progs bubblewrap build-base buildkit bun busybox bwm-ng byacc byobu bzip2 c-ares ca-certificates cairo cargo-auditable cargo-nextest catch2 cbindgen ccache cciss_vol_status cdparanoia cgdb cgit check chrony chrpath cifs-utils cjson ckbcomp cksfv clang-rtlib clang16 clang20 clang21 clang22 clucene cmake cmocka cmph command-not-found confuse conky conntrack-tools corepack coreutils cppunit cracklib cramfs crconf cryptsetup cunit cups curl cutter cvechecker cvs cxxopts cyrus-sasl cython czmq dansguardian daq darkhttpd dart-stage0 dash datefudge dav1d db dbus dbus-glib dconf ddate debian-archive-keyring debian-devscripts debootstrap dejagnu dev86 devicemaster-linux dhcpcd dialog diffutils distcc djbdns dkimproxy dmidecode dmraid dmvpn dns-root-hints dnsfunnel dnsmasq dnssec-root dnstop doas doas-sudo-shim docbook-xml docbook-xsl docbook2mdoc docbook2x docker docker-cli-buildx docs doctest dosfstools dotnet10-runtime dotnet10-sdk dotnet10-stage0 dotnet8-runtime dotnet8-sdk dotnet8-stage0 dotnet9-runtime dotnet9-sdk dotnet9-stage0 dovecot doxygen dpkg drbd-utils dropbear dtach dtc e2fsprogs ecl eclipse-temurin ed edbrowse efi-mkkeys efi-mkuki efibootmgr efitools efivar eggdrop elfutils elinks ell email encfs encodings erlang27 erlang28 erofs-utils esh espeak etckeeper ethtool eudev eventlog execline expat expect ez-ipupdate f2fs-tools fail2ban fakeroot fcgi fcgiwrap ferm fftw file findutils fish flac flashcache-utils flashrom flex flite fmt font-adobe-100dpi font-adobe-75dpi font-adobe-utopia-100dpi font-adobe-utopia-75dpi font-adobe-utopia-type1 font-alias font-arabic-misc font-bh-100dpi font-bh-75dpi font-bitstream-100dpi font-bitstream-75dpi font-bitstream-type1 font-cantarell font-cronyx-cyrillic font-cursor-misc font-dec-misc font-dejavu font-droid font-freefont font-ibm-type1 font-isas-misc font-jis-misc font-liberation font-liberation-sans-narrow font-linux-libertine font-micro-misc font-misc-cyrillic font-misc-ethiopic font-misc-misc font-mutt-misc font-schumacher-misc font-screen-cyrillic font-sony-misc font-sun-misc font-terminus font-tlwg font-unifont font-util font-vollkorn font-winitzki-cyrillic font-xfree86-type1 fontconfig fortify-headers fping fprobe fprobe-ulog freeradius freeradius-client freeswitch freeswitch-sounds-en-us-callie-32000 freeswitch-sounds-en-us-callie-8000 freeswitch-sounds-es-mx-maria-44100 freeswitch-sounds-fr-ca-june-8000 freeswitch-sounds-fr-fr-sibylle-8000 freeswitch-sounds-music-32000 freeswitch-sounds-music-8000 freeswitch-sounds-pt-br-karina-8000 freeswitch-sounds-ru-RU-elena-32000 freeswitch-sounds-ru-RU-elena-8000 freetdm freetds freetype fribidi fsarchiver fstrm fuse fuse3 gawk gc gcc gcompat gcr gd gdb gdbm gdk-pixbuf gengetopt gensio geoip gettext gettext-tiny ghi ghostscript ghostscript-fonts giflib git gitolite glib glslang glu gmp gn gnu-efi gnu-libiconv gnupg gnutls go go-md2man goaccess gobject-introspection golang gperf gpm gpsd gptfdisk gradle gradle-stage0 graphene graphite2 graphviz grep groff gross grpc grub gsm gst-plugins-base gstreamer gtest gtk+3.0 gtk-doc guile gvpe gyp gzip haproxy harfbuzz haserl haveged hdparm heimdal help2man hicolor-icon-theme highlight hiredis hostapd htop hunspell hunspell-en hunspell-pt hunspell-pt-br hvtools hwdata hwloc hylafaxplus hypermail iaxmodem icecast icon-naming-utils icu iftop ifupdown-ng igmpproxy imake imap imlib2 in-sync indent inih iniparser inotify-tools installkernel intel-ucode intltool iperf3 iproute2 iproute2-qos ipset iptables iputils ipvsadm irqbalance iscsi-scst isl25 isl26 iso-codes itstool iucode-tool ivykis iw jack jansson java-cacerts java-common jbig2dec jemalloc jfsutils jitterentropy-library joe jpeg jq json-c judy kamailio kbd kea kernel-hooks keyutils kmod knock knot krb5 krb5-conf kubectl kyua lame lang lcms2 ldapvi lddtree ldns ldoc less lftp libaio libarchive libart-lgpl libassuan libatomic_ops libavif libbpf libbsd libburn libcap libcap-ng libcbor libclc libconfig libdaemon libdbi libde265 libdisplay-info libdnet libdrm libdwarf libeatmydata libeconf libedit libepoxy libestr libev libevent libfastjson libffi libfido2 libfontenc libgcc-static libgcrypt libgpg-error libical libice libid3tag libidn libidn2 libisoburn libisofs libjpeg-turbo libkcapi libks libksba liblockfile liblogging liblognorm libmaxminddb libmd libmemcached libmilter libmnl libnet libnetfilter_acct libnetfilter_conntrack libnetfilter_cthelper libnetfilter_cttimeout libnetfilter_log libnetfilter_queue libnfnetlink libnftnl libnl3 libnsl libnvme libogg libotr libpaper libpcap libpciaccess libpng libpsl librdkafka librelp libresample librsync librtlsdr libsamplerate libseccomp libsecret libselinux libsepol libshout libsm libsndfile libsodium libspf2 libsrtp libssh2 libtasn1 libtheora libtirpc libtool libtraceevent libucontext libudev-zero libunistring libunwind liburing libusb libusb-compat libutempter libuv libva libvdpau libverto libvorbis libwebp libwebsockets libx11 libxau libxaw libxcb libxcomposite libxcursor libxdamage libxdmcp libxext libxfixes libxft libxi libxinerama libxkbcommon libxkbfile libxml2 libxmu libxpm libxrandr libxrender libxshmfence libxslt libxt libxtst libxv libxxf86vm libyuv lighttpd limine linenoise links linux-firmware linux-headers linux-lts linux-pam linux-rpi linux-tools lksctp-tools lld20 lld21 lld22 llvm llvm-runtimes llvm16 llvm20 llvm21 llvm22 lm-sensors lmdb lockfile-progs log4cplus logcheck logrotate logtail lsof lsyncd ltrace lttng-ust lua-alt-getopt lua-aports lua-asn1 lua-augeas lua-b64 lua-bit32 lua-busted lua-cjson lua-cliargs lua-cmsgpack lua-cqueues lua-curl lua-dbi lua-discount lua-dns lua-evdev lua-expat lua-feedparser lua-file-magic lua-filesize lua-filesystem lua-gversion lua-hashids lua-iconv lua-inspect lua-json4 lua-ldap lua-ldbus lua-luassert lua-luaxml lua-lub lua-lustache lua-lxc lua-lyaml lua-lzlib lua-lzmq lua-maxminddb lua-md5 lua-mediator lua-microlight lua-mosquitto lua-mqtt-publish lua-openrc lua-optarg lua-ossl lua-pc lua-penlight lua-posix lua-posixtz lua-pty lua-resty-core lua-resty-lrucache lua-rex lua-say lua-schema lua-sec lua-soap lua-socket lua-sql lua-sqlite lua-stdlib lua-stdlib-debug lua-stdlib-normalize lua-stringy lua-struct lua-subprocess lua-system lua-term lua-unit lua-uuid lua-xctrl lua-yaml lua5.1 lua5.2 lua5.3 lua5.4 luajit lutok lvm2 lxc lxc-templates-legacy lynx lz4 lzip lzo m4 macifrename mailcap mailx make makedepend man-pages man-pages-posix mandoc mariadb mariadb-connector-c maturin maven maven-stage0 mawk mbedtls mc mdadm mdev-conf mdevd memcached merge-usr mesa meson mg mini_httpd minicom mkfontscale mkinitfs mksh mlmmj monit mosh mosquitto mpc1 mpdecimal mpfr4 mpg123 mqtt-exec mrtg mt-st mtd-utils mtools mtx multipath-tools muon musl musl-fts musl-legacy-error musl-locales musl-nscd musl-obstack nagios nagios-plugins nano nasm ncdu ncftp ncurses ndisc6 neon net-snmp net-tools netcat-openbsd netcf nettle network-extras newt nfdump nfs-utils nftables nghttp2 nghttp3 nginx ngircd ngrep ngtcp2 nikto ninja-build nload nmap node nodejs npm npth nrpe nsd nspr nss nss-pam-ldapd ntfs-3g numactl nvme-cli obex-data-server ocaml5 oidentd one-context oniguruma open-iscsi open-isns open-lldp openjade openjdk11 openjdk17 openjdk21 openjdk25 openjpeg openldap opennhrp openntpd openobex openrc openresolv opensp openssh openssl openvpn openvpn-ad-check openvpn-auth-ldap opus opusfile orc ortp p11-kit pahole pam-pgsql pango parallel parted patch patchelf patchutils pax-utils paxrelabel pciutils pcmciautils pcre pcre2 pcsc-lite perdition perl perl-apache-logformat-compiler perl-apache-session perl-archive-zip perl-astro-suntime perl-async-mergepoint perl-authen-sasl perl-b-cow perl-b-hooks-endofscope perl-bit-vector perl-boolean perl-business-hours perl-cache-cache perl-cache-simple-timedexpiry perl-canary-stability perl-capture-tiny perl-carp perl-carp-clan perl-cgi perl-cgi-emulate-psgi perl-cgi-fast perl-cgi-psgi perl-cgi-session perl-class-accessor perl-class-accessor-chained perl-class-container perl-class-data-inheritable perl-class-inspector perl-class-load perl-class-method-modifiers perl-class-mix perl-class-returnvalue perl-class-singleton perl-class-tiny perl-clone perl-common-sense perl-compress-raw-bzip2 perl-compress-raw-zlib perl-config-autoconf perl-config-grammar perl-config-inifiles perl-control-x10 perl-convert-asn1 perl-convert-binhex perl-convert-color perl-convert-tnef perl-convert-uulib perl-cpan-meta-check perl-cpan-requirements-dynamic perl-cpanel-json-xs perl-cps perl-crypt-des perl-crypt-eksblowfish perl-crypt-openssl-guess perl-crypt-openssl-random perl-crypt-openssl-rsa perl-crypt-rijndael perl-crypt-ssleay perl-crypt-x509 perl-cryptx perl-css-minifier-xs perl-css-squish perl-data-guid perl-data-hexdump perl-data-optlist perl-data-page perl-data-page-pageset perl-data-uuid perl-date-calc perl-date-manip perl-datetime perl-datetime-format-mail perl-datetime-format-w3cdtf perl-datetime-locale perl-datetime-timezone perl-dbd-mysql perl-dbd-odbc perl-dbd-pg perl-dbd-sqlite perl-dbi perl-dbix-dbschema perl-dbix-searchbuilder perl-devel-checkbin perl-devel-checklib perl-devel-globaldestruction perl-devel-overloadinfo perl-devel-stacktrace perl-devel-stacktrace-ashtml perl-devel-symdump perl-device-serialport perl-digest-hmac perl-digest-md5 perl-digest-sha1 perl-dist-checkconflicts perl-email-address perl-email-address-list perl-email-date-format perl-encode perl-encode-hanextra perl-encode-locale perl-error perl-eval-closure perl-exception-class perl-exporter-tiny perl-extutils-cchecker perl-extutils-config perl-extutils-hascompiler perl-extutils-helpers perl-extutils-installpaths perl-extutils-pkgconfig perl-fcgi perl-fcgi-procmanager perl-file-copy-recursive perl-file-listing perl-file-next perl-file-remove perl-file-rsync perl-file-sharedir perl-file-sharedir-install perl-file-slurp perl-file-slurp-tiny perl-file-slurper perl-file-tail perl-file-temp perl-file-which perl-filesys-notify-simple perl-font-afm perl-future perl-gd perl-gdgraph perl-gdtextutil perl-getopt-long perl-hash-multivalue perl-heap perl-html-formatter perl-html-formattext-withlinks perl-html-formattext-withlinks-andtables perl-html-mason perl-html-parser perl-html-quoted perl-html-rewriteattributes perl-html-scrubber perl-html-tagset perl-html-tree perl-http-body perl-http-cookiejar perl-http-cookies perl-http-daemon perl-http-daemon-ssl perl-http-date perl-http-message perl-http-negotiate perl-importer perl-inc-latest perl-inline perl-inline-c perl-io perl-io-html perl-io-multiplex perl-io-socket-inet6 perl-io-socket-ssl perl-io-stringy perl-io-tty perl-ipc-run perl-ipc-run3 perl-ipc-sharelite perl-ipc-system-simple perl-javascript-minifier perl-javascript-minifier-xs perl-json perl-json-maybexs perl-ldap perl-libwww perl-list-allutils perl-list-moreutils perl-list-moreutils-xs perl-list-someutils perl-list-someutils-xs perl-list-utilsby perl-locale-maketext-fuzzy perl-locale-maketext-lexicon perl-log-any perl-log-dispatch perl-lwp-mediatypes perl-lwp-protocol-https perl-lwp-useragent-determined perl-mail-authenticationresults perl-mail-dkim perl-mail-domainkeys perl-mail-imapclient perl-mail-spf perl-mailtools perl-math-round perl-meta perl-metrics-any perl-mime-base64 perl-mime-lite perl-mime-tools perl-mime-types perl-module-build perl-module-build-tiny perl-module-implementation perl-module-install perl-module-metadata perl-module-pluggable perl-module-refresh perl-module-runtime perl-module-scandeps perl-module-util perl-module-versions-report perl-moo perl-mozilla-ca perl-mro-compat perl-namespace-autoclean perl-namespace-clean perl-net-cidr perl-net-cidr-lite perl-net-dns perl-net-dns-resolver-mock perl-net-dns-resolver-programmable perl-net-http perl-net-ip perl-net-libidn perl-net-openssh perl-net-rblclient perl-net-server perl-net-smtp-ssl perl-net-smtp-tls-butmaintained perl-net-snmp perl-net-snpp perl-net-ssleay perl-net-telnet perl-netaddr-ip perl-package-anon perl-package-deprecationmanager perl-package-stash perl-package-stash-xs perl-parallel-forkmanager perl-params-classify perl-params-util perl-params-validate perl-params-validationcompiler perl-parse-recdescent perl-parse-syslog perl-parse-yapp perl-path-class perl-path-tiny perl-pathtools perl-php-serialization perl-pod-coverage perl-pod-parser perl-posix-strftime-compiler perl-probe-perl perl-proc-wait3 perl-protocol-websocket perl-regexp-common perl-regexp-ipv6 perl-role-basic perl-role-tiny perl-scope-guard perl-scope-upper perl-server-starter perl-set-intspan perl-snmp-session perl-socket perl-socket-getaddrinfo perl-socket6 perl-specio perl-stream-buffered perl-string-shellquote perl-struct-dumb perl-sub-exporter perl-sub-exporter-progressive perl-sub-identify perl-sub-info perl-sub-install perl-sub-name perl-sub-quote perl-sub-uplevel perl-super perl-switch perl-symbol-global-name perl-syntax-keyword-try perl-sys-hostname-long perl-sys-mmap perl-term-readkey perl-term-table perl-test-cpan-meta perl-test-deep perl-test-eol perl-test-exception perl-test-failwarnings perl-test-fatal perl-test-file-sharedir perl-test-fork perl-test-harness perl-test-identity perl-test-leaktrace perl-test-longstring perl-test-manifest perl-test-metrics-any perl-test-mockmodule perl-test-mockobject perl-test-mockrandom perl-test-mocktime perl-test-needs perl-test-notabs perl-test-nowarnings perl-test-number-delta perl-test-output perl-test-pod perl-test-pod-coverage perl-test-refcount perl-test-requires perl-test-requiresinternet perl-test-script perl-test-sharedfork perl-test-simple perl-test-taint perl-test-tcp perl-test-warn perl-test-warnings perl-test-without perl-test-without-module perl-test2-plugin-nowarnings perl-text-autoformat perl-text-csv perl-text-password-pronounceable perl-text-reform perl-text-soundex perl-text-vfile-asdata perl-text-wikiformat perl-text-wrapper perl-time-hires perl-time-parsedate perl-timedate perl-tk perl-tree-dag_node perl-try-tiny perl-type-tiny perl-universal-can perl-universal-isa perl-unix-syslog perl-uri perl-variable-magic perl-want perl-www-robotrules perl-x10 perl-xml-namespacesupport perl-xml-parser perl-xml-rss perl-xml-sax perl-xml-sax-base perl-xml-simple perl-xml-xpath perl-xs-parse-keyword perl-yaml perl-yaml-libyaml perl-yaml-syck perl-yaml-tiny pgpool pgtcl php picolisp pigz pinentry pingu pixman pjproject pkgconf pm-utils po4a policyd-spf-fs poppler popt portaudio postfix postfix-policyd-spf-perl postgresql-common postgresql14 postgresql15 postgresql16 postgresql17 postgresql18 ppp privoxy procps-ng protobuf protobuf-c proxychains-ng psmisc pspg psqlodbc pssh pstree pwgen py3-alabaster py3-appdirs py3-attrs py3-awscrt py3-babel py3-build py3-cairo py3-calver py3-certifi py3-cffi py3-chardet py3-charset-normalizer py3-colorama py3-coverage py3-cparser py3-cryptography py3-dateutil py3-dbus py3-distlib py3-distro py3-dnspython py3-docutils py3-editables py3-elasticsearch py3-elementpath py3-elftools py3-execnet py3-extras py3-fastjsonschema py3-filelock py3-fixtures py3-flaky py3-flit-core py3-freezegun py3-funcsigs py3-future py3-genty py3-gobject3 py3-gpep517 py3-hatch-vcs py3-hatchling py3-html5lib py3-hypothesis py3-idna py3-imagesize py3-iniconfig py3-installer py3-iso8601 py3-jinja2 py3-jmespath py3-lark-parser py3-lxc py3-lxml py3-mako py3-markdown py3-markdown-it-py py3-markupsafe py3-maturin py3-mdit-py-plugins py3-mdurl py3-meld3 py3-mimeparse py3-mock py3-more-itertools py3-myst-parser py3-olefile py3-ordered-set py3-packaging py3-parsing py3-pathspec py3-pbr py3-pefile py3-pexpect py3-pip py3-platformdirs py3-pluggy py3-ply py3-poetry-core py3-pretend py3-prompt_toolkit py3-protobuf py3-psutil py3-ptyprocess py3-py py3-py-cpuinfo py3-pybind11 py3-pygal py3-pygaljs py3-pygments py3-pyo py3-pyproject-hooks py3-pytest py3-pytest-benchmark py3-pytest-cov py3-pytest-env py3-pytest-forked py3-pytest-mock py3-pytest-rerunfailures py3-pytest-subtests py3-pytest-timeout py3-pytest-xdist py3-requests py3-roman-numerals py3-ruamel-yaml py3-ruamel.yaml.clib py3-scripttest py3-semantic-version py3-setproctitle py3-setuptools py3-setuptools-rust py3-setuptools_scm py3-six py3-snowballstemmer py3-sortedcontainers py3-sphinx py3-sphinx-copybutton py3-sphinx-inline-tabs py3-sphinx-issues py3-sphinxcontrib-applehelp py3-sphinxcontrib-devhelp py3-sphinxcontrib-htmlhelp py3-sphinxcontrib-jsmath py3-sphinxcontrib-qthelp py3-sphinxcontrib-serializinghtml py3-sphinxcontrib-websupport py3-tappy py3-testpath py3-testtools py3-time-machine py3-tomli py3-tomli-w py3-trove-classifiers py3-typing-extensions py3-tz py3-urllib3 py3-virtualenv py3-wcwidth py3-webencodings py3-werkzeug py3-wheel py3-xmlschema py3-yaml py3-zipp python python3 python3-tkinter quagga quickjs-ng rabbitmq-c radvd rapidjson rarian razor rdfind rdiff-backup re2 re2c readline rgb rhash ripgrep rlog rng-tools rp-pppoe rpcbind rpcsvc-proto rrdcollect rrdtool rsnapshot rsync rsyslog rtapd rtmpdump rtnppd rtpproxy ruby ruby-abbrev ruby-augeas ruby-base64 ruby-bigdecimal ruby-bundler ruby-csv ruby-debug ruby-drb ruby-getoptlong ruby-matrix ruby-minitest ruby-mutex_m ruby-net-ftp ruby-net-imap ruby-net-pop ruby-net-smtp ruby-nkf ruby-observer ruby-power_assert ruby-prime ruby-racc ruby-rake ruby-rake-compiler ruby-rbs ruby-repl_type_completor ruby-resolv-replace ruby-rexml ruby-rinda ruby-rr ruby-rss ruby-syslog ruby-test-unit ruby-test-unit-rr ruby-test-unit-ruby-core ruby-typeprof ruby3 run-parts runc rust rust-bindgen rust-stage0 s390-tools s6 s6-dns s6-linux-init s6-linux-utils s6-networking s6-portable-utils s6-rc samba samurai sanlock sbsigntool sc scdoc scons screen scstadmin scudo-malloc seabios secureboot-hook sed sendpage ser2net serf setup-box sfic sfw-ent sfw-free shared-mime-info sharutils shorewall shorewall-core shorewall6 simdjson simdutf sipcalc sipp sipsak sircbot skalibs skytraq-datalogger slang smartmontools smokeping snappy sngtc_client snmptt snort snort-extra snowball sntpc socat sofia-sip softhsm source-highlight spamassassin spandsp spandsp3 spawn-fcgi speex speexdsp spice spice-protocol spirv-headers spirv-llvm-translator spirv-tools sqlite sqlite-tools sqsh squark squashfs-tools squid ssh-getkey-ldap sshfs sshguard sshpass ssmtp static-routing statserial strace strongswan su-exec subunit subversion sudo supervisor swatch swig swish-e sysfsutils sysklogd syslinux syslog-ng systemd-boot talloc tar tcl tcl-tls tcl9 tcpdump tcpflow tdb termrec testdisk tevent texinfo tftp-hpa tiff tig tinc tini tiny-cloud tinyproxy tinyxml2 tipidee tk tmux tolua++ tpaste tree treescan tunnel txr tzdata ucarp udev-init-scripts udns ulogd umix unbound unfs3 unionfs-fuse unixodbc unzip usb-modeswitch usbutils userspace-rcu util-linux util-macros utmps uvncrepeater uwsgi v86d vala valgrind valkey vanessa_adt vanessa_logger vanessa_socket varnish vim vlan volk vulkan-headers vulkan-loader vulkan-tools w3m wasi-compiler-rt wasi-libc wasi-libcxx wasi-sdk wayland wayland-protocols wget which wipe wireguard-tools wireless-regdb wireless-tools wpa_supplicant x265 xapian-core xcb-proto xcb-util xfsprogs xkbcomp xkeyboard-config xl2tpd xmlindent xmlrpc-c xmlsec xmlto xorg-server xorgproto xtables-addons xtrans xvfb-run xxhash xz yajl yaml yarn yarn-berry yash yx zd1211-firmware zeromq zfs zip zlib zlib-ng zmap zonenotify zsh zstd",
      "3.24": "7zip aaudit abi-compliance-checker abseil-cpp abuild acct acf-alpine-baselayout acf-alpine-conf acf-amavisd-new acf-apk-tools acf-asterisk acf-awall acf-chrony acf-core acf-dansguardian acf-db acf-dnscache acf-dnsmasq acf-dovecot acf-freeradius3 acf-freeswitch acf-freeswitch-vmail acf-gross acf-heimdal acf-iproute2-qos acf-iptables acf-jquery acf-kamailio acf-lib acf-lighttpd acf-lvm2 acf-mariadb acf-mdadm acf-nsd acf-openldap acf-opennhrp acf-openntpd acf-openssh acf-openssl acf-openvpn acf-pingu acf-postfix acf-postgresql acf-ppp acf-provisioning acf-quagga acf-samba acf-skins acf-snort acf-squid acf-tinydns acf-unbound acf-weblog ack acl aconf acpi acpica acpid ada akms alpine-base alpine-baselayout alpine-conf alpine-git-mirror-syncd alpine-keys alpine-make-rootfs alpine-sdk alsa-lib alsa-ucm-conf alsa-utils altermime amavis amavisd-milter amazoncorretto aom apache-mod-auth-kerb apache-mod-auth-ntlm-winbind apache-mod-auth-radius apache-mod-fcgid apache2 apache2-mod-wsgi apcupsd apg api-sanity-checker apk-cron apk-tools aports-build apparmor apr apr-util argon2 argp-standalone argtable2 arm-trusted-firmware arpon arpwatch asciidoc asciidoctor aspell aspell-de aspell-en aspell-fr aspell-ru aspell-uk asterisk astroterm at-spi2-core atf atop attr audit augeas aumix autoconf autoconf-archive automake avahi avahi-ui awall aws-cli axel b43-fwcutter bacula base64 bash bash-completion batctl bats-assert bats-core bats-file bats-support bc bcache-tools bcnm bctoolbox bdftopcf bearssl beep benchmark bind binutils bison bluez bluez-firmware bluez-headers bmd-tools bonding boost1.84 botan3 bridge bridge-utils brotli bsd-compat-headers btrfs-progs bubblewrap build-base buildkit bun busybox bwm-ng byacc byobu bzip2 c-ares ca-certificates cairo cargo-auditable cargo-nextest catch2 cbindgen ccache cciss_vol_status cdparanoia cgdb cgit check chrony chrpath cifs-utils cjson ckbcomp cksfv clang-rtlib clang16 clang20 clang21 clang22 clucene cmake cmocka cmph command-not-found confuse conky conntrack-tools corepack coreutils cppunit cracklib cramfs crconf cryptsetup cunit cups curl cutter cvechecker cvs cxxopts cyrus-sasl cython czmq dansguardian daq darkhttpd dart-stage0 dash datefudge dav1d db dbus dbus-glib dconf ddate debian-archive-keyring debian-devscripts debootstrap dejagnu dev86 device-mapper devicemaster-linux dhcpcd dialog diffutils distcc djbdns dkimproxy dmidecode dmraid dmvpn dns-root-hints dnsfunnel dnsmasq dnssec-root dnstop doas doas-sudo-shim docbook-xml docbook-xsl docbook2mdoc docbook2x docker docker-cli-buildx docs doctest dosfstools dotnet10-runtime dotnet10-sdk dotnet10-stage0 dotnet8-runtime dotnet8-sdk dotnet8-stage0 dotnet9-runtime dotnet9-sdk dotnet9-stage0 dovecot doxygen dpkg drbd-utils dropbear dtach dtc e2fsprogs ecl eclipse-temurin ed edbrowse efi-mkkeys efi-mkuki efibootmgr efitools efivar eggdrop elfutils elinks ell email encfs encodings erlang27 erlang28 erofs-utils esh espeak etckeeper ethtool eudev eventlog execline expat expect ez-ipupdate f2fs-tools fail2ban fakeroot fcgi fcgiwrap ferm fftw file findutils fish flac flashcache-utils flashrom flex flite fmt font-adobe-100dpi font-adobe-75dpi font-adobe-utopia-100dpi font-adobe-utopia-75dpi font-adobe-utopia-type1 font-alias font-arabic-misc font-bh-100dpi font-bh-75dpi font-bitstream-100dpi font-bitstream-75dpi font-bitstream-type1 font-cantarell font-cronyx-cyrillic font-cursor-misc font-dec-misc font-dejavu font-droid font-freefont font-ibm-type1 font-isas-misc font-jis-misc font-liberation font-liberation-sans-narrow font-linux-libertine font-micro-misc font-misc-cyrillic font-misc-ethiopic font-misc-misc font-mutt-misc font-schumacher-misc font-screen-cyrillic font-sony-misc font-sun-misc font-terminus font-tlwg font-unifont font-util font-vollkorn font-winitzki-cyrillic font-xfree86-type1 fontconfig fortify-headers fping fprobe fprobe-ulog freeradius freeradius-client freeswitch freeswitch-sounds-en-us-callie-32000 freeswitch-sounds-en-us-callie-8000 freeswitch-sounds-es-mx-maria-44100 freeswitch-sounds-fr-ca-june-8000 freeswitch-sounds-fr-fr-sibylle-8000 freeswitch-sounds-music-32000 freeswitch-sounds-music-8000 freeswitch-sounds-pt-br-karina-8000 freeswitch-sounds-ru-RU-elena-32000 freeswitch-sounds-ru-RU-elena-8000 freetdm freetds freetype fribidi fsarchiver fstrm fuse fuse3 gawk gc gcc gcompat gcr gd gdb gdbm gdk-pixbuf gengetopt gensio geoip gettext gettext-tiny ghi ghostscript ghostscript-fonts giflib git gitolite glib glslang glu gmp gn gnu-efi gnu-libiconv gnupg gnutls go go-md2man goaccess gobject-introspection golang gperf gpm gpsd gptfdisk gradle gradle-stage0 graphene graphite2 graphviz grep groff gross grpc grub gsm gst-plugins-base gstreamer gtest gtk+3.0 gtk-doc guile gvpe gyp gzip haproxy harfbuzz haserl haveged hdparm heimdal help2man hicolor-icon-theme highlight hiredis hostapd htop hunspell hunspell-en hunspell-pt hunspell-pt-br hvtools hwdata hwloc hylafaxplus hypermail iaxmodem icecast icon-naming-utils icu iftop ifupdown-ng igmpproxy imake imap imlib2 in-sync indent inih iniparser inotify-tools installkernel intel-ucode intltool iperf3 iproute2 iproute2-qos ipset iptables iputils ipvsadm irqbalance iscsi-scst isl25 isl26 iso-codes itstool iucode-tool ivykis iw jack jansson java-cacerts java-common jbig2dec jemalloc jfsutils jitterentropy-library joe jpeg jq json-c judy kamailio kbd kea kernel-hooks keyutils kmod knock knot krb5 krb5-conf kubectl kyua lame lang lcms2 ldapvi lddtree ldns ldoc less lftp libaio libarchive libart-lgpl libassuan libatomic_ops libavif libbpf libbsd libburn libcap libcap-ng libcbor libclc libconfig libdaemon libdbi libde265 libdisplay-info libdnet libdrm libdwarf libeatmydata libeconf libedit libepoxy libestr libev libevent libfastjson libffi libfido2 libfontenc libgcc-static libgcrypt libgit2 libgpg-error libical libice libid3tag libidn libidn2 libigloo libisoburn libisofs libjpeg-turbo libkcapi libks libksba liblockfile liblogging liblognorm libmaxminddb libmd libmemcached libmicrohttpd libmilter libmnl libnet libnetfilter_acct libnetfilter_conntrack libnetfilter_cthelper libnetfilter_cttimeout libnetfilter_log libnetfilter_queue libnfnetlink libnftnl libnl3 libnsl libnvme libogg libotr libpaper libpcap libpciaccess libpng libpsl librdkafka librelp libresample librsync librtlsdr libsamplerate libseccomp libsecret libselinux libsepol libshout libsm libsndfile libsodium libspf2 libsrtp libssh2 libtasn1 libtheora libtirpc libtool libtraceevent libucontext libudev-zero libunistring libunwind liburing libusb libusb-compat libutempter libuv libva libvdpau libverto libvorbis libwebp libwebsockets libx11 libxau libxaw libxcb libxcomposite libxcursor libxdamage libxdmcp libxext libxfixes libxft libxi libxinerama libxkbcommon libxkbfile libxml2 libxmu libxpm libxrandr libxrender libxshmfence libxslt libxt libxtst libxv libxxf86vm libyuv lighttpd limine linenoise links linux-firmware linux-headers linux-lts linux-pam linux-rpi linux-tools lksctp-tools lld20 lld21 lld22 lldb llvm llvm-runtimes llvm16 llvm20 llvm21 llvm22 lm-sensors lmdb lockfile-progs log4cplus logcheck logrotate logtail lsof lsyncd ltrace lttng-ust lua-alt-getopt lua-aports lua-asn1 lua-augeas lua-b64 lua-bit32 lua-busted lua-cjson lua-cliargs lua-cmsgpack lua-cqueues lua-curl lua-dbi lua-discount lua-dns lua-evdev lua-expat lua-feedparser lua-file-magic lua-filesize lua-filesystem lua-gversion lua-hashids lua-iconv lua-inspect lua-json4 lua-ldap lua-ldbus lua-luassert lua-luaxml lua-lub lua-lustache lua-lxc lua-lyaml lua-lzlib lua-lzmq lua-maxminddb lua-md5 lua-mediator lua-microlight lua-mosquitto lua-mqtt-publish lua-openrc lua-optarg lua-ossl lua-pc lua-penlight lua-posix lua-posixtz lua-pty lua-resty-core lua-resty-lrucache lua-rex lua-say lua-schema lua-sec lua-soap lua-socket lua-sql lua-sqlite lua-stdlib lua-stdlib-debug lua-stdlib-normalize lua-stringy lua-struct lua-subprocess lua-system lua-term lua-unit lua-uuid lua-xctrl lua-yaml lua5.1 lua5.2 lua5.3 lua5.4 lua5.5 luajit lutok lvm2 lxc lxc-templates-legacy lynx lz4 lzip lzo m4 macifrename mailcap mailx make makedepend man-pages man-pages-posix mandoc mariadb mariadb-connector-c maturin maven maven-stage0 mawk mbedtls mc mdadm mdev-conf mdevd memcached merge-usr mesa meson mg mini_httpd minicom mkfontscale mkinitfs mksh mlmmj monit mosh mosquitto mpc1 mpdecimal mpfr4 mpg123 mqtt-exec mrtg mt-st mtd-utils mtools mtx multipath-tools muon musl musl-fts musl-legacy-error musl-locales musl-nscd musl-obstack nagios nagios-plugins nano nasm ncdu ncftp ncurses ndisc6 neon net-snmp net-tools netcat-openbsd netcf nettle network-extras newt nfs-utils nftables nghttp2 nghttp3 nginx ngircd ngrep ngtcp2 nikto ninja-build nload nmap node nodejs npm npth nrpe nsd nspr nss nss-pam-ldapd ntfs-3g numactl nvme-cli obex-data-server ocaml5 oidentd one-context oniguruma open-iscsi open-isns open-lldp openjade openjdk11 openjdk17 openjdk21 openjdk25 openjpeg openldap opennhrp openntpd openobex openrc openresolv opensp openssh openssl openvpn openvpn-ad-check openvpn-auth-ldap opus opusfile orc ortp p11-kit pahole pam-pgsql pango parallel parted patch patchelf patchutils pax-utils paxrelabel pciutils pcmciautils pcre pcre2 pcsc-lite perdition perl perl-apache-logformat-compiler perl-apache-session perl-archive-zip perl-astro-suntime perl-async-mergepoint perl-authen-sasl perl-b-cow perl-b-hooks-endofscope perl-bit-vector perl-boolean perl-business-hours perl-cache-cache perl-cache-simple-timedexpiry perl-canary-stability perl-capture-tiny perl-carp perl-carp-clan perl-cgi perl-cgi-emulate-psgi perl-cgi-fast perl-cgi-psgi perl-cgi-session perl-class-accessor perl-class-accessor-chained perl-class-container perl-class-data-inheritable perl-class-inspector perl-class-load perl-class-method-modifiers perl-class-mix perl-class-returnvalue perl-class-singleton perl-class-tiny perl-clone perl-common-sense perl-compress-raw-bzip2 perl-compress-raw-zlib perl-config-autoconf perl-config-grammar perl-config-inifiles perl-control-x10 perl-convert-asn1 perl-convert-binhex perl-convert-color perl-convert-tnef perl-convert-uulib perl-cpan-meta-check perl-cpan-requirements-dynamic perl-cpanel-json-xs perl-cps perl-crypt-des perl-crypt-eksblowfish perl-crypt-openssl-guess perl-crypt-openssl-random perl-crypt-openssl-rsa perl-crypt-rijndael perl-crypt-ssleay perl-crypt-urandom perl-crypt-x509 perl-cryptx perl-css-minifier-xs perl-css-squish perl-data-guid perl-data-hexdump perl-data-optlist perl-data-page perl-data-page-pageset perl-data-uuid perl-date-calc perl-date-manip perl-datetime perl-datetime-format-mail perl-datetime-format-w3cdtf perl-datetime-locale perl-datetime-timezone perl-dbd-mysql perl-dbd-odbc perl-dbd-pg perl-dbd-sqlite perl-dbi perl-dbix-dbschema perl-dbix-searchbuilder perl-devel-checkbin perl-devel-checklib perl-devel-globaldestruction perl-devel-overloadinfo perl-devel-stacktrace perl-devel-stacktrace-ashtml perl-devel-symdump perl-device-serialport perl-digest-hmac perl-digest-md5 perl-digest-sha1 perl-dist-checkconflicts perl-email-address perl-email-address-list perl-email-date-format perl-encode perl-encode-hanextra perl-encode-locale perl-error perl-eval-closure perl-exception-class perl-exporter-tiny perl-extutils-cchecker perl-extutils-config perl-extutils-hascompiler perl-extutils-helpers perl-extutils-installpaths perl-extutils-pkgconfig perl-fcgi perl-fcgi-procmanager perl-file-copy-recursive perl-file-listing perl-file-next perl-file-remove perl-file-rsync perl-file-sharedir perl-file-sharedir-install perl-file-slurp perl-file-slurp-tiny perl-file-slurper perl-file-tail perl-file-temp perl-file-which perl-filesys-notify-simple perl-font-afm perl-future perl-gd perl-gdgraph perl-gdtextutil perl-getopt-long perl-hash-multivalue perl-heap perl-html-formatter perl-html-formattext-withlinks perl-html-formattext-withlinks-andtables perl-html-mason perl-html-parser perl-html-quoted perl-html-rewriteattributes perl-html-scrubber perl-html-tagset perl-html-tree perl-http-body perl-http-cookiejar perl-http-cookies perl-http-daemon perl-http-daemon-ssl perl-http-date perl-http-message perl-http-negotiate perl-importer perl-inc-latest perl-inline perl-inline-c perl-io perl-io-html perl-io-multiplex perl-io-socket-inet6 perl-io-socket-ssl perl-io-stringy perl-io-tty perl-ipc-run perl-ipc-run3 perl-ipc-sharelite perl-ipc-system-simple perl-javascript-minifier perl-javascript-minifier-xs perl-json perl-json-maybexs perl-ldap perl-libwww perl-list-allutils perl-list-moreutils perl-list-moreutils-xs perl-list-someutils perl-list-someutils-xs perl-list-utilsby perl-locale-maketext-fuzzy perl-locale-maketext-lexicon perl-log-any perl-log-dispatch perl-lwp-mediatypes perl-lwp-protocol-https perl-lwp-useragent-determined perl-mail-authenticationresults perl-mail-dkim perl-mail-domainkeys perl-mail-imapclient perl-mail-spf perl-mailtools perl-math-round perl-meta perl-metrics-any perl-mime-base32 perl-mime-base64 perl-mime-lite perl-mime-tools perl-mime-types perl-mixin-linewise perl-module-build perl-module-build-tiny perl-module-implementation perl-module-install perl-module-metadata perl-module-pluggable perl-module-refresh perl-module-runtime perl-module-scandeps perl-module-util perl-module-versions-report perl-moo perl-mozilla-ca perl-mro-compat perl-namespace-autoclean perl-namespace-clean perl-net-cidr perl-net-cidr-lite perl-net-dns perl-net-dns-resolver-mock perl-net-dns-resolver-programmable perl-net-http perl-net-ip perl-net-libidn perl-net-openssh perl-net-rblclient perl-net-server perl-net-smtp-ssl perl-net-smtp-tls-butmaintained perl-net-snmp perl-net-snpp perl-net-ssleay perl-net-telnet perl-netaddr-ip perl-package-anon perl-package-deprecationmanager perl-package-stash perl-package-stash-xs perl-parallel-forkmanager perl-params-classify perl-params-util perl-params-validate perl-params-validationcompiler perl-parse-recdescent perl-parse-syslog perl-parse-yapp perl-path-class perl-path-tiny perl-pathtools perl-perlio-utf8_strict perl-php-serialization perl-pod-coverage perl-pod-coverage-trustpod perl-pod-eventual perl-pod-parser perl-posix-strftime-compiler perl-probe-perl perl-proc-wait3 perl-protocol-websocket perl-regexp-common perl-regexp-ipv6 perl-role-basic perl-role-tiny perl-scope-guard perl-scope-upper perl-server-starter perl-set-intspan perl-snmp-session perl-socket perl-socket-getaddrinfo perl-socket6 perl-specio perl-stream-buffered perl-string-shellquote perl-struct-dumb perl-sub-exporter perl-sub-exporter-progressive perl-sub-identify perl-sub-info perl-sub-install perl-sub-name perl-sub-quote perl-sub-uplevel perl-super perl-switch perl-symbol-global-name perl-syntax-keyword-try perl-sys-hostname-long perl-sys-mmap perl-term-readkey perl-term-table perl-test-cpan-meta perl-test-deep perl-test-eol perl-test-exception perl-test-failwarnings perl-test-fatal perl-test-file-sharedir perl-test-fork perl-test-harness perl-test-identity perl-test-leaktrace perl-test-longstring perl-test-manifest perl-test-metrics-any perl-test-mockmodule perl-test-mockobject perl-test-mockrandom perl-test-mocktime perl-test-needs perl-test-notabs perl-test-nowarnings perl-test-number-delta perl-test-output perl-test-pod perl-test-pod-coverage perl-test-refcount perl-test-requires perl-test-requiresinternet perl-test-script perl-test-sharedfork perl-test-simple perl-test-taint perl-test-tcp perl-test-warn perl-test-warnings perl-test-without perl-test-without-module perl-test2-plugin-nowarnings perl-text-autoformat perl-text-csv perl-text-password-pronounceable perl-text-reform perl-text-soundex perl-text-vfile-asdata perl-text-wikiformat perl-text-wrapper perl-time-hires perl-time-parsedate perl-timedate perl-tk perl-tree-dag_node perl-try-tiny perl-type-tiny perl-universal-can perl-universal-isa perl-unix-syslog perl-uri perl-variable-magic perl-want perl-www-robotrules perl-x10 perl-xml-namespacesupport perl-xml-parser perl-xml-rss perl-xml-sax perl-xml-sax-base perl-xml-simple perl-xml-xpath perl-xs-parse-keyword perl-yaml perl-yaml-libyaml perl-yaml-syck perl-yaml-tiny pgpool pgtcl php picolisp pigz pinentry pingu pixman pjproject pkcs11-helper pkgconf pm-utils po4a policyd-spf-fs poppler popt portaudio postfix postfix-policyd-spf-perl postgresql-common postgresql14 postgresql15 postgresql16 postgresql17 postgresql18 ppp privoxy procps-ng protobuf protobuf-c proxychains-ng psmisc pspg psqlodbc pssh pstree pwgen py3-alabaster py3-appdirs py3-attrs py3-awscrt py3-babel py3-build py3-cairo py3-calver py3-certifi py3-cffi py3-chardet py3-charset-normalizer py3-click py3-colorama py3-coverage py3-cparser py3-cryptography py3-dateutil py3-dbus py3-distlib py3-distro py3-dnspython py3-docutils py3-dotenv py3-editables py3-elasticsearch py3-elementpath py3-elftools py3-execnet py3-extras py3-fastjsonschema py3-filelock py3-fixtures py3-flaky py3-flit-core py3-freezegun py3-funcsigs py3-genty py3-gobject3 py3-gpep517 py3-hatch-vcs py3-hatchling py3-html5lib py3-hypothesis py3-idna py3-imagesize py3-iniconfig py3-installer py3-iso8601 py3-jinja2 py3-jmespath py3-lark-parser py3-lxc py3-lxml py3-mako py3-markdown py3-markdown-it-py py3-markupsafe py3-maturin py3-mdit-py-plugins py3-mdurl py3-meld3 py3-mimeparse py3-mock py3-more-itertools py3-myst-parser py3-olefile py3-ordered-set py3-packaging py3-parsing py3-pathspec py3-pbr py3-pefile py3-pexpect py3-pip py3-platformdirs py3-pluggy py3-ply py3-poetry-core py3-pretend py3-prompt_toolkit py3-protobuf py3-psutil py3-ptyprocess py3-py py3-py-cpuinfo py3-pybind11 py3-pygal py3-pygaljs py3-pygments py3-pyo py3-pyproject-hooks py3-pytest py3-pytest-benchmark py3-pytest-cov py3-pytest-env py3-pytest-forked py3-pytest-freezegun py3-pytest-mock py3-pytest-rerunfailures py3-pytest-timeout py3-pytest-xdist py3-python-discovery py3-requests py3-roman-numerals py3-ruamel-yaml py3-ruamel.yaml.clib py3-scripttest py3-semantic-version py3-setproctitle py3-setuptools py3-setuptools-rust py3-setuptools_scm py3-six py3-snowballstemmer py3-sortedcontainers py3-sphinx py3-sphinx-copybutton py3-sphinx-issues py3-sphinxcontrib-applehelp py3-sphinxcontrib-devhelp py3-sphinxcontrib-htmlhelp py3-sphinxcontrib-jsmath py3-sphinxcontrib-qthelp py3-sphinxcontrib-serializinghtml py3-sphinxcontrib-websupport py3-tappy py3-testpath py3-testtools py3-time-machine py3-tomli py3-tomli-w py3-trove-classifiers py3-typing-extensions py3-tz py3-urllib3 py3-virtualenv py3-wcwidth py3-webencodings py3-werkzeug py3-wheel py3-xmlschema py3-yaml py3-zipp python python3 python3-tkinter quagga quickjs-ng rabbitmq-c radvd rapidjson rarian razor rdfind rdiff-backup re2 re2c readline rgb rhash ripgrep rlog rng-tools rp-pppoe rpcbind rpcsvc-proto rrdcollect rrdtool rsnapshot rsync rsyslog rtapd rtmpdump rtnppd rtpproxy ruby ruby-abbrev ruby-augeas ruby-base64 ruby-bigdecimal ruby-bundler ruby-csv ruby-debug ruby-drb ruby-getoptlong ruby-matrix ruby-minitest ruby-mutex_m ruby-net-ftp ruby-net-imap ruby-net-pop ruby-net-smtp ruby-nkf ruby-observer ruby-power_assert ruby-prime ruby-rake ruby-rake-compiler ruby-rbs ruby-repl_type_completor ruby-resolv-replace ruby-rexml ruby-rinda ruby-rr ruby-rss ruby-test-unit ruby-test-unit-rr ruby-test-unit-ruby-core ruby-typeprof ruby3 run-parts runc rust rust-bindgen rust-stage0 s390-tools s6 s6-dns s6-linux-init s6-linux-utils s6-networking s6-portable-utils s6-rc samba samurai sanlock sbsigntool sc scdoc scons screen scstadmin scudo-malloc secureboot-hook sed sendpage ser2net serf setup-box sfic sfw-ent sfw-free shared-mime-info sharutils shorewall shorewall-core shorewall6 simdjson simdutf sipcalc sipp sipsak sircbot skalibs skytraq-datalogger slang smartmontools smokeping snappy snmptt snort snort-extra snowball sntpc socat sofia-sip softhsm source-highlight spamassassin spandsp spandsp3 spawn-fcgi speex speexdsp spice spice-protocol spirv-headers spirv-llvm-translator spirv-tools sqlite sqlite-tools sqsh squark squashfs-tools squid ssh-getkey-ldap sshfs sshguard sshpass ssmtp static-routing statserial strace strongswan su-exec subunit subversion sudo supervisor swatch swig swish-e sysfsutils sysklogd syslinux syslog-ng systemd-boot talloc tar tcl tcl-tls tcl9 tcpdump tcpflow tdb termrec testdisk tevent texinfo tftp-hpa tiff tig tinc tini tiny-cloud tinyproxy tinyxml2 tipidee tk tmux tolua++ tpaste tree treescan tunnel txr tzdata ucarp udev-init-scripts udns ulogd umix unbound unfs3 unionfs-fuse unixodbc unzip usb-modeswitch usbutils userspace-rcu util-linux util-macros utmps uvncrepeater uwsgi v86d vala valgrind valkey vanessa_adt vanessa_logger vanessa_socket varnish vlan volk vulkan-headers vulkan-loader vulkan-tools w3m wasi-compiler-rt wasi-libc wasi-libcxx wasi-sdk wayland wayland-protocols wget which wipe wireguard-tools wireless-regdb wireless-tools wpa_supplicant x265 xapian-core xcb-proto xcb-util xfsprogs xkbcomp xkeyboard-config xl2tpd xmlindent xmlrpc-c xmlsec xmlto xmltoman xorg-server xorgproto xtables-addons xtrans xvfb-run xxhash xz yajl yaml yarn yarn-berry yash yx zd1211-firmware zeromq zfs zip zlib zlib-ng zmap zonenotify zsh zstd"
    };
  }
});

// src/policy/hardened-packages.ts
function isHardenedApkPackage(release, name) {
  const list = APK_MAIN_SOURCES[release];
  if (list === void 0) return null;
  let set = sets.get(release);
  if (!set) sets.set(release, set = new Set(list.split(" ")));
  if (set.has(name)) return true;
  const source = name.replace(SUBPACKAGE, "");
  return source !== name && set.has(source);
}
var sets, SUBPACKAGE;
var init_hardened_packages = __esm({
  "src/policy/hardened-packages.ts"() {
    "use strict";
    init_hardened_packages_data();
    sets = /* @__PURE__ */ new Map();
    SUBPACKAGE = /-(?:dev|doc|libs|static|openrc|utils|tools|dbg|lang|pyc|bash-completion|zsh-completion|fish-completion)$/;
  }
});

// rules/upstream-package-source.ts
function sourcesNamed(repos) {
  if (repos.length === 0) return "no repository";
  const added = [...new Set(repos.filter((r) => r.origin !== "base").map((r) => urlForMessage(r.url)))];
  const base = repos.some((r) => r.origin === "base") ? "the base image's default repositories" : null;
  if (added.length === 0) return base;
  const shown = added.length > 2 ? `${added.slice(0, 2).join(", ")} and ${added.length - 2} more` : added.join(" and ");
  return base ? `${shown} beside ${base}` : shown;
}
function unhardenedPackages(commands, release) {
  const out = /* @__PURE__ */ new Set();
  for (const cmd of commands) {
    if (!installsPackages(cmd) || cmd.root !== "/") continue;
    for (const p of cmd.packages) {
      const v = p.value;
      if (v === null) out.add(p.raw);
      else if (!v.endsWith(".apk") && !v.startsWith("-")) {
        const name = v.split(/[=<>~@]/)[0];
        if (name !== "" && isHardenedApkPackage(release, name) === false) out.add(name);
      }
    }
  }
  return [...out];
}
function whyUnknown(stage, policy, distro) {
  const image = describeStageBase(stage);
  const example = distro === "Alpine" ? `alpine:${policy.apk.servedReleases.at(-1)}` : `debian:${policy.deb.servedSuites[0]}`;
  if (stage.release === "edge") return `Alpine edge is not served by the hardened repositories; pin the base image (${image}) to a served release (${policy.apk.servedReleases.join(", ")})`;
  switch (stage.releaseUnknownReason) {
    case "variable": {
      const v = stage.imageVariables[0] ?? "BASE";
      return `the base image comes from the build argument ${v}, which has no default; give it with --build-arg ${v}=<image> (or buildArgs in .hardenfile.yaml) so its release can be told`;
    }
    case "digest-only":
      return `the base image ${image} is pinned by digest only, so its ${distro} release cannot be told; write the tag beside the digest`;
    case "unpinned":
      return `pin the base image (${image}) to a served ${distro} release to configure one`;
    default: {
      const name = stage.image ? stage.image.registry ? `${stage.image.registry}/${stage.image.path}` : stage.image.path : image;
      return `the ${distro} release of ${image} cannot be told from its name; declare what it is built on with baseImages in .hardenfile.yaml (for example "${name}": "${example}")`;
    }
  }
}
function installedBefore(stage, instruction) {
  const cmds = stage.allFacts.filter((f) => f.kind === "package-command" && f.manager === "apt" && f.instruction < instruction && installsPackages(f));
  return new Set(cmds.flatMap((c) => c.packages.map((p) => (p.value ?? "").split(/[=:]/)[0])));
}
function aptFix(build, stage, suite, ctx) {
  const own = packageCommands(stage, "apt");
  const startsWithUpdate = (c) => own.find((o) => o.instruction === c.instruction) === c && c.subcommand === "update";
  const safeAt = own.find((c) => startsWithUpdate(c) && installedBefore(stage, c.instruction).has("ca-certificates"));
  const at = safeAt ?? own.find((c) => fetchesIndexes(c));
  if (!at) return null;
  const have = installedBefore(stage, at.instruction);
  const documented = have.has("curl") && (have.has("gnupg") || have.has("gpg"));
  const setup = aptSetupInstructions(ctx.policy, suite, documented ? "documented" : "add-asc");
  if (!setup) return null;
  const lines = have.has("ca-certificates") ? setup : [APT_CA_BOOTSTRAP, ...setup];
  return {
    title: `Configure the hardened Debian source for ${suite}`,
    safety: safeAt ? "safe" : "unsafe",
    edits: [insertInstructionsBefore(build, build.instructions[at.instruction], lines)]
  };
}
function configuresHardened(stage, ctx) {
  const hardened = (url) => debSourceMatch(ctx.policy, url) !== null;
  return stage.allFacts.some((f) => f.kind === "repo-write" && f.manager === "apt" && f.lines.some((l) => hardened(l.text)) || f.kind === "package-command" && f.repositories.some((r) => hardened(r.url)));
}
function checkApt5(ctx) {
  const { build, policy } = ctx;
  const fixedStages = /* @__PURE__ */ new Set();
  for (const stage of build.stages) {
    if (stage.dhi || configuresHardened(stage, ctx)) continue;
    let fixed = stage.parent !== null && fixedStages.has(stage.parent);
    if (fixed) fixedStages.add(stage.index);
    const reported = /* @__PURE__ */ new Set();
    const unknownBase = stage.distro === "unknown";
    for (const cmd of packageCommands(stage, "apt")) {
      if (!installsPackages(cmd) || cmd.repositoriesUnknown && !unknownBase || reported.has(cmd.instruction)) continue;
      reported.add(cmd.instruction);
      const image = describeStageBase(stage);
      const served = policy.deb.servedSuites.join(", ");
      const release = stage.release;
      if (stage.distro === "ubuntu") ctx.report({ messageId: "aptUbuntu", data: { image, served }, span: cmd.span });
      else if (release === null) {
        const source = unknownBase ? `the sources ${image} comes with` : "the upstream Debian sources";
        ctx.report({ messageId: "aptUnknownRelease", data: { source, why: whyUnknown(stage, policy, "Debian") }, span: cmd.span });
      } else if (!isServedSuite(policy, release)) ctx.report({ messageId: "aptNotServed", data: { release, served }, span: cmd.span });
      else {
        const fix = fixed ? null : aptFix(build, stage, release, ctx);
        if (fix) {
          fixed = true;
          fixedStages.add(stage.index);
        }
        ctx.report({ messageId: "aptUpstream", data: { image }, span: cmd.span, fix });
      }
    }
  }
}
var upstream_package_source_default;
var init_upstream_package_source = __esm({
  "rules/upstream-package-source.ts"() {
    "use strict";
    init_rule();
    init_query();
    init_policy();
    init_hardened_setup();
    init_builders();
    init_hardened_packages();
    upstream_package_source_default = defineRule({
      id: "upstream-package-source",
      meta: {
        description: "Packages are installed from repositories that are not hardened.",
        severity: "error",
        fixable: "sometimes",
        tags: ["security", "supply-chain"],
        messages: {
          upstream: "apk installs packages from {source}, and no hardened repository is configured in this stage (base {image}).",
          notServed: "apk installs packages from {source}; Alpine {release} has no hardened repository (served: {served}).",
          unknownRelease: "apk installs packages from {source}, and no hardened repository is configured: {why}.",
          upstreamRoot: "apk installs packages into {root} from {source}, and no hardened repository is configured there.",
          aptUpstream: "apt installs packages from the upstream Debian sources only: no hardened Debian source is configured in this stage (base {image}).",
          aptNotServed: "apt installs packages from the upstream Debian sources; Debian {release} has no hardened source (served: {served}).",
          aptUnknownRelease: "apt installs packages from {source}, and no hardened source is configured: {why}.",
          aptUbuntu: "apt installs packages from Ubuntu's repositories: the base image {image} is Ubuntu, for which there is no hardened source (hardened Debian sources serve {served}); use a Debian or DHI base image."
        },
        options: { keyInstall: "wget" }
      },
      check(ctx) {
        const { build, policy } = ctx;
        const fixedStages = /* @__PURE__ */ new Set();
        for (const stage of build.stages) {
          if (stage.dhi || stage.distro === "debian" || stage.distro === "ubuntu" || stage.distro === "scratch") continue;
          let fixed = stage.parent !== null && fixedStages.has(stage.parent);
          if (fixed) fixedStages.add(stage.index);
          const reported = /* @__PURE__ */ new Set();
          const own = packageCommands(stage);
          for (const cmd of own) {
            if (!installsPackages(cmd) || cmd.repositoriesUnknown || reported.has(cmd.instruction)) continue;
            const repos = activeRepositories(cmd);
            if (repos.some((r) => isHardened(policy, r) || r.emptyArgs && isPolicyHost(policy, r.url))) continue;
            if (cmd.root !== "/" && repos.length === 0) continue;
            reported.add(cmd.instruction);
            const source = sourcesNamed(repos);
            const span = cmd.span;
            const image = describeStageBase(stage);
            if (cmd.root !== "/") {
              ctx.report({ messageId: "upstreamRoot", data: { root: cmd.root, source }, span });
              continue;
            }
            const release = stage.release;
            if (release === null) {
              ctx.report({ messageId: "unknownRelease", data: { source, why: whyUnknown(stage, policy, "Alpine") }, span });
              continue;
            }
            if ((release === "edge" || !isServedRelease(policy, release)) && policy.apk.mirrors.length === 0) {
              ctx.report({ messageId: "notServed", data: { source, release, served: policy.apk.servedReleases.join(", ") }, span });
              continue;
            }
            if (release === "edge") {
              ctx.report({ messageId: "unknownRelease", data: { source, why: whyUnknown(stage, policy, "Alpine") }, span });
              continue;
            }
            let fix = null;
            const overwrittenInside = repos.some((r) => r.fact?.kind === "repo-write" && r.fact.mode !== "edit" && r.fact.instruction === cmd.instruction);
            const instruction = build.instructions[cmd.instruction];
            const haveKey = stageHasKey(policy, cmd.keys, apkRepositoryUrl(policy, release).keyName);
            const shell = fixed || !cmd.commandSpan ? null : apkSetupShell(policy, release, ctx.options.keyInstall, haveKey);
            const first = own.find((c) => c.instruction === cmd.instruction) ?? cmd;
            const inScript = shell ? insertShellLinesBefore(build, instruction, first.span.start, shell) : null;
            const lines = fixed || inScript || overwrittenInside ? null : apkSetupInstructions(policy, release, ctx.options.keyInstall, haveKey);
            const edit = inScript ?? (lines ? insertInstructionsBefore(build, instruction, lines) : null);
            if (edit) {
              const unconfirmed = unhardenedPackages(own, release);
              const title = `Configure the hardened repository for Alpine ${release}`;
              fix = unconfirmed.length === 0 ? { title, safety: "safe", edits: [edit] } : { title: `${title} (${unconfirmed.length > 2 ? `${unconfirmed.slice(0, 2).join(", ")} and ${unconfirmed.length - 2} more are` : `${unconfirmed.join(" and ")} ${unconfirmed.length === 1 ? "is" : "are"}`} not known to be built there)`, safety: "unsafe", edits: [edit] };
              fixed = true;
              fixedStages.add(stage.index);
            }
            ctx.report({ messageId: "upstream", data: { source, image }, span, fix });
          }
        }
        checkApt5(ctx);
      }
    });
  }
});

// rules/index.ts
var RULES;
var init_rules = __esm({
  "rules/index.ts"() {
    "use strict";
    init_auth_scope();
    init_credentials_in_url();
    init_enterprise_without_auth();
    init_hardcoded_secret();
    init_insecure_package_source();
    init_missing_signing_key();
    init_mixed_package_sources();
    init_package_manager_in_runtime_image();
    init_repositories_overwritten();
    init_repository_version_mismatch();
    init_secret_file_in_image();
    init_secret_in_arg_or_env();
    init_signing_key_name();
    init_trust_bypass();
    init_unpinned_base_image();
    init_unsupported_release();
    init_upstream_package_source();
    RULES = [
      auth_scope_default,
      credentials_in_url_default,
      enterprise_without_auth_default,
      hardcoded_secret_default,
      insecure_package_source_default,
      missing_signing_key_default,
      mixed_package_sources_default,
      package_manager_in_runtime_image_default,
      repositories_overwritten_default,
      repository_version_mismatch_default,
      secret_file_in_image_default,
      secret_in_arg_or_env_default,
      signing_key_name_default,
      trust_bypass_default,
      unpinned_base_image_default,
      unsupported_release_default,
      upstream_package_source_default
    ];
  }
});

// src/engine/input.ts
function checkInput(text, maxSize = DEFAULT_MAX_SIZE) {
  if (text.length > maxSize) return `file is larger than ${Math.round(maxSize / 1024)} KB (the size cap)`;
  if (text.includes("\0")) return "file is binary (it contains NUL bytes)";
  let replacement = 0;
  for (let i = text.indexOf("\uFFFD"); i !== -1; i = text.indexOf("\uFFFD", i + 1)) replacement++;
  if (replacement > 8 && replacement * 50 > text.length) return "file is not UTF-8 text";
  const long = overlongLine(text);
  if (long !== -1) return `line ${long + 1} is longer than ${MAX_LINE_BYTES} bytes (BuildKit refuses a line of 64 KiB)`;
  return null;
}
function overlongLine(text) {
  if (text.length * 3 <= MAX_LINE_BYTES) return -1;
  let line = 0;
  for (let start = 0; start <= text.length; line++) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    if ((end - start) * 3 > MAX_LINE_BYTES && utf8Length(text, start, end) > MAX_LINE_BYTES) return line;
    start = end + 1;
  }
  return -1;
}
function utf8Length(text, start, end) {
  let bytes = end - start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) bytes += c < 2048 ? 1 : c >= 55296 && c <= 57343 ? 1 : 2;
    if (bytes > MAX_LINE_BYTES) return bytes;
  }
  return bytes;
}
var DEFAULT_MAX_SIZE, MAX_LINE_BYTES;
var init_input = __esm({
  "src/engine/input.ts"() {
    "use strict";
    DEFAULT_MAX_SIZE = 1024 * 1024;
    MAX_LINE_BYTES = 64 * 1024 - 1;
  }
});

// src/config/suggest.ts
function suggest(name, candidates2) {
  let best = null;
  let bestDistance = Infinity;
  const limit = Math.max(2, Math.floor(name.length / 3));
  for (const candidate of candidates2) {
    const [a, b] = [name.toLowerCase(), candidate.toLowerCase()];
    const d = a.length >= 3 && b.startsWith(a) ? 1 : distance(a, b);
    if (d < bestDistance || d === bestDistance && best !== null && candidate < best) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : null;
}
function didYouMean(name, candidates2) {
  const s = suggest(name, candidates2);
  return s === null ? "" : ` (did you mean ${s}?)`;
}
function distance(a, b) {
  if (Math.abs(a.length - b.length) > 10) return Infinity;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}
var init_suggest = __esm({
  "src/config/suggest.ts"() {
    "use strict";
  }
});

// src/engine/ignores.ts
function readDirective(line) {
  const head = HEAD.exec(line);
  if (!head) return null;
  const from = head[0].length;
  const reason = line.indexOf("--", from);
  const list = line.slice(from, reason === -1 ? line.length : reason);
  if (!RULE_LIST.test(list)) return null;
  let end = list.length;
  while (end > 0 && /[\s,]/.test(list[end - 1])) end--;
  if (end === 0) return null;
  return { file: head[1] !== void 0, rules: list.split(/[\s,]/).filter(Boolean), listEnd: from + end };
}
function parseIgnores(build) {
  const fileRules = /* @__PURE__ */ new Set();
  const ranges = [];
  for (const comment of build.comments) {
    const directive = readDirective(comment.text);
    if (!directive) continue;
    const rules = new Set(directive.rules);
    if (directive.file) {
      for (const r of rules) fileRules.add(r);
      continue;
    }
    const next = build.instructions.find((i) => i.span.start > comment.span.start);
    if (next) ranges.push({ rules, span: next.span });
  }
  const file = Object.assign(fileRules, {
    has(id) {
      return Set.prototype.has.call(fileRules, id) || Set.prototype.has.call(fileRules, "all");
    }
  });
  return {
    file,
    suppressed(ruleId, span) {
      return ranges.some((r) => (r.rules.has(ruleId) || r.rules.has("all")) && span.start >= r.span.start && span.start < r.span.end);
    }
  };
}
function ignoreProblems(text, ruleIds) {
  if (!text.includes("hardenfile-")) return [];
  const problems = [];
  for (const comment of parseDockerfile(text).comments) {
    const any = ANY_DIRECTIVE.exec(comment.text);
    if (!any) continue;
    const span = comment.span;
    const name = any[1];
    if (name !== "hardenfile-ignore" && name !== "hardenfile-ignore-file") {
      problems.push({ span, message: `${name} is not a comment hardenfile reads (it reads hardenfile-ignore and hardenfile-ignore-file), so it silences nothing` });
      continue;
    }
    const from = any[0].length;
    const reason = comment.text.indexOf("--", from);
    const list = comment.text.slice(from, reason === -1 ? comment.text.length : reason);
    if (list.trim() === "") {
      problems.push({ span, message: `# ${name} names no rule, so it silences nothing (name the rules, or all)` });
    } else if (!RULE_LIST.test(list) || !/^\s/.test(list)) {
      problems.push({ span, message: `# ${name} is followed by something other than rule ids, so it silences nothing` });
    } else {
      for (const m of list.matchAll(/[^\s,]+/g)) {
        const id = m[0];
        if (id === "all" || ruleIds.includes(id)) continue;
        const start = span.start + from + m.index;
        problems.push({ span: { start, end: start + id.length }, message: `# ${name}: there is no rule ${id}${didYouMean(id, ruleIds)}` });
      }
    }
  }
  return problems;
}
var HEAD, RULE_LIST, ANY_DIRECTIVE;
var init_ignores = __esm({
  "src/engine/ignores.ts"() {
    "use strict";
    init_suggest();
    init_dockerfile();
    HEAD = /^\s*#\s*hardenfile-ignore(-file)?(?=\s)/;
    RULE_LIST = /^[A-Za-z0-9_,\s-]+$/;
    ANY_DIRECTIVE = /^\s*#\s*(hardenfile-[\w-]*)/;
  }
});

// src/engine/budget.ts
var budget_exports = {};
__export(budget_exports, {
  BudgetExceeded: () => BudgetExceeded,
  DEFAULT_TIMEOUT: () => DEFAULT_TIMEOUT,
  checkDeadline: () => checkDeadline,
  deadlineIn: () => deadlineIn
});
function now() {
  return Number(process.hrtime.bigint()) / 1e6;
}
function deadlineIn(ms) {
  return { at: now() + ms, ms };
}
function checkDeadline(deadline) {
  if (deadline !== void 0 && now() > deadline.at) throw new BudgetExceeded(deadline.ms);
}
var DEFAULT_TIMEOUT, BudgetExceeded;
var init_budget = __esm({
  "src/engine/budget.ts"() {
    "use strict";
    DEFAULT_TIMEOUT = 1e4;
    BudgetExceeded = class extends Error {
      constructor(ms) {
        super(`took longer than ${ms} ms (the time budget, --timeout)`);
        this.ms = ms;
        this.name = "BudgetExceeded";
      }
      ms;
    };
  }
});

// src/engine/lint.ts
function lintText(text, options) {
  const bad = checkInput(text, options.maxSize);
  if (bad) return { findings: [], secretSpans: [], error: bad };
  try {
    return lintBuild(buildModel(text, modelOptions(options)), options);
  } catch (err) {
    if (err instanceof BudgetExceeded) return { findings: [], secretSpans: [], error: err.message };
    throw err;
  }
}
function modelOptions(options) {
  const { deadline } = options;
  return { buildArgs: options.config.buildArgs, policy: options.config.policy, ...deadline && { checkpoint: () => checkDeadline(deadline) } };
}
function lintBuild(build, options) {
  return { findings: runRules(build, options), secretSpans: build.redaction.spans, secretValues: build.redaction.values };
}
function runRules(build, options) {
  const masker = new Masker(build.redaction.spans, build.redaction.values);
  const ignores = parseIgnores(build);
  const findings = [];
  const exec = build.instructions.flatMap((i) => i.run?.execForm && i.argsSpan ? [i.argsSpan] : []);
  const editsExec = (fix) => exec.some((a) => fix.edits.some((e) => e.end > a.start && e.start < a.end));
  const stageOf = stageFinder(build);
  const buildStages = options.config.buildStages ?? "same";
  for (const rule of options.rules ?? RULES) {
    checkDeadline(options.deadline);
    if (options.only && !options.only.includes(rule.id)) continue;
    const setting = options.config.rules[rule.id];
    const severity2 = setting?.severity ?? rule.meta.severity;
    if (severity2 === "off") continue;
    if (ignores.file.has(rule.id)) continue;
    const ruleOptions = { ...rule.meta.options, ...setting?.options ?? {} };
    const report = (r) => {
      if (ignores.suppressed(rule.id, r.span)) return;
      const stage = stageOf(r.span.start);
      let level = severity2;
      if (stage && stage.role !== "final" && buildStages !== "same") {
        if (buildStages === "off") return;
        if (RANK[buildStages] < RANK[level]) level = buildStages;
      }
      const finding = toFinding(rule, level, r.fix && exec.length > 0 && editsExec(r.fix) ? { ...r, fix: null } : r, build, masker);
      if (stage && stage.role !== "final") finding.message += stageNote(stage, masker);
      findings.push(finding);
    };
    rule.check({ build, policy: options.config.policy, options: ruleOptions, report });
  }
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}
function stageFinder(build) {
  const list = build.instructions;
  return (offset) => {
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      if (list[mid].span.start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const stage = found === -1 ? -1 : list[found].stage;
    return stage >= 0 ? build.stages[stage] ?? null : null;
  };
}
function stageNote(stage, masker) {
  const name = stage.name !== null ? `"${masker.data(stage.name)}"` : String(stage.index);
  return stage.role === "build" ? ` (In build stage ${name}: only what COPY --from takes from it reaches the final image.)` : ` (In stage ${name}, which the default build skips: no later stage uses it.)`;
}
function toFinding(rule, severity2, r, build, masker) {
  const template = rule.meta.messages[r.messageId];
  if (template === void 0) throw new Error(`rule ${rule.id} reported unknown messageId ${r.messageId}`);
  const fill = (whole3, key) => {
    if (!r.data || !(key in r.data)) return whole3;
    const value = r.data[key];
    return typeof value === "number" ? String(value) : masker.data(value);
  };
  const message = template.replace(/\{(\w+)\}/g, fill);
  const finding = {
    ruleId: rule.id,
    messageId: r.messageId,
    severity: severity2,
    message,
    span: r.span,
    start: build.lines.position(r.span.start),
    end: build.lines.position(r.span.end)
  };
  if (r.fix && !writesCredential(r.fix, build.text, masker)) finding.fix = normaliseFix({ ...r.fix, title: masker.prose(r.fix.title) });
  return finding;
}
function writesCredential(fix, text, masker) {
  return fix.edits.some((e) => masker.secretsIn(e.text).some((secret) => !text.includes(secret)));
}
function normaliseFix(fix) {
  return { ...fix, edits: [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end) };
}
var RANK;
var init_lint = __esm({
  "src/engine/lint.ts"() {
    "use strict";
    init_build();
    init_redaction();
    init_rules();
    init_input();
    init_ignores();
    init_budget();
    RANK = { info: 0, warning: 1, error: 2 };
  }
});

// vendored-require:node:module
var node_module_exports = {};
__export(node_module_exports, {
  createRequire: () => createRequire
});
function createRequire(from) {
  const load = (0, import_node_module.createRequire)(from);
  return (id) => load(Object.hasOwn(VENDORED, id) ? VENDORED[id] : id);
}
var import_node_module, VENDORED;
var init_node_module = __esm({
  "vendored-require:node:module"() {
    import_node_module = require("node:module");
    __reExport(node_module_exports, require("node:module"));
    VENDORED = { "yaml": "./vendor/yaml.cjs", "fast-glob": "./vendor/fast-glob.cjs" };
  }
});

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports2, module2) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens2 = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens2.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens2.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens2.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens2.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens2.push({ boundary: char });
          index++;
        } else {
          tokens2.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens2.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path9) => {
      const end = path9.length - 1;
      const index = path9.lastIndexOf(
        SLASH,
        path9[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path9 : path9.slice(index + 1);
    };
    var parentOf = (path9) => {
      if (path9.charCodeAt(0) === SLASH_CODE || path9.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path9.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path9.length - 1;
      const cut = path9.lastIndexOf(
        SLASH,
        path9.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path9.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path9) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path9)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path9, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename3 = shortcut ? basenameOf(path9) : path9;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename3 : path9
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path9, originalPath, doThrow) => {
      if (!isString(path9)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path9) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path9)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path9) => {
      const first = path9.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path9.length === 1) {
        return true;
      }
      const second = path9.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path9.length === 2 || path9.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path9) {
        checkPath(
          path9,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path9 ? this._t(path9, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path9 = convertPath(target);
        if (!path9 || path9.charCodeAt(path9.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path9);
        }
        const dir = this._t(path9, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path9);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path9, cache) {
        if (path9 in cache) {
          return cache[path9];
        }
        const parentPath = parentOf(path9);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path9] = parent && parent.ignored ? parent : this._rules.test(path9, MODE_IGNORE);
      }
      ignores(path9) {
        return this._test(path9, this._ignoreCache, convertPath(path9)).ignored;
      }
      createFilter() {
        return (path9) => !this.ignores(path9);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path9) {
        return this._test(path9, this._testCache, convertPath(path9));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path9) => checkPath(convertPath(path9), path9, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path9) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path9) || isNotRelative(path9);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module2.exports = factory;
    factory.default = factory;
    module2.exports.isPathValid = isPathValid;
    define(module2.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/config/schema.ts
function optionSchema(value) {
  if (Array.isArray(value)) {
    const first = value[0];
    return first === void 0 ? { type: "array", default: value } : { type: "array", items: { type: jsonType(first) }, default: value };
  }
  if (value === null || value === void 0) return {};
  return { type: jsonType(value), default: value };
}
function jsonType(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  switch (typeof value) {
    case "string":
      return "string";
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    default:
      return "object";
  }
}
function ruleSchema(rule) {
  const defaults = rule.meta.options;
  const options = {
    type: "object",
    properties: Object.fromEntries(Object.entries(defaults).map(([k, v]) => [k, optionSchema(v)])),
    additionalProperties: false
  };
  return {
    description: `${rule.meta.description} (default: ${rule.meta.severity})`,
    anyOf: [
      severity,
      { type: "object", properties: { severity, options }, additionalProperties: false },
      { type: "array", items: [severity, options], additionalItems: false, minItems: 1 }
    ]
  };
}
function buildConfigSchema(rules) {
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: CONFIG_SCHEMA_ID,
    title: "hardenfile configuration (.hardenfile.yaml, .hardenfile.yml, .hardenfile.json)",
    type: "object",
    properties: {
      $schema: { type: "string", description: "The schema this file follows (for editors)." },
      rules: {
        description: "Severity and options by rule id: a severity, { severity, options } or [severity, options].",
        type: "object",
        properties: Object.fromEntries(rules.map((r) => [r.id, ruleSchema(r)])),
        additionalProperties: false
      },
      mirrors: {
        description: "Trusted mirrors of the hardened apk repositories.",
        type: "array",
        items: {
          type: "object",
          properties: {
            url: { type: "string", pattern: "^https?://\\S*\\{release\\}\\S*$", description: "an http(s) URL template containing {release}" },
            keyName: { type: "string", pattern: "^[^/\\s]+$", description: "a file name in /etc/apk/keys (no slash)" },
            ...MIRROR_KEY,
            auth: { type: "boolean", description: "Fetching needs credentials." }
          },
          required: ["url", "keyName"],
          additionalProperties: false
        }
      },
      debMirrors: {
        description: "Trusted mirrors of the hardened Debian (apt) sources, e.g. of https://dhi.io/deb/debian/main.",
        type: "array",
        items: {
          type: "object",
          properties: {
            url: { type: "string", pattern: "^https?://\\S+$", description: "an http(s) URL" },
            ...MIRROR_KEY,
            auth: { type: "boolean", description: "Fetching needs credentials (a mirror of the enterprise security source)." }
          },
          required: ["url"],
          additionalProperties: false
        }
      },
      dhiImageMirrors: {
        description: "Image name prefixes that mirror DHI images, e.g. myorg/dhi-.",
        type: "array",
        items: { type: "string", pattern: "^\\S+$", description: "a non-empty image name prefix" }
      },
      baseImages: {
        description: 'What base images the linter cannot tell from their names are built on: an image name (any tag) or name:tag, to the image it stands for, e.g. "ghcr.io/linuxserver/baseimage-alpine": "alpine:{tag}" or "myorg/base:1.4": "debian:trixie". {tag} is the tag the FROM names.',
        type: "object",
        additionalProperties: { type: "string", pattern: "^\\S+$", description: "an image reference" }
      },
      buildStages: {
        description: "How findings in build stages are reported: stages whose files reach the final image only through COPY --from, and stages nothing uses. same (default): like the others; or at most warning, at most info, or off.",
        type: "string",
        enum: ["same", "warning", "info", "off"]
      },
      buildArgs: {
        description: "Values of build arguments, as `docker build --build-arg` would give them.",
        type: "object",
        additionalProperties: { type: "string" }
      },
      ignore: {
        description: "Files not to lint: gitignore-style patterns relative to this file's directory.",
        type: "array",
        items: { type: "string" }
      },
      failLevel: {
        description: "Lowest severity that makes the run fail (default: warning).",
        type: "string",
        enum: FAIL_LEVELS
      }
    },
    additionalProperties: false
  };
}
var SEVERITIES, FAIL_LEVELS, CONFIG_FILE_NAMES, CONFIG_SCHEMA_ID, severity, MIRROR_KEY;
var init_schema = __esm({
  "src/config/schema.ts"() {
    "use strict";
    SEVERITIES = ["off", "info", "warning", "error"];
    FAIL_LEVELS = ["info", "warning", "error"];
    CONFIG_FILE_NAMES = [".hardenfile.yaml", ".hardenfile.yml", ".hardenfile.json"];
    CONFIG_SCHEMA_ID = "https://raw.githubusercontent.com/hardenfile/hardenfile/main/schema/hardenfile.schema.json";
    severity = { type: "string", enum: SEVERITIES, description: "off, info, warning or error" };
    MIRROR_KEY = {
      keyUrl: { type: "string", pattern: "^https?://\\S+$", description: "an http(s) URL" },
      keySha256: { type: "string", pattern: "^[0-9a-fA-F]{64}$", description: "a SHA-256 digest (64 hex digits)" }
    };
  }
});

// src/config/validate.ts
function validate(schema, value, path9 = []) {
  const errors = [];
  check(schema, value, path9, errors);
  return errors;
}
function formatPath(path9) {
  let out = "";
  for (const p of path9) out += typeof p === "number" ? `[${p}]` : out === "" ? p : `.${p}`;
  return out === "" ? "(top level)" : out;
}
function typeMatches(expected, value) {
  if (expected === void 0) return true;
  const actual = jsonType(value);
  const list = Array.isArray(expected) ? expected : [expected];
  return list.some((t) => t === actual || t === "integer" && Number.isInteger(value));
}
function describeType(t) {
  const name = (x) => x === "array" ? "a list" : x === "object" ? "a map" : x === "integer" ? "an integer" : `a ${x}`;
  return Array.isArray(t) ? t.map(name).join(" or ") : name(t);
}
function check(schema, value, path9, errors) {
  if (schema.anyOf) {
    checkAnyOf(schema, schema.anyOf, value, path9, errors);
    return;
  }
  const secret = isSecretPath(path9);
  const show = (v) => secret ? MASK : JSON.stringify(v);
  if (!typeMatches(schema.type, value)) {
    const hint = !secret && schema.type === "string" && (typeof value === "number" || typeof value === "boolean") ? ` (quote it: "${String(value)}")` : "";
    errors.push({ path: path9, code: "type", message: `must be ${describeType(schema.type)}, not ${describeValue(value, secret)}${hint}` });
    return;
  }
  if (schema.enum && !schema.enum.includes(value)) {
    const hint = typeof value === "string" && !secret ? didYouMean(value, schema.enum.map(String)) : "";
    errors.push({ path: path9, code: "enum", message: `must be one of ${schema.enum.join(", ")}, not ${show(value)}${hint}` });
    return;
  }
  if (schema.pattern !== void 0 && typeof value === "string" && !new RegExp(schema.pattern, "u").test(value)) {
    errors.push({ path: path9, code: "pattern", message: `must be ${schema.description ?? `a string matching /${schema.pattern}/`}, not ${show(value)}` });
    return;
  }
  if (Array.isArray(value)) checkArray(schema, value, path9, errors);
  else if (value !== null && typeof value === "object") checkObject(schema, value, path9, errors);
}
function checkObject(schema, value, path9, errors) {
  const props = schema.properties ?? {};
  for (const key of schema.required ?? []) {
    if (!(key in value)) errors.push({ path: [...path9, key], code: "required", message: "is required" });
  }
  for (const [key, v] of Object.entries(value)) {
    const prop = Object.hasOwn(props, key) ? props[key] : void 0;
    if (prop) check(prop, v, [...path9, key], errors);
    else if (schema.additionalProperties === false) {
      errors.push({ path: [...path9, key], code: "unknown-key", message: `unknown key${didYouMean(key, Object.keys(props))}` });
    } else if (typeof schema.additionalProperties === "object") check(schema.additionalProperties, v, [...path9, key], errors);
  }
}
function checkArray(schema, value, path9, errors) {
  if (schema.minItems !== void 0 && value.length < schema.minItems) {
    errors.push({ path: path9, code: "items", message: `must have at least ${schema.minItems} item${schema.minItems === 1 ? "" : "s"}` });
  }
  const items = schema.items;
  if (Array.isArray(items)) {
    if (schema.additionalItems === false && value.length > items.length) {
      errors.push({ path: path9, code: "items", message: `must have at most ${items.length} items` });
    }
    items.forEach((s, i) => {
      if (i < value.length) check(s, value[i], [...path9, i], errors);
    });
  } else if (items) {
    value.forEach((v, i) => check(items, v, [...path9, i], errors));
  }
}
function checkAnyOf(schema, branches, value, path9, errors) {
  const fitting = branches.filter((b) => typeMatches(b.type, value));
  let firstErrors = null;
  for (const branch of fitting) {
    const e = validate(branch, value, path9);
    if (e.length === 0) return;
    firstErrors ??= e;
  }
  if (firstErrors) {
    errors.push(...firstErrors);
    return;
  }
  const types = branches.flatMap((b) => b.type === void 0 ? [] : Array.isArray(b.type) ? b.type : [b.type]);
  const secret = isSecretPath(path9);
  errors.push({ path: path9, code: "any-of", message: `must be ${describeType([...new Set(types)])}, not ${describeValue(value, secret)}` });
}
function describeValue(value, secret) {
  const t = jsonType(value);
  if (t === "object" || t === "array") return describeType(t);
  return `${describeType(t)} (${secret ? MASK : JSON.stringify(value)})`;
}
function isSecretPath(path9) {
  return path9[0] === "buildArgs" && typeof path9[1] === "string" && isCredentialName(path9[1]);
}
var init_validate = __esm({
  "src/config/validate.ts"() {
    "use strict";
    init_schema();
    init_suggest();
    init_secrets();
  }
});

// src/config/types.ts
var ConfigError, DEFAULT_FAIL_LEVEL;
var init_types = __esm({
  "src/config/types.ts"() {
    "use strict";
    ConfigError = class extends Error {
      constructor(problems) {
        super(problems.join("\n"));
        this.problems = problems;
        this.name = "ConfigError";
      }
      problems;
    };
    DEFAULT_FAIL_LEVEL = "warning";
  }
});

// src/config/load.ts
function findConfigFile(dir) {
  for (let current = import_node_path.default.resolve(dir); ; ) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = import_node_path.default.join(current, name);
      if (isFile(candidate)) return candidate;
    }
    const parent = import_node_path.default.dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}
function isFile(p) {
  try {
    return import_node_fs.default.statSync(p).isFile();
  } catch {
    return false;
  }
}
function parseConfigText(text, fileName, schema) {
  const data = fileName.endsWith(".json") ? parseJson(text, fileName) : parseYaml(text, fileName);
  const value = data ?? {};
  const errors = validate(schema, value);
  if (errors.length > 0) throw new ConfigError(errors.map((e) => `${fileName}: ${formatPath(e.path)}: ${describe2(e)}`));
  return value;
}
function describe2(e) {
  if (e.code !== "unknown-key") return e.message;
  const [first, , third] = e.path;
  if (first === "rules" && e.path.length === 2) return e.message.replace("unknown key", "unknown rule");
  if (first === "rules" && (third === "options" || third === 1)) return e.message.replace("unknown key", "unknown option");
  return e.message;
}
function parseJson(text, fileName) {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    throw new ConfigError([`${fileName}: invalid JSON: ${err.message}`]);
  }
}
function parseYaml(text, fileName) {
  const { parseDocument } = createRequire(__hfModuleUrl)("yaml");
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true, schema: "core", resolveKnownTags: false });
  if (doc.errors.length > 0) {
    const lines = doc.errors.slice(0, MAX_YAML_ERRORS).map((e) => {
      const at = e.linePos?.[0];
      return `${fileName}${at ? `:${at.line}:${at.col}` : ""}: invalid YAML: ${e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`;
    });
    if (doc.errors.length > MAX_YAML_ERRORS) lines.push(`${fileName}: invalid YAML: ${doc.errors.length - MAX_YAML_ERRORS} more errors`);
    throw new ConfigError(lines);
  }
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    throw new ConfigError([`${fileName}: invalid YAML: ${err.message}`]);
  }
}
function normaliseEntry(entry) {
  if (typeof entry === "string") return { severity: entry };
  const [severity2, options] = Array.isArray(entry) ? entry : [entry.severity, entry.options];
  const out = {};
  if (severity2 !== void 0) out.severity = severity2;
  if (options !== void 0) out.options = { ...options };
  return out;
}
function resolveConfig(file, overrides = {}) {
  const rules = {};
  for (const [id, entry] of Object.entries(file.rules ?? {})) rules[id] = normaliseEntry(entry);
  for (const [id, severity2] of Object.entries(overrides.rules ?? {})) rules[id] = { ...rules[id], severity: severity2 };
  const mirrors = (file.mirrors ?? []).map((m) => ({
    url: m.url,
    keyName: m.keyName,
    keyUrl: m.keyUrl ?? null,
    keySha256: m.keySha256?.toLowerCase() ?? null,
    auth: m.auth ?? false
  }));
  const debMirrors = (file.debMirrors ?? []).map((m) => ({
    url: m.url,
    keyUrl: m.keyUrl ?? null,
    keySha256: m.keySha256?.toLowerCase() ?? null,
    auth: m.auth ?? false
  }));
  return {
    config: {
      rules,
      policy: makePolicy({ mirrors, debMirrors, dhiImageMirrors: file.dhiImageMirrors ?? [], baseImages: file.baseImages ?? {} }),
      buildArgs: { ...file.buildArgs, ...overrides.buildArgs },
      ...file.buildStages && { buildStages: file.buildStages }
    },
    failLevel: overrides.failLevel ?? file.failLevel ?? DEFAULT_FAIL_LEVEL
  };
}
function ignoreMatcher(base, patterns) {
  if (patterns.length === 0) return () => false;
  const ig = (0, import_ignore.default)().add(patterns);
  return (file) => {
    const rel = import_node_path.default.relative(base, import_node_path.default.resolve(base, file));
    if (rel === "" || rel.startsWith("..") || import_node_path.default.isAbsolute(rel)) return false;
    return ig.ignores(rel.split(import_node_path.default.sep).join("/"));
  };
}
function parseOverrides(flags, rules) {
  const problems = [];
  const ids = rules.map((r) => r.id);
  const out = { rules: {}, buildArgs: {} };
  const severities = ["off", "info", "warning", "error"];
  for (const flag of flags.rule ?? []) {
    const eq = flag.indexOf("=");
    const id = eq === -1 ? flag : flag.slice(0, eq);
    const severity2 = eq === -1 ? "" : flag.slice(eq + 1);
    if (eq === -1) problems.push(`--rule ${flag}: expected id=severity`);
    else if (!ids.includes(id)) problems.push(`--rule ${flag}: unknown rule${didYouMean(id, ids)}`);
    else if (!severities.includes(severity2)) problems.push(`--rule ${flag}: severity must be one of off, info, warning, error`);
    else out.rules[id] = severity2;
  }
  for (const flag of flags.buildArg ?? []) {
    const eq = flag.indexOf("=");
    if (eq <= 0) problems.push(`--build-arg ${flag}: expected NAME=VALUE`);
    else out.buildArgs[flag.slice(0, eq)] = flag.slice(eq + 1);
  }
  if (flags.failLevel !== void 0) {
    if (["info", "warning", "error"].includes(flags.failLevel)) out.failLevel = flags.failLevel;
    else problems.push(`--fail-level ${flags.failLevel}: must be one of info, warning, error`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return out;
}
function displayPath(p, cwd) {
  const rel = import_node_path.default.relative(cwd, p);
  return rel !== "" && !rel.startsWith("..") && !import_node_path.default.isAbsolute(rel) ? rel : p;
}
function errorMessage(err) {
  const e = err;
  if (e.code === "ENOENT") return "no such file";
  if (e.code === "EISDIR") return "is a directory";
  if (e.code === "EACCES") return "permission denied";
  return e.message;
}
var import_node_fs, import_node_path, import_ignore, MAX_YAML_ERRORS, ConfigLoader;
var init_load = __esm({
  "src/config/load.ts"() {
    "use strict";
    import_node_fs = __toESM(require("node:fs"), 1);
    import_node_path = __toESM(require("node:path"), 1);
    init_node_module();
    import_ignore = __toESM(require_ignore(), 1);
    init_policy();
    init_schema();
    init_validate();
    init_suggest();
    init_types();
    MAX_YAML_ERRORS = 5;
    ConfigLoader = class {
      constructor(options) {
        this.options = options;
        this.schema = buildConfigSchema(options.rules);
        this.explicit = options.configFile === void 0 ? null : import_node_path.default.resolve(options.cwd, options.configFile);
      }
      options;
      schema;
      byConfigPath = /* @__PURE__ */ new Map();
      byDir = /* @__PURE__ */ new Map();
      explicit;
      /** The config for a file (which need not exist: `--stdin-filename`). */
      forFile(file) {
        return this.forDirectory(import_node_path.default.dirname(import_node_path.default.resolve(this.options.cwd, file)));
      }
      forDirectory(dir) {
        let configPath;
        if (this.explicit !== null) configPath = this.explicit;
        else {
          const abs = import_node_path.default.resolve(this.options.cwd, dir);
          if (!this.byDir.has(abs)) this.byDir.set(abs, findConfigFile(abs));
          configPath = this.byDir.get(abs);
        }
        let loaded = this.byConfigPath.get(configPath);
        if (!loaded) {
          loaded = this.load(configPath);
          this.byConfigPath.set(configPath, loaded);
        }
        return loaded;
      }
      load(configPath) {
        if (configPath === null) {
          const { config: config3, failLevel: failLevel2 } = resolveConfig({}, this.options.overrides);
          return { path: null, config: config3, failLevel: failLevel2, ignores: () => false };
        }
        const shown = displayPath(configPath, this.options.cwd);
        if (!/\.(?:ya?ml|json)$/i.test(configPath)) {
          throw new ConfigError([`${shown}: a config file must end in .yaml, .yml or .json`]);
        }
        let text;
        try {
          text = import_node_fs.default.readFileSync(configPath, "utf8");
        } catch (err) {
          throw new ConfigError([`${shown}: cannot read config file: ${errorMessage(err)}`]);
        }
        const file = parseConfigText(text, shown, this.schema);
        const { config: config2, failLevel } = resolveConfig(file, this.options.overrides);
        return { path: configPath, config: config2, failLevel, ignores: ignoreMatcher(import_node_path.default.dirname(configPath), file.ignore ?? []) };
      }
    };
  }
});

// src/format/colors.ts
function painter(color) {
  return color ? coloured : plain;
}
var CODES, plain, coloured;
var init_colors = __esm({
  "src/format/colors.ts"() {
    "use strict";
    CODES = {
      bold: ["\x1B[1m", "\x1B[22m"],
      dim: ["\x1B[2m", "\x1B[22m"],
      underline: ["\x1B[4m", "\x1B[24m"],
      red: ["\x1B[31m", "\x1B[39m"],
      green: ["\x1B[32m", "\x1B[39m"],
      yellow: ["\x1B[33m", "\x1B[39m"],
      blue: ["\x1B[34m", "\x1B[39m"]
    };
    plain = (text) => text;
    coloured = (text, ...styles) => {
      let out = text;
      for (let i = styles.length - 1; i >= 0; i--) {
        const [open, close] = CODES[styles[i]];
        out = open + out + close;
      }
      return out;
    };
  }
});

// src/format/safe-text.ts
function maskerFor(result, text) {
  let m = maskers.get(result);
  if (!m) {
    const values = result.secretValues ?? (text === void 0 ? [] : result.secretSpans.map((s) => text.slice(s.start, s.end)).filter((v) => v.length >= MIN_VALUE_LENGTH));
    maskers.set(result, m = new Masker(result.secretSpans, values));
  }
  return m;
}
function shownPath(p) {
  return printable(maskShapes(p));
}
function printable(s) {
  let out = "";
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (isUnsafe(s.charCodeAt(i))) {
      out += `${s.slice(from, i)}\uFFFD`;
      from = i + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}
function isUnsafe(c) {
  return c < 32 && c !== 9 || c >= 127 && c <= 159 || c >= 8234 && c <= 8238 || c >= 8294 && c <= 8297;
}
function terminalSafeJson(json) {
  return json.replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
var maskers, maskPathShapes;
var init_safe_text = __esm({
  "src/format/safe-text.ts"() {
    "use strict";
    init_redaction();
    maskers = /* @__PURE__ */ new WeakMap();
    maskPathShapes = maskShapes;
  }
});

// src/format/stylish.ts
var stylish_exports = {};
__export(stylish_exports, {
  codeFrame: () => codeFrame,
  fileErrorLine: () => fileErrorLine,
  formatStylish: () => formatStylish,
  summaryLine: () => summaryLine
});
function formatStylish(results, options) {
  const c = painter(options.color);
  const blocks = [];
  for (const file of results) {
    if (file.result.error !== void 0) {
      blocks.push(fileErrorLine(file, c));
      continue;
    }
    if (file.result.findings.length === 0) continue;
    blocks.push(fileBlock(file, c));
  }
  blocks.push(summaryLine(results, options));
  return `${blocks.join("\n\n")}
`;
}
function fileErrorLine(file, c = painter(false)) {
  return `${shownPath(file.path)}: ${c("error", "red")}: ${printable(maskerFor(file.result, file.text).prose(file.result.error ?? ""))}`;
}
function summaryLine(results, options) {
  const c = painter(options.color);
  const count = { error: 0, warning: 0, info: 0 };
  let safe = 0;
  let unsafe = 0;
  let failed = 0;
  let withProblems = 0;
  for (const file of results) {
    if (file.result.error !== void 0) failed++;
    if (file.result.findings.length > 0) withProblems++;
    let safeHere = 0;
    for (const f of file.result.findings) {
      count[f.severity]++;
      if (f.fix?.safety === "safe") safeHere++;
      else if (f.fix?.safety === "unsafe") unsafe++;
    }
    safe += file.fixable ?? safeHere;
  }
  const total = count.error + count.warning + count.info;
  const linted = results.length - failed;
  const lines = [];
  if (total > 0) {
    const files = withProblems === linted ? plural(linted, "file") : `${withProblems} of ${plural(linted, "file")}`;
    let line = `\u2716 ${plural(total, "problem")} (${plural(count.error, "error")}, ${plural(count.warning, "warning")}, ${count.info} info) in ${files}`;
    const fixes = [safe > 0 ? `${safe} fixable with --fix` : "", unsafe > 0 ? `${unsafe} more with --unsafe-fixes` : ""].filter(Boolean);
    if (fixes.length > 0) line += ` \u2014 ${fixes.join(", ")}`;
    lines.push(c(line, count.error > 0 ? "red" : count.warning > 0 ? "yellow" : "blue", "bold"));
  } else if (linted > 0 || failed === 0) lines.push(c(`\u2714 no problems in ${plural(linted, "file")}`, "green", "bold"));
  if (failed > 0) lines.push(c(`\u2716 ${plural(failed, "file")} could not be linted`, "red", "bold"));
  return lines.join("\n");
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function fileBlock(file, c) {
  const findings = file.result.findings;
  const index = file.text === void 0 ? null : new LineIndex(file.text);
  const posWidth = Math.max(...findings.map((f) => `${f.start.line}:${f.start.column}`.length));
  const masker = maskerFor(file.result, file.text);
  const out = [c(shownPath(file.path), "underline")];
  for (const f of findings) {
    const pos = `${f.start.line}:${f.start.column}`.padEnd(posWidth);
    const message = printable(masker.prose(f.message));
    const marker = f.fix ? c(f.fix.safety === "safe" ? "  (fixable)" : "  (unsafe fix)", "dim") : "";
    out.push(`  ${c(pos, "dim")}  ${severityLabel(f.severity, c)}  ${message}  ${c(f.ruleId, "dim")}${marker}`);
    if (index) out.push(...codeFrame(index, f, masker, c));
  }
  return out.join("\n");
}
function severityLabel(severity2, c) {
  return c(severity2.padEnd(7), severity2 === "error" ? "red" : severity2 === "warning" ? "yellow" : "blue");
}
function codeFrame(index, f, masker, c) {
  const first = f.start.line - 1;
  let last = Math.max(first, f.end.line - 1 - (f.end.column === 1 && f.end.line > f.start.line ? 1 : 0));
  last = Math.min(last, index.lineCount - 1);
  const shown = Math.min(last, first + FRAME_LINES - 1);
  const width = String(shown + 1).length;
  const gutter = (n, mark = " ") => c(`  ${mark} ${n.padStart(width)} | `, "dim");
  const out = [];
  for (let line = first; line <= shown; line++) {
    const lineStart = index.starts[line];
    const lineText = index.lineText(line);
    const from = line === first ? f.start.column - 1 : 0;
    const to = line === f.end.line - 1 ? Math.min(f.end.column - 1, lineText.length) : lineText.length;
    if (line !== first) {
      out.push(gutter(String(line + 1), ">") + render(lineText, lineStart, masker).text);
      continue;
    }
    const [before, range, after] = [lineText.slice(0, from), lineText.slice(from, Math.max(from, to)), lineText.slice(Math.max(from, to))];
    const a = render(before, lineStart, masker, 0);
    const b = render(range, lineStart + from, masker, a.width);
    const rest = render(after, lineStart + Math.max(from, to), masker, a.width + b.width);
    out.push(gutter(String(line + 1)) + a.text + b.text + rest.text);
    out.push(gutter("") + " ".repeat(a.width) + c("^".repeat(Math.max(1, b.width)), "red"));
  }
  if (shown < last) out.push(c(`  ${" ".repeat(width + 2)} \u2026`, "dim"));
  return out;
}
function render(piece, offset, masker, col = 0) {
  const safe = printable(masker.slice(piece, offset));
  let text = "";
  let width = col;
  for (const ch of safe) {
    if (ch === "	") {
      const n = TAB_WIDTH - width % TAB_WIDTH;
      text += " ".repeat(n);
      width += n;
    } else {
      text += ch;
      width++;
    }
  }
  return { text, width: width - col };
}
var FRAME_LINES, TAB_WIDTH;
var init_stylish = __esm({
  "src/format/stylish.ts"() {
    "use strict";
    init_text();
    init_colors();
    init_safe_text();
    FRAME_LINES = 3;
    TAB_WIDTH = 4;
  }
});

// src/format/json.ts
var json_exports = {};
__export(json_exports, {
  formatJson: () => formatJson,
  toJsonReport: () => toJsonReport
});
function toJsonReport(results) {
  return {
    files: results.map((file) => {
      const masker = maskerFor(file.result, file.text);
      const hide = (s) => masker.prose(s);
      const index = file.text === void 0 ? null : new LineIndex(file.text);
      const findings = file.result.findings.map((f) => {
        const out = {
          rule: f.ruleId,
          messageId: f.messageId,
          severity: f.severity,
          message: hide(f.message),
          line: f.start.line,
          column: f.start.column,
          endLine: f.end.line,
          endColumn: f.end.column
        };
        if (f.fix) {
          let redacted = false;
          out.fix = {
            title: hide(f.fix.title),
            safety: f.fix.safety,
            edits: f.fix.edits.map((e) => {
              const text = masker.value(e.text);
              const edit = { start: e.start, end: e.end, text };
              if (index) {
                const a = index.position(e.start);
                const b = index.position(e.end);
                edit.range = { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
              }
              if (text !== e.text) edit.redacted = redacted = true;
              return edit;
            })
          };
          if (redacted) out.fix.redacted = true;
        }
        return out;
      });
      const entry = { path: maskPathShapes(file.path), findings };
      if (file.result.error !== void 0) entry.error = hide(file.result.error);
      return entry;
    })
  };
}
function formatJson(results, _options) {
  return `${terminalSafeJson(JSON.stringify(toJsonReport(results), null, 2))}
`;
}
var init_json = __esm({
  "src/format/json.ts"() {
    "use strict";
    init_text();
    init_safe_text();
  }
});

// src/package.ts
function packageRoot() {
  if (root !== null) return root;
  let dir = import_node_path2.default.dirname((0, import_node_url.fileURLToPath)(__hfModuleUrl));
  for (; ; ) {
    if (import_node_fs2.default.existsSync(import_node_path2.default.join(dir, "package.json"))) return root = dir;
    const parent = import_node_path2.default.dirname(dir);
    if (parent === dir) throw new Error("cannot find the hardenfile package root (package.json)");
    dir = parent;
  }
}
function packageVersion() {
  const pkg = JSON.parse(import_node_fs2.default.readFileSync(import_node_path2.default.join(packageRoot(), "package.json"), "utf8"));
  return pkg.version ?? "0.0.0";
}
var import_node_fs2, import_node_path2, import_node_url, root;
var init_package = __esm({
  "src/package.ts"() {
    "use strict";
    import_node_fs2 = __toESM(require("node:fs"), 1);
    import_node_path2 = __toESM(require("node:path"), 1);
    import_node_url = require("node:url");
    root = null;
  }
});

// src/format/fingerprint.ts
function lineKeys(file) {
  const index = file.text === void 0 ? null : new LineIndex(file.text);
  const seen = /* @__PURE__ */ new Map();
  return file.result.findings.map((f) => {
    const hash = sha256(`${f.ruleId}
${normalisedLine(file, index, f.start.line - 1, f.message)}`);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    return { hash, occurrence };
  });
}
function sha256(s) {
  return (0, import_node_crypto.createHash)("sha256").update(s, "utf8").digest("hex");
}
function normalisedLine(file, index, line, fallback) {
  const masker = maskerFor(file.result, file.text);
  const shown = index && line < index.lineCount ? masker.slice(index.lineText(line), index.starts[line]) : masker.prose(fallback);
  return shown.replace(/\s+/g, " ").trim();
}
var import_node_crypto;
var init_fingerprint = __esm({
  "src/format/fingerprint.ts"() {
    "use strict";
    import_node_crypto = require("node:crypto");
    init_text();
    init_safe_text();
  }
});

// src/format/location.ts
function shownRange(f, index) {
  const range = { line: f.start.line, column: f.start.column, endLine: f.end.line, endColumn: f.end.column };
  if (index && lastLine(f) < f.end.line) {
    range.endLine = lastLine(f);
    range.endColumn = index.lineText(range.endLine - 1).length + 1;
    if (range.endLine === range.line) range.endColumn = Math.max(range.endColumn, range.column);
  }
  return range;
}
function lastLine(f) {
  return f.end.column === 1 && f.end.line > f.start.line ? f.end.line - 1 : f.end.line;
}
function slashPath(p) {
  return p.replace(/\\/g, "/").replace(/^(?:\.\/)+/, "");
}
function isAbsolutePath(p) {
  return p.startsWith("/") || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith("\\\\");
}
function pathUri(p) {
  if (isAbsolutePath(p)) return (0, import_node_url2.pathToFileURL)(p).href;
  return slashPath(p).split("/").map((seg) => encodeURIComponent(seg).replace(/%40/g, "@").replace(/%2B/g, "+")).join("/");
}
var import_node_url2;
var init_location = __esm({
  "src/format/location.ts"() {
    "use strict";
    import_node_url2 = require("node:url");
  }
});

// src/format/rule-docs.ts
function ruleDocUrl(id) {
  return `${DOCS_BASE}${id}.md`;
}
function readRuleDoc(id, root2 = packageRoot()) {
  try {
    return import_node_fs3.default.readFileSync(import_node_path3.default.join(root2, "rules", `${id}.md`), "utf8");
  } catch {
    return null;
  }
}
function sectionText(markdown, heading) {
  const lines = markdown.split(/\r?\n/);
  const at = lines.findIndex((l) => l.trim().toLowerCase() === `## ${heading.toLowerCase()}`);
  if (at < 0) return null;
  const blocks = [];
  let current = null;
  for (const line of lines.slice(at + 1)) {
    if (line.startsWith("#") || line.startsWith("```")) break;
    const text = line.trim();
    if (text === "") current = null;
    else if (current === null || /^(?:[-*+]|\d+\.)\s/.test(text)) blocks.push(current = text);
    else blocks[blocks.length - 1] = current = `${current} ${text}`;
  }
  return blocks.length > 0 ? plainText(blocks.join("\n")) : null;
}
function absoluteLinks(markdown) {
  return markdown.replace(
    /(\]\()([^)\s]+)/g,
    (whole3, open, target) => /^(?:[a-z][a-z0-9+.-]*:|#)/i.test(target) ? whole3 : open + new URL(target, DOCS_BASE).href
  );
}
function plainText(markdown) {
  return absoluteLinks(markdown).split(/\r?\n/).filter((l) => !l.startsWith("```")).map((l) => l.replace(/^#{1,6}\s+/, "").replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, "$1 ($2)")).join("\n").replace(/\n{3,}/g, "\n\n").trim();
}
var import_node_fs3, import_node_path3, REPOSITORY_URL, DOCS_BASE;
var init_rule_docs = __esm({
  "src/format/rule-docs.ts"() {
    "use strict";
    import_node_fs3 = __toESM(require("node:fs"), 1);
    import_node_path3 = __toESM(require("node:path"), 1);
    init_package();
    REPOSITORY_URL = "https://github.com/hardenfile/hardenfile";
    DOCS_BASE = `${REPOSITORY_URL}/blob/main/rules/`;
  }
});

// src/format/sarif.ts
var sarif_exports = {};
__export(sarif_exports, {
  SARIF_SCHEMA: () => SARIF_SCHEMA,
  SRCROOT: () => SRCROOT,
  formatSarif: () => formatSarif,
  toSarifLog: () => toSarifLog
});
function formatSarif(results, _options) {
  return `${terminalSafeJson(JSON.stringify(toSarifLog(results), null, 2))}
`;
}
function toSarifLog(results, tool = installedTool()) {
  const rules = tool.rules.map((r) => describeRule(r, tool.readDoc(r.id)));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const indexOf = (id) => {
    if (!ruleIndex.has(id)) ruleIndex.set(id, rules.push(describeUnknownRule(id)) - 1);
    return ruleIndex.get(id);
  };
  const out = [];
  const notifications = [];
  for (const file of results) {
    const masker = maskerFor(file.result, file.text);
    const hide = (s) => masker.prose(s);
    const path9 = maskPathShapes(file.path);
    const artifactLocation = artifact(path9);
    if (file.result.error !== void 0) {
      notifications.push({ level: "error", message: { text: `${path9}: ${hide(file.result.error)}` }, locations: [{ physicalLocation: { artifactLocation } }] });
    }
    const index = file.text === void 0 ? null : new LineIndex(file.text);
    const keys = lineKeys(file);
    file.result.findings.forEach((f, i) => {
      const range = shownRange(f, index);
      const result = {
        ruleId: f.ruleId,
        ruleIndex: indexOf(f.ruleId),
        level: LEVEL[f.severity],
        message: { text: hide(f.message) },
        locations: [{ physicalLocation: { artifactLocation, region: { startLine: range.line, startColumn: range.column, endLine: range.endLine, endColumn: range.endColumn } } }],
        partialFingerprints: { primaryLocationLineHash: `${keys[i].hash.slice(0, 16)}:${keys[i].occurrence}` }
      };
      const fix = f.fix && sarifFix(f, artifactLocation, masker);
      if (fix) result.fixes = [fix];
      else if (f.fix) result.properties = { fixWithheld: `the fix "${hide(f.fix.title)}" writes text that holds a secret; run hardenfile --fix to apply it` };
      out.push(result);
    });
  }
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "hardenfile", semanticVersion: tool.version, informationUri: REPOSITORY_URL, rules } },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        // Columns and fix offsets count UTF-16 code units, as the engine does.
        columnKind: "utf16CodeUnits",
        results: out
      }
    ]
  };
}
function installedTool() {
  return { version: packageVersion(), rules: RULES, readDoc: (id) => readRuleDoc(id) };
}
function artifact(path9) {
  const uri = pathUri(path9);
  return isAbsolutePath(path9) ? { uri } : { uri, uriBaseId: SRCROOT };
}
function sarifFix(f, artifactLocation, masker) {
  const fix = f.fix;
  if (fix.edits.some((e) => masker.value(e.text) !== e.text)) return null;
  return {
    description: { text: masker.prose(fix.title) },
    artifactChanges: [
      {
        artifactLocation,
        replacements: fix.edits.map((e) => ({ deletedRegion: { charOffset: e.start, charLength: e.end - e.start }, insertedContent: { text: e.text } }))
      }
    ],
    properties: { safety: fix.safety }
  };
}
function describeRule(rule, doc) {
  const { description, severity: severity2, tags } = rule.meta;
  const helpUri = ruleDocUrl(rule.id);
  const markdown = doc === null ? `${description}

See [${rule.id}](${helpUri}).` : absoluteLinks(doc).trim();
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: description },
    fullDescription: { text: (doc && sectionText(doc, "What it does")) ?? description },
    help: { text: doc === null ? `${description}

See ${helpUri}.` : plainText(doc), markdown },
    helpUri,
    defaultConfiguration: { level: LEVEL[severity2] },
    properties: { tags: [.../* @__PURE__ */ new Set(["security", ...tags ?? []])], "security-severity": SECURITY_SEVERITY[severity2] }
  };
}
function describeUnknownRule(id) {
  return describeRule({ id, meta: { description: id, severity: "warning", fixable: "never", messages: {}, options: {} }, check: () => {
  } }, null);
}
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
}
var SARIF_SCHEMA, SRCROOT, LEVEL, SECURITY_SEVERITY;
var init_sarif = __esm({
  "src/format/sarif.ts"() {
    "use strict";
    init_rules();
    init_package();
    init_text();
    init_fingerprint();
    init_location();
    init_rule_docs();
    init_safe_text();
    SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    SRCROOT = "%SRCROOT%";
    LEVEL = { error: "error", warning: "warning", info: "note" };
    SECURITY_SEVERITY = { error: "8.0", warning: "5.0", info: "2.0" };
  }
});

// src/format/github.ts
var github_exports = {};
__export(github_exports, {
  escapeData: () => escapeData,
  escapeProperty: () => escapeProperty,
  formatGithub: () => formatGithub
});
function formatGithub(results, _options) {
  const lines = [];
  for (const file of results) {
    const hide = (s) => maskerFor(file.result, file.text).prose(s);
    const path9 = slashPath(maskPathShapes(file.path));
    if (file.result.error !== void 0) {
      lines.push(command("error", { file: path9, title: "hardenfile" }, `could not lint: ${hide(file.result.error)}`));
    }
    const index = file.text === void 0 ? null : new LineIndex(file.text);
    for (const f of file.result.findings) {
      const r = shownRange(f, index);
      const props = r.line === r.endLine ? { file: path9, line: r.line, endLine: r.endLine, col: r.column, endColumn: r.endColumn, title: f.ruleId } : { file: path9, line: r.line, endLine: r.endLine, title: f.ruleId };
      lines.push(command(COMMAND[f.severity], props, hide(f.message)));
    }
  }
  return lines.length > 0 ? `${lines.join("\n")}
` : "";
}
function command(name, props, message) {
  const list = Object.entries(props).map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${name} ${list}::${escapeData(message)}`;
}
function escapeData(s) {
  return printable(s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var COMMAND;
var init_github = __esm({
  "src/format/github.ts"() {
    "use strict";
    init_text();
    init_location();
    init_safe_text();
    COMMAND = { error: "error", warning: "warning", info: "notice" };
  }
});

// src/format/gitlab.ts
var gitlab_exports = {};
__export(gitlab_exports, {
  formatGitlab: () => formatGitlab
});
function formatGitlab(results, _options) {
  const issues = [];
  for (const file of results) {
    const path9 = slashPath(maskPathShapes(file.path));
    const keys = lineKeys(file);
    file.result.findings.forEach((f, i) => {
      issues.push({
        description: maskerFor(file.result, file.text).prose(f.message),
        check_name: f.ruleId,
        fingerprint: sha256(`${path9}
${keys[i].hash}
${keys[i].occurrence}`),
        severity: SEVERITY[f.severity],
        location: { path: path9, lines: { begin: f.start.line, end: lastLine(f) } }
      });
    });
  }
  return `${terminalSafeJson(JSON.stringify(issues, null, 2))}
`;
}
var SEVERITY;
var init_gitlab = __esm({
  "src/format/gitlab.ts"() {
    "use strict";
    init_fingerprint();
    init_location();
    init_safe_text();
    SEVERITY = { info: "info", warning: "minor", error: "major" };
  }
});

// src/format/xml.ts
function xmlText(s) {
  return s.replace(FORBIDDEN, "\uFFFD").replace(/[&<>"']/g, (c) => ENTITY[c]).replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`);
}
function xmlAttr(s) {
  return xmlText(s).replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}
var FORBIDDEN, ENTITY, XML_DECLARATION;
var init_xml = __esm({
  "src/format/xml.ts"() {
    "use strict";
    FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
    ENTITY = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
    XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
  }
});

// src/format/checkstyle.ts
var checkstyle_exports = {};
__export(checkstyle_exports, {
  formatCheckstyle: () => formatCheckstyle
});
function formatCheckstyle(results, _options) {
  const out = [XML_DECLARATION, '<checkstyle version="4.3">'];
  for (const file of results) {
    const hide = (s) => maskerFor(file.result, file.text).prose(s);
    out.push(`  <file name="${xmlAttr(maskPathShapes(file.path))}">`);
    if (file.result.error !== void 0) {
      out.push(`    <error line="1" column="1" severity="error" message="${xmlAttr(`could not lint: ${hide(file.result.error)}`)}" source="hardenfile"/>`);
    }
    for (const f of file.result.findings) {
      const attrs = [`line="${f.start.line}"`, `column="${f.start.column}"`, `severity="${SEVERITY2[f.severity]}"`, `message="${xmlAttr(hide(f.message))}"`, `source="hardenfile.${xmlAttr(f.ruleId)}"`];
      out.push(`    <error ${attrs.join(" ")}/>`);
    }
    out.push("  </file>");
  }
  out.push("</checkstyle>");
  return `${out.join("\n")}
`;
}
var SEVERITY2;
var init_checkstyle = __esm({
  "src/format/checkstyle.ts"() {
    "use strict";
    init_safe_text();
    init_xml();
    SEVERITY2 = { error: "error", warning: "warning", info: "info" };
  }
});

// src/format/junit.ts
var junit_exports = {};
__export(junit_exports, {
  formatJunit: () => formatJunit
});
function formatJunit(results, _options) {
  const suites = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const file of results) {
    const hide = (s) => maskerFor(file.result, file.text).prose(s);
    const path9 = maskPathShapes(file.path);
    const name = xmlAttr(path9);
    const cases = [];
    if (file.result.error !== void 0) {
      const message = hide(file.result.error);
      cases.push(`    <testcase classname="${name}" name="${CLEAN_CASE}">
      <error message="${xmlAttr(message)}">${xmlText(`${path9}: could not lint: ${message}`)}</error>
    </testcase>`);
    }
    for (const f of file.result.findings) {
      const message = hide(f.message);
      const where = `${f.start.line}:${f.start.column}`;
      const body = `${f.severity} at ${path9}:${where}: ${message} (${f.ruleId})`;
      cases.push(
        `    <testcase classname="${name}" name="${xmlAttr(`${f.ruleId} ${where}`)}">
      <failure message="${xmlAttr(message)}" type="${xmlAttr(f.ruleId)}">${xmlText(body)}</failure>
    </testcase>`
      );
    }
    if (cases.length === 0) cases.push(`    <testcase classname="${name}" name="${CLEAN_CASE}"/>`);
    const failed = file.result.findings.length;
    const errored = file.result.error !== void 0 ? 1 : 0;
    tests += cases.length;
    failures += failed;
    errors += errored;
    suites.push(`  <testsuite name="${name}" tests="${cases.length}" failures="${failed}" errors="${errored}">
${cases.join("\n")}
  </testsuite>`);
  }
  const head = `<testsuites name="hardenfile" tests="${tests}" failures="${failures}" errors="${errors}">`;
  return `${[XML_DECLARATION, head, ...suites, "</testsuites>"].join("\n")}
`;
}
var CLEAN_CASE;
var init_junit = __esm({
  "src/format/junit.ts"() {
    "use strict";
    init_safe_text();
    init_xml();
    CLEAN_CASE = "hardenfile";
  }
});

// src/format/index.ts
function isFormatName(name) {
  return Object.hasOwn(FORMATTERS, name);
}
async function loadFormatter(name) {
  const load = Object.hasOwn(FORMATTERS, name) ? FORMATTERS[name] : void 0;
  if (!load) throw new Error(`unknown format ${name} (choose ${FORMAT_NAMES.join(", ")})`);
  return load();
}
var FORMATTERS, FORMAT_NAMES;
var init_format = __esm({
  "src/format/index.ts"() {
    "use strict";
    FORMATTERS = {
      stylish: async () => (await Promise.resolve().then(() => (init_stylish(), stylish_exports))).formatStylish,
      json: async () => (await Promise.resolve().then(() => (init_json(), json_exports))).formatJson,
      sarif: async () => (await Promise.resolve().then(() => (init_sarif(), sarif_exports))).formatSarif,
      github: async () => (await Promise.resolve().then(() => (init_github(), github_exports))).formatGithub,
      gitlab: async () => (await Promise.resolve().then(() => (init_gitlab(), gitlab_exports))).formatGitlab,
      checkstyle: async () => (await Promise.resolve().then(() => (init_checkstyle(), checkstyle_exports))).formatCheckstyle,
      junit: async () => (await Promise.resolve().then(() => (init_junit(), junit_exports))).formatJunit
    };
    FORMAT_NAMES = Object.keys(FORMATTERS);
  }
});

// src/cli/io.ts
async function readAll(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
var UsageError;
var init_io = __esm({
  "src/cli/io.ts"() {
    "use strict";
    init_package();
    UsageError = class extends Error {
      name = "UsageError";
    };
  }
});

// src/cli/args.ts
function parseCliArgs(argv) {
  let parsed;
  try {
    parsed = (0, import_node_util.parseArgs)({ args: argv, options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (err) {
    throw new UsageError(describeParseError(err));
  }
  const { values, positionals, tokens: tokens2 } = parsed;
  const firstPositional = tokens2.find((t) => t.kind === "positional" || t.kind === "option-terminator");
  const sub = firstPositional?.kind === "positional" && SUBCOMMANDS.includes(firstPositional.value) ? firstPositional.value : null;
  let color;
  for (const t of tokens2) {
    if (t.kind === "option" && t.name === "color") color = true;
    if (t.kind === "option" && t.name === "no-color") color = false;
  }
  const args = {
    command: values.help || sub === "help" ? "help" : values.version ? "version" : sub ?? "lint",
    positionals: sub ? positionals.slice(1) : positionals,
    stdin: values.stdin ?? false,
    format: values.format ?? "stylish",
    rules: values.rule ?? [],
    buildArgs: values["build-arg"] ?? [],
    debug: values.debug ?? false,
    fix: values.fix ?? false,
    unsafeFixes: values["unsafe-fixes"] ?? false,
    fixRules: values["fix-rule"] ?? [],
    diff: values.diff ?? false
  };
  if (values["stdin-filename"] !== void 0) args.stdinFilename = values["stdin-filename"];
  if (values.output !== void 0) args.output = values.output;
  if (values.config !== void 0) args.config = values.config;
  if (values["fail-level"] !== void 0) args.failLevel = values["fail-level"];
  if (color !== void 0) args.color = color;
  if (values.jobs !== void 0) {
    if (!/^[1-9]\d*$/.test(values.jobs)) throw new UsageError(`--jobs ${values.jobs}: expected a positive whole number`);
    args.jobs = Number(values.jobs);
  }
  if (values["max-size"] !== void 0) {
    const size = values["max-size"];
    if (!/^[1-9]\d*$/.test(size)) throw new UsageError(`--max-size ${size}: expected a positive number of bytes`);
    args.maxSize = Number(size);
  }
  if (values.timeout !== void 0) {
    if (!/^[1-9]\d*$/.test(values.timeout)) throw new UsageError(`--timeout ${values.timeout}: expected a positive number of milliseconds`);
    args.timeout = Number(values.timeout);
  }
  const transport = ["node-ipc", "socket", "pipe"].find((name) => values[name] !== void 0);
  if (args.command === "lsp") {
    if (transport) throw new UsageError(`hardenfile lsp speaks over standard input and output only: --${transport} is not supported (use --stdio)`);
    if (args.positionals.length > 0) throw new UsageError("hardenfile lsp takes no arguments");
  } else {
    const lspOnly = transport ?? (values.stdio ? "stdio" : values.clientProcessId !== void 0 ? "clientProcessId" : void 0);
    if (lspOnly !== void 0 && args.command !== "help" && args.command !== "version") throw new UsageError(`--${lspOnly} is only for hardenfile lsp`);
  }
  if (args.command === "help") {
    const topic = sub === "help" ? args.positionals[0] ?? (values.help ? "help" : void 0) : sub ?? void 0;
    if (sub === "help" && args.positionals.length > 1) throw new UsageError("usage: hardenfile help [command]");
    if (topic !== void 0) {
      if (!HELP_TOPICS.includes(topic)) throw new UsageError(`unknown command ${topic}${didYouMean(topic, HELP_TOPICS) || ` (the commands: ${HELP_TOPICS.join(", ")})`}`);
      args.helpTopic = topic;
    }
    return args;
  }
  if (args.command === "lint") {
    if (args.positionals.includes("-")) {
      if (args.positionals.length > 1) throw new UsageError("standard input (-) cannot be combined with paths");
      args.positionals = [];
      args.stdin = true;
    }
    if (args.stdin && args.positionals.length > 0) throw new UsageError("--stdin cannot be combined with paths");
    if (args.stdinFilename !== void 0 && !args.stdin) throw new UsageError("--stdin-filename needs --stdin or -");
    if (args.fix && args.diff) throw new UsageError("--fix writes files and --diff only shows the changes: choose one");
    if ((args.unsafeFixes || args.fixRules.length > 0) && !args.fix && !args.diff) {
      throw new UsageError(`${args.unsafeFixes ? "--unsafe-fixes" : "--fix-rule"} needs --fix or --diff`);
    }
  } else if (args.command === "explain") {
    if (args.positionals.length !== 1) throw new UsageError("usage: hardenfile explain <rule>");
  } else if ((args.command === "rules" || args.command === "schema") && args.positionals.length > 0) {
    throw new UsageError(`hardenfile ${args.command} takes no arguments`);
  }
  return args;
}
function describeParseError(err) {
  const unknown = /Unknown option '([^']+)'/.exec(err.message);
  if (unknown) {
    const names = Object.keys(OPTIONS).map((n) => `--${n}`);
    return `unknown option ${unknown[1]}${didYouMean(unknown[1], names)}`;
  }
  const missing = /Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/.exec(err.message);
  if (missing) return `${missing[1]} needs a value`;
  return err.message.split("\n")[0];
}
function helpText(topic) {
  switch (topic) {
    case "rules":
      return `Usage: hardenfile rules

List the rules: id, default severity, whether a fix exists (always, sometimes, never) and what
each reports. 'hardenfile explain <rule>' prints a rule's documentation.
`;
    case "explain":
      return `Usage: hardenfile explain <rule>

Print a rule's documentation (rules/<rule>.md): what it reports and why, examples, its fix, its
options, and when not to use it. 'hardenfile rules' lists the rule ids.
`;
    case "schema":
      return `Usage: hardenfile schema [-o <file>]

Print the JSON Schema of the config file (.hardenfile.yaml, .hardenfile.yml or .hardenfile.json),
for editors that validate and complete it. The package also holds it as schema/hardenfile.schema.json.

Options:
  -o, --output <file>        Write it to a file (its directory is created)
`;
    case "lsp":
      return `Usage: hardenfile lsp [--stdio] [options]

Run the language server for editors, speaking LSP on standard input and output: diagnostics on
open, change and save, quick fixes, "ignore this rule here", and source.fixAll.hardenfile.
Configuration is looked up beside each document as on the command line.

Options:
  --stdio                    Accepted, as editors pass it (--node-ipc, --socket, --pipe are not)
  -c, --config <file>        Use this config file for every document
  --rule <id=severity>       Set a rule's severity (repeatable)
  --build-arg <NAME[=VALUE]> Value of a build argument (repeatable); NAME alone takes it from the
                             environment, as docker build does
  --max-size <bytes>         Report larger documents as an error (default: 1 MiB)
  --timeout <ms>             Time budget per lint or fix-all (default: 10000)
`;
    case "help":
      return `Usage: hardenfile help [command]

Print the help of hardenfile, or of one command: ${HELP_TOPICS.join(", ")}.
`;
    default:
      return HELP;
  }
}
var import_node_util, OPTIONS, SUBCOMMANDS, HELP_TOPICS, HELP;
var init_args = __esm({
  "src/cli/args.ts"() {
    "use strict";
    import_node_util = require("node:util");
    init_suggest();
    init_io();
    OPTIONS = {
      stdin: { type: "boolean" },
      "stdin-filename": { type: "string" },
      format: { type: "string", short: "f" },
      output: { type: "string", short: "o" },
      config: { type: "string", short: "c" },
      rule: { type: "string", multiple: true },
      "build-arg": { type: "string", multiple: true },
      "fail-level": { type: "string" },
      color: { type: "boolean" },
      "no-color": { type: "boolean" },
      "max-size": { type: "string" },
      timeout: { type: "string" },
      debug: { type: "boolean" },
      fix: { type: "boolean" },
      "unsafe-fixes": { type: "boolean" },
      "fix-rule": { type: "string", multiple: true },
      diff: { type: "boolean" },
      jobs: { type: "string", short: "j" },
      version: { type: "boolean", short: "v" },
      help: { type: "boolean", short: "h" },
      // Transport flags editors pass to a language server; only stdio is served.
      stdio: { type: "boolean" },
      "node-ipc": { type: "boolean" },
      socket: { type: "string" },
      pipe: { type: "string" },
      clientProcessId: { type: "string" }
    };
    SUBCOMMANDS = ["rules", "explain", "schema", "lsp", "help"];
    HELP_TOPICS = ["rules", "explain", "schema", "lsp", "help"];
    HELP = `Usage: hardenfile [options] [paths\u2026]
       hardenfile rules | explain <rule> | schema | lsp [--stdio] | help [command]

Lint Dockerfiles that use Docker Hardened System Packages (dhi.io).

Paths are files, directories or globs (default: .). Directories are searched for Dockerfile and
Containerfile, capitalised or in lower case, alone, with a . or - suffix (Dockerfile.dev,
Containerfile-ci) or as an extension (web.Dockerfile), skipping .git, node_modules, files ignored
by .gitignore and the config's \`ignore\` list. A file named on the command line is always linted.

Options:
  -, --stdin                 Lint standard input
  --stdin-filename <name>    Name for standard input (used for config lookup and in output)
  -f, --format <name>        Output format: stylish (default), json, sarif, github, gitlab,
                             checkstyle or junit
  -o, --output <file>        Write the report to a file; only the summary goes to the terminal
  -c, --config <file>        Use this config file for every file (no lookup of .hardenfile.yaml)
  --rule <id=severity>       Set a rule's severity: off, info, warning or error (repeatable)
  --build-arg <NAME[=VALUE]> Value of a build argument, as docker build takes it (repeatable);
                             NAME alone takes the value from the environment
  --fail-level <level>       Lowest severity that fails the run: info, warning (default) or error
  --color, --no-color        Force colours on or off (default: on for a terminal, off if NO_COLOR)
  --max-size <bytes>         Skip (as an error) files larger than this (default: 1 MiB)
  --timeout <ms>             Stop (as an error) on a file that takes longer than this to lint
                             or fix (default: 10000)
  --fix                      Apply safe fixes and write the files (atomically)
  --unsafe-fixes             With --fix or --diff: apply unsafe fixes too (they may need a
                             --secret on the build command or change what is installed)
  --fix-rule <id>            With --fix or --diff: fix only this rule's findings (repeatable)
  --diff                     Print the fixes as a unified diff and write nothing
                             (exit 1 when a file would change)
  -j, --jobs <n>             Threads that lint when there are many files, this one and n-1
                             workers (default: half the cores, at least one; --fix and --diff
                             run in one)
  --debug                    Print stack traces of internal errors
  -v, --version              Print the version
  -h, --help                 Print this help ('hardenfile <command> --help' for a command's)

Commands:
  rules                      List the rules with their default severity
  explain <rule>             Print a rule's documentation
  schema                     Print the JSON Schema of the config file (for editors)
  lsp [--stdio]              Run the language server for editors on standard input and output
                             (honours --config, --rule, --build-arg, --max-size and --timeout)
  help [command]             Print this help, or a command's

Configuration: the nearest .hardenfile.yaml, .hardenfile.yml or .hardenfile.json at or above
each file's directory; flags override it.

Exit codes: 0 no finding at or above the fail level; 1 findings at or above it;
2 usage, config or file errors (unreadable, binary, too large).
`;
  }
});

// src/cli/commands.ts
function rulesTable(rules) {
  const rows = [["RULE", "SEVERITY", "FIXABLE", "DESCRIPTION"], ...rules.map((r) => [r.id, r.meta.severity, r.meta.fixable, r.meta.description])];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i].length)));
  return `${rows.map((row) => row.map((cell, i) => i < 3 ? cell.padEnd(widths[i]) : cell).join("  ")).join("\n")}
`;
}
function explainRule(id, rules, root2 = packageRoot()) {
  const rule = rules.find((r) => r.id === id);
  if (!rule) throw new UsageError(`unknown rule ${id}${didYouMean(id, rules.map((r) => r.id)) || UNKNOWN_RULE_HINT}`);
  const doc = import_node_path4.default.join(root2, "rules", `${rule.id}.md`);
  try {
    const text = import_node_fs4.default.readFileSync(doc, "utf8");
    return text.endsWith("\n") ? text : `${text}
`;
  } catch {
    throw new Error(`the documentation of ${rule.id} is missing (${doc})`);
  }
}
function schemaText(rules) {
  return `${JSON.stringify(buildConfigSchema(rules), null, 2)}
`;
}
var import_node_fs4, import_node_path4, UNKNOWN_RULE_HINT;
var init_commands = __esm({
  "src/cli/commands.ts"() {
    "use strict";
    import_node_fs4 = __toESM(require("node:fs"), 1);
    import_node_path4 = __toESM(require("node:path"), 1);
    init_schema();
    init_suggest();
    init_io();
    UNKNOWN_RULE_HINT = " (hardenfile rules lists the rules)";
  }
});

// src/cli/discover.ts
async function discover(args, options) {
  const files = /* @__PURE__ */ new Set();
  const errors = [];
  const gitignore = new GitIgnore();
  const keep = (file, root2) => !gitignore.ignores(file, root2) && !options.isIgnored?.(file);
  for (const arg of args.length === 0 ? ["."] : args) {
    const abs = import_node_path5.default.resolve(options.cwd, arg);
    const stat = statOrError(abs);
    if (stat instanceof Error) {
      const code = stat.code;
      if (code === "ENOENT" && globber().isDynamicPattern(arg)) {
        const matched = await expand([arg], options.cwd);
        if (matched.length === 0) errors.push({ path: arg, message: "no files match this pattern" });
        for (const f of matched) if (keep(f, options.cwd)) files.add(f);
      } else {
        errors.push({ path: arg, message: describeError(stat) });
      }
    } else if (stat.isDirectory()) {
      for (const f of await expand(DOCKERFILE_PATTERNS, abs)) {
        if (!NOT_DOCKERFILE.test(f) && keep(f, abs)) files.add(f);
      }
    } else if (stat.isFile()) {
      files.add(abs);
    } else {
      errors.push({ path: arg, message: "not a regular file" });
    }
  }
  return { files: [...files].sort(compare), errors };
}
async function expand(patterns, cwd) {
  const entries = await globber()(patterns, {
    cwd,
    absolute: true,
    dot: true,
    onlyFiles: false,
    followSymbolicLinks: false,
    caseSensitiveMatch: true,
    suppressErrors: true,
    ignore: ALWAYS_SKIPPED
  });
  return entries.map((e) => import_node_path5.default.normalize(e)).filter((e) => {
    const s = statOrError(e);
    return !(s instanceof Error) && s.isFile();
  });
}
function statOrError(p) {
  try {
    return import_node_fs5.default.statSync(p);
  } catch (err) {
    return err;
  }
}
function describeError(err) {
  switch (err.code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
      return "permission denied";
    case "ELOOP":
      return "too many levels of symbolic links";
    case "ENOTDIR":
      return "no such file or directory (a parent is not a directory)";
    default:
      return err.message;
  }
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function verdict(chain, target, isDir) {
  for (let i = chain.length - 1; i >= 0; i--) {
    const { dir, ig } = chain[i];
    const rel = import_node_path5.default.relative(dir, target).split(import_node_path5.default.sep).join("/") + (isDir ? "/" : "");
    const r = ig.test(rel);
    if (r.ignored) return true;
    if (r.unignored) return false;
  }
  return false;
}
function readText(p) {
  try {
    return import_node_fs5.default.readFileSync(p, "utf8");
  } catch {
    return null;
  }
}
var import_node_fs5, import_node_path5, import_ignore2, globber, DOCKERFILE_PATTERNS, NOT_DOCKERFILE, ALWAYS_SKIPPED, GitIgnore;
var init_discover = __esm({
  "src/cli/discover.ts"() {
    "use strict";
    import_node_fs5 = __toESM(require("node:fs"), 1);
    import_node_path5 = __toESM(require("node:path"), 1);
    init_node_module();
    import_ignore2 = __toESM(require_ignore(), 1);
    globber = () => createRequire(__hfModuleUrl)("fast-glob");
    DOCKERFILE_PATTERNS = ["[Dd]ockerfile", "[Cc]ontainerfile"].flatMap((name) => [`**/${name}`, `**/${name}.*`, `**/${name}-*`, `**/*.${name}`]);
    NOT_DOCKERFILE = /\.dockerignore$/;
    ALWAYS_SKIPPED = ["**/.git/**", "**/node_modules/**"];
    GitIgnore = class {
      matchers = /* @__PURE__ */ new Map();
      roots = /* @__PURE__ */ new Map();
      ignores(file, searchRoot) {
        const base = this.repositoryRoot(import_node_path5.default.dirname(file)) ?? searchRoot;
        const rel = import_node_path5.default.relative(base, file);
        if (rel === "" || rel.startsWith("..") || import_node_path5.default.isAbsolute(rel)) return false;
        const segments = rel.split(import_node_path5.default.sep);
        const chain = [];
        let dir = base;
        for (let i = 0; i < segments.length; i++) {
          const ig = this.matcher(dir, dir === base);
          if (ig) chain.push({ dir, ig });
          const target = import_node_path5.default.join(dir, segments[i]);
          if (verdict(chain, target, i < segments.length - 1)) return true;
          dir = target;
        }
        return false;
      }
      repositoryRoot(dir) {
        const cached = this.roots.get(dir);
        if (cached !== void 0) return cached;
        const parent = import_node_path5.default.dirname(dir);
        const root2 = import_node_fs5.default.existsSync(import_node_path5.default.join(dir, ".git")) ? dir : parent === dir ? null : this.repositoryRoot(parent);
        this.roots.set(dir, root2);
        return root2;
      }
      matcher(dir, isBase) {
        const key = `${isBase ? "1" : "0"}${dir}`;
        const cached = this.matchers.get(key);
        if (cached !== void 0) return cached;
        const texts = [isBase ? readText(import_node_path5.default.join(dir, ".git", "info", "exclude")) : null, readText(import_node_path5.default.join(dir, ".gitignore"))];
        const found = texts.filter((t) => t !== null);
        const ig = found.length === 0 ? null : (0, import_ignore2.default)().add(found.join("\n"));
        this.matchers.set(key, ig);
        return ig;
      }
    };
  }
});

// src/cli/lint-files.ts
function errorReport(path9, error, failLevel = "warning") {
  return { path: path9, result: { findings: [], secretSpans: [], error }, failLevel };
}
function readText2(file, maxSize) {
  try {
    const stat = import_node_fs6.default.statSync(file);
    if (stat.isDirectory()) return { error: "is a directory" };
    if (!stat.isFile()) return { error: "not a regular file" };
    if (stat.size > maxSize) return { error: tooLarge(stat.size, maxSize) };
    return decode(import_node_fs6.default.readFileSync(file), maxSize);
  } catch (err) {
    return { error: ioMessage(err) };
  }
}
function decode(bytes, maxSize) {
  if (bytes.length > maxSize) return { error: tooLarge(bytes.length, maxSize) };
  return { text: bytes.toString("utf8") };
}
function tooLarge(size, max) {
  return `file is ${size} bytes, over the size cap of ${max} bytes (--max-size)`;
}
function lintOne(display, source, config2, options) {
  if ("error" in source) return errorReport(display, source.error, config2.failLevel);
  try {
    const result = options.lint(source.text, {
      config: config2.config,
      maxSize: options.maxSize,
      ...options.timeout !== void 0 && { deadline: deadlineIn(options.timeout) }
    });
    return { path: display, text: source.text, result, failLevel: config2.failLevel };
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    const report = errorReport(display, `internal error: ${e.message} (run with --debug for details)`, config2.failLevel);
    if (e.stack !== void 0) report.stack = e.stack;
    return report;
  }
}
function ioMessage(err) {
  const e = err;
  switch (e.code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    default:
      return `cannot read: ${e.message}`;
  }
}
var import_node_fs6;
var init_lint_files = __esm({
  "src/cli/lint-files.ts"() {
    "use strict";
    import_node_fs6 = __toESM(require("node:fs"), 1);
    init_budget();
  }
});

// src/cli/parallel.ts
function workerCount(files, jobs = Math.floor((0, import_node_os.availableParallelism)() / 2)) {
  return Math.max(1, Math.min(jobs, Math.floor(files / FILES_PER_WORKER)));
}
async function lintInWorkers(items, workers, maxSize, timeout) {
  const url = new URL("./lint-worker.js", __hfModuleUrl);
  if (workers < 2 || url.protocol !== "file:" || !(0, import_node_fs7.existsSync)((0, import_node_url3.fileURLToPath)(url))) return null;
  const configs = [];
  const configIndex = /* @__PURE__ */ new Map();
  const indexed = items.map((item, index) => {
    let c = configIndex.get(item.config);
    if (c === void 0) {
      c = configs.push(item.config) - 1;
      configIndex.set(item.config, c);
    }
    return { index, text: item.text, config: c };
  });
  const { Worker } = createRequire(__hfModuleUrl)("node:worker_threads");
  const [own, ...shares] = Array.from({ length: workers }, (_, w) => indexed.filter((_2, i) => i % workers === w));
  const results = new Array(items.length);
  const running = Promise.all(
    shares.map(
      (share) => new Promise((resolve) => {
        const worker = new Worker(url, { workerData: { configs, items: share, maxSize, timeout } });
        let done = 0;
        worker.on("message", (reply) => {
          results[reply.index] = "result" in reply ? reply.result : new Error(reply.crash);
          if (++done === share.length) void worker.terminate().then(() => resolve());
        });
        worker.on("error", (error) => {
          for (const item of share) results[item.index] ??= error;
          resolve();
        });
        worker.on("exit", () => {
          for (const item of share) results[item.index] ??= new Error("the lint worker stopped early");
          resolve();
        });
      })
    )
  );
  for (const item of own) {
    try {
      results[item.index] = lintText(item.text, { config: configs[item.config], maxSize, deadline: deadlineIn(timeout) });
    } catch (error) {
      results[item.index] = error instanceof Error ? error : new Error(String(error));
    }
  }
  await running;
  return results;
}
var import_node_fs7, import_node_os, import_node_url3, FILES_PER_WORKER;
var init_parallel = __esm({
  "src/cli/parallel.ts"() {
    "use strict";
    import_node_fs7 = require("node:fs");
    init_node_module();
    import_node_os = require("node:os");
    import_node_url3 = require("node:url");
    init_budget();
    init_lint();
    FILES_PER_WORKER = 24;
  }
});

// src/cli/redact-cli.ts
function cliMasker(argv) {
  const values = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    for (const m of findSecrets(arg)) values.push(arg.slice(m.hideFrom, m.end));
    const eq = arg.indexOf("=");
    const flag = arg.startsWith("--") && eq !== -1 ? arg.slice(0, eq) : arg;
    if (!VALUED3.has(flag)) continue;
    const value = flag === arg ? argv[++i] : arg.slice(eq + 1);
    if (value === void 0) continue;
    for (const m of findSecrets(value)) values.push(value.slice(m.hideFrom, m.end));
    const vEq = value.indexOf("=");
    const part = flag === "--fail-level" ? value : vEq === -1 ? flag === "--build-arg" ? "" : value : value.slice(vEq + 1);
    if (part !== "" && (flag === "--build-arg" || !/^[a-z]+$/.test(part))) values.push(part);
  }
  return new Masker([], values.filter((v) => v.length >= 4));
}
function shownError(masker, message) {
  return message.split("\n").map((line) => printable(masker.value(line))).join("\n");
}
var VALUED3;
var init_redact_cli = __esm({
  "src/cli/redact-cli.ts"() {
    "use strict";
    init_secrets();
    init_redaction();
    init_safe_text();
    VALUED3 = /* @__PURE__ */ new Set(["--build-arg", "--rule", "--fail-level"]);
  }
});

// node_modules/vscode-jsonrpc/lib/common/is.js
var require_is = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/is.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.boolean = boolean;
    exports2.string = string;
    exports2.number = number;
    exports2.error = error;
    exports2.func = func;
    exports2.array = array;
    exports2.stringArray = stringArray;
    function boolean(value) {
      return value === true || value === false;
    }
    function string(value) {
      return typeof value === "string" || value instanceof String;
    }
    function number(value) {
      return typeof value === "number" || value instanceof Number;
    }
    function error(value) {
      return value instanceof Error;
    }
    function func(value) {
      return typeof value === "function";
    }
    function array(value) {
      return Array.isArray(value);
    }
    function stringArray(value) {
      return array(value) && value.every((elem) => string(elem));
    }
  }
});

// node_modules/vscode-jsonrpc/lib/common/messages.js
var require_messages = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/messages.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Message = exports2.NotificationType9 = exports2.NotificationType8 = exports2.NotificationType7 = exports2.NotificationType6 = exports2.NotificationType5 = exports2.NotificationType4 = exports2.NotificationType3 = exports2.NotificationType2 = exports2.NotificationType1 = exports2.NotificationType0 = exports2.NotificationType = exports2.RequestType9 = exports2.RequestType8 = exports2.RequestType7 = exports2.RequestType6 = exports2.RequestType5 = exports2.RequestType4 = exports2.RequestType3 = exports2.RequestType2 = exports2.RequestType1 = exports2.RequestType = exports2.RequestType0 = exports2.AbstractMessageSignature = exports2.ParameterStructures = exports2.ResponseError = exports2.ErrorCodes = void 0;
    var is = __importStar(require_is());
    var ErrorCodes;
    (function(ErrorCodes2) {
      ErrorCodes2.ParseError = -32700;
      ErrorCodes2.InvalidRequest = -32600;
      ErrorCodes2.MethodNotFound = -32601;
      ErrorCodes2.InvalidParams = -32602;
      ErrorCodes2.InternalError = -32603;
      ErrorCodes2.jsonrpcReservedErrorRangeStart = -32099;
      ErrorCodes2.serverErrorStart = -32099;
      ErrorCodes2.MessageWriteError = -32099;
      ErrorCodes2.MessageReadError = -32098;
      ErrorCodes2.PendingResponseRejected = -32097;
      ErrorCodes2.ConnectionInactive = -32096;
      ErrorCodes2.ServerNotInitialized = -32002;
      ErrorCodes2.UnknownErrorCode = -32001;
      ErrorCodes2.jsonrpcReservedErrorRangeEnd = -32e3;
      ErrorCodes2.serverErrorEnd = -32e3;
    })(ErrorCodes || (exports2.ErrorCodes = ErrorCodes = {}));
    var ResponseError = class _ResponseError extends Error {
      code;
      data;
      constructor(code, message, data) {
        super(message);
        this.code = is.number(code) ? code : ErrorCodes.UnknownErrorCode;
        this.data = data;
        Object.setPrototypeOf(this, _ResponseError.prototype);
      }
      toJson() {
        const result = {
          code: this.code,
          message: this.message
        };
        if (this.data !== void 0) {
          result.data = this.data;
        }
        return result;
      }
    };
    exports2.ResponseError = ResponseError;
    var ParameterStructures = class _ParameterStructures {
      kind;
      /**
       * The parameter structure is automatically inferred on the number of parameters
       * and the parameter type in case of a single param.
       */
      static auto = new _ParameterStructures("auto");
      /**
       * Forces `byPosition` parameter structure. This is useful if you have a single
       * parameter which has a literal type.
       */
      static byPosition = new _ParameterStructures("byPosition");
      /**
       * Forces `byName` parameter structure. This is only useful when having a single
       * parameter. The library will report errors if used with a different number of
       * parameters.
       */
      static byName = new _ParameterStructures("byName");
      constructor(kind) {
        this.kind = kind;
      }
      static is(value) {
        return value === _ParameterStructures.auto || value === _ParameterStructures.byName || value === _ParameterStructures.byPosition;
      }
      toString() {
        return this.kind;
      }
    };
    exports2.ParameterStructures = ParameterStructures;
    var AbstractMessageSignature = class {
      method;
      numberOfParams;
      constructor(method, numberOfParams) {
        this.method = method;
        this.numberOfParams = numberOfParams;
      }
      get parameterStructures() {
        return ParameterStructures.auto;
      }
    };
    exports2.AbstractMessageSignature = AbstractMessageSignature;
    var RequestType0 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 0);
      }
    };
    exports2.RequestType0 = RequestType0;
    var RequestType = class extends AbstractMessageSignature {
      _parameterStructures;
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method, _parameterStructures = ParameterStructures.auto) {
        super(method, 1);
        this._parameterStructures = _parameterStructures;
      }
      get parameterStructures() {
        return this._parameterStructures;
      }
    };
    exports2.RequestType = RequestType;
    var RequestType1 = class extends AbstractMessageSignature {
      _parameterStructures;
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method, _parameterStructures = ParameterStructures.auto) {
        super(method, 1);
        this._parameterStructures = _parameterStructures;
      }
      get parameterStructures() {
        return this._parameterStructures;
      }
    };
    exports2.RequestType1 = RequestType1;
    var RequestType2 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 2);
      }
    };
    exports2.RequestType2 = RequestType2;
    var RequestType3 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 3);
      }
    };
    exports2.RequestType3 = RequestType3;
    var RequestType4 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 4);
      }
    };
    exports2.RequestType4 = RequestType4;
    var RequestType5 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 5);
      }
    };
    exports2.RequestType5 = RequestType5;
    var RequestType6 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 6);
      }
    };
    exports2.RequestType6 = RequestType6;
    var RequestType7 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 7);
      }
    };
    exports2.RequestType7 = RequestType7;
    var RequestType8 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 8);
      }
    };
    exports2.RequestType8 = RequestType8;
    var RequestType9 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 9);
      }
    };
    exports2.RequestType9 = RequestType9;
    var NotificationType = class extends AbstractMessageSignature {
      _parameterStructures;
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method, _parameterStructures = ParameterStructures.auto) {
        super(method, 1);
        this._parameterStructures = _parameterStructures;
      }
      get parameterStructures() {
        return this._parameterStructures;
      }
    };
    exports2.NotificationType = NotificationType;
    var NotificationType0 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 0);
      }
    };
    exports2.NotificationType0 = NotificationType0;
    var NotificationType1 = class extends AbstractMessageSignature {
      _parameterStructures;
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method, _parameterStructures = ParameterStructures.auto) {
        super(method, 1);
        this._parameterStructures = _parameterStructures;
      }
      get parameterStructures() {
        return this._parameterStructures;
      }
    };
    exports2.NotificationType1 = NotificationType1;
    var NotificationType2 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 2);
      }
    };
    exports2.NotificationType2 = NotificationType2;
    var NotificationType3 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 3);
      }
    };
    exports2.NotificationType3 = NotificationType3;
    var NotificationType4 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 4);
      }
    };
    exports2.NotificationType4 = NotificationType4;
    var NotificationType5 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 5);
      }
    };
    exports2.NotificationType5 = NotificationType5;
    var NotificationType6 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 6);
      }
    };
    exports2.NotificationType6 = NotificationType6;
    var NotificationType7 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 7);
      }
    };
    exports2.NotificationType7 = NotificationType7;
    var NotificationType8 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 8);
      }
    };
    exports2.NotificationType8 = NotificationType8;
    var NotificationType9 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 9);
      }
    };
    exports2.NotificationType9 = NotificationType9;
    var Message;
    (function(Message2) {
      function isRequest(message) {
        const candidate = message;
        return candidate && is.string(candidate.method) && (is.string(candidate.id) || is.number(candidate.id));
      }
      Message2.isRequest = isRequest;
      function isNotification(message) {
        const candidate = message;
        return candidate && is.string(candidate.method) && message.id === void 0;
      }
      Message2.isNotification = isNotification;
      function isResponse(message) {
        const candidate = message;
        return candidate && (candidate.result !== void 0 || !!candidate.error) && (is.string(candidate.id) || is.number(candidate.id) || candidate.id === null);
      }
      Message2.isResponse = isResponse;
    })(Message || (exports2.Message = Message = {}));
  }
});

// node_modules/vscode-jsonrpc/lib/common/linkedMap.js
var require_linkedMap = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/linkedMap.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.LRUCache = exports2.LinkedMap = exports2.Touch = void 0;
    var Touch;
    (function(Touch2) {
      Touch2.None = 0;
      Touch2.First = 1;
      Touch2.AsOld = Touch2.First;
      Touch2.Last = 2;
      Touch2.AsNew = Touch2.Last;
    })(Touch || (exports2.Touch = Touch = {}));
    var LinkedMap = class {
      [Symbol.toStringTag] = "LinkedMap";
      _map;
      _head;
      _tail;
      _size;
      _state;
      constructor() {
        this._map = /* @__PURE__ */ new Map();
        this._head = void 0;
        this._tail = void 0;
        this._size = 0;
        this._state = 0;
      }
      clear() {
        this._map.clear();
        this._head = void 0;
        this._tail = void 0;
        this._size = 0;
        this._state++;
      }
      isEmpty() {
        return !this._head && !this._tail;
      }
      get size() {
        return this._size;
      }
      get first() {
        return this._head?.value;
      }
      get last() {
        return this._tail?.value;
      }
      before(key) {
        const item = this._map.get(key);
        return item ? item.previous?.value : void 0;
      }
      after(key) {
        const item = this._map.get(key);
        return item ? item.next?.value : void 0;
      }
      has(key) {
        return this._map.has(key);
      }
      get(key, touch = Touch.None) {
        const item = this._map.get(key);
        if (!item) {
          return void 0;
        }
        if (touch !== Touch.None) {
          this.touch(item, touch);
        }
        return item.value;
      }
      set(key, value, touch = Touch.None) {
        let item = this._map.get(key);
        if (item) {
          item.value = value;
          if (touch !== Touch.None) {
            this.touch(item, touch);
          }
        } else {
          item = { key, value, next: void 0, previous: void 0 };
          switch (touch) {
            case Touch.None:
              this.addItemLast(item);
              break;
            case Touch.First:
              this.addItemFirst(item);
              break;
            case Touch.Last:
              this.addItemLast(item);
              break;
            default:
              this.addItemLast(item);
              break;
          }
          this._map.set(key, item);
          this._size++;
        }
        return this;
      }
      delete(key) {
        return !!this.remove(key);
      }
      remove(key) {
        const item = this._map.get(key);
        if (!item) {
          return void 0;
        }
        this._map.delete(key);
        this.removeItem(item);
        this._size--;
        return item.value;
      }
      shift() {
        if (!this._head && !this._tail) {
          return void 0;
        }
        if (!this._head || !this._tail) {
          throw new Error("Invalid list");
        }
        const item = this._head;
        this._map.delete(item.key);
        this.removeItem(item);
        this._size--;
        return item.value;
      }
      forEach(callbackfn, thisArg) {
        const state = this._state;
        let current = this._head;
        while (current) {
          if (thisArg) {
            callbackfn.bind(thisArg)(current.value, current.key, this);
          } else {
            callbackfn(current.value, current.key, this);
          }
          if (this._state !== state) {
            throw new Error(`LinkedMap got modified during iteration.`);
          }
          current = current.next;
        }
      }
      keys() {
        const state = this._state;
        let current = this._head;
        const iterator = {
          [Symbol.iterator]: () => {
            return iterator;
          },
          next: () => {
            if (this._state !== state) {
              throw new Error(`LinkedMap got modified during iteration.`);
            }
            if (current) {
              const result = { value: current.key, done: false };
              current = current.next;
              return result;
            } else {
              return { value: void 0, done: true };
            }
          }
        };
        return iterator;
      }
      values() {
        const state = this._state;
        let current = this._head;
        const iterator = {
          [Symbol.iterator]: () => {
            return iterator;
          },
          next: () => {
            if (this._state !== state) {
              throw new Error(`LinkedMap got modified during iteration.`);
            }
            if (current) {
              const result = { value: current.value, done: false };
              current = current.next;
              return result;
            } else {
              return { value: void 0, done: true };
            }
          }
        };
        return iterator;
      }
      entries() {
        const state = this._state;
        let current = this._head;
        const iterator = {
          [Symbol.iterator]: () => {
            return iterator;
          },
          next: () => {
            if (this._state !== state) {
              throw new Error(`LinkedMap got modified during iteration.`);
            }
            if (current) {
              const result = { value: [current.key, current.value], done: false };
              current = current.next;
              return result;
            } else {
              return { value: void 0, done: true };
            }
          }
        };
        return iterator;
      }
      [Symbol.iterator]() {
        return this.entries();
      }
      trimOld(newSize) {
        if (newSize >= this.size) {
          return;
        }
        if (newSize === 0) {
          this.clear();
          return;
        }
        let current = this._head;
        let currentSize = this.size;
        while (current && currentSize > newSize) {
          this._map.delete(current.key);
          current = current.next;
          currentSize--;
        }
        this._head = current;
        this._size = currentSize;
        if (current) {
          current.previous = void 0;
        }
        this._state++;
      }
      addItemFirst(item) {
        if (!this._head && !this._tail) {
          this._tail = item;
        } else if (!this._head) {
          throw new Error("Invalid list");
        } else {
          item.next = this._head;
          this._head.previous = item;
        }
        this._head = item;
        this._state++;
      }
      addItemLast(item) {
        if (!this._head && !this._tail) {
          this._head = item;
        } else if (!this._tail) {
          throw new Error("Invalid list");
        } else {
          item.previous = this._tail;
          this._tail.next = item;
        }
        this._tail = item;
        this._state++;
      }
      removeItem(item) {
        if (item === this._head && item === this._tail) {
          this._head = void 0;
          this._tail = void 0;
        } else if (item === this._head) {
          if (!item.next) {
            throw new Error("Invalid list");
          }
          item.next.previous = void 0;
          this._head = item.next;
        } else if (item === this._tail) {
          if (!item.previous) {
            throw new Error("Invalid list");
          }
          item.previous.next = void 0;
          this._tail = item.previous;
        } else {
          const next = item.next;
          const previous = item.previous;
          if (!next || !previous) {
            throw new Error("Invalid list");
          }
          next.previous = previous;
          previous.next = next;
        }
        item.next = void 0;
        item.previous = void 0;
        this._state++;
      }
      touch(item, touch) {
        if (!this._head || !this._tail) {
          throw new Error("Invalid list");
        }
        if (touch !== Touch.First && touch !== Touch.Last) {
          return;
        }
        if (touch === Touch.First) {
          if (item === this._head) {
            return;
          }
          const next = item.next;
          const previous = item.previous;
          if (item === this._tail) {
            previous.next = void 0;
            this._tail = previous;
          } else {
            next.previous = previous;
            previous.next = next;
          }
          item.previous = void 0;
          item.next = this._head;
          this._head.previous = item;
          this._head = item;
          this._state++;
        } else if (touch === Touch.Last) {
          if (item === this._tail) {
            return;
          }
          const next = item.next;
          const previous = item.previous;
          if (item === this._head) {
            next.previous = void 0;
            this._head = next;
          } else {
            next.previous = previous;
            previous.next = next;
          }
          item.next = void 0;
          item.previous = this._tail;
          this._tail.next = item;
          this._tail = item;
          this._state++;
        }
      }
      toJSON() {
        const data = [];
        this.forEach((value, key) => {
          data.push([key, value]);
        });
        return data;
      }
      fromJSON(data) {
        this.clear();
        for (const [key, value] of data) {
          this.set(key, value);
        }
      }
    };
    exports2.LinkedMap = LinkedMap;
    var LRUCache = class extends LinkedMap {
      _limit;
      _ratio;
      constructor(limit, ratio = 1) {
        super();
        this._limit = limit;
        this._ratio = Math.min(Math.max(0, ratio), 1);
      }
      get limit() {
        return this._limit;
      }
      set limit(limit) {
        this._limit = limit;
        this.checkTrim();
      }
      get ratio() {
        return this._ratio;
      }
      set ratio(ratio) {
        this._ratio = Math.min(Math.max(0, ratio), 1);
        this.checkTrim();
      }
      get(key, touch = Touch.AsNew) {
        return super.get(key, touch);
      }
      peek(key) {
        return super.get(key, Touch.None);
      }
      set(key, value) {
        super.set(key, value, Touch.Last);
        this.checkTrim();
        return this;
      }
      checkTrim() {
        if (this.size > this._limit) {
          this.trimOld(Math.round(this._limit * this._ratio));
        }
      }
    };
    exports2.LRUCache = LRUCache;
  }
});

// node_modules/vscode-jsonrpc/lib/common/disposable.js
var require_disposable = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/disposable.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Disposable = void 0;
    var Disposable;
    (function(Disposable2) {
      function create(func) {
        return {
          dispose: func
        };
      }
      Disposable2.create = create;
    })(Disposable || (exports2.Disposable = Disposable = {}));
  }
});

// node_modules/vscode-jsonrpc/lib/common/ral.js
var require_ral = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/ral.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var _ral;
    function RAL() {
      if (_ral === void 0) {
        throw new Error(`No runtime abstraction layer installed`);
      }
      return _ral;
    }
    (function(RAL2) {
      function install(ral) {
        if (ral === void 0) {
          throw new Error(`No runtime abstraction layer provided`);
        }
        _ral = ral;
      }
      RAL2.install = install;
    })(RAL || (RAL = {}));
    exports2.default = RAL;
  }
});

// node_modules/vscode-jsonrpc/lib/common/events.js
var require_events = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/events.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Emitter = exports2.Event = void 0;
    var ral_1 = __importDefault(require_ral());
    var Event;
    (function(Event2) {
      const _disposable = { dispose() {
      } };
      Event2.None = function() {
        return _disposable;
      };
    })(Event || (exports2.Event = Event = {}));
    var CallbackList = class {
      _callbacks;
      _contexts;
      add(callback, context = null, bucket) {
        if (!this._callbacks) {
          this._callbacks = [];
          this._contexts = [];
        }
        this._callbacks.push(callback);
        this._contexts.push(context);
        if (Array.isArray(bucket)) {
          bucket.push({ dispose: () => this.remove(callback, context) });
        }
      }
      remove(callback, context = null) {
        if (!this._callbacks) {
          return;
        }
        let foundCallbackWithDifferentContext = false;
        for (let i = 0, len = this._callbacks.length; i < len; i++) {
          if (this._callbacks[i] === callback) {
            if (this._contexts[i] === context) {
              this._callbacks.splice(i, 1);
              this._contexts.splice(i, 1);
              return;
            } else {
              foundCallbackWithDifferentContext = true;
            }
          }
        }
        if (foundCallbackWithDifferentContext) {
          throw new Error("When adding a listener with a context, you should remove it with the same context");
        }
      }
      invoke(...args) {
        if (!this._callbacks) {
          return [];
        }
        const ret = [], callbacks = this._callbacks.slice(0), contexts = this._contexts.slice(0);
        for (let i = 0, len = callbacks.length; i < len; i++) {
          try {
            ret.push(callbacks[i].apply(contexts[i], args));
          } catch (e) {
            (0, ral_1.default)().console.error(e);
          }
        }
        return ret;
      }
      isEmpty() {
        return !this._callbacks || this._callbacks.length === 0;
      }
      dispose() {
        this._callbacks = void 0;
        this._contexts = void 0;
      }
    };
    var Emitter = class _Emitter {
      _options;
      static _noop = function() {
      };
      _event;
      _callbacks;
      constructor(_options) {
        this._options = _options;
      }
      /**
       * For the public to allow to subscribe
       * to events from this Emitter
       */
      get event() {
        if (!this._event) {
          this._event = (listener, thisArgs, disposables) => {
            if (!this._callbacks) {
              this._callbacks = new CallbackList();
            }
            if (this._options && this._options.onFirstListenerAdd && this._callbacks.isEmpty()) {
              this._options.onFirstListenerAdd(this);
            }
            this._callbacks.add(listener, thisArgs);
            const result = {
              dispose: () => {
                if (!this._callbacks) {
                  return;
                }
                this._callbacks.remove(listener, thisArgs);
                result.dispose = _Emitter._noop;
                if (this._options && this._options.onLastListenerRemove && this._callbacks.isEmpty()) {
                  this._options.onLastListenerRemove(this);
                }
              }
            };
            if (Array.isArray(disposables)) {
              disposables.push(result);
            }
            return result;
          };
        }
        return this._event;
      }
      /**
       * To be kept private to fire an event to
       * subscribers
       */
      fire(event) {
        if (this._callbacks) {
          this._callbacks.invoke.call(this._callbacks, event);
        }
      }
      dispose() {
        if (this._callbacks) {
          this._callbacks.dispose();
          this._callbacks = void 0;
        }
      }
    };
    exports2.Emitter = Emitter;
  }
});

// node_modules/vscode-jsonrpc/lib/common/cancellation.js
var require_cancellation = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/cancellation.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.CancellationTokenSource = exports2.CancellationToken = void 0;
    var ral_1 = __importDefault(require_ral());
    var Is2 = __importStar(require_is());
    var events_1 = require_events();
    var CancellationToken;
    (function(CancellationToken2) {
      CancellationToken2.None = Object.freeze({
        isCancellationRequested: false,
        onCancellationRequested: events_1.Event.None
      });
      CancellationToken2.Cancelled = Object.freeze({
        isCancellationRequested: true,
        onCancellationRequested: events_1.Event.None
      });
      function is(value) {
        const candidate = value;
        return candidate && (candidate === CancellationToken2.None || candidate === CancellationToken2.Cancelled || Is2.boolean(candidate.isCancellationRequested) && !!candidate.onCancellationRequested);
      }
      CancellationToken2.is = is;
    })(CancellationToken || (exports2.CancellationToken = CancellationToken = {}));
    var shortcutEvent = Object.freeze(function(callback, context) {
      const handle = (0, ral_1.default)().timer.setTimeout(callback.bind(context), 0);
      return { dispose() {
        handle.dispose();
      } };
    });
    var MutableToken = class {
      _isCancelled = false;
      _emitter;
      cancel() {
        if (!this._isCancelled) {
          this._isCancelled = true;
          if (this._emitter) {
            this._emitter.fire(void 0);
            this.dispose();
          }
        }
      }
      get isCancellationRequested() {
        return this._isCancelled;
      }
      get onCancellationRequested() {
        if (this._isCancelled) {
          return shortcutEvent;
        }
        if (!this._emitter) {
          this._emitter = new events_1.Emitter();
        }
        return this._emitter.event;
      }
      dispose() {
        if (this._emitter) {
          this._emitter.dispose();
          this._emitter = void 0;
        }
      }
    };
    var CancellationTokenSource = class {
      _token;
      get token() {
        if (!this._token) {
          this._token = new MutableToken();
        }
        return this._token;
      }
      cancel() {
        if (!this._token) {
          this._token = CancellationToken.Cancelled;
        } else {
          this._token.cancel();
        }
      }
      dispose() {
        if (!this._token) {
          this._token = CancellationToken.None;
        } else if (this._token instanceof MutableToken) {
          this._token.dispose();
        }
      }
    };
    exports2.CancellationTokenSource = CancellationTokenSource;
  }
});

// node_modules/vscode-jsonrpc/lib/common/sharedArrayCancellation.js
var require_sharedArrayCancellation = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/sharedArrayCancellation.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.SharedArrayReceiverStrategy = exports2.SharedArraySenderStrategy = void 0;
    var cancellation_1 = require_cancellation();
    var CancellationState;
    (function(CancellationState2) {
      CancellationState2.Continue = 0;
      CancellationState2.Cancelled = 1;
    })(CancellationState || (CancellationState = {}));
    var SharedArraySenderStrategy = class {
      buffers;
      constructor() {
        this.buffers = /* @__PURE__ */ new Map();
      }
      enableCancellation(request) {
        if (request.id === null) {
          return;
        }
        const buffer = new SharedArrayBuffer(4);
        const data = new Int32Array(buffer, 0, 1);
        data[0] = CancellationState.Continue;
        this.buffers.set(request.id, buffer);
        request.$cancellationData = buffer;
      }
      async sendCancellation(_conn, id) {
        const buffer = this.buffers.get(id);
        if (buffer === void 0) {
          return;
        }
        const data = new Int32Array(buffer, 0, 1);
        Atomics.store(data, 0, CancellationState.Cancelled);
      }
      cleanup(id) {
        this.buffers.delete(id);
      }
      dispose() {
        this.buffers.clear();
      }
    };
    exports2.SharedArraySenderStrategy = SharedArraySenderStrategy;
    var SharedArrayBufferCancellationToken = class {
      data;
      constructor(buffer) {
        this.data = new Int32Array(buffer, 0, 1);
      }
      get isCancellationRequested() {
        return Atomics.load(this.data, 0) === CancellationState.Cancelled;
      }
      get onCancellationRequested() {
        throw new Error(`Cancellation over SharedArrayBuffer doesn't support cancellation events`);
      }
    };
    var SharedArrayBufferCancellationTokenSource = class {
      token;
      constructor(buffer) {
        this.token = new SharedArrayBufferCancellationToken(buffer);
      }
      cancel() {
      }
      dispose() {
      }
    };
    var SharedArrayReceiverStrategy = class {
      kind = "request";
      createCancellationTokenSource(request) {
        const buffer = request.$cancellationData;
        if (buffer === void 0) {
          return new cancellation_1.CancellationTokenSource();
        }
        return new SharedArrayBufferCancellationTokenSource(buffer);
      }
    };
    exports2.SharedArrayReceiverStrategy = SharedArrayReceiverStrategy;
  }
});

// node_modules/vscode-jsonrpc/lib/common/semaphore.js
var require_semaphore = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/semaphore.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Semaphore = void 0;
    var ral_1 = __importDefault(require_ral());
    var Semaphore = class {
      _capacity;
      _active;
      _waiting;
      constructor(capacity = 1) {
        if (capacity <= 0) {
          throw new Error("Capacity must be greater than 0");
        }
        this._capacity = capacity;
        this._active = 0;
        this._waiting = [];
      }
      lock(thunk) {
        return new Promise((resolve, reject) => {
          this._waiting.push({ thunk, resolve, reject });
          this.runNext();
        });
      }
      get active() {
        return this._active;
      }
      runNext() {
        if (this._waiting.length === 0 || this._active === this._capacity) {
          return;
        }
        (0, ral_1.default)().timer.setImmediate(() => this.doRunNext());
      }
      doRunNext() {
        if (this._waiting.length === 0 || this._active === this._capacity) {
          return;
        }
        const next = this._waiting.shift();
        this._active++;
        if (this._active > this._capacity) {
          throw new Error(`Too many thunks active`);
        }
        try {
          const result = next.thunk();
          if (result instanceof Promise) {
            result.then((value) => {
              this._active--;
              next.resolve(value);
              this.runNext();
            }, (err) => {
              this._active--;
              next.reject(err);
              this.runNext();
            });
          } else {
            this._active--;
            next.resolve(result);
            this.runNext();
          }
        } catch (err) {
          this._active--;
          next.reject(err);
          this.runNext();
        }
      }
    };
    exports2.Semaphore = Semaphore;
  }
});

// node_modules/vscode-jsonrpc/lib/common/messageReader.js
var require_messageReader = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/messageReader.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ReadableStreamMessageReader = exports2.AbstractMessageReader = exports2.MessageReader = void 0;
    var ral_1 = __importDefault(require_ral());
    var Is2 = __importStar(require_is());
    var events_1 = require_events();
    var semaphore_1 = require_semaphore();
    var MessageReader;
    (function(MessageReader2) {
      function is(value) {
        const candidate = value;
        return candidate && Is2.func(candidate.listen) && Is2.func(candidate.dispose) && Is2.func(candidate.onError) && Is2.func(candidate.onClose) && Is2.func(candidate.onPartialMessage);
      }
      MessageReader2.is = is;
    })(MessageReader || (exports2.MessageReader = MessageReader = {}));
    var AbstractMessageReader = class {
      errorEmitter;
      closeEmitter;
      partialMessageEmitter;
      constructor() {
        this.errorEmitter = new events_1.Emitter();
        this.closeEmitter = new events_1.Emitter();
        this.partialMessageEmitter = new events_1.Emitter();
      }
      dispose() {
        this.errorEmitter.dispose();
        this.closeEmitter.dispose();
        this.partialMessageEmitter.dispose();
      }
      get onError() {
        return this.errorEmitter.event;
      }
      fireError(error) {
        this.errorEmitter.fire(this.asError(error));
      }
      get onClose() {
        return this.closeEmitter.event;
      }
      fireClose() {
        this.closeEmitter.fire(void 0);
      }
      get onPartialMessage() {
        return this.partialMessageEmitter.event;
      }
      firePartialMessage(info) {
        this.partialMessageEmitter.fire(info);
      }
      asError(error) {
        if (error instanceof Error) {
          return error;
        } else {
          return new Error(`Reader received error. Reason: ${Is2.string(error.message) ? error.message : "unknown"}`);
        }
      }
    };
    exports2.AbstractMessageReader = AbstractMessageReader;
    var ResolvedMessageReaderOptions;
    (function(ResolvedMessageReaderOptions2) {
      function fromOptions(options) {
        let charset;
        let result;
        let contentDecoder;
        const contentDecoders = /* @__PURE__ */ new Map();
        let contentTypeDecoder;
        const contentTypeDecoders = /* @__PURE__ */ new Map();
        if (options === void 0 || typeof options === "string") {
          charset = options ?? "utf-8";
        } else {
          charset = options.charset ?? "utf-8";
          if (options.contentDecoder !== void 0) {
            contentDecoder = options.contentDecoder;
            contentDecoders.set(contentDecoder.name, contentDecoder);
          }
          if (options.contentDecoders !== void 0) {
            for (const decoder of options.contentDecoders) {
              contentDecoders.set(decoder.name, decoder);
            }
          }
          if (options.contentTypeDecoder !== void 0) {
            contentTypeDecoder = options.contentTypeDecoder;
            contentTypeDecoders.set(contentTypeDecoder.name, contentTypeDecoder);
          }
          if (options.contentTypeDecoders !== void 0) {
            for (const decoder of options.contentTypeDecoders) {
              contentTypeDecoders.set(decoder.name, decoder);
            }
          }
        }
        if (contentTypeDecoder === void 0) {
          contentTypeDecoder = (0, ral_1.default)().applicationJson.decoder;
          contentTypeDecoders.set(contentTypeDecoder.name, contentTypeDecoder);
        }
        return { charset, contentDecoder, contentDecoders, contentTypeDecoder, contentTypeDecoders };
      }
      ResolvedMessageReaderOptions2.fromOptions = fromOptions;
    })(ResolvedMessageReaderOptions || (ResolvedMessageReaderOptions = {}));
    var ReadableStreamMessageReader = class extends AbstractMessageReader {
      readable;
      options;
      callback;
      nextMessageLength;
      messageToken;
      buffer;
      partialMessageTimer;
      _partialMessageTimeout;
      readSemaphore;
      constructor(readable, options) {
        super();
        this.readable = readable;
        this.options = ResolvedMessageReaderOptions.fromOptions(options);
        this.buffer = (0, ral_1.default)().messageBuffer.create(this.options.charset);
        this._partialMessageTimeout = 1e4;
        this.nextMessageLength = -1;
        this.messageToken = 0;
        this.readSemaphore = new semaphore_1.Semaphore(1);
      }
      set partialMessageTimeout(timeout) {
        this._partialMessageTimeout = timeout;
      }
      get partialMessageTimeout() {
        return this._partialMessageTimeout;
      }
      listen(callback) {
        this.nextMessageLength = -1;
        this.messageToken = 0;
        this.partialMessageTimer = void 0;
        this.callback = callback;
        const result = this.readable.onData((data) => {
          this.onData(data);
        });
        this.readable.onError((error) => this.fireError(error));
        this.readable.onClose(() => this.fireClose());
        return result;
      }
      onData(data) {
        try {
          this.buffer.append(data);
          while (true) {
            if (this.nextMessageLength === -1) {
              const headers = this.buffer.tryReadHeaders(true);
              if (!headers) {
                return;
              }
              const contentLength = headers.get("content-length");
              if (!contentLength) {
                this.fireError(new Error(`Header must provide a Content-Length property.
${JSON.stringify(Object.fromEntries(headers))}`));
                return;
              }
              const length = parseInt(contentLength);
              if (isNaN(length)) {
                this.fireError(new Error(`Content-Length value must be a number. Got ${contentLength}`));
                return;
              }
              this.nextMessageLength = length;
            }
            const body = this.buffer.tryReadBody(this.nextMessageLength);
            if (body === void 0) {
              this.setPartialMessageTimer();
              return;
            }
            this.clearPartialMessageTimer();
            this.nextMessageLength = -1;
            this.readSemaphore.lock(async () => {
              const bytes = this.options.contentDecoder !== void 0 ? await this.options.contentDecoder.decode(body) : body;
              const message = await this.options.contentTypeDecoder.decode(bytes, this.options);
              this.callback(message);
            }).catch((error) => {
              this.fireError(error);
            });
          }
        } catch (error) {
          this.fireError(error);
        }
      }
      clearPartialMessageTimer() {
        if (this.partialMessageTimer) {
          this.partialMessageTimer.dispose();
          this.partialMessageTimer = void 0;
        }
      }
      setPartialMessageTimer() {
        this.clearPartialMessageTimer();
        if (this._partialMessageTimeout <= 0) {
          return;
        }
        this.partialMessageTimer = (0, ral_1.default)().timer.setTimeout((token, timeout) => {
          this.partialMessageTimer = void 0;
          if (token === this.messageToken) {
            this.firePartialMessage({ messageToken: token, waitingTime: timeout });
            this.setPartialMessageTimer();
          }
        }, this._partialMessageTimeout, this.messageToken, this._partialMessageTimeout);
      }
    };
    exports2.ReadableStreamMessageReader = ReadableStreamMessageReader;
  }
});

// node_modules/vscode-jsonrpc/lib/common/messageWriter.js
var require_messageWriter = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/messageWriter.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.WriteableStreamMessageWriter = exports2.AbstractMessageWriter = exports2.MessageWriter = void 0;
    var ral_1 = __importDefault(require_ral());
    var Is2 = __importStar(require_is());
    var semaphore_1 = require_semaphore();
    var events_1 = require_events();
    var ContentLength = "Content-Length: ";
    var CRLF = "\r\n";
    var MessageWriter;
    (function(MessageWriter2) {
      function is(value) {
        const candidate = value;
        return candidate && Is2.func(candidate.dispose) && Is2.func(candidate.onClose) && Is2.func(candidate.onError) && Is2.func(candidate.write);
      }
      MessageWriter2.is = is;
    })(MessageWriter || (exports2.MessageWriter = MessageWriter = {}));
    var AbstractMessageWriter = class {
      errorEmitter;
      closeEmitter;
      constructor() {
        this.errorEmitter = new events_1.Emitter();
        this.closeEmitter = new events_1.Emitter();
      }
      dispose() {
        this.errorEmitter.dispose();
        this.closeEmitter.dispose();
      }
      get onError() {
        return this.errorEmitter.event;
      }
      fireError(error, message, count) {
        this.errorEmitter.fire([this.asError(error), message, count]);
      }
      get onClose() {
        return this.closeEmitter.event;
      }
      fireClose() {
        this.closeEmitter.fire(void 0);
      }
      asError(error) {
        if (error instanceof Error) {
          return error;
        } else {
          return new Error(`Writer received error. Reason: ${Is2.string(error.message) ? error.message : "unknown"}`);
        }
      }
    };
    exports2.AbstractMessageWriter = AbstractMessageWriter;
    var ResolvedMessageWriterOptions;
    (function(ResolvedMessageWriterOptions2) {
      function fromOptions(options) {
        if (options === void 0 || typeof options === "string") {
          return { charset: options ?? "utf-8", contentTypeEncoder: (0, ral_1.default)().applicationJson.encoder };
        } else {
          return { charset: options.charset ?? "utf-8", contentEncoder: options.contentEncoder, contentTypeEncoder: options.contentTypeEncoder ?? (0, ral_1.default)().applicationJson.encoder };
        }
      }
      ResolvedMessageWriterOptions2.fromOptions = fromOptions;
    })(ResolvedMessageWriterOptions || (ResolvedMessageWriterOptions = {}));
    var WriteableStreamMessageWriter = class extends AbstractMessageWriter {
      writable;
      options;
      errorCount;
      writeSemaphore;
      constructor(writable, options) {
        super();
        this.writable = writable;
        this.options = ResolvedMessageWriterOptions.fromOptions(options);
        this.errorCount = 0;
        this.writeSemaphore = new semaphore_1.Semaphore(1);
        this.writable.onError((error) => this.fireError(error));
        this.writable.onClose(() => this.fireClose());
      }
      async write(msg) {
        return this.writeSemaphore.lock(async () => {
          const payload = this.options.contentTypeEncoder.encode(msg, this.options).then((buffer) => {
            if (this.options.contentEncoder !== void 0) {
              return this.options.contentEncoder.encode(buffer);
            } else {
              return buffer;
            }
          });
          return payload.then((buffer) => {
            const headers = [];
            headers.push(ContentLength, buffer.byteLength.toString(), CRLF);
            headers.push(CRLF);
            return this.doWrite(msg, headers, buffer);
          }, (error) => {
            this.fireError(error);
            throw error;
          });
        });
      }
      async doWrite(msg, headers, data) {
        try {
          await this.writable.write(headers.join(""), "ascii");
          return this.writable.write(data);
        } catch (error) {
          this.handleError(error, msg);
          return Promise.reject(error);
        }
      }
      handleError(error, msg) {
        this.errorCount++;
        this.fireError(error, msg, this.errorCount);
      }
      end() {
        this.writable.end();
      }
    };
    exports2.WriteableStreamMessageWriter = WriteableStreamMessageWriter;
  }
});

// node_modules/vscode-jsonrpc/lib/common/messageBuffer.js
var require_messageBuffer = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/messageBuffer.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.AbstractMessageBuffer = void 0;
    var CR2 = 13;
    var LF = 10;
    var CRLF = "\r\n";
    var AbstractMessageBuffer = class {
      _encoding;
      _chunks;
      _totalLength;
      constructor(encoding = "utf-8") {
        this._encoding = encoding;
        this._chunks = [];
        this._totalLength = 0;
      }
      get encoding() {
        return this._encoding;
      }
      append(chunk) {
        const toAppend = typeof chunk === "string" ? this.fromString(chunk, this._encoding) : chunk;
        this._chunks.push(toAppend);
        this._totalLength += toAppend.byteLength;
      }
      tryReadHeaders(lowerCaseKeys = false) {
        if (this._chunks.length === 0) {
          return void 0;
        }
        let state = 0;
        let chunkIndex = 0;
        let offset = 0;
        let chunkBytesRead = 0;
        row: while (chunkIndex < this._chunks.length) {
          const chunk = this._chunks[chunkIndex];
          offset = 0;
          while (offset < chunk.length) {
            const value = chunk[offset];
            switch (value) {
              case CR2:
                switch (state) {
                  case 0:
                    state = 1;
                    break;
                  case 2:
                    state = 3;
                    break;
                  default:
                    state = 0;
                }
                break;
              case LF:
                switch (state) {
                  case 1:
                    state = 2;
                    break;
                  case 3:
                    state = 4;
                    offset++;
                    break row;
                  default:
                    state = 0;
                }
                break;
              default:
                state = 0;
            }
            offset++;
          }
          chunkBytesRead += chunk.byteLength;
          chunkIndex++;
        }
        if (state !== 4) {
          return void 0;
        }
        const buffer = this._read(chunkBytesRead + offset);
        const result = /* @__PURE__ */ new Map();
        const headers = this.toString(buffer, "ascii").split(CRLF);
        if (headers.length < 2) {
          return result;
        }
        for (let i = 0; i < headers.length - 2; i++) {
          const header = headers[i];
          const index = header.indexOf(":");
          if (index === -1) {
            throw new Error(`Message header must separate key and value using ':'
${header}`);
          }
          const key = header.substr(0, index);
          const value = header.substr(index + 1).trim();
          result.set(lowerCaseKeys ? key.toLowerCase() : key, value);
        }
        return result;
      }
      tryReadBody(length) {
        if (this._totalLength < length) {
          return void 0;
        }
        return this._read(length);
      }
      get numberOfBytes() {
        return this._totalLength;
      }
      _read(byteCount) {
        if (byteCount === 0) {
          return this.emptyBuffer();
        }
        if (byteCount > this._totalLength) {
          throw new Error(`Cannot read so many bytes!`);
        }
        if (this._chunks[0].byteLength === byteCount) {
          const chunk = this._chunks[0];
          this._chunks.shift();
          this._totalLength -= byteCount;
          return this.asNative(chunk);
        }
        if (this._chunks[0].byteLength > byteCount) {
          const chunk = this._chunks[0];
          const result2 = this.asNative(chunk, byteCount);
          this._chunks[0] = chunk.slice(byteCount);
          this._totalLength -= byteCount;
          return result2;
        }
        const result = this.allocNative(byteCount);
        let resultOffset = 0;
        const chunkIndex = 0;
        while (byteCount > 0) {
          const chunk = this._chunks[chunkIndex];
          if (chunk.byteLength > byteCount) {
            const chunkPart = chunk.slice(0, byteCount);
            result.set(chunkPart, resultOffset);
            resultOffset += byteCount;
            this._chunks[chunkIndex] = chunk.slice(byteCount);
            this._totalLength -= byteCount;
            byteCount -= byteCount;
          } else {
            result.set(chunk, resultOffset);
            resultOffset += chunk.byteLength;
            this._chunks.shift();
            this._totalLength -= chunk.byteLength;
            byteCount -= chunk.byteLength;
          }
        }
        return result;
      }
    };
    exports2.AbstractMessageBuffer = AbstractMessageBuffer;
  }
});

// node_modules/vscode-jsonrpc/lib/common/connection.js
var require_connection = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/connection.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ConnectionOptions = exports2.MessageStrategy = exports2.CancellationStrategy = exports2.CancellationSenderStrategy = exports2.CancellationReceiverStrategy = exports2.RequestCancellationReceiverStrategy = exports2.IdCancellationReceiverStrategy = exports2.ConnectionStrategy = exports2.ConnectionError = exports2.ConnectionErrors = exports2.LogTraceNotification = exports2.SetTraceNotification = exports2.TraceFormat = exports2.TraceValues = exports2.TraceValue = exports2.Trace = exports2.NullLogger = exports2.ProgressType = exports2.ProgressToken = void 0;
    exports2.createMessageConnection = createMessageConnection;
    var ral_1 = __importDefault(require_ral());
    var Is2 = __importStar(require_is());
    var messages_1 = require_messages();
    var linkedMap_1 = require_linkedMap();
    var events_1 = require_events();
    var cancellation_1 = require_cancellation();
    var CancelNotification;
    (function(CancelNotification2) {
      CancelNotification2.type = new messages_1.NotificationType("$/cancelRequest");
    })(CancelNotification || (CancelNotification = {}));
    var ProgressToken;
    (function(ProgressToken2) {
      function is(value) {
        return typeof value === "string" || typeof value === "number";
      }
      ProgressToken2.is = is;
    })(ProgressToken || (exports2.ProgressToken = ProgressToken = {}));
    var ProgressNotification;
    (function(ProgressNotification2) {
      ProgressNotification2.type = new messages_1.NotificationType("$/progress");
    })(ProgressNotification || (ProgressNotification = {}));
    var ProgressType = class {
      /**
       * Clients must not use these properties. They are here to ensure correct typing.
       * in TypeScript
       */
      __;
      _pr;
      constructor() {
      }
    };
    exports2.ProgressType = ProgressType;
    var StarRequestHandler;
    (function(StarRequestHandler2) {
      function is(value) {
        return Is2.func(value);
      }
      StarRequestHandler2.is = is;
    })(StarRequestHandler || (StarRequestHandler = {}));
    exports2.NullLogger = Object.freeze({
      error: () => {
      },
      warn: () => {
      },
      info: () => {
      },
      log: () => {
      }
    });
    var Trace;
    (function(Trace2) {
      Trace2[Trace2["Off"] = 0] = "Off";
      Trace2[Trace2["Messages"] = 1] = "Messages";
      Trace2[Trace2["Compact"] = 2] = "Compact";
      Trace2[Trace2["Verbose"] = 3] = "Verbose";
    })(Trace || (exports2.Trace = Trace = {}));
    var TraceValue;
    (function(TraceValue2) {
      TraceValue2.Off = "off";
      TraceValue2.Messages = "messages";
      TraceValue2.Compact = "compact";
      TraceValue2.Verbose = "verbose";
    })(TraceValue || (exports2.TraceValue = TraceValue = {}));
    exports2.TraceValues = TraceValue;
    (function(Trace2) {
      function fromString(value) {
        if (!Is2.string(value)) {
          return Trace2.Off;
        }
        value = value.toLowerCase();
        switch (value) {
          case "off":
            return Trace2.Off;
          case "messages":
            return Trace2.Messages;
          case "compact":
            return Trace2.Compact;
          case "verbose":
            return Trace2.Verbose;
          default:
            return Trace2.Off;
        }
      }
      Trace2.fromString = fromString;
      function toString(value) {
        switch (value) {
          case Trace2.Off:
            return "off";
          case Trace2.Messages:
            return "messages";
          case Trace2.Compact:
            return "compact";
          case Trace2.Verbose:
            return "verbose";
          default:
            return "off";
        }
      }
      Trace2.toString = toString;
    })(Trace || (exports2.Trace = Trace = {}));
    var TraceFormat;
    (function(TraceFormat2) {
      TraceFormat2["Text"] = "text";
      TraceFormat2["JSON"] = "json";
    })(TraceFormat || (exports2.TraceFormat = TraceFormat = {}));
    (function(TraceFormat2) {
      function fromString(value) {
        if (!Is2.string(value)) {
          return TraceFormat2.Text;
        }
        value = value.toLowerCase();
        if (value === "json") {
          return TraceFormat2.JSON;
        } else {
          return TraceFormat2.Text;
        }
      }
      TraceFormat2.fromString = fromString;
    })(TraceFormat || (exports2.TraceFormat = TraceFormat = {}));
    var SetTraceNotification;
    (function(SetTraceNotification2) {
      SetTraceNotification2.type = new messages_1.NotificationType("$/setTrace");
    })(SetTraceNotification || (exports2.SetTraceNotification = SetTraceNotification = {}));
    var LogTraceNotification;
    (function(LogTraceNotification2) {
      LogTraceNotification2.type = new messages_1.NotificationType("$/logTrace");
    })(LogTraceNotification || (exports2.LogTraceNotification = LogTraceNotification = {}));
    var ConnectionErrors;
    (function(ConnectionErrors2) {
      ConnectionErrors2[ConnectionErrors2["Closed"] = 1] = "Closed";
      ConnectionErrors2[ConnectionErrors2["Disposed"] = 2] = "Disposed";
      ConnectionErrors2[ConnectionErrors2["AlreadyListening"] = 3] = "AlreadyListening";
    })(ConnectionErrors || (exports2.ConnectionErrors = ConnectionErrors = {}));
    var ConnectionError = class _ConnectionError extends Error {
      code;
      constructor(code, message) {
        super(message);
        this.code = code;
        Object.setPrototypeOf(this, _ConnectionError.prototype);
      }
    };
    exports2.ConnectionError = ConnectionError;
    var ConnectionStrategy;
    (function(ConnectionStrategy2) {
      function is(value) {
        const candidate = value;
        return candidate && Is2.func(candidate.cancelUndispatched);
      }
      ConnectionStrategy2.is = is;
    })(ConnectionStrategy || (exports2.ConnectionStrategy = ConnectionStrategy = {}));
    var IdCancellationReceiverStrategy;
    (function(IdCancellationReceiverStrategy2) {
      function is(value) {
        const candidate = value;
        return candidate && (candidate.kind === void 0 || candidate.kind === "id") && Is2.func(candidate.createCancellationTokenSource) && (candidate.dispose === void 0 || Is2.func(candidate.dispose));
      }
      IdCancellationReceiverStrategy2.is = is;
    })(IdCancellationReceiverStrategy || (exports2.IdCancellationReceiverStrategy = IdCancellationReceiverStrategy = {}));
    var RequestCancellationReceiverStrategy;
    (function(RequestCancellationReceiverStrategy2) {
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "request" && Is2.func(candidate.createCancellationTokenSource) && (candidate.dispose === void 0 || Is2.func(candidate.dispose));
      }
      RequestCancellationReceiverStrategy2.is = is;
    })(RequestCancellationReceiverStrategy || (exports2.RequestCancellationReceiverStrategy = RequestCancellationReceiverStrategy = {}));
    var CancellationReceiverStrategy;
    (function(CancellationReceiverStrategy2) {
      CancellationReceiverStrategy2.Message = Object.freeze({
        createCancellationTokenSource(_) {
          return new cancellation_1.CancellationTokenSource();
        }
      });
      function is(value) {
        return IdCancellationReceiverStrategy.is(value) || RequestCancellationReceiverStrategy.is(value);
      }
      CancellationReceiverStrategy2.is = is;
    })(CancellationReceiverStrategy || (exports2.CancellationReceiverStrategy = CancellationReceiverStrategy = {}));
    var CancellationSenderStrategy;
    (function(CancellationSenderStrategy2) {
      CancellationSenderStrategy2.Message = Object.freeze({
        sendCancellation(conn, id) {
          return conn.sendNotification(CancelNotification.type, { id });
        },
        cleanup(_) {
        }
      });
      function is(value) {
        const candidate = value;
        return candidate && Is2.func(candidate.sendCancellation) && Is2.func(candidate.cleanup);
      }
      CancellationSenderStrategy2.is = is;
    })(CancellationSenderStrategy || (exports2.CancellationSenderStrategy = CancellationSenderStrategy = {}));
    var CancellationStrategy;
    (function(CancellationStrategy2) {
      CancellationStrategy2.Message = Object.freeze({
        receiver: CancellationReceiverStrategy.Message,
        sender: CancellationSenderStrategy.Message
      });
      function is(value) {
        const candidate = value;
        return candidate && CancellationReceiverStrategy.is(candidate.receiver) && CancellationSenderStrategy.is(candidate.sender);
      }
      CancellationStrategy2.is = is;
    })(CancellationStrategy || (exports2.CancellationStrategy = CancellationStrategy = {}));
    var MessageStrategy;
    (function(MessageStrategy2) {
      function is(value) {
        const candidate = value;
        return candidate && Is2.func(candidate.handleMessage);
      }
      MessageStrategy2.is = is;
    })(MessageStrategy || (exports2.MessageStrategy = MessageStrategy = {}));
    var ConnectionOptions;
    (function(ConnectionOptions2) {
      function is(value) {
        const candidate = value;
        return candidate && (CancellationStrategy.is(candidate.cancellationStrategy) || ConnectionStrategy.is(candidate.connectionStrategy) || MessageStrategy.is(candidate.messageStrategy) || Is2.number(candidate.maxParallelism));
      }
      ConnectionOptions2.is = is;
    })(ConnectionOptions || (exports2.ConnectionOptions = ConnectionOptions = {}));
    var ConnectionState;
    (function(ConnectionState2) {
      ConnectionState2[ConnectionState2["New"] = 1] = "New";
      ConnectionState2[ConnectionState2["Listening"] = 2] = "Listening";
      ConnectionState2[ConnectionState2["Closed"] = 3] = "Closed";
      ConnectionState2[ConnectionState2["Disposed"] = 4] = "Disposed";
    })(ConnectionState || (ConnectionState = {}));
    function createMessageConnection(messageReader, messageWriter, _logger, options) {
      const logger = _logger !== void 0 ? _logger : exports2.NullLogger;
      let sequenceNumber = 0;
      let notificationSequenceNumber = 0;
      let unknownResponseSequenceNumber = 0;
      const version = "2.0";
      const maxParallelism = options?.maxParallelism ?? -1;
      let inFlight = 0;
      let starRequestHandler = void 0;
      const requestHandlers = /* @__PURE__ */ new Map();
      let starNotificationHandler = void 0;
      const notificationHandlers = /* @__PURE__ */ new Map();
      const progressHandlers = /* @__PURE__ */ new Map();
      let timer;
      let messageQueue = new linkedMap_1.LinkedMap();
      let responsePromises = /* @__PURE__ */ new Map();
      let knownCanceledRequests = /* @__PURE__ */ new Set();
      let requestTokens = /* @__PURE__ */ new Map();
      let trace = Trace.Off;
      let traceFormat = TraceFormat.Text;
      let tracer;
      let state = ConnectionState.New;
      const errorEmitter = new events_1.Emitter();
      const closeEmitter = new events_1.Emitter();
      const unhandledNotificationEmitter = new events_1.Emitter();
      const unhandledProgressEmitter = new events_1.Emitter();
      const disposeEmitter = new events_1.Emitter();
      const cancellationStrategy = options && options.cancellationStrategy ? options.cancellationStrategy : CancellationStrategy.Message;
      function cancelUndispatched(_message) {
        return void 0;
      }
      function isListening() {
        return state === ConnectionState.Listening;
      }
      function isClosed() {
        return state === ConnectionState.Closed;
      }
      function isDisposed() {
        return state === ConnectionState.Disposed;
      }
      function closeHandler() {
        if (state === ConnectionState.New || state === ConnectionState.Listening) {
          state = ConnectionState.Closed;
          closeEmitter.fire(void 0);
        }
      }
      function readErrorHandler(error) {
        errorEmitter.fire([error, void 0, void 0]);
      }
      function writeErrorHandler(data) {
        errorEmitter.fire(data);
      }
      messageReader.onClose(closeHandler);
      messageReader.onError(readErrorHandler);
      messageWriter.onClose(closeHandler);
      messageWriter.onError(writeErrorHandler);
      function createRequestQueueKey(id) {
        if (id === null) {
          throw new Error(`Can't send requests with id null since the response can't be correlated.`);
        }
        return "req-" + id.toString();
      }
      function createResponseQueueKey(id) {
        if (id === null) {
          return "res-unknown-" + (++unknownResponseSequenceNumber).toString();
        } else {
          return "res-" + id.toString();
        }
      }
      function createNotificationQueueKey() {
        return "not-" + (++notificationSequenceNumber).toString();
      }
      function addMessageToQueue(queue, message) {
        if (messages_1.Message.isRequest(message)) {
          queue.set(createRequestQueueKey(message.id), message);
        } else if (messages_1.Message.isResponse(message)) {
          if (maxParallelism === -1) {
            queue.set(createResponseQueueKey(message.id), message);
          } else {
            handleResponse(message);
          }
        } else {
          queue.set(createNotificationQueueKey(), message);
        }
      }
      function triggerMessageQueue() {
        if (timer || messageQueue.size === 0) {
          return;
        }
        if (maxParallelism !== -1 && inFlight >= maxParallelism) {
          return;
        }
        timer = (0, ral_1.default)().timer.setImmediate(async () => {
          timer = void 0;
          if (messageQueue.size === 0) {
            return;
          }
          if (maxParallelism !== -1 && inFlight >= maxParallelism) {
            return;
          }
          const message = messageQueue.shift();
          let result;
          try {
            inFlight++;
            const messageStrategy = options?.messageStrategy;
            if (MessageStrategy.is(messageStrategy)) {
              result = messageStrategy.handleMessage(message, handleMessage);
            } else {
              result = handleMessage(message);
            }
          } catch (error) {
            logger.error(`Processing message queue failed: ${error.toString()}`);
          } finally {
            if (result instanceof Promise) {
              result.then(() => {
                inFlight--;
                triggerMessageQueue();
              }).catch((error) => {
                logger.error(`Processing message queue failed: ${error.toString()}`);
              });
            } else {
              inFlight--;
            }
            triggerMessageQueue();
          }
        });
      }
      async function handleMessage(message) {
        if (messages_1.Message.isRequest(message)) {
          return handleRequest(message);
        } else if (messages_1.Message.isNotification(message)) {
          return handleNotification(message);
        } else if (messages_1.Message.isResponse(message)) {
          return handleResponse(message);
        } else {
          return handleInvalidMessage(message);
        }
      }
      const callback = (message) => {
        try {
          if (messages_1.Message.isNotification(message) && message.method === CancelNotification.type.method) {
            const cancelId = message.params.id;
            const key = createRequestQueueKey(cancelId);
            const toCancel = messageQueue.get(key);
            if (messages_1.Message.isRequest(toCancel)) {
              const strategy = options?.connectionStrategy;
              const response = strategy && strategy.cancelUndispatched ? strategy.cancelUndispatched(toCancel, cancelUndispatched) : cancelUndispatched(toCancel);
              if (response && (response.error !== void 0 || response.result !== void 0)) {
                messageQueue.delete(key);
                requestTokens.delete(cancelId);
                response.id = toCancel.id;
                traceSendingResponse(response, message.method, Date.now());
                messageWriter.write(response).catch(() => logger.error(`Sending response for canceled message failed.`));
                return;
              }
            }
            const cancellationToken = requestTokens.get(cancelId);
            if (cancellationToken !== void 0) {
              cancellationToken.cancel();
              traceReceivedNotification(message);
              return;
            } else {
              knownCanceledRequests.add(cancelId);
            }
          }
          addMessageToQueue(messageQueue, message);
        } finally {
          triggerMessageQueue();
        }
      };
      async function handleRequest(requestMessage) {
        if (isDisposed()) {
          return Promise.resolve();
        }
        function reply(resultOrError, method, startTime2) {
          const message = {
            jsonrpc: version,
            id: requestMessage.id
          };
          if (resultOrError instanceof messages_1.ResponseError) {
            message.error = resultOrError.toJson();
          } else {
            message.result = resultOrError === void 0 ? null : resultOrError;
          }
          traceSendingResponse(message, method, startTime2);
          return messageWriter.write(message);
        }
        function replyError(error, method, startTime2) {
          const message = {
            jsonrpc: version,
            id: requestMessage.id,
            error: error.toJson()
          };
          traceSendingResponse(message, method, startTime2);
          return messageWriter.write(message);
        }
        traceReceivedRequest(requestMessage);
        const element = requestHandlers.get(requestMessage.method);
        let type;
        let requestHandler;
        if (element) {
          type = element.type;
          requestHandler = element.handler;
        }
        const startTime = Date.now();
        if (requestHandler || starRequestHandler) {
          const tokenKey = requestMessage.id ?? String(Date.now());
          const cancellationSource = IdCancellationReceiverStrategy.is(cancellationStrategy.receiver) ? cancellationStrategy.receiver.createCancellationTokenSource(tokenKey) : cancellationStrategy.receiver.createCancellationTokenSource(requestMessage);
          if (requestMessage.id !== null && knownCanceledRequests.has(requestMessage.id)) {
            cancellationSource.cancel();
          }
          if (requestMessage.id !== null) {
            requestTokens.set(tokenKey, cancellationSource);
          }
          try {
            let handlerResult;
            if (requestHandler) {
              if (requestMessage.params === void 0) {
                if (type !== void 0 && type.numberOfParams !== 0) {
                  return replyError(new messages_1.ResponseError(messages_1.ErrorCodes.InvalidParams, `Request ${requestMessage.method} defines ${type.numberOfParams} params but received none.`), requestMessage.method, startTime);
                }
                handlerResult = requestHandler(cancellationSource.token);
              } else if (Array.isArray(requestMessage.params)) {
                if (type !== void 0 && type.parameterStructures === messages_1.ParameterStructures.byName) {
                  return replyError(new messages_1.ResponseError(messages_1.ErrorCodes.InvalidParams, `Request ${requestMessage.method} defines parameters by name but received parameters by position`), requestMessage.method, startTime);
                }
                handlerResult = requestHandler(...requestMessage.params, cancellationSource.token);
              } else {
                if (type !== void 0 && type.parameterStructures === messages_1.ParameterStructures.byPosition) {
                  return replyError(new messages_1.ResponseError(messages_1.ErrorCodes.InvalidParams, `Request ${requestMessage.method} defines parameters by position but received parameters by name`), requestMessage.method, startTime);
                }
                handlerResult = requestHandler(requestMessage.params, cancellationSource.token);
              }
            } else if (starRequestHandler) {
              handlerResult = starRequestHandler(requestMessage.method, requestMessage.params, cancellationSource.token);
            }
            const resultOrError = await handlerResult;
            await reply(resultOrError, requestMessage.method, startTime);
          } catch (error) {
            if (error instanceof messages_1.ResponseError) {
              await reply(error, requestMessage.method, startTime);
            } else if (error && Is2.string(error.message)) {
              await replyError(new messages_1.ResponseError(messages_1.ErrorCodes.InternalError, `Request ${requestMessage.method} failed with message: ${error.message}`), requestMessage.method, startTime);
            } else {
              await replyError(new messages_1.ResponseError(messages_1.ErrorCodes.InternalError, `Request ${requestMessage.method} failed unexpectedly without providing any details.`), requestMessage.method, startTime);
            }
          } finally {
            requestTokens.delete(tokenKey);
          }
        } else {
          await replyError(new messages_1.ResponseError(messages_1.ErrorCodes.MethodNotFound, `Unhandled method ${requestMessage.method}`), requestMessage.method, startTime);
        }
      }
      function handleResponse(responseMessage) {
        if (isDisposed()) {
          return;
        }
        if (responseMessage.id === null) {
          if (responseMessage.error) {
            logger.error(`Received response message without id: Error is: 
${JSON.stringify(responseMessage.error, void 0, 4)}`);
          } else {
            logger.error(`Received response message without id. No further error information provided.`);
          }
        } else {
          const key = responseMessage.id;
          const responsePromise = responsePromises.get(key);
          traceReceivedResponse(responseMessage, responsePromise);
          if (responsePromise !== void 0) {
            responsePromises.delete(key);
            try {
              if (responseMessage.error) {
                const error = responseMessage.error;
                responsePromise.reject(new messages_1.ResponseError(error.code, error.message, error.data));
              } else if (responseMessage.result !== void 0) {
                responsePromise.resolve(responseMessage.result);
              } else {
                throw new Error("Should never happen.");
              }
            } catch (error) {
              if (error.message) {
                logger.error(`Response handler '${responsePromise.method}' failed with message: ${error.message}`);
              } else {
                logger.error(`Response handler '${responsePromise.method}' failed unexpectedly.`);
              }
            }
          }
        }
      }
      async function handleNotification(message) {
        if (isDisposed()) {
          return;
        }
        let type = void 0;
        let notificationHandler;
        if (message.method === CancelNotification.type.method) {
          const cancelId = message.params.id;
          knownCanceledRequests.delete(cancelId);
          traceReceivedNotification(message);
          return;
        } else {
          const element = notificationHandlers.get(message.method);
          if (element) {
            notificationHandler = element.handler;
            type = element.type;
          }
        }
        if (notificationHandler || starNotificationHandler) {
          try {
            traceReceivedNotification(message);
            if (notificationHandler) {
              if (message.params === void 0) {
                if (type !== void 0) {
                  if (type.numberOfParams !== 0 && type.parameterStructures !== messages_1.ParameterStructures.byName) {
                    logger.error(`Notification ${message.method} defines ${type.numberOfParams} params but received none.`);
                  }
                }
                await notificationHandler();
              } else if (Array.isArray(message.params)) {
                const params = message.params;
                if (message.method === ProgressNotification.type.method && params.length === 2 && ProgressToken.is(params[0])) {
                  await notificationHandler({ token: params[0], value: params[1] });
                } else {
                  if (type !== void 0) {
                    if (type.parameterStructures === messages_1.ParameterStructures.byName) {
                      logger.error(`Notification ${message.method} defines parameters by name but received parameters by position`);
                    }
                    if (type.numberOfParams !== message.params.length) {
                      logger.error(`Notification ${message.method} defines ${type.numberOfParams} params but received ${params.length} arguments`);
                    }
                  }
                  await notificationHandler(...params);
                }
              } else {
                if (type !== void 0 && type.parameterStructures === messages_1.ParameterStructures.byPosition) {
                  logger.error(`Notification ${message.method} defines parameters by position but received parameters by name`);
                }
                await notificationHandler(message.params);
              }
            } else if (starNotificationHandler) {
              await starNotificationHandler(message.method, message.params);
            }
          } catch (error) {
            if (error.message) {
              logger.error(`Notification handler '${message.method}' failed with message: ${error.message}`);
            } else {
              logger.error(`Notification handler '${message.method}' failed unexpectedly.`);
            }
          }
        } else {
          unhandledNotificationEmitter.fire(message);
        }
      }
      function handleInvalidMessage(message) {
        if (!message) {
          logger.error("Received empty message.");
          return;
        }
        logger.error(`Received message which is neither a response nor a notification message:
${JSON.stringify(message, null, 4)}`);
        const responseMessage = message;
        if (Is2.string(responseMessage.id) || Is2.number(responseMessage.id)) {
          const key = responseMessage.id;
          const responseHandler = responsePromises.get(key);
          if (responseHandler) {
            responseHandler.reject(new Error("The received response has neither a result nor an error property."));
          }
        }
      }
      function stringifyTrace(params) {
        if (params === void 0 || params === null) {
          return void 0;
        }
        switch (trace) {
          case Trace.Verbose:
            return JSON.stringify(params, null, 4);
          case Trace.Compact:
            return JSON.stringify(params);
          default:
            return void 0;
        }
      }
      function traceSendingRequest(message) {
        if (trace === Trace.Off || !tracer) {
          return;
        }
        if (traceFormat === TraceFormat.Text) {
          let data = void 0;
          if ((trace === Trace.Verbose || trace === Trace.Compact) && message.params) {
            data = `Params: ${stringifyTrace(message.params)}`;
          }
          tracer.log(`Sending request '${message.method} - (${message.id})'.`, data);
        } else {
          logLSPMessage("send-request", message);
        }
      }
      function traceSendingNotification(message) {
        if (trace === Trace.Off || !tracer) {
          return;
        }
        if (traceFormat === TraceFormat.Text) {
          let data = void 0;
          if (trace === Trace.Verbose || trace === Trace.Compact) {
            if (message.params) {
              data = `Params: ${stringifyTrace(message.params)}`;
            } else {
              data = "No parameters provided.";
            }
          }
          tracer.log(`Sending notification '${message.method}'.`, data);
        } else {
          logLSPMessage("send-notification", message);
        }
      }
      function traceSendingResponse(message, method, startTime) {
        if (trace === Trace.Off || !tracer) {
          return;
        }
        if (traceFormat === TraceFormat.Text) {
          let data = void 0;
          if (trace === Trace.Verbose || trace === Trace.Compact) {
            if (message.error && message.error.data) {
              data = `Error data: ${stringifyTrace(message.error.data)}`;
            } else {
              if (message.result) {
                data = `Result: ${stringifyTrace(message.result)}`;
              } else if (message.error === void 0) {
                data = "No result returned.";
              }
            }
          }
          const error = message.error ? ` Request failed: ${message.error.message} (${message.error.code}).` : "";
          tracer.log(`Sending response '${method} - (${message.id})'. Processing request took ${Date.now() - startTime}ms.${error}`, data);
        } else {
          logLSPMessage("send-response", message);
        }
      }
      function traceReceivedRequest(message) {
        if (trace === Trace.Off || !tracer) {
          return;
        }
        if (traceFormat === TraceFormat.Text) {
          let data = void 0;
          if ((trace === Trace.Verbose || trace === Trace.Compact) && message.params) {
            data = `Params: ${stringifyTrace(message.params)}`;
          }
          tracer.log(`Received request '${message.method} - (${message.id})'.`, data);
        } else {
          logLSPMessage("receive-request", message);
        }
      }
      function traceReceivedNotification(message) {
        if (trace === Trace.Off || !tracer || message.method === LogTraceNotification.type.method) {
          return;
        }
        if (traceFormat === TraceFormat.Text) {
          let data = void 0;
          if (trace === Trace.Verbose || trace === Trace.Compact) {
            if (message.params) {
              data = `Params: ${stringifyTrace(message.params)}`;
            } else {
              data = "No parameters provided.";
            }
          }
          tracer.log(`Received notification '${message.method}'.`, data);
        } else {
          logLSPMessage("receive-notification", message);
        }
      }
      function traceReceivedResponse(message, responsePromise) {
        if (trace === Trace.Off || !tracer) {
          return;
        }
        if (traceFormat === TraceFormat.Text) {
          let data = void 0;
          if (trace === Trace.Verbose || trace === Trace.Compact) {
            if (message.error && message.error.data) {
              data = `Error data: ${stringifyTrace(message.error.data)}`;
            } else {
              if (message.result) {
                data = `Result: ${stringifyTrace(message.result)}`;
              } else if (message.error === void 0) {
                data = "No result returned.";
              }
            }
          }
          if (responsePromise) {
            const error = message.error ? ` Request failed: ${message.error.message} (${message.error.code}).` : "";
            tracer.log(`Received response '${responsePromise.method} - (${message.id})' in ${Date.now() - responsePromise.timerStart}ms.${error}`, data);
          } else {
            tracer.log(`Received response ${message.id} without active response promise.`, data);
          }
        } else {
          logLSPMessage("receive-response", message);
        }
      }
      function logLSPMessage(type, message) {
        if (!tracer || trace === Trace.Off) {
          return;
        }
        const lspMessage = {
          isLSPMessage: true,
          type,
          message,
          timestamp: Date.now()
        };
        tracer.log(lspMessage);
      }
      function throwIfClosedOrDisposed() {
        if (isClosed()) {
          throw new ConnectionError(ConnectionErrors.Closed, "Connection is closed.");
        }
        if (isDisposed()) {
          throw new ConnectionError(ConnectionErrors.Disposed, "Connection is disposed.");
        }
      }
      function throwIfListening() {
        if (isListening()) {
          throw new ConnectionError(ConnectionErrors.AlreadyListening, "Connection is already listening");
        }
      }
      function throwIfNotListening() {
        if (!isListening()) {
          throw new Error("Call listen() first.");
        }
      }
      function undefinedToNull(param) {
        if (param === void 0) {
          return null;
        } else {
          return param;
        }
      }
      function nullToUndefined(param) {
        if (param === null) {
          return void 0;
        } else {
          return param;
        }
      }
      function isNamedParam(param) {
        return param !== void 0 && param !== null && !Array.isArray(param) && typeof param === "object";
      }
      function computeSingleParam(parameterStructures, param) {
        switch (parameterStructures) {
          case messages_1.ParameterStructures.auto:
            if (isNamedParam(param)) {
              return nullToUndefined(param);
            } else {
              return [undefinedToNull(param)];
            }
          case messages_1.ParameterStructures.byName:
            if (!isNamedParam(param)) {
              throw new Error(`Received parameters by name but param is not an object literal.`);
            }
            return nullToUndefined(param);
          case messages_1.ParameterStructures.byPosition:
            return [undefinedToNull(param)];
          default:
            throw new Error(`Unknown parameter structure ${parameterStructures.toString()}`);
        }
      }
      function computeMessageParams(type, params) {
        let result;
        const numberOfParams = type.numberOfParams;
        switch (numberOfParams) {
          case 0:
            result = void 0;
            break;
          case 1:
            result = computeSingleParam(type.parameterStructures, params[0]);
            break;
          default:
            result = [];
            for (let i = 0; i < params.length && i < numberOfParams; i++) {
              result.push(undefinedToNull(params[i]));
            }
            if (params.length < numberOfParams) {
              for (let i = params.length; i < numberOfParams; i++) {
                result.push(null);
              }
            }
            break;
        }
        return result;
      }
      const connection = {
        sendNotification: (type, ...args) => {
          throwIfClosedOrDisposed();
          let method;
          let messageParams;
          if (Is2.string(type)) {
            method = type;
            const first = args[0];
            let paramStart = 0;
            let parameterStructures = messages_1.ParameterStructures.auto;
            if (messages_1.ParameterStructures.is(first)) {
              paramStart = 1;
              parameterStructures = first;
            }
            const paramEnd = args.length;
            const numberOfParams = paramEnd - paramStart;
            switch (numberOfParams) {
              case 0:
                messageParams = void 0;
                break;
              case 1:
                messageParams = computeSingleParam(parameterStructures, args[paramStart]);
                break;
              default:
                if (parameterStructures === messages_1.ParameterStructures.byName) {
                  throw new Error(`Received ${numberOfParams} parameters for 'by Name' notification parameter structure.`);
                }
                messageParams = args.slice(paramStart, paramEnd).map((value) => undefinedToNull(value));
                break;
            }
          } else {
            const params = args;
            method = type.method;
            messageParams = computeMessageParams(type, params);
          }
          const notificationMessage = {
            jsonrpc: version,
            method,
            params: messageParams
          };
          traceSendingNotification(notificationMessage);
          return messageWriter.write(notificationMessage).catch((error) => {
            logger.error(`Sending notification failed.`);
            throw error;
          });
        },
        onNotification: (type, handler) => {
          throwIfClosedOrDisposed();
          let method;
          if (Is2.func(type)) {
            starNotificationHandler = type;
          } else if (handler) {
            if (Is2.string(type)) {
              method = type;
              notificationHandlers.set(type, { type: void 0, handler });
            } else {
              method = type.method;
              notificationHandlers.set(type.method, { type, handler });
            }
          }
          return {
            dispose: () => {
              if (method !== void 0) {
                if (notificationHandlers.get(method)?.handler === handler) {
                  notificationHandlers.delete(method);
                }
              } else if (starNotificationHandler === type) {
                starNotificationHandler = void 0;
              }
            }
          };
        },
        onProgress: (_type, token, handler) => {
          if (progressHandlers.has(token)) {
            throw new Error(`Progress handler for token ${token} already registered`);
          }
          progressHandlers.set(token, handler);
          return {
            dispose: () => {
              if (progressHandlers.get(token) === handler) {
                progressHandlers.delete(token);
              }
            }
          };
        },
        sendProgress: (_type, token, value) => {
          return connection.sendNotification(ProgressNotification.type, { token, value });
        },
        onUnhandledProgress: unhandledProgressEmitter.event,
        sendRequest: (type, ...args) => {
          throwIfClosedOrDisposed();
          throwIfNotListening();
          function sendCancellation(connection2, id2) {
            const p = cancellationStrategy.sender.sendCancellation(connection2, id2);
            if (p === void 0) {
              logger.log(`Received no promise from cancellation strategy when cancelling id ${id2}`);
            } else {
              p.catch(() => {
                logger.log(`Sending cancellation messages for id ${id2} failed.`);
              });
            }
          }
          let method;
          let messageParams;
          let token = void 0;
          if (Is2.string(type)) {
            method = type;
            const first = args[0];
            const last = args[args.length - 1];
            let paramStart = 0;
            let parameterStructures = messages_1.ParameterStructures.auto;
            if (messages_1.ParameterStructures.is(first)) {
              paramStart = 1;
              parameterStructures = first;
            }
            let paramEnd = args.length;
            if (cancellation_1.CancellationToken.is(last)) {
              paramEnd = paramEnd - 1;
              token = last;
            }
            const numberOfParams = paramEnd - paramStart;
            switch (numberOfParams) {
              case 0:
                messageParams = void 0;
                break;
              case 1:
                messageParams = computeSingleParam(parameterStructures, args[paramStart]);
                break;
              default:
                if (parameterStructures === messages_1.ParameterStructures.byName) {
                  throw new Error(`Received ${numberOfParams} parameters for 'by Name' request parameter structure.`);
                }
                messageParams = args.slice(paramStart, paramEnd).map((value) => undefinedToNull(value));
                break;
            }
          } else {
            const params = args;
            method = type.method;
            messageParams = computeMessageParams(type, params);
            const numberOfParams = type.numberOfParams;
            token = cancellation_1.CancellationToken.is(params[numberOfParams]) ? params[numberOfParams] : void 0;
          }
          const id = sequenceNumber++;
          let disposable;
          let tokenWasCancelled = false;
          if (token !== void 0) {
            if (token.isCancellationRequested) {
              tokenWasCancelled = true;
            } else {
              disposable = token.onCancellationRequested(() => {
                sendCancellation(connection, id);
              });
            }
          }
          const requestMessage = {
            jsonrpc: version,
            id,
            method,
            params: messageParams
          };
          traceSendingRequest(requestMessage);
          if (typeof cancellationStrategy.sender.enableCancellation === "function") {
            cancellationStrategy.sender.enableCancellation(requestMessage);
          }
          return new Promise(async (resolve, reject) => {
            const resolveWithCleanup = (r) => {
              resolve(r);
              cancellationStrategy.sender.cleanup(id);
              disposable?.dispose();
            };
            const rejectWithCleanup = (r) => {
              reject(r);
              cancellationStrategy.sender.cleanup(id);
              disposable?.dispose();
            };
            const responsePromise = { method, timerStart: Date.now(), resolve: resolveWithCleanup, reject: rejectWithCleanup };
            try {
              responsePromises.set(id, responsePromise);
              await messageWriter.write(requestMessage);
              if (tokenWasCancelled) {
                sendCancellation(connection, id);
              }
            } catch (error) {
              responsePromises.delete(id);
              responsePromise.reject(new messages_1.ResponseError(messages_1.ErrorCodes.MessageWriteError, error.message ? error.message : "Unknown reason"));
              logger.error(`Sending request failed.`);
            }
          });
        },
        onRequest: (type, handler) => {
          throwIfClosedOrDisposed();
          let method = null;
          if (StarRequestHandler.is(type)) {
            method = void 0;
            starRequestHandler = type;
          } else if (Is2.string(type)) {
            method = null;
            if (handler !== void 0) {
              method = type;
              requestHandlers.set(type, { handler, type: void 0 });
            }
          } else {
            if (handler !== void 0) {
              method = type.method;
              requestHandlers.set(type.method, { type, handler });
            }
          }
          return {
            dispose: () => {
              if (method === null) {
                return;
              }
              if (method !== void 0) {
                if (requestHandlers.get(method)?.handler === handler) {
                  requestHandlers.delete(method);
                }
              } else if (starRequestHandler === type) {
                starRequestHandler = void 0;
              }
            }
          };
        },
        hasPendingResponse: () => {
          return responsePromises.size > 0;
        },
        trace: async (_value, _tracer, sendNotificationOrTraceOptions) => {
          let _sendNotification = false;
          let _traceFormat = TraceFormat.Text;
          if (sendNotificationOrTraceOptions !== void 0) {
            if (Is2.boolean(sendNotificationOrTraceOptions)) {
              _sendNotification = sendNotificationOrTraceOptions;
            } else {
              _sendNotification = sendNotificationOrTraceOptions.sendNotification || false;
              _traceFormat = sendNotificationOrTraceOptions.traceFormat || TraceFormat.Text;
            }
          }
          trace = _value;
          traceFormat = _traceFormat;
          if (trace === Trace.Off) {
            tracer = void 0;
          } else {
            tracer = _tracer;
          }
          if (_sendNotification && !isClosed() && !isDisposed()) {
            await connection.sendNotification(SetTraceNotification.type, { value: Trace.toString(_value) });
          }
        },
        onError: errorEmitter.event,
        onClose: closeEmitter.event,
        onUnhandledNotification: unhandledNotificationEmitter.event,
        onDispose: disposeEmitter.event,
        end: () => {
          messageWriter.end();
        },
        dispose: () => {
          if (isDisposed()) {
            return;
          }
          state = ConnectionState.Disposed;
          disposeEmitter.fire(void 0);
          const error = new messages_1.ResponseError(messages_1.ErrorCodes.PendingResponseRejected, "Pending response rejected since connection got disposed");
          for (const promise of responsePromises.values()) {
            promise.reject(error);
          }
          responsePromises = /* @__PURE__ */ new Map();
          requestTokens = /* @__PURE__ */ new Map();
          knownCanceledRequests = /* @__PURE__ */ new Set();
          messageQueue = new linkedMap_1.LinkedMap();
          if (Is2.func(messageWriter.dispose)) {
            messageWriter.dispose();
          }
          if (Is2.func(messageReader.dispose)) {
            messageReader.dispose();
          }
        },
        listen: () => {
          throwIfClosedOrDisposed();
          throwIfListening();
          state = ConnectionState.Listening;
          messageReader.listen(callback);
        },
        inspect: () => {
          (0, ral_1.default)().console.log("inspect");
        }
      };
      connection.onNotification(LogTraceNotification.type, (params) => {
        if (trace === Trace.Off || !tracer) {
          return;
        }
        const verbose = trace === Trace.Verbose || trace === Trace.Compact;
        tracer.log(params.message, verbose ? params.verbose : void 0);
      });
      connection.onNotification(ProgressNotification.type, async (params) => {
        const handler = progressHandlers.get(params.token);
        if (handler) {
          await handler(params.value);
        } else {
          unhandledProgressEmitter.fire(params);
        }
      });
      return connection;
    }
  }
});

// node_modules/vscode-jsonrpc/lib/common/api.js
var require_api = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/api.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ProgressType = exports2.ProgressToken = exports2.createMessageConnection = exports2.NullLogger = exports2.ConnectionOptions = exports2.ConnectionStrategy = exports2.AbstractMessageBuffer = exports2.WriteableStreamMessageWriter = exports2.AbstractMessageWriter = exports2.MessageWriter = exports2.ReadableStreamMessageReader = exports2.AbstractMessageReader = exports2.MessageReader = exports2.SharedArrayReceiverStrategy = exports2.SharedArraySenderStrategy = exports2.CancellationToken = exports2.CancellationTokenSource = exports2.Emitter = exports2.Event = exports2.Disposable = exports2.LRUCache = exports2.Touch = exports2.LinkedMap = exports2.ParameterStructures = exports2.NotificationType9 = exports2.NotificationType8 = exports2.NotificationType7 = exports2.NotificationType6 = exports2.NotificationType5 = exports2.NotificationType4 = exports2.NotificationType3 = exports2.NotificationType2 = exports2.NotificationType1 = exports2.NotificationType0 = exports2.NotificationType = exports2.ErrorCodes = exports2.ResponseError = exports2.RequestType9 = exports2.RequestType8 = exports2.RequestType7 = exports2.RequestType6 = exports2.RequestType5 = exports2.RequestType4 = exports2.RequestType3 = exports2.RequestType2 = exports2.RequestType1 = exports2.RequestType0 = exports2.RequestType = exports2.Message = exports2.RAL = void 0;
    exports2.MessageStrategy = exports2.CancellationStrategy = exports2.CancellationSenderStrategy = exports2.RequestCancellationReceiverStrategy = exports2.IdCancellationReceiverStrategy = exports2.CancellationReceiverStrategy = exports2.ConnectionError = exports2.ConnectionErrors = exports2.LogTraceNotification = exports2.SetTraceNotification = exports2.TraceFormat = exports2.TraceValues = exports2.TraceValue = exports2.Trace = void 0;
    var messages_1 = require_messages();
    Object.defineProperty(exports2, "Message", { enumerable: true, get: function() {
      return messages_1.Message;
    } });
    Object.defineProperty(exports2, "RequestType", { enumerable: true, get: function() {
      return messages_1.RequestType;
    } });
    Object.defineProperty(exports2, "RequestType0", { enumerable: true, get: function() {
      return messages_1.RequestType0;
    } });
    Object.defineProperty(exports2, "RequestType1", { enumerable: true, get: function() {
      return messages_1.RequestType1;
    } });
    Object.defineProperty(exports2, "RequestType2", { enumerable: true, get: function() {
      return messages_1.RequestType2;
    } });
    Object.defineProperty(exports2, "RequestType3", { enumerable: true, get: function() {
      return messages_1.RequestType3;
    } });
    Object.defineProperty(exports2, "RequestType4", { enumerable: true, get: function() {
      return messages_1.RequestType4;
    } });
    Object.defineProperty(exports2, "RequestType5", { enumerable: true, get: function() {
      return messages_1.RequestType5;
    } });
    Object.defineProperty(exports2, "RequestType6", { enumerable: true, get: function() {
      return messages_1.RequestType6;
    } });
    Object.defineProperty(exports2, "RequestType7", { enumerable: true, get: function() {
      return messages_1.RequestType7;
    } });
    Object.defineProperty(exports2, "RequestType8", { enumerable: true, get: function() {
      return messages_1.RequestType8;
    } });
    Object.defineProperty(exports2, "RequestType9", { enumerable: true, get: function() {
      return messages_1.RequestType9;
    } });
    Object.defineProperty(exports2, "ResponseError", { enumerable: true, get: function() {
      return messages_1.ResponseError;
    } });
    Object.defineProperty(exports2, "ErrorCodes", { enumerable: true, get: function() {
      return messages_1.ErrorCodes;
    } });
    Object.defineProperty(exports2, "NotificationType", { enumerable: true, get: function() {
      return messages_1.NotificationType;
    } });
    Object.defineProperty(exports2, "NotificationType0", { enumerable: true, get: function() {
      return messages_1.NotificationType0;
    } });
    Object.defineProperty(exports2, "NotificationType1", { enumerable: true, get: function() {
      return messages_1.NotificationType1;
    } });
    Object.defineProperty(exports2, "NotificationType2", { enumerable: true, get: function() {
      return messages_1.NotificationType2;
    } });
    Object.defineProperty(exports2, "NotificationType3", { enumerable: true, get: function() {
      return messages_1.NotificationType3;
    } });
    Object.defineProperty(exports2, "NotificationType4", { enumerable: true, get: function() {
      return messages_1.NotificationType4;
    } });
    Object.defineProperty(exports2, "NotificationType5", { enumerable: true, get: function() {
      return messages_1.NotificationType5;
    } });
    Object.defineProperty(exports2, "NotificationType6", { enumerable: true, get: function() {
      return messages_1.NotificationType6;
    } });
    Object.defineProperty(exports2, "NotificationType7", { enumerable: true, get: function() {
      return messages_1.NotificationType7;
    } });
    Object.defineProperty(exports2, "NotificationType8", { enumerable: true, get: function() {
      return messages_1.NotificationType8;
    } });
    Object.defineProperty(exports2, "NotificationType9", { enumerable: true, get: function() {
      return messages_1.NotificationType9;
    } });
    Object.defineProperty(exports2, "ParameterStructures", { enumerable: true, get: function() {
      return messages_1.ParameterStructures;
    } });
    var linkedMap_1 = require_linkedMap();
    Object.defineProperty(exports2, "LinkedMap", { enumerable: true, get: function() {
      return linkedMap_1.LinkedMap;
    } });
    Object.defineProperty(exports2, "LRUCache", { enumerable: true, get: function() {
      return linkedMap_1.LRUCache;
    } });
    Object.defineProperty(exports2, "Touch", { enumerable: true, get: function() {
      return linkedMap_1.Touch;
    } });
    var disposable_1 = require_disposable();
    Object.defineProperty(exports2, "Disposable", { enumerable: true, get: function() {
      return disposable_1.Disposable;
    } });
    var events_1 = require_events();
    Object.defineProperty(exports2, "Event", { enumerable: true, get: function() {
      return events_1.Event;
    } });
    Object.defineProperty(exports2, "Emitter", { enumerable: true, get: function() {
      return events_1.Emitter;
    } });
    var cancellation_1 = require_cancellation();
    Object.defineProperty(exports2, "CancellationTokenSource", { enumerable: true, get: function() {
      return cancellation_1.CancellationTokenSource;
    } });
    Object.defineProperty(exports2, "CancellationToken", { enumerable: true, get: function() {
      return cancellation_1.CancellationToken;
    } });
    var sharedArrayCancellation_1 = require_sharedArrayCancellation();
    Object.defineProperty(exports2, "SharedArraySenderStrategy", { enumerable: true, get: function() {
      return sharedArrayCancellation_1.SharedArraySenderStrategy;
    } });
    Object.defineProperty(exports2, "SharedArrayReceiverStrategy", { enumerable: true, get: function() {
      return sharedArrayCancellation_1.SharedArrayReceiverStrategy;
    } });
    var messageReader_1 = require_messageReader();
    Object.defineProperty(exports2, "MessageReader", { enumerable: true, get: function() {
      return messageReader_1.MessageReader;
    } });
    Object.defineProperty(exports2, "AbstractMessageReader", { enumerable: true, get: function() {
      return messageReader_1.AbstractMessageReader;
    } });
    Object.defineProperty(exports2, "ReadableStreamMessageReader", { enumerable: true, get: function() {
      return messageReader_1.ReadableStreamMessageReader;
    } });
    var messageWriter_1 = require_messageWriter();
    Object.defineProperty(exports2, "MessageWriter", { enumerable: true, get: function() {
      return messageWriter_1.MessageWriter;
    } });
    Object.defineProperty(exports2, "AbstractMessageWriter", { enumerable: true, get: function() {
      return messageWriter_1.AbstractMessageWriter;
    } });
    Object.defineProperty(exports2, "WriteableStreamMessageWriter", { enumerable: true, get: function() {
      return messageWriter_1.WriteableStreamMessageWriter;
    } });
    var messageBuffer_1 = require_messageBuffer();
    Object.defineProperty(exports2, "AbstractMessageBuffer", { enumerable: true, get: function() {
      return messageBuffer_1.AbstractMessageBuffer;
    } });
    var connection_1 = require_connection();
    Object.defineProperty(exports2, "ConnectionStrategy", { enumerable: true, get: function() {
      return connection_1.ConnectionStrategy;
    } });
    Object.defineProperty(exports2, "ConnectionOptions", { enumerable: true, get: function() {
      return connection_1.ConnectionOptions;
    } });
    Object.defineProperty(exports2, "NullLogger", { enumerable: true, get: function() {
      return connection_1.NullLogger;
    } });
    Object.defineProperty(exports2, "createMessageConnection", { enumerable: true, get: function() {
      return connection_1.createMessageConnection;
    } });
    Object.defineProperty(exports2, "ProgressToken", { enumerable: true, get: function() {
      return connection_1.ProgressToken;
    } });
    Object.defineProperty(exports2, "ProgressType", { enumerable: true, get: function() {
      return connection_1.ProgressType;
    } });
    Object.defineProperty(exports2, "Trace", { enumerable: true, get: function() {
      return connection_1.Trace;
    } });
    Object.defineProperty(exports2, "TraceValue", { enumerable: true, get: function() {
      return connection_1.TraceValue;
    } });
    Object.defineProperty(exports2, "TraceFormat", { enumerable: true, get: function() {
      return connection_1.TraceFormat;
    } });
    Object.defineProperty(exports2, "SetTraceNotification", { enumerable: true, get: function() {
      return connection_1.SetTraceNotification;
    } });
    Object.defineProperty(exports2, "LogTraceNotification", { enumerable: true, get: function() {
      return connection_1.LogTraceNotification;
    } });
    Object.defineProperty(exports2, "ConnectionErrors", { enumerable: true, get: function() {
      return connection_1.ConnectionErrors;
    } });
    Object.defineProperty(exports2, "ConnectionError", { enumerable: true, get: function() {
      return connection_1.ConnectionError;
    } });
    Object.defineProperty(exports2, "CancellationReceiverStrategy", { enumerable: true, get: function() {
      return connection_1.CancellationReceiverStrategy;
    } });
    Object.defineProperty(exports2, "IdCancellationReceiverStrategy", { enumerable: true, get: function() {
      return connection_1.IdCancellationReceiverStrategy;
    } });
    Object.defineProperty(exports2, "RequestCancellationReceiverStrategy", { enumerable: true, get: function() {
      return connection_1.RequestCancellationReceiverStrategy;
    } });
    Object.defineProperty(exports2, "CancellationSenderStrategy", { enumerable: true, get: function() {
      return connection_1.CancellationSenderStrategy;
    } });
    Object.defineProperty(exports2, "CancellationStrategy", { enumerable: true, get: function() {
      return connection_1.CancellationStrategy;
    } });
    Object.defineProperty(exports2, "MessageStrategy", { enumerable: true, get: function() {
      return connection_1.MessageStrategy;
    } });
    Object.defineProperty(exports2, "TraceValues", { enumerable: true, get: function() {
      return connection_1.TraceValues;
    } });
    var ral_1 = __importDefault(require_ral());
    exports2.RAL = ral_1.default;
  }
});

// node_modules/vscode-languageserver-protocol/node_modules/vscode-languageserver-types/lib/esm/main.js
var main_exports = {};
__export(main_exports, {
  AnnotatedTextEdit: () => AnnotatedTextEdit,
  ApplyKind: () => ApplyKind,
  ChangeAnnotation: () => ChangeAnnotation,
  ChangeAnnotationIdentifier: () => ChangeAnnotationIdentifier,
  CodeAction: () => CodeAction,
  CodeActionContext: () => CodeActionContext,
  CodeActionKind: () => CodeActionKind,
  CodeActionTag: () => CodeActionTag,
  CodeActionTriggerKind: () => CodeActionTriggerKind,
  CodeDescription: () => CodeDescription,
  CodeLens: () => CodeLens,
  Color: () => Color,
  ColorInformation: () => ColorInformation,
  ColorPresentation: () => ColorPresentation,
  Command: () => Command,
  CompletionItem: () => CompletionItem,
  CompletionItemKind: () => CompletionItemKind,
  CompletionItemLabelDetails: () => CompletionItemLabelDetails,
  CompletionItemTag: () => CompletionItemTag,
  CompletionList: () => CompletionList,
  CreateFile: () => CreateFile,
  DeleteFile: () => DeleteFile,
  Diagnostic: () => Diagnostic,
  DiagnosticRelatedInformation: () => DiagnosticRelatedInformation,
  DiagnosticSeverity: () => DiagnosticSeverity,
  DiagnosticTag: () => DiagnosticTag,
  DocumentHighlight: () => DocumentHighlight,
  DocumentHighlightKind: () => DocumentHighlightKind,
  DocumentLink: () => DocumentLink,
  DocumentSymbol: () => DocumentSymbol,
  DocumentUri: () => DocumentUri,
  EOL: () => EOL,
  FoldingRange: () => FoldingRange,
  FoldingRangeKind: () => FoldingRangeKind,
  FormattingOptions: () => FormattingOptions,
  Hover: () => Hover,
  InlayHint: () => InlayHint,
  InlayHintKind: () => InlayHintKind,
  InlayHintLabelPart: () => InlayHintLabelPart,
  InlineCompletionContext: () => InlineCompletionContext,
  InlineCompletionItem: () => InlineCompletionItem,
  InlineCompletionList: () => InlineCompletionList,
  InlineCompletionTriggerKind: () => InlineCompletionTriggerKind,
  InlineValueContext: () => InlineValueContext,
  InlineValueEvaluatableExpression: () => InlineValueEvaluatableExpression,
  InlineValueText: () => InlineValueText,
  InlineValueVariableLookup: () => InlineValueVariableLookup,
  InsertReplaceEdit: () => InsertReplaceEdit,
  InsertTextFormat: () => InsertTextFormat,
  InsertTextMode: () => InsertTextMode,
  LanguageKind: () => LanguageKind,
  Location: () => Location,
  LocationLink: () => LocationLink,
  MarkedString: () => MarkedString,
  MarkupContent: () => MarkupContent,
  MarkupKind: () => MarkupKind,
  OptionalVersionedTextDocumentIdentifier: () => OptionalVersionedTextDocumentIdentifier,
  ParameterInformation: () => ParameterInformation,
  Position: () => Position,
  Range: () => Range,
  RenameFile: () => RenameFile,
  SelectedCompletionInfo: () => SelectedCompletionInfo,
  SelectionRange: () => SelectionRange,
  SemanticTokenModifiers: () => SemanticTokenModifiers,
  SemanticTokenTypes: () => SemanticTokenTypes,
  SemanticTokens: () => SemanticTokens,
  SignatureInformation: () => SignatureInformation,
  SnippetTextEdit: () => SnippetTextEdit,
  StringValue: () => StringValue,
  SymbolInformation: () => SymbolInformation,
  SymbolKind: () => SymbolKind,
  SymbolTag: () => SymbolTag,
  TextDocument: () => TextDocument,
  TextDocumentEdit: () => TextDocumentEdit,
  TextDocumentIdentifier: () => TextDocumentIdentifier,
  TextDocumentItem: () => TextDocumentItem,
  TextEdit: () => TextEdit,
  URI: () => URI,
  VersionedTextDocumentIdentifier: () => VersionedTextDocumentIdentifier,
  WorkspaceChange: () => WorkspaceChange,
  WorkspaceEdit: () => WorkspaceEdit,
  WorkspaceFolder: () => WorkspaceFolder,
  WorkspaceSymbol: () => WorkspaceSymbol,
  integer: () => integer,
  uinteger: () => uinteger
});
var DocumentUri, URI, integer, uinteger, Position, Range, Location, LocationLink, Color, ColorInformation, ColorPresentation, FoldingRangeKind, FoldingRange, DiagnosticRelatedInformation, DiagnosticSeverity, DiagnosticTag, CodeDescription, Diagnostic, Command, TextEdit, ChangeAnnotation, ChangeAnnotationIdentifier, AnnotatedTextEdit, TextDocumentEdit, CreateFile, RenameFile, DeleteFile, WorkspaceEdit, TextEditChangeImpl, SnippetTextEdit, ChangeAnnotations, WorkspaceChange, TextDocumentIdentifier, VersionedTextDocumentIdentifier, OptionalVersionedTextDocumentIdentifier, LanguageKind, TextDocumentItem, MarkupKind, MarkupContent, CompletionItemKind, InsertTextFormat, CompletionItemTag, InsertReplaceEdit, InsertTextMode, ApplyKind, CompletionItemLabelDetails, CompletionItem, CompletionList, MarkedString, Hover, ParameterInformation, SignatureInformation, DocumentHighlightKind, DocumentHighlight, SymbolKind, SymbolTag, SymbolInformation, WorkspaceSymbol, DocumentSymbol, CodeActionKind, CodeActionTriggerKind, CodeActionContext, CodeActionTag, CodeAction, CodeLens, FormattingOptions, DocumentLink, SelectionRange, SemanticTokenTypes, SemanticTokenModifiers, SemanticTokens, InlineValueText, InlineValueVariableLookup, InlineValueEvaluatableExpression, InlineValueContext, InlayHintKind, InlayHintLabelPart, InlayHint, StringValue, InlineCompletionItem, InlineCompletionList, InlineCompletionTriggerKind, SelectedCompletionInfo, InlineCompletionContext, WorkspaceFolder, EOL, TextDocument, FullTextDocument, Is;
var init_main = __esm({
  "node_modules/vscode-languageserver-protocol/node_modules/vscode-languageserver-types/lib/esm/main.js"() {
    "use strict";
    (function(DocumentUri2) {
      function is(value) {
        return typeof value === "string";
      }
      DocumentUri2.is = is;
    })(DocumentUri || (DocumentUri = {}));
    (function(URI2) {
      function is(value) {
        return typeof value === "string";
      }
      URI2.is = is;
    })(URI || (URI = {}));
    (function(integer2) {
      integer2.MIN_VALUE = -2147483648;
      integer2.MAX_VALUE = 2147483647;
      function is(value) {
        return typeof value === "number" && integer2.MIN_VALUE <= value && value <= integer2.MAX_VALUE;
      }
      integer2.is = is;
    })(integer || (integer = {}));
    (function(uinteger2) {
      uinteger2.MIN_VALUE = 0;
      uinteger2.MAX_VALUE = 2147483647;
      function is(value) {
        return typeof value === "number" && uinteger2.MIN_VALUE <= value && value <= uinteger2.MAX_VALUE;
      }
      uinteger2.is = is;
    })(uinteger || (uinteger = {}));
    (function(Position2) {
      function create(line, character) {
        if (line === Number.MAX_VALUE) {
          line = uinteger.MAX_VALUE;
        }
        if (character === Number.MAX_VALUE) {
          character = uinteger.MAX_VALUE;
        }
        return { line, character };
      }
      Position2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.line) && Is.uinteger(candidate.character);
      }
      Position2.is = is;
    })(Position || (Position = {}));
    (function(Range2) {
      function create(one, two, three, four) {
        if (Is.uinteger(one) && Is.uinteger(two) && Is.uinteger(three) && Is.uinteger(four)) {
          return { start: Position.create(one, two), end: Position.create(three, four) };
        } else if (Position.is(one) && Position.is(two)) {
          return { start: one, end: two };
        } else {
          throw new Error(`Range#create called with invalid arguments[${one}, ${two}, ${three}, ${four}]`);
        }
      }
      Range2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Position.is(candidate.start) && Position.is(candidate.end);
      }
      Range2.is = is;
    })(Range || (Range = {}));
    (function(Location2) {
      function create(uri, range) {
        return { uri, range };
      }
      Location2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (Is.string(candidate.uri) || Is.undefined(candidate.uri));
      }
      Location2.is = is;
    })(Location || (Location = {}));
    (function(LocationLink2) {
      function create(targetUri, targetRange, targetSelectionRange, originSelectionRange) {
        return { targetUri, targetRange, targetSelectionRange, originSelectionRange };
      }
      LocationLink2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.targetRange) && Is.string(candidate.targetUri) && Range.is(candidate.targetSelectionRange) && (Range.is(candidate.originSelectionRange) || Is.undefined(candidate.originSelectionRange));
      }
      LocationLink2.is = is;
    })(LocationLink || (LocationLink = {}));
    (function(Color2) {
      function create(red, green, blue, alpha) {
        return {
          red,
          green,
          blue,
          alpha
        };
      }
      Color2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.numberRange(candidate.red, 0, 1) && Is.numberRange(candidate.green, 0, 1) && Is.numberRange(candidate.blue, 0, 1) && Is.numberRange(candidate.alpha, 0, 1);
      }
      Color2.is = is;
    })(Color || (Color = {}));
    (function(ColorInformation2) {
      function create(range, color) {
        return {
          range,
          color
        };
      }
      ColorInformation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && Color.is(candidate.color);
      }
      ColorInformation2.is = is;
    })(ColorInformation || (ColorInformation = {}));
    (function(ColorPresentation2) {
      function create(label, textEdit, additionalTextEdits) {
        return {
          label,
          textEdit,
          additionalTextEdits
        };
      }
      ColorPresentation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.undefined(candidate.textEdit) || TextEdit.is(candidate)) && (Is.undefined(candidate.additionalTextEdits) || Is.typedArray(candidate.additionalTextEdits, TextEdit.is));
      }
      ColorPresentation2.is = is;
    })(ColorPresentation || (ColorPresentation = {}));
    (function(FoldingRangeKind2) {
      FoldingRangeKind2.Comment = "comment";
      FoldingRangeKind2.Imports = "imports";
      FoldingRangeKind2.Region = "region";
    })(FoldingRangeKind || (FoldingRangeKind = {}));
    (function(FoldingRange2) {
      function create(startLine, endLine, startCharacter, endCharacter, kind, collapsedText) {
        const result = {
          startLine,
          endLine
        };
        if (Is.defined(startCharacter)) {
          result.startCharacter = startCharacter;
        }
        if (Is.defined(endCharacter)) {
          result.endCharacter = endCharacter;
        }
        if (Is.defined(kind)) {
          result.kind = kind;
        }
        if (Is.defined(collapsedText)) {
          result.collapsedText = collapsedText;
        }
        return result;
      }
      FoldingRange2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.startLine) && Is.uinteger(candidate.startLine) && (Is.undefined(candidate.startCharacter) || Is.uinteger(candidate.startCharacter)) && (Is.undefined(candidate.endCharacter) || Is.uinteger(candidate.endCharacter)) && (Is.undefined(candidate.kind) || Is.string(candidate.kind));
      }
      FoldingRange2.is = is;
    })(FoldingRange || (FoldingRange = {}));
    (function(DiagnosticRelatedInformation2) {
      function create(location, message) {
        return {
          location,
          message
        };
      }
      DiagnosticRelatedInformation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Location.is(candidate.location) && Is.string(candidate.message);
      }
      DiagnosticRelatedInformation2.is = is;
    })(DiagnosticRelatedInformation || (DiagnosticRelatedInformation = {}));
    (function(DiagnosticSeverity4) {
      DiagnosticSeverity4.Error = 1;
      DiagnosticSeverity4.Warning = 2;
      DiagnosticSeverity4.Information = 3;
      DiagnosticSeverity4.Hint = 4;
    })(DiagnosticSeverity || (DiagnosticSeverity = {}));
    (function(DiagnosticTag2) {
      DiagnosticTag2.Unnecessary = 1;
      DiagnosticTag2.Deprecated = 2;
    })(DiagnosticTag || (DiagnosticTag = {}));
    (function(CodeDescription2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.href);
      }
      CodeDescription2.is = is;
    })(CodeDescription || (CodeDescription = {}));
    (function(Diagnostic2) {
      function create(range, message, severity2, code, source, relatedInformation) {
        const result = { range, message };
        if (Is.defined(severity2)) {
          result.severity = severity2;
        }
        if (Is.defined(code)) {
          result.code = code;
        }
        if (Is.defined(source)) {
          result.source = source;
        }
        if (Is.defined(relatedInformation)) {
          result.relatedInformation = relatedInformation;
        }
        return result;
      }
      Diagnostic2.create = create;
      function is(value) {
        var _a;
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.string(candidate.message) || MarkupContent.is(candidate.message)) && (Is.number(candidate.severity) || Is.undefined(candidate.severity)) && (Is.integer(candidate.code) || Is.string(candidate.code) || Is.undefined(candidate.code)) && (Is.undefined(candidate.codeDescription) || Is.string((_a = candidate.codeDescription) === null || _a === void 0 ? void 0 : _a.href)) && (Is.string(candidate.source) || Is.undefined(candidate.source)) && (Is.undefined(candidate.relatedInformation) || Is.typedArray(candidate.relatedInformation, DiagnosticRelatedInformation.is));
      }
      Diagnostic2.is = is;
      function is3_17(value) {
        return Is.string(value.message);
      }
      Diagnostic2.is3_17 = is3_17;
      function getMessageString(diagnostic) {
        if (Is.string(diagnostic.message)) {
          return diagnostic.message;
        } else if (MarkupContent.is(diagnostic.message)) {
          return diagnostic.message.value;
        } else {
          throw new Error(`Unknown message type ${typeof diagnostic.message}`);
        }
      }
      Diagnostic2.getMessageString = getMessageString;
    })(Diagnostic || (Diagnostic = {}));
    (function(Command2) {
      function create(title, command2, ...args) {
        const result = { title, command: command2 };
        if (Is.defined(args) && args.length > 0) {
          result.arguments = args;
        }
        return result;
      }
      Command2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.title) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip)) && Is.string(candidate.command);
      }
      Command2.is = is;
    })(Command || (Command = {}));
    (function(TextEdit2) {
      function replace2(range, newText) {
        return { range, newText };
      }
      TextEdit2.replace = replace2;
      function insert(position, newText) {
        return { range: { start: position, end: position }, newText };
      }
      TextEdit2.insert = insert;
      function del(range) {
        return { range, newText: "" };
      }
      TextEdit2.del = del;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.newText) && Range.is(candidate.range);
      }
      TextEdit2.is = is;
    })(TextEdit || (TextEdit = {}));
    (function(ChangeAnnotation2) {
      function create(label, needsConfirmation, description) {
        const result = { label };
        if (needsConfirmation !== void 0) {
          result.needsConfirmation = needsConfirmation;
        }
        if (description !== void 0) {
          result.description = description;
        }
        return result;
      }
      ChangeAnnotation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.boolean(candidate.needsConfirmation) || candidate.needsConfirmation === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
      }
      ChangeAnnotation2.is = is;
    })(ChangeAnnotation || (ChangeAnnotation = {}));
    (function(ChangeAnnotationIdentifier2) {
      function is(value) {
        const candidate = value;
        return Is.string(candidate);
      }
      ChangeAnnotationIdentifier2.is = is;
    })(ChangeAnnotationIdentifier || (ChangeAnnotationIdentifier = {}));
    (function(AnnotatedTextEdit2) {
      function replace2(range, newText, annotation) {
        return { range, newText, annotationId: annotation };
      }
      AnnotatedTextEdit2.replace = replace2;
      function insert(position, newText, annotation) {
        return { range: { start: position, end: position }, newText, annotationId: annotation };
      }
      AnnotatedTextEdit2.insert = insert;
      function del(range, annotation) {
        return { range, newText: "", annotationId: annotation };
      }
      AnnotatedTextEdit2.del = del;
      function is(value) {
        const candidate = value;
        return TextEdit.is(candidate) && (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      AnnotatedTextEdit2.is = is;
    })(AnnotatedTextEdit || (AnnotatedTextEdit = {}));
    (function(TextDocumentEdit2) {
      function create(textDocument, edits) {
        return { textDocument, edits };
      }
      TextDocumentEdit2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && OptionalVersionedTextDocumentIdentifier.is(candidate.textDocument) && Array.isArray(candidate.edits);
      }
      TextDocumentEdit2.is = is;
    })(TextDocumentEdit || (TextDocumentEdit = {}));
    (function(CreateFile2) {
      function create(uri, options, annotation) {
        const result = {
          kind: "create",
          uri
        };
        if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      CreateFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "create" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      CreateFile2.is = is;
    })(CreateFile || (CreateFile = {}));
    (function(RenameFile2) {
      function create(oldUri, newUri, options, annotation) {
        const result = {
          kind: "rename",
          oldUri,
          newUri
        };
        if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      RenameFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "rename" && Is.string(candidate.oldUri) && Is.string(candidate.newUri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      RenameFile2.is = is;
    })(RenameFile || (RenameFile = {}));
    (function(DeleteFile2) {
      function create(uri, options, annotation) {
        const result = {
          kind: "delete",
          uri
        };
        if (options !== void 0 && (options.recursive !== void 0 || options.ignoreIfNotExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      DeleteFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "delete" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.recursive === void 0 || Is.boolean(candidate.options.recursive)) && (candidate.options.ignoreIfNotExists === void 0 || Is.boolean(candidate.options.ignoreIfNotExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      DeleteFile2.is = is;
    })(DeleteFile || (DeleteFile = {}));
    (function(WorkspaceEdit2) {
      function is(value) {
        const candidate = value;
        return candidate && (candidate.changes !== void 0 || candidate.documentChanges !== void 0) && (candidate.documentChanges === void 0 || candidate.documentChanges.every((change) => {
          if (Is.string(change.kind)) {
            return CreateFile.is(change) || RenameFile.is(change) || DeleteFile.is(change);
          } else {
            return TextDocumentEdit.is(change);
          }
        }));
      }
      WorkspaceEdit2.is = is;
    })(WorkspaceEdit || (WorkspaceEdit = {}));
    TextEditChangeImpl = class {
      constructor(edits, changeAnnotations) {
        this.edits = edits;
        this.changeAnnotations = changeAnnotations;
      }
      insert(position, newText, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.insert(position, newText);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.insert(position, newText, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.insert(position, newText, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      replace(range, newText, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.replace(range, newText);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.replace(range, newText, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.replace(range, newText, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      delete(range, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.del(range);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.del(range, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.del(range, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      add(edit) {
        this.edits.push(edit);
      }
      all() {
        return this.edits;
      }
      clear() {
        this.edits.splice(0, this.edits.length);
      }
      assertChangeAnnotations(value) {
        if (value === void 0) {
          throw new Error(`Text edit change is not configured to manage change annotations.`);
        }
      }
    };
    (function(SnippetTextEdit2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && StringValue.isSnippet(candidate.snippet) && (candidate.annotationId === void 0 || (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId)));
      }
      SnippetTextEdit2.is = is;
    })(SnippetTextEdit || (SnippetTextEdit = {}));
    ChangeAnnotations = class {
      constructor(annotations) {
        this._annotations = annotations === void 0 ? /* @__PURE__ */ Object.create(null) : annotations;
        this._counter = 0;
        this._size = 0;
      }
      all() {
        return this._annotations;
      }
      get size() {
        return this._size;
      }
      manage(idOrAnnotation, annotation) {
        let id;
        if (ChangeAnnotationIdentifier.is(idOrAnnotation)) {
          id = idOrAnnotation;
        } else {
          id = this.nextId();
          annotation = idOrAnnotation;
        }
        if (this._annotations[id] !== void 0) {
          throw new Error(`Id ${id} is already in use.`);
        }
        if (annotation === void 0) {
          throw new Error(`No annotation provided for id ${id}`);
        }
        this._annotations[id] = annotation;
        this._size++;
        return id;
      }
      nextId() {
        this._counter++;
        return this._counter.toString();
      }
    };
    WorkspaceChange = class {
      constructor(workspaceEdit) {
        this._textEditChanges = /* @__PURE__ */ Object.create(null);
        if (workspaceEdit !== void 0) {
          this._workspaceEdit = workspaceEdit;
          if (workspaceEdit.documentChanges) {
            this._changeAnnotations = new ChangeAnnotations(workspaceEdit.changeAnnotations);
            workspaceEdit.changeAnnotations = this._changeAnnotations.all();
            workspaceEdit.documentChanges.forEach((change) => {
              if (TextDocumentEdit.is(change)) {
                const textEditChange = new TextEditChangeImpl(change.edits, this._changeAnnotations);
                this._textEditChanges[change.textDocument.uri] = textEditChange;
              }
            });
          } else if (workspaceEdit.changes) {
            Object.keys(workspaceEdit.changes).forEach((key) => {
              const textEditChange = new TextEditChangeImpl(workspaceEdit.changes[key]);
              this._textEditChanges[key] = textEditChange;
            });
          }
        } else {
          this._workspaceEdit = {};
        }
      }
      /**
       * Returns the underlying {@link WorkspaceEdit} literal
       * use to be returned from a workspace edit operation like rename.
       */
      get edit() {
        this.initDocumentChanges();
        if (this._changeAnnotations !== void 0) {
          if (this._changeAnnotations.size === 0) {
            this._workspaceEdit.changeAnnotations = void 0;
          } else {
            this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
          }
        }
        return this._workspaceEdit;
      }
      getTextEditChange(key) {
        if (OptionalVersionedTextDocumentIdentifier.is(key)) {
          this.initDocumentChanges();
          if (this._workspaceEdit.documentChanges === void 0) {
            throw new Error("Workspace edit is not configured for document changes.");
          }
          const textDocument = { uri: key.uri, version: key.version };
          let result = this._textEditChanges[textDocument.uri];
          if (!result) {
            const edits = [];
            const textDocumentEdit = {
              textDocument,
              edits
            };
            this._workspaceEdit.documentChanges.push(textDocumentEdit);
            result = new TextEditChangeImpl(edits, this._changeAnnotations);
            this._textEditChanges[textDocument.uri] = result;
          }
          return result;
        } else {
          this.initChanges();
          if (this._workspaceEdit.changes === void 0) {
            throw new Error("Workspace edit is not configured for normal text edit changes.");
          }
          let result = this._textEditChanges[key];
          if (!result) {
            const edits = [];
            this._workspaceEdit.changes[key] = edits;
            result = new TextEditChangeImpl(edits);
            this._textEditChanges[key] = result;
          }
          return result;
        }
      }
      initDocumentChanges() {
        if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
          this._changeAnnotations = new ChangeAnnotations();
          this._workspaceEdit.documentChanges = [];
          this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
        }
      }
      initChanges() {
        if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
          this._workspaceEdit.changes = /* @__PURE__ */ Object.create(null);
        }
      }
      createFile(uri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = CreateFile.create(uri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = CreateFile.create(uri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
      renameFile(oldUri, newUri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = RenameFile.create(oldUri, newUri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = RenameFile.create(oldUri, newUri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
      deleteFile(uri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = DeleteFile.create(uri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = DeleteFile.create(uri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
    };
    (function(TextDocumentIdentifier2) {
      function create(uri) {
        return { uri };
      }
      TextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri);
      }
      TextDocumentIdentifier2.is = is;
    })(TextDocumentIdentifier || (TextDocumentIdentifier = {}));
    (function(VersionedTextDocumentIdentifier2) {
      function create(uri, version) {
        return { uri, version };
      }
      VersionedTextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.integer(candidate.version);
      }
      VersionedTextDocumentIdentifier2.is = is;
    })(VersionedTextDocumentIdentifier || (VersionedTextDocumentIdentifier = {}));
    (function(OptionalVersionedTextDocumentIdentifier2) {
      function create(uri, version) {
        return { uri, version };
      }
      OptionalVersionedTextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && (candidate.version === null || Is.integer(candidate.version));
      }
      OptionalVersionedTextDocumentIdentifier2.is = is;
    })(OptionalVersionedTextDocumentIdentifier || (OptionalVersionedTextDocumentIdentifier = {}));
    (function(LanguageKind2) {
      LanguageKind2.ABAP = "abap";
      LanguageKind2.WindowsBat = "bat";
      LanguageKind2.BibTeX = "bibtex";
      LanguageKind2.Clojure = "clojure";
      LanguageKind2.Coffeescript = "coffeescript";
      LanguageKind2.C = "c";
      LanguageKind2.CPP = "cpp";
      LanguageKind2.CSharp = "csharp";
      LanguageKind2.CSS = "css";
      LanguageKind2.D = "d";
      LanguageKind2.Delphi = "pascal";
      LanguageKind2.Diff = "diff";
      LanguageKind2.Dart = "dart";
      LanguageKind2.Dockerfile = "dockerfile";
      LanguageKind2.Elixir = "elixir";
      LanguageKind2.Erlang = "erlang";
      LanguageKind2.FSharp = "fsharp";
      LanguageKind2.GitCommit = "git-commit";
      LanguageKind2.GitRebase = "git-rebase";
      LanguageKind2.Go = "go";
      LanguageKind2.Groovy = "groovy";
      LanguageKind2.Handlebars = "handlebars";
      LanguageKind2.Haskell = "haskell";
      LanguageKind2.HTML = "html";
      LanguageKind2.Ini = "ini";
      LanguageKind2.Java = "java";
      LanguageKind2.JavaScript = "javascript";
      LanguageKind2.JavaScriptReact = "javascriptreact";
      LanguageKind2.JSON = "json";
      LanguageKind2.LaTeX = "latex";
      LanguageKind2.Less = "less";
      LanguageKind2.Lua = "lua";
      LanguageKind2.Makefile = "makefile";
      LanguageKind2.Markdown = "markdown";
      LanguageKind2.ObjectiveC = "objective-c";
      LanguageKind2.ObjectiveCPP = "objective-cpp";
      LanguageKind2.Pascal = "pascal";
      LanguageKind2.Perl = "perl";
      LanguageKind2.Perl6 = "perl6";
      LanguageKind2.PHP = "php";
      LanguageKind2.Plaintext = "plaintext";
      LanguageKind2.Powershell = "powershell";
      LanguageKind2.Pug = "jade";
      LanguageKind2.Python = "python";
      LanguageKind2.R = "r";
      LanguageKind2.Razor = "razor";
      LanguageKind2.Ruby = "ruby";
      LanguageKind2.Rust = "rust";
      LanguageKind2.SCSS = "scss";
      LanguageKind2.SASS = "sass";
      LanguageKind2.Scala = "scala";
      LanguageKind2.ShaderLab = "shaderlab";
      LanguageKind2.ShellScript = "shellscript";
      LanguageKind2.SQL = "sql";
      LanguageKind2.Swift = "swift";
      LanguageKind2.TypeScript = "typescript";
      LanguageKind2.TypeScriptReact = "typescriptreact";
      LanguageKind2.TeX = "tex";
      LanguageKind2.VisualBasic = "vb";
      LanguageKind2.XML = "xml";
      LanguageKind2.XSL = "xsl";
      LanguageKind2.YAML = "yaml";
    })(LanguageKind || (LanguageKind = {}));
    (function(TextDocumentItem2) {
      function create(uri, languageId, version, text) {
        return { uri, languageId, version, text };
      }
      TextDocumentItem2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.string(candidate.languageId) && Is.integer(candidate.version) && Is.string(candidate.text);
      }
      TextDocumentItem2.is = is;
    })(TextDocumentItem || (TextDocumentItem = {}));
    (function(MarkupKind2) {
      MarkupKind2.PlainText = "plaintext";
      MarkupKind2.Markdown = "markdown";
      function is(value) {
        const candidate = value;
        return candidate === MarkupKind2.PlainText || candidate === MarkupKind2.Markdown;
      }
      MarkupKind2.is = is;
    })(MarkupKind || (MarkupKind = {}));
    (function(MarkupContent2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(value) && MarkupKind.is(candidate.kind) && Is.string(candidate.value);
      }
      MarkupContent2.is = is;
    })(MarkupContent || (MarkupContent = {}));
    (function(CompletionItemKind2) {
      CompletionItemKind2.Text = 1;
      CompletionItemKind2.Method = 2;
      CompletionItemKind2.Function = 3;
      CompletionItemKind2.Constructor = 4;
      CompletionItemKind2.Field = 5;
      CompletionItemKind2.Variable = 6;
      CompletionItemKind2.Class = 7;
      CompletionItemKind2.Interface = 8;
      CompletionItemKind2.Module = 9;
      CompletionItemKind2.Property = 10;
      CompletionItemKind2.Unit = 11;
      CompletionItemKind2.Value = 12;
      CompletionItemKind2.Enum = 13;
      CompletionItemKind2.Keyword = 14;
      CompletionItemKind2.Snippet = 15;
      CompletionItemKind2.Color = 16;
      CompletionItemKind2.File = 17;
      CompletionItemKind2.Reference = 18;
      CompletionItemKind2.Folder = 19;
      CompletionItemKind2.EnumMember = 20;
      CompletionItemKind2.Constant = 21;
      CompletionItemKind2.Struct = 22;
      CompletionItemKind2.Event = 23;
      CompletionItemKind2.Operator = 24;
      CompletionItemKind2.TypeParameter = 25;
    })(CompletionItemKind || (CompletionItemKind = {}));
    (function(InsertTextFormat2) {
      InsertTextFormat2.PlainText = 1;
      InsertTextFormat2.Snippet = 2;
    })(InsertTextFormat || (InsertTextFormat = {}));
    (function(CompletionItemTag2) {
      CompletionItemTag2.Deprecated = 1;
    })(CompletionItemTag || (CompletionItemTag = {}));
    (function(InsertReplaceEdit2) {
      function create(newText, insert, replace2) {
        return { newText, insert, replace: replace2 };
      }
      InsertReplaceEdit2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.newText) && Range.is(candidate.insert) && Range.is(candidate.replace);
      }
      InsertReplaceEdit2.is = is;
    })(InsertReplaceEdit || (InsertReplaceEdit = {}));
    (function(InsertTextMode2) {
      InsertTextMode2.asIs = 1;
      InsertTextMode2.adjustIndentation = 2;
    })(InsertTextMode || (InsertTextMode = {}));
    (function(ApplyKind2) {
      ApplyKind2.Replace = 1;
      ApplyKind2.Merge = 2;
    })(ApplyKind || (ApplyKind = {}));
    (function(CompletionItemLabelDetails2) {
      function is(value) {
        const candidate = value;
        return candidate && (Is.string(candidate.detail) || candidate.detail === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
      }
      CompletionItemLabelDetails2.is = is;
    })(CompletionItemLabelDetails || (CompletionItemLabelDetails = {}));
    (function(CompletionItem2) {
      function create(label) {
        return { label };
      }
      CompletionItem2.create = create;
    })(CompletionItem || (CompletionItem = {}));
    (function(CompletionList2) {
      function create(items, isIncomplete) {
        return { items: items ? items : [], isIncomplete: !!isIncomplete };
      }
      CompletionList2.create = create;
    })(CompletionList || (CompletionList = {}));
    (function(MarkedString2) {
      function fromPlainText(plainText2) {
        return plainText2.replace(/[\\`*_{}[\]()#+\-.!]/g, "\\$&");
      }
      MarkedString2.fromPlainText = fromPlainText;
      function is(value) {
        const candidate = value;
        return Is.string(candidate) || Is.objectLiteral(candidate) && Is.string(candidate.language) && Is.string(candidate.value);
      }
      MarkedString2.is = is;
    })(MarkedString || (MarkedString = {}));
    (function(Hover2) {
      function is(value) {
        const candidate = value;
        return !!candidate && Is.objectLiteral(candidate) && (MarkupContent.is(candidate.contents) || MarkedString.is(candidate.contents) || Is.typedArray(candidate.contents, MarkedString.is)) && (value.range === void 0 || Range.is(value.range));
      }
      Hover2.is = is;
    })(Hover || (Hover = {}));
    (function(ParameterInformation2) {
      function create(label, documentation) {
        return documentation ? { label, documentation } : { label };
      }
      ParameterInformation2.create = create;
    })(ParameterInformation || (ParameterInformation = {}));
    (function(SignatureInformation2) {
      function create(label, documentation, ...parameters) {
        const result = { label };
        if (Is.defined(documentation)) {
          result.documentation = documentation;
        }
        if (Is.defined(parameters)) {
          result.parameters = parameters;
        } else {
          result.parameters = [];
        }
        return result;
      }
      SignatureInformation2.create = create;
    })(SignatureInformation || (SignatureInformation = {}));
    (function(DocumentHighlightKind2) {
      DocumentHighlightKind2.Text = 1;
      DocumentHighlightKind2.Read = 2;
      DocumentHighlightKind2.Write = 3;
    })(DocumentHighlightKind || (DocumentHighlightKind = {}));
    (function(DocumentHighlight2) {
      function create(range, kind) {
        const result = { range };
        if (Is.number(kind)) {
          result.kind = kind;
        }
        return result;
      }
      DocumentHighlight2.create = create;
    })(DocumentHighlight || (DocumentHighlight = {}));
    (function(SymbolKind2) {
      SymbolKind2.File = 1;
      SymbolKind2.Module = 2;
      SymbolKind2.Namespace = 3;
      SymbolKind2.Package = 4;
      SymbolKind2.Class = 5;
      SymbolKind2.Method = 6;
      SymbolKind2.Property = 7;
      SymbolKind2.Field = 8;
      SymbolKind2.Constructor = 9;
      SymbolKind2.Enum = 10;
      SymbolKind2.Interface = 11;
      SymbolKind2.Function = 12;
      SymbolKind2.Variable = 13;
      SymbolKind2.Constant = 14;
      SymbolKind2.String = 15;
      SymbolKind2.Number = 16;
      SymbolKind2.Boolean = 17;
      SymbolKind2.Array = 18;
      SymbolKind2.Object = 19;
      SymbolKind2.Key = 20;
      SymbolKind2.Null = 21;
      SymbolKind2.EnumMember = 22;
      SymbolKind2.Struct = 23;
      SymbolKind2.Event = 24;
      SymbolKind2.Operator = 25;
      SymbolKind2.TypeParameter = 26;
    })(SymbolKind || (SymbolKind = {}));
    (function(SymbolTag2) {
      SymbolTag2.Deprecated = 1;
    })(SymbolTag || (SymbolTag = {}));
    (function(SymbolInformation2) {
      function create(name, kind, range, uri, containerName) {
        const result = {
          name,
          kind,
          location: { uri, range }
        };
        if (containerName) {
          result.containerName = containerName;
        }
        return result;
      }
      SymbolInformation2.create = create;
    })(SymbolInformation || (SymbolInformation = {}));
    (function(WorkspaceSymbol2) {
      function create(name, kind, uri, range) {
        return range !== void 0 ? { name, kind, location: { uri, range } } : { name, kind, location: { uri } };
      }
      WorkspaceSymbol2.create = create;
    })(WorkspaceSymbol || (WorkspaceSymbol = {}));
    (function(DocumentSymbol2) {
      function create(name, detail, kind, range, selectionRange, children) {
        const result = {
          name,
          detail,
          kind,
          range,
          selectionRange
        };
        if (children !== void 0) {
          result.children = children;
        }
        return result;
      }
      DocumentSymbol2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.name) && Is.number(candidate.kind) && Range.is(candidate.range) && Range.is(candidate.selectionRange) && (candidate.detail === void 0 || Is.string(candidate.detail)) && (candidate.deprecated === void 0 || Is.boolean(candidate.deprecated)) && (candidate.children === void 0 || Array.isArray(candidate.children)) && (candidate.tags === void 0 || Array.isArray(candidate.tags));
      }
      DocumentSymbol2.is = is;
    })(DocumentSymbol || (DocumentSymbol = {}));
    (function(CodeActionKind3) {
      CodeActionKind3.Empty = "";
      CodeActionKind3.QuickFix = "quickfix";
      CodeActionKind3.Refactor = "refactor";
      CodeActionKind3.RefactorExtract = "refactor.extract";
      CodeActionKind3.RefactorInline = "refactor.inline";
      CodeActionKind3.RefactorMove = "refactor.move";
      CodeActionKind3.RefactorRewrite = "refactor.rewrite";
      CodeActionKind3.Source = "source";
      CodeActionKind3.SourceOrganizeImports = "source.organizeImports";
      CodeActionKind3.SourceFixAll = "source.fixAll";
      CodeActionKind3.Notebook = "notebook";
    })(CodeActionKind || (CodeActionKind = {}));
    (function(CodeActionTriggerKind2) {
      CodeActionTriggerKind2.Invoked = 1;
      CodeActionTriggerKind2.Automatic = 2;
    })(CodeActionTriggerKind || (CodeActionTriggerKind = {}));
    (function(CodeActionContext2) {
      function create(diagnostics, only, triggerKind) {
        const result = { diagnostics };
        if (only !== void 0 && only !== null) {
          result.only = only;
        }
        if (triggerKind !== void 0 && triggerKind !== null) {
          result.triggerKind = triggerKind;
        }
        return result;
      }
      CodeActionContext2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.typedArray(candidate.diagnostics, Diagnostic.is) && (candidate.only === void 0 || Is.typedArray(candidate.only, Is.string)) && (candidate.triggerKind === void 0 || candidate.triggerKind === CodeActionTriggerKind.Invoked || candidate.triggerKind === CodeActionTriggerKind.Automatic);
      }
      CodeActionContext2.is = is;
    })(CodeActionContext || (CodeActionContext = {}));
    (function(CodeActionTag2) {
      CodeActionTag2.LLMGenerated = 1;
      function is(value) {
        return Is.defined(value) && value === CodeActionTag2.LLMGenerated;
      }
      CodeActionTag2.is = is;
    })(CodeActionTag || (CodeActionTag = {}));
    (function(CodeAction2) {
      function create(title, kindOrCommandOrEdit, kind) {
        const result = { title };
        let checkKind = true;
        if (typeof kindOrCommandOrEdit === "string") {
          checkKind = false;
          result.kind = kindOrCommandOrEdit;
        } else if (Command.is(kindOrCommandOrEdit)) {
          result.command = kindOrCommandOrEdit;
        } else {
          result.edit = kindOrCommandOrEdit;
        }
        if (checkKind && kind !== void 0) {
          result.kind = kind;
        }
        return result;
      }
      CodeAction2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.title) && (candidate.diagnostics === void 0 || Is.typedArray(candidate.diagnostics, Diagnostic.is)) && (candidate.kind === void 0 || Is.string(candidate.kind)) && (candidate.edit !== void 0 || candidate.command !== void 0) && (candidate.command === void 0 || Command.is(candidate.command)) && (candidate.isPreferred === void 0 || Is.boolean(candidate.isPreferred)) && (candidate.edit === void 0 || WorkspaceEdit.is(candidate.edit)) && (candidate.tags === void 0 || Is.typedArray(candidate.tags, CodeActionTag.is));
      }
      CodeAction2.is = is;
    })(CodeAction || (CodeAction = {}));
    (function(CodeLens2) {
      function create(range, data) {
        const result = { range };
        if (Is.defined(data)) {
          result.data = data;
        }
        return result;
      }
      CodeLens2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.command) || Command.is(candidate.command));
      }
      CodeLens2.is = is;
    })(CodeLens || (CodeLens = {}));
    (function(FormattingOptions2) {
      function create(tabSize, insertSpaces) {
        return { tabSize, insertSpaces };
      }
      FormattingOptions2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.uinteger(candidate.tabSize) && Is.boolean(candidate.insertSpaces);
      }
      FormattingOptions2.is = is;
    })(FormattingOptions || (FormattingOptions = {}));
    (function(DocumentLink2) {
      function create(range, target, data) {
        return { range, target, data };
      }
      DocumentLink2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.target) || Is.string(candidate.target));
      }
      DocumentLink2.is = is;
    })(DocumentLink || (DocumentLink = {}));
    (function(SelectionRange2) {
      function create(range, parent) {
        return { range, parent };
      }
      SelectionRange2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (candidate.parent === void 0 || SelectionRange2.is(candidate.parent));
      }
      SelectionRange2.is = is;
    })(SelectionRange || (SelectionRange = {}));
    (function(SemanticTokenTypes2) {
      SemanticTokenTypes2["namespace"] = "namespace";
      SemanticTokenTypes2["type"] = "type";
      SemanticTokenTypes2["class"] = "class";
      SemanticTokenTypes2["enum"] = "enum";
      SemanticTokenTypes2["interface"] = "interface";
      SemanticTokenTypes2["struct"] = "struct";
      SemanticTokenTypes2["typeParameter"] = "typeParameter";
      SemanticTokenTypes2["parameter"] = "parameter";
      SemanticTokenTypes2["variable"] = "variable";
      SemanticTokenTypes2["property"] = "property";
      SemanticTokenTypes2["enumMember"] = "enumMember";
      SemanticTokenTypes2["event"] = "event";
      SemanticTokenTypes2["function"] = "function";
      SemanticTokenTypes2["method"] = "method";
      SemanticTokenTypes2["macro"] = "macro";
      SemanticTokenTypes2["keyword"] = "keyword";
      SemanticTokenTypes2["modifier"] = "modifier";
      SemanticTokenTypes2["comment"] = "comment";
      SemanticTokenTypes2["string"] = "string";
      SemanticTokenTypes2["number"] = "number";
      SemanticTokenTypes2["regexp"] = "regexp";
      SemanticTokenTypes2["operator"] = "operator";
      SemanticTokenTypes2["decorator"] = "decorator";
      SemanticTokenTypes2["label"] = "label";
    })(SemanticTokenTypes || (SemanticTokenTypes = {}));
    (function(SemanticTokenModifiers2) {
      SemanticTokenModifiers2["declaration"] = "declaration";
      SemanticTokenModifiers2["definition"] = "definition";
      SemanticTokenModifiers2["readonly"] = "readonly";
      SemanticTokenModifiers2["static"] = "static";
      SemanticTokenModifiers2["deprecated"] = "deprecated";
      SemanticTokenModifiers2["abstract"] = "abstract";
      SemanticTokenModifiers2["async"] = "async";
      SemanticTokenModifiers2["modification"] = "modification";
      SemanticTokenModifiers2["documentation"] = "documentation";
      SemanticTokenModifiers2["defaultLibrary"] = "defaultLibrary";
    })(SemanticTokenModifiers || (SemanticTokenModifiers = {}));
    (function(SemanticTokens2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && (candidate.resultId === void 0 || typeof candidate.resultId === "string") && Array.isArray(candidate.data) && (candidate.data.length === 0 || typeof candidate.data[0] === "number");
      }
      SemanticTokens2.is = is;
    })(SemanticTokens || (SemanticTokens = {}));
    (function(InlineValueText2) {
      function create(range, text) {
        return { range, text };
      }
      InlineValueText2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.string(candidate.text);
      }
      InlineValueText2.is = is;
    })(InlineValueText || (InlineValueText = {}));
    (function(InlineValueVariableLookup2) {
      function create(range, variableName, caseSensitiveLookup) {
        return { range, variableName, caseSensitiveLookup };
      }
      InlineValueVariableLookup2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.boolean(candidate.caseSensitiveLookup) && (Is.string(candidate.variableName) || candidate.variableName === void 0);
      }
      InlineValueVariableLookup2.is = is;
    })(InlineValueVariableLookup || (InlineValueVariableLookup = {}));
    (function(InlineValueEvaluatableExpression2) {
      function create(range, expression) {
        return { range, expression };
      }
      InlineValueEvaluatableExpression2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && (Is.string(candidate.expression) || candidate.expression === void 0);
      }
      InlineValueEvaluatableExpression2.is = is;
    })(InlineValueEvaluatableExpression || (InlineValueEvaluatableExpression = {}));
    (function(InlineValueContext2) {
      function create(frameId, stoppedLocation) {
        return { frameId, stoppedLocation };
      }
      InlineValueContext2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(value.stoppedLocation);
      }
      InlineValueContext2.is = is;
    })(InlineValueContext || (InlineValueContext = {}));
    (function(InlayHintKind2) {
      InlayHintKind2.Type = 1;
      InlayHintKind2.Parameter = 2;
      function is(value) {
        return value === 1 || value === 2;
      }
      InlayHintKind2.is = is;
    })(InlayHintKind || (InlayHintKind = {}));
    (function(InlayHintLabelPart2) {
      function create(value) {
        return { value };
      }
      InlayHintLabelPart2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.location === void 0 || Location.is(candidate.location)) && (candidate.command === void 0 || Command.is(candidate.command));
      }
      InlayHintLabelPart2.is = is;
    })(InlayHintLabelPart || (InlayHintLabelPart = {}));
    (function(InlayHint2) {
      function create(position, label, kind) {
        const result = { position, label };
        if (kind !== void 0) {
          result.kind = kind;
        }
        return result;
      }
      InlayHint2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Position.is(candidate.position) && (Is.string(candidate.label) || Is.typedArray(candidate.label, InlayHintLabelPart.is)) && (candidate.kind === void 0 || InlayHintKind.is(candidate.kind)) && candidate.textEdits === void 0 || Is.typedArray(candidate.textEdits, TextEdit.is) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.paddingLeft === void 0 || Is.boolean(candidate.paddingLeft)) && (candidate.paddingRight === void 0 || Is.boolean(candidate.paddingRight));
      }
      InlayHint2.is = is;
    })(InlayHint || (InlayHint = {}));
    (function(StringValue2) {
      function createSnippet(value) {
        return { kind: "snippet", value };
      }
      StringValue2.createSnippet = createSnippet;
      function isSnippet(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && candidate.kind === "snippet" && Is.string(candidate.value);
      }
      StringValue2.isSnippet = isSnippet;
    })(StringValue || (StringValue = {}));
    (function(InlineCompletionItem2) {
      function create(insertText, filterText, range, command2) {
        return { insertText, filterText, range, command: command2 };
      }
      InlineCompletionItem2.create = create;
    })(InlineCompletionItem || (InlineCompletionItem = {}));
    (function(InlineCompletionList2) {
      function create(items) {
        return { items };
      }
      InlineCompletionList2.create = create;
    })(InlineCompletionList || (InlineCompletionList = {}));
    (function(InlineCompletionTriggerKind2) {
      InlineCompletionTriggerKind2.Invoked = 1;
      InlineCompletionTriggerKind2.Automatic = 2;
    })(InlineCompletionTriggerKind || (InlineCompletionTriggerKind = {}));
    (function(SelectedCompletionInfo2) {
      function create(range, text) {
        return { range, text };
      }
      SelectedCompletionInfo2.create = create;
    })(SelectedCompletionInfo || (SelectedCompletionInfo = {}));
    (function(InlineCompletionContext2) {
      function create(triggerKind, selectedCompletionInfo) {
        return { triggerKind, selectedCompletionInfo };
      }
      InlineCompletionContext2.create = create;
    })(InlineCompletionContext || (InlineCompletionContext = {}));
    (function(WorkspaceFolder2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && URI.is(candidate.uri) && Is.string(candidate.name);
      }
      WorkspaceFolder2.is = is;
    })(WorkspaceFolder || (WorkspaceFolder = {}));
    EOL = ["\n", "\r\n", "\r"];
    (function(TextDocument3) {
      function create(uri, languageId, version, content) {
        return new FullTextDocument(uri, languageId, version, content);
      }
      TextDocument3.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && (Is.undefined(candidate.languageId) || Is.string(candidate.languageId)) && Is.uinteger(candidate.lineCount) && Is.func(candidate.getText) && Is.func(candidate.positionAt) && Is.func(candidate.offsetAt) ? true : false;
      }
      TextDocument3.is = is;
      function applyEdits2(document, edits) {
        let text = document.getText();
        const sortedEdits = mergeSort2(edits, (a, b) => {
          const diff = a.range.start.line - b.range.start.line;
          if (diff === 0) {
            return a.range.start.character - b.range.start.character;
          }
          return diff;
        });
        let lastModifiedOffset = text.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
          const e = sortedEdits[i];
          const startOffset = document.offsetAt(e.range.start);
          const endOffset = document.offsetAt(e.range.end);
          if (endOffset <= lastModifiedOffset) {
            text = text.substring(0, startOffset) + e.newText + text.substring(endOffset, text.length);
          } else {
            throw new Error("Overlapping edit");
          }
          lastModifiedOffset = startOffset;
        }
        return text;
      }
      TextDocument3.applyEdits = applyEdits2;
      function mergeSort2(data, compare2) {
        if (data.length <= 1) {
          return data;
        }
        const p = data.length / 2 | 0;
        const left = data.slice(0, p);
        const right = data.slice(p);
        mergeSort2(left, compare2);
        mergeSort2(right, compare2);
        let leftIdx = 0;
        let rightIdx = 0;
        let i = 0;
        while (leftIdx < left.length && rightIdx < right.length) {
          const ret = compare2(left[leftIdx], right[rightIdx]);
          if (ret <= 0) {
            data[i++] = left[leftIdx++];
          } else {
            data[i++] = right[rightIdx++];
          }
        }
        while (leftIdx < left.length) {
          data[i++] = left[leftIdx++];
        }
        while (rightIdx < right.length) {
          data[i++] = right[rightIdx++];
        }
        return data;
      }
    })(TextDocument || (TextDocument = {}));
    FullTextDocument = class {
      constructor(uri, languageId, version, content) {
        this._uri = uri;
        this._languageId = languageId;
        this._version = version;
        this._content = content;
        this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          const start = this.offsetAt(range.start);
          const end = this.offsetAt(range.end);
          return this._content.substring(start, end);
        }
        return this._content;
      }
      update(event, version) {
        this._content = event.text;
        this._version = version;
        this._lineOffsets = void 0;
      }
      getLineOffsets() {
        if (this._lineOffsets === void 0) {
          const lineOffsets = [];
          const text = this._content;
          let isLineStart = true;
          for (let i = 0; i < text.length; i++) {
            if (isLineStart) {
              lineOffsets.push(i);
              isLineStart = false;
            }
            const ch = text.charAt(i);
            isLineStart = ch === "\r" || ch === "\n";
            if (ch === "\r" && i + 1 < text.length && text.charAt(i + 1) === "\n") {
              i++;
            }
          }
          if (isLineStart && text.length > 0) {
            lineOffsets.push(text.length);
          }
          this._lineOffsets = lineOffsets;
        }
        return this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        const lineOffsets = this.getLineOffsets();
        let low = 0, high = lineOffsets.length;
        if (high === 0) {
          return Position.create(0, offset);
        }
        while (low < high) {
          const mid = Math.floor((low + high) / 2);
          if (lineOffsets[mid] > offset) {
            high = mid;
          } else {
            low = mid + 1;
          }
        }
        const line = low - 1;
        return Position.create(line, offset - lineOffsets[line]);
      }
      offsetAt(position) {
        const lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length) {
          return this._content.length;
        } else if (position.line < 0) {
          return 0;
        }
        const lineOffset = lineOffsets[position.line];
        const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
        return Math.max(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
    };
    (function(Is2) {
      const toString = Object.prototype.toString;
      function defined(value) {
        return typeof value !== "undefined";
      }
      Is2.defined = defined;
      function undefined2(value) {
        return typeof value === "undefined";
      }
      Is2.undefined = undefined2;
      function boolean(value) {
        return value === true || value === false;
      }
      Is2.boolean = boolean;
      function string(value) {
        return toString.call(value) === "[object String]";
      }
      Is2.string = string;
      function number(value) {
        return toString.call(value) === "[object Number]";
      }
      Is2.number = number;
      function numberRange(value, min, max) {
        return toString.call(value) === "[object Number]" && min <= value && value <= max;
      }
      Is2.numberRange = numberRange;
      function integer2(value) {
        return toString.call(value) === "[object Number]" && -2147483648 <= value && value <= 2147483647;
      }
      Is2.integer = integer2;
      function uinteger2(value) {
        return toString.call(value) === "[object Number]" && 0 <= value && value <= 2147483647;
      }
      Is2.uinteger = uinteger2;
      function func(value) {
        return toString.call(value) === "[object Function]";
      }
      Is2.func = func;
      function objectLiteral(value) {
        return value !== null && typeof value === "object";
      }
      Is2.objectLiteral = objectLiteral;
      function typedArray(value, check2) {
        return Array.isArray(value) && value.every(check2);
      }
      Is2.typedArray = typedArray;
    })(Is || (Is = {}));
  }
});

// node_modules/vscode-languageserver-protocol/lib/common/messages.js
var require_messages2 = __commonJS({
  "node_modules/vscode-languageserver-protocol/lib/common/messages.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.CM = exports2.ProtocolNotificationType = exports2.ProtocolNotificationType0 = exports2.ProtocolRequestType = exports2.ProtocolRequestType0 = exports2.RegistrationType = exports2.MessageDirection = void 0;
    var vscode_jsonrpc_1 = require_api();
    var MessageDirection;
    (function(MessageDirection2) {
      MessageDirection2["clientToServer"] = "clientToServer";
      MessageDirection2["serverToClient"] = "serverToClient";
      MessageDirection2["both"] = "both";
    })(MessageDirection || (exports2.MessageDirection = MessageDirection = {}));
    var RegistrationType = class {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      ____;
      method;
      constructor(method) {
        this.method = method;
      }
    };
    exports2.RegistrationType = RegistrationType;
    var ProtocolRequestType0 = class extends vscode_jsonrpc_1.RequestType0 {
      /**
       * Clients must not use these properties. They are here to ensure correct typing.
       * in TypeScript
       */
      __;
      ___;
      ____;
      _pr;
      constructor(method) {
        super(method);
      }
    };
    exports2.ProtocolRequestType0 = ProtocolRequestType0;
    var ProtocolRequestType = class extends vscode_jsonrpc_1.RequestType {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      __;
      ___;
      ____;
      _pr;
      constructor(method) {
        super(method, vscode_jsonrpc_1.ParameterStructures.byName);
      }
    };
    exports2.ProtocolRequestType = ProtocolRequestType;
    var ProtocolNotificationType0 = class extends vscode_jsonrpc_1.NotificationType0 {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      ___;
      ____;
      constructor(method) {
        super(method);
      }
    };
    exports2.ProtocolNotificationType0 = ProtocolNotificationType0;
    var ProtocolNotificationType = class extends vscode_jsonrpc_1.NotificationType {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      ___;
      ____;
      constructor(method) {
        super(method, vscode_jsonrpc_1.ParameterStructures.byName);
      }
    };
    exports2.ProtocolNotificationType = ProtocolNotificationType;
    var CM;
    (function(CM2) {
      function create(client, server) {
        return { client, server };
      }
      CM2.create = create;
    })(CM || (exports2.CM = CM = {}));
  }
});

// node_modules/vscode-languageserver-protocol/lib/common/utils/is.js
var require_is2 = __commonJS({
  "node_modules/vscode-languageserver-protocol/lib/common/utils/is.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.boolean = boolean;
    exports2.string = string;
    exports2.number = number;
    exports2.error = error;
    exports2.func = func;
    exports2.array = array;
    exports2.stringArray = stringArray;
    exports2.typedArray = typedArray;
    exports2.objectLiteral = objectLiteral;
    function boolean(value) {
      return value === true || value === false;
    }
    function string(value) {
      return typeof value === "string" || value instanceof String;
    }
    function number(value) {
      return typeof value === "number" || value instanceof Number;
    }
    function error(value) {
      return value instanceof Error;
    }
    function func(value) {
      return typeof value === "function";
    }
    function array(value) {
      return Array.isArray(value);
    }
    function stringArray(value) {
      return array(value) && value.every((elem) => string(elem));
    }
    function typedArray(value, check2) {
      return Array.isArray(value) && value.every(check2);
    }
    function objectLiteral(value) {
      return value !== null && typeof value === "object";
    }
  }
});

// node_modules/vscode-languageserver-protocol/lib/common/protocol.implementation.js
var require_protocol_implementation = __commonJS({
  "node_modules/vscode-languageserver-protocol/lib/common/protocol.implementation.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ImplementationRequest = void 0;
    var messages_1 = require_messages2();
    var ImplementationRequest;
    (function(ImplementationRequest2) {
      ImplementationRequest2.method = "textDocument/implementation";
      ImplementationRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      ImplementationRequest2.type = new messages_1.ProtocolRequestType(ImplementationRequest2.method);
      ImplementationRequest2.capabilities = messages_1.CM.create("textDocument.implementation", "implementationProvider");
    })(ImplementationRequest || (exports2.ImplementationRequest = ImplementationRequest = {}));
  }
});

// node_modules/vscode-languageserver-protocol/lib/common/protocol.typeDefinition.js
var require_protocol_typeDefinition = __commonJS({
  "node_modules/vscode-languageserver-protocol/lib/common/protocol.typeDefinition.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.TypeDefinitionRequest = void 0;
    var messages_1 = require_messages2();
    var TypeDefinitionRequest;
    (function(TypeDefinitionRequest2) {
      TypeDefinitionRequest2.method = "textDocument/typeDefinition";
      TypeDefinitionRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      TypeDefinitionRequest2.type = new messages_1.ProtocolRequestType(TypeDefinitionRequest2.method);
      TypeDefinitionRequest2.capabilities = messages_1.CM.create("textDocument.typeDefinition", "typeDefinitionProvider");
    })(TypeDefinitionRequest || (exports2.TypeDefinitionRequest = TypeDefinitionRequest = {}));
  }
});

// node_modules/vscode-languageserver-protocol/lib/common/protocol.workspaceFolder.js
var require_protocol_workspaceFolder = __commonJS({
  "node_modules/vscode-languageserver-protocol/lib/common/protocol.workspaceFolder.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.DidChangeWorkspaceFoldersNotification = exports2.WorkspaceFoldersRequest = void 0;
    var messages_1 = require_messages2();
    var WorkspaceFoldersRequest;
    (function(WorkspaceFoldersRequest2) {
      WorkspaceFoldersRequest2.method = "workspace/workspaceFolders";
      WorkspaceFoldersRequest2.messageDirection = messages_1.MessageDirection.serverToClient;
      WorkspaceFoldersRequest2.type = new messages_1.ProtocolRequestType0(WorkspaceFoldersRequest2.method);
      WorkspaceFoldersRequest2.capabilities = messages_1.CM.create("workspace.workspaceFolders", "workspace.workspaceFolders");
    })(WorkspaceFoldersRequest || (exports2.WorkspaceFoldersRequest = WorkspaceFoldersRequest = {}));
    var DidChangeWorkspaceFoldersNotification;
    (function(DidChangeWorkspaceFoldersNotification2) {
      DidChangeWorkspaceFoldersNotification2.method = "workspace/didChangeWorkspaceFolders";
      DidChangeWorkspaceFoldersNotification2.messageDirection = messages_1.MessageDirection.clientToServer;
      DidChangeWorkspaceFoldersNotification2.type = new messages_1.ProtocolNotificationType(DidChangeWorkspaceFoldersNotification2.method);
      DidChangeWorkspaceFoldersNotification2.capabilities = messages_1.CM.create(void 0, "workspace.workspaceFolders.changeNotifications");
    })(DidChangeWorkspaceFoldersNotification || (exports2.DidChangeWorkspaceFoldersNotification = DidChangeWorkspaceFoldersNotification = {}));
  }
});

// node_modules/vscode-languageserver-protocol/lib/common/protocol.configuration.js
var require_protocol_configuration = __commonJS({
  "node_modules/vscode-languageserver-protocol/lib/common/protocol.configuration.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ConfigurationRequest = void 0;
    var messages_1 = require_messages2();
    var ConfigurationRequest;
    (function(ConfigurationRequest2) {
      ConfigurationRequest2.method = "workspace/configuration";
      ConfigurationRequest2.messageDirection = messages_1.MessageDirection.serverToClient;
      ConfigurationRequest2.type = new messages_1.ProtocolRequestType(ConfigurationRequest2.method);
      ConfigurationRequest2.capabilities = messages_1.CM.create("workspace.configuration", void 0);
    })(ConfigurationRequest || (exports2.ConfigurationRequest = ConfigurationRequest = {}));
  }
});

// node_modules/vscode-languageserver-protocol/lib/common/protocol.colorProvider.js
var require_protocol_colorProvider = __commonJS({
  "node_modules/vscode-languageserver-protocol/lib/common/protocol.colorProvider.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ColorPresentationRequest = exports2.DocumentColorRequest = void 0;
    var messages_1 = require_messages2();
    var DocumentColorRequest;
    (function(DocumentColorRequest2) {
      DocumentColorRequest2.method = "textDocument/documentColor";
      DocumentColorRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      DocumentColorRequest2.type = new messages_1.ProtocolRequestType(DocumentColorRequest2.method);
      DocumentColorRequest2.capabilities = messages_1.CM.create("textDocument.colorProvider", "colorProvider");
    })(DocumentColorRequest || (exports2.DocumentColorRequest = DocumentColorRequest = {}));
    var ColorPresentationRequest;
    (function(ColorPresentationRequest2) {
      ColorPresentationRequest2.method = "textDocument/colorPresentation";
      ColorPresentationRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      ColorPresentationRequest2.type = new messages_1.ProtocolRequestType(ColorPresentationRequest2.method);
      ColorPresentationRequest2.capabilities = messages_1.CM.create("textDocument.colorProvider", "colorProvider");
    })(ColorPresentationRequest || (exports2.ColorPresentationRequest = ColorPresentationRequest = {}));
  }
});

// node_modules/vscode-languageserver-protocol/lib/common/protocol.foldingRange.js
var require_protocol_foldingRange = __commonJS({
  "node_modules/vscode-languageserver-protocol/lib/common/protocol.foldingRange.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.FoldingRangeRefreshRequest = exports2.FoldingRangeRequest = void 0;
    var messages_1 = require_messages2();
    var FoldingRangeRequest;
    (function(FoldingRangeRequest2) {
      FoldingRangeRequest2.method = "textDocument/foldingRange";
      FoldingRangeRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      FoldingRangeRequest2.type = new messages_1.ProtocolRequestType(FoldingRangeRequest2.method);
      FoldingRangeRequest2.capabilities = messages_1.CM.create("textDocument.foldingRange", "foldingRangeProvider");
    })(FoldingRangeRequest || (exports2.FoldingRangeRequest = FoldingRangeRequest = {}));
    var FoldingRangeRefreshRequest;
    (function(FoldingRangeRefreshRequest2) {
      FoldingRangeRefreshRequest2.method = `workspace/foldingRange/refresh`;
      FoldingRangeRefreshRequest2.messageDirection = messages_1.MessageDirection.serverToClient;
      FoldingRangeRefreshRequest2.type = new messages_1.ProtocolRequestType0(FoldingRangeRefreshRequest2.method);
      FoldingRangeRefreshRequest2.capabilities = messages_1.CM.create("workspace.foldingRange.refreshSupport", void 0);
    })(FoldingRangeRefreshRequest || (exports2.FoldingRangeRefreshRequest = FoldingRangeRefreshRequest = {}));
  }
});

// node_modules/vscode-languageserver-protocol/lib/common/protocol.declaration.js
var require_protocol_declaration = __commonJS({
  "node_modules/vscode-languageserver-protocol/lib/common/protocol.declaration.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.DeclarationRequest = void 0;
    var messages_1 = require_messages2();
    var DeclarationRequest;
    (function(DeclarationRequest2) {
      DeclarationRequest2.method = "textDocument/declaration";
      DeclarationRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      DeclarationRequest2.type = new messages_1.ProtocolRequestType(DeclarationRequest2.method);
      DeclarationRequest2.capabilities = messages_1.CM.create("textDocument.declaration", "declarationProvider");
    })(DeclarationRequest || (exports2.DeclarationRequest = DeclarationRequest = {}));
  }
});

// node_modules/vscode-languageserver-protocol/lib/common/protocol.selectionRange.js
var require_protocol_selectionRange = __commonJS({
  "node_modules/vscode-languageserver-protocol/lib/common/protocol.selectionRange.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.SelectionRangeRequest = void 0;
    var messages_1 = require_messages2();
    var SelectionRangeRequest;
    (function(SelectionRangeRequest2) {
      SelectionRangeRequest2.method = "textDocument/selectionRange";
      SelectionRangeRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      SelectionRangeRequest2.type = new messages_1.ProtocolRequestType(SelectionRangeRequest2.method);
      SelectionRangeRequest2.capabilities = messages_1.CM.create("textDocument.selectionRange", "selectionRangeProvider");
    })(SelectionRangeRequest || (exports2.SelectionRangeRequest = SelectionRangeRequest = {}));
  }
});

// node_modules/vscode-languageserver-protocol/lib/common/protocol.progress.js
var require_protocol_progress = __commonJS({
  "node_modules/vscode-languageserver-protocol/lib/common/protocol.progress.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.WorkDoneProgressCancelNotification = exports2.WorkDoneProgressCreateRequest = exports2.WorkDoneProgress = void 0;
    var vscode_jsonrpc_1 = require_api();
    var messages_1 = require_messages2();
    var WorkDoneProgress;
    (function(WorkDoneProgress2) {
      WorkDoneProgress2.type = new vscode_jsonrpc_1.ProgressType();
      function is(value) {
        return value === WorkDoneProgress2.type;
      }
      WorkDoneProgress2.is = is;
    })(WorkDoneProgress || (exports2.WorkDoneProgress = WorkDoneProgress = {}));
    var WorkDoneProgressCreateRequest;
    (function(WorkDoneProgressCreateRequest2) {
      WorkDoneProgressCreateRequest2.method = "window/workDoneProgress/create";
      WorkDoneProgressCreateRequest2.messageDirection = messages_1.MessageDirection.serverToClient;
      WorkDoneProgressCreateRequest2.type = new messages_1.ProtocolRequestType(WorkDoneProgressCreateRequest2.method);
      WorkDoneProgressCreateRequest2.capabilities = messages_1.CM.create("window.workDoneProgress", void 0);
    })(WorkDoneProgressCreateRequest || (exports2.WorkDoneProgressCreateRequest = WorkDoneProgressCreateRequest = {}));
    var WorkDoneProgressCancelNotification;
    (function(WorkDoneProgressCancelNotification2) {
      WorkDoneProgressCancelNotification2.method = "window/workDoneProgress/cancel";
      WorkDoneProgressCancelNotification2.messageDirection = messages_1.MessageDirection.clientToServer;
      WorkDoneProgressCancelNotification2.type = new messages_1.ProtocolNotificationType(WorkDoneProgressCancelNotification2.method);
    })(WorkDoneProgressCancelNotification || (exports2.WorkDoneProgressCancelNotification = WorkDoneProgressCancelNotification = {}));
  }
});

// node_modules/vscode-languageserver-protocol/lib/common/protocol.callHierarchy.js
var require_protocol_callHierarchy = __commonJS({
  "node_modules/vscode-languageserver-protocol/lib/common/protocol.callHierarchy.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.CallHierarchyOutgoingCallsRequest = exports2.CallHierarchyIncomingCallsRequest = exports2.CallHierarchyPrepareRequest = void 0;
    var messages_1 = require_messages2();
    var CallHierarchyPrepareRequest;
    (function(CallHierarchyPrepareRequest2) {
      CallHierarchyPrepareRequest2.method = "textDocument/prepareCallHierarchy";
      CallHierarchyPrepareRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      CallHierarchyPrepareRequest2.type = new messages_1.ProtocolRequestType(CallHierarchyPrepareRequest2.method);
      CallHierarchyPrepareRequest2.capabilities = messages_1.CM.create("textDocument.callHierarchy", "callHierarchyProvider");
    })(CallHierarchyPrepareRequest || (exports2.CallHierarchyPrepareRequest = CallHierarchyPrepareRequest = {}));
    var CallHierarchyIncomingCallsRequest;
    (function(CallHierarchyIncomingCallsRequest2) {
      CallHierarchyIncomingCallsRequest2.method = "callHierarchy/incomingCalls";
      CallHierarchyIncomingCallsRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      CallHierarchyIncomingCallsRequest2.type = new messages_1.ProtocolRequestType(CallHierarchyIncomingCallsRequest2.method);
      CallHierarchyIncomingCallsRequest2.capabilities = messages_1.CM.create("textDocument.callHierarchy", "callHierarchyProvider");
    })(CallHierarchyIncomingCallsRequest || (exports2.CallHierarchyIncomingCallsRequest = CallHierarchyIncomingCallsRequest = {}));
    var CallHierarchyOutgoingCallsRequest;
    (function(CallHierarchyOutgoingCallsRequest2) {
      CallHierarchyOutgoingCallsRequest2.method = "callHierarchy/outgoingCalls";
      CallHierarchyOutgoingCallsRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      CallHierarchyOutgoingCallsRequest2.type = new messages_1.ProtocolRequestType(CallHierarchyOutgoingCallsRequest2.method);
      CallHierarchyOutgoingCallsRequest2.capabilities = messages_1.CM.create("textDocument.callHierarchy", "callHierarchyProvider");
    })(CallHierarchyOutgoingCallsRequest || (exports2.CallHierarchyOutgoingCallsRequest = CallHierarchyOutgoingCallsRequest = {}));
  }
});

// node_modules/vscode-languageserver-protocol/lib/common/protocol.semanticTokens.js
var require_protocol_semanticTokens = __commonJS({
  "node_modules/vscode-languageserver-protocol/lib/common/protocol.semanticTokens.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.SemanticTokensRefreshRequest = exports2.SemanticTokensRangeRequest = exports2.SemanticTokensDeltaRequest = exports2.SemanticTokensRequest = exports2.SemanticTokensRegistrationType = exports2.TokenFormat = void 0;
    var messages_1 = require_messages2();
    var TokenFormat;
    (function(TokenFormat2) {
      TokenFormat2.Relative = "relative";
    })(TokenFormat || (exports2.TokenFormat = TokenFormat = {}));
    var SemanticTokensRegistrationType;
    (function(SemanticTokensRegistrationType2) {
      SemanticTokensRegistrationType2.method = "textDocument/semanticTokens";
      SemanticTokensRegistrationType2.type = new messages_1.RegistrationType(SemanticTokensRegistrationType2.method);
    })(SemanticTokensRegistrationType || (exports2.SemanticTokensRegistrationType = SemanticTokensRegistrationType = {}));
    var SemanticTokensRequest;
    (function(SemanticTokensRequest2) {
      SemanticTokensRequest2.method = "textDocument/semanticTokens/full";
      SemanticTokensRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      SemanticTokensRequest2.type = new messages_1.ProtocolRequestType(SemanticTokensRequest2.method);
      SemanticTokensRequest2.registrationMethod = SemanticTokensRegistrationType.method;
      SemanticTokensRequest2.capabilities = messages_1.CM.create("textDocument.semanticTokens", "semanticTokensProvider");
    })(SemanticTokensRequest || (exports2.SemanticTokensRequest = SemanticTokensRequest = {}));
    var SemanticTokensDeltaRequest;
    (function(SemanticTokensDeltaRequest2) {
      SemanticTokensDeltaRequest2.method = "textDocument/semanticTokens/full/delta";
      SemanticTokensDeltaRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      SemanticTokensDeltaRequest2.type = new messages_1.ProtocolRequestType(SemanticTokensDeltaRequest2.method);
      SemanticTokensDeltaRequest2.registrationMethod = SemanticTokensRegistrationType.method;
      SemanticTokensDeltaRequest2.capabilities = messages_1.CM.create("textDocument.semanticTokens.requests.full.delta", "semanticTokensProvider.full.delta");
    })(SemanticTokensDeltaRequest || (exports2.SemanticTokensDeltaRequest = SemanticTokensDeltaRequest = {}));
    var SemanticTokensRangeRequest;
    (function(SemanticTokensRangeRequest2) {
      SemanticTokensRangeRequest2.method = "textDocument/semanticTokens/range";
      SemanticTokensRangeRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      SemanticTokensRangeRequest2.type = new messages_1.ProtocolRequestType(SemanticTokensRangeRequest2.method);
      SemanticTokensRangeRequest2.registrationMethod = SemanticTokensRegistrationType.method;
      SemanticTokensRangeRequest2.capabilities = messages_1.CM.create("textDocument.semanticTokens.requests.range", "semanticTokensProvider.range");
    })(SemanticTokensRangeRequest || (exports2.SemanticTokensRangeRequest = SemanticTokensRangeRequest = {}));
    var SemanticTokensRefreshRequest;
    (function(SemanticTokensRefreshRequest2) {
      SemanticTokensRefreshRequest2.method = `workspace/semanticTokens/refresh`;
      SemanticTokensRefreshRequest2.messageDirection = messages_1.MessageDirection.serverToClient;
      SemanticTokensRefreshRequest2.type = new messages_1.ProtocolRequestType0(SemanticTokensRefreshRequest2.method);
      SemanticTokensRefreshRequest2.capabilities = messages_1.CM.create("workspace.semanticTokens.refreshSupport", void 0);
    })(SemanticTokensRefreshRequest || (exports2.SemanticTokensRefreshRequest = SemanticTokensRefreshRequest = {}));
  }
});

// node_modules/vscode-languageserver-protocol/lib/common/protocol.showDocument.js
var require_protocol_showDocument = __commonJS({
  "node_modules/vscode-languageserver-protocol/lib/common/protocol.showDocument.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ShowDocumentRequest = void 0;
    var messages_1 = require_messages2();
    var ShowDocumentRequest;
    (function(ShowDocumentRequest2) {
      ShowDocumentRequest2.method = "window/showDocument";
      ShowDocumentRequest2.messageDirection = messages_1.MessageDirection.serverToClient;
      ShowDocumentRequest2.type = new messages_1.ProtocolRequestType(ShowDocumentRequest2.method);
      ShowDocumentRequest2.capabilities = messages_1.CM.create("window.showDocument.support", void 0);
    })(ShowDocumentRequest || (exports2.ShowDocumentRequest = ShowDocumentRequest = {}));
  }
});

// node_modules/vscode-languageserver-protocol/lib/common/protocol.linkedEditingRange.js
var require_protocol_linkedEditingRange = __commonJS({
  "node_modules/vscode-languageserver-protocol/lib/common/protocol.linkedEditingRange.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.LinkedEditingRangeRequest = void 0;
    var messages_1 = require_messages2();
    var LinkedEditingRangeRequest;
    (function(LinkedEditingRangeRequest2) {
      LinkedEditingRangeRequest2.method = "textDocument/linkedEditingRange";
      LinkedEditingRangeRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      LinkedEditingRangeRequest2.type = new messages_1.ProtocolRequestType(LinkedEditingRangeRequest2.method);
      LinkedEditingRangeRequest2.capabilities = messages_1.CM.create("textDocument.linkedEditingRange", "linkedEditingRangeProvider");
    })(LinkedEditingRangeRequest || (exports2.LinkedEditingRangeRequest = LinkedEditingRangeRequest = {}));
  }
});

// node_modules/vscode-languageserver-protocol/lib/common/protocol.fileOperations.js
var require_protocol_fileOperations = __commonJS({
  "node_modules/vscode-languageserver-protocol/lib/common/protocol.fileOperations.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.WillDeleteFilesRequest = exports2.DidDeleteFilesNotification = exports2.DidRenameFilesNotification = exports2.WillRenameFilesRequest = exports2.DidCreateFilesNotification = exports2.WillCreateFilesRequest = exports2.FileOperationPatternKind = void 0;
    var messages_1 = require_messages2();
    var FileOperationPatternKind;
    (function(FileOperationPatternKind2) {
      FileOperationPatternKind2.file = "file";
      FileOperationPatternKind2.folder = "folder";
    })(FileOperationPatternKind || (exports2.FileOperationPatternKind = FileOperationPatternKind = {}));
    var WillCreateFilesRequest;
    (function(WillCreateFilesRequest2) {
      WillCreateFilesRequest2.method = "workspace/willCreateFiles";
      WillCreateFilesRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      WillCreateFilesRequest2.type = new messages_1.ProtocolRequestType(WillCreateFilesRequest2.method);
      WillCreateFilesRequest2.capabilities = messages_1.CM.create("workspace.fileOperations.willCreate", "workspace.fileOperations.willCreate");
    })(WillCreateFilesRequest || (exports2.WillCreateFilesRequest = WillCreateFilesRequest = {}));
    var DidCreateFilesNotification;
    (function(DidCreateFilesNotification2) {
      DidCreateFilesNotification2.method = "workspace/didCreateFiles";
      DidCreateFilesNotification2.messageDirection = messages_1.MessageDirection.clientToServer;
      DidCreateFilesNotification2.type = new messages_1.ProtocolNotificationType(DidCreateFilesNotification2.method);
      DidCreateFilesNotification2.capabilities = messages_1.CM.create("workspace.fileOperations.didCreate", "workspace.fileOperations.didCreate");
    })(DidCreateFilesNotification || (exports2.DidCreateFilesNotification = DidCreateFilesNotification = {}));
    var WillRenameFilesRequest;
    (function(WillRenameFilesRequest2) {
      WillRenameFilesRequest2.method = "workspace/willRenameFiles";
      WillRenameFilesRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      WillRenameFilesRequest2.type = new messages_1.ProtocolRequestType(WillRenameFilesRequest2.method);
      WillRenameFilesRequest2.capabilities = messages_1.CM.create("workspace.fileOperations.willRename", "workspace.fileOperations.willRename");
    })(WillRenameFilesRequest || (exports2.WillRenameFilesRequest = WillRenameFilesRequest = {}));
    var DidRenameFilesNotification;
    (function(DidRenameFilesNotification2) {
      DidRenameFilesNotification2.method = "workspace/didRenameFiles";
      DidRenameFilesNotification2.messageDirection = messages_1.MessageDirection.clientToServer;
      DidRenameFilesNotification2.type = new messages_1.ProtocolNotificationType(DidRenameFilesNotification2.method);
      DidRenameFilesNotification2.capabilities = messages_1.CM.create("workspace.fileOperations.didRename", "workspace.fileOperations.didRename");
    })(DidRenameFilesNotification || (exports2.DidRenameFilesNotification = DidRenameFilesNotification = {}));
    var DidDeleteFilesNotification;
    (function(DidDeleteFilesNotification2) {
      DidDeleteFilesNotification2.method = "workspace/didDeleteFiles";
      DidDeleteFilesNotification2.messageDirection = messages_1.MessageDirection.clientToServer;
      DidDeleteFilesNotification2.type = new messages_1.ProtocolNotificationType(DidDeleteFilesNotification2.method);
      DidDeleteFilesNotification2.capabilities = messages_1.CM.create("workspace.fileOperations.didDelete", "workspace.fileOperations.didDelete");
    })(DidDeleteFilesNotification || (exports2.DidDeleteFilesNotification = DidDeleteFilesNotification = {}));
    var WillDeleteFilesRequest;
    (function(WillDeleteFilesRequest2) {
      WillDeleteFilesRequest2.method = "workspace/willDeleteFiles";
      WillDeleteFilesRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      WillDeleteFilesRequest2.type = new messages_1.ProtocolRequestType(WillDeleteFilesRequest2.method);
      WillDeleteFilesRequest2.capabilities = messages_1.CM.create("workspace.fileOperations.willDelete", "workspace.fileOperations.willDelete");
    })(WillDeleteFilesRequest || (exports2.WillDeleteFilesRequest = WillDeleteFilesRequest = {}));
  }
});

// node_modules/vscode-languageserver-protocol/lib/common/protocol.moniker.js
var require_protocol_moniker = __commonJS({
  "node_modules/vscode-languageserver-protocol/lib/common/protocol.moniker.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.MonikerRequest = exports2.MonikerKind = exports2.UniquenessLevel = void 0;
    var messages_1 = require_messages2();
    var UniquenessLevel;
    (function(UniquenessLevel2) {
      UniquenessLevel2.document = "document";
      UniquenessLevel2.project = "project";
      UniquenessLevel2.group = "group";
      UniquenessLevel2.scheme = "scheme";
      UniquenessLevel2.global = "global";
    })(UniquenessLevel || (exports2.UniquenessLevel = UniquenessLevel = {}));
    var MonikerKind;
    (function(MonikerKind2) {
      MonikerKind2.$import = "import";
      MonikerKind2.$export = "export";
      MonikerKind2.local = "local";
    })(MonikerKind || (exports2.MonikerKind = MonikerKind = {}));
    var MonikerRequest;
    (function(MonikerRequest2) {
      MonikerRequest2.method = "textDocument/moniker";
      MonikerRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      MonikerRequest2.type = new messages_1.ProtocolRequestType(MonikerRequest2.method);
      MonikerRequest2.capabilities = messages_1.CM.create("textDocument.moniker", "monikerProvider");
    })(MonikerRequest || (exports2.MonikerRequest = MonikerRequest = {}));
  }
});

// node_modules/vscode-languageserver-protocol/lib/common/protocol.typeHierarchy.js
var require_protocol_typeHierarchy = __commonJS({
  "node_modules/vscode-languageserver-protocol/lib/common/protocol.typeHierarchy.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.TypeHierarchySubtypesRequest = exports2.TypeHierarchySupertypesRequest = exports2.TypeHierarchyPrepareRequest = void 0;
    var messages_1 = require_messages2();
    var TypeHierarchyPrepareRequest;
    (function(TypeHierarchyPrepareRequest2) {
      TypeHierarchyPrepareRequest2.method = "textDocument/prepareTypeHierarchy";
      TypeHierarchyPrepareRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      TypeHierarchyPrepareRequest2.type = new messages_1.ProtocolRequestType(TypeHierarchyPrepareRequest2.method);
      TypeHierarchyPrepareRequest2.capabilities = messages_1.CM.create("textDocument.typeHierarchy", "typeHierarchyProvider");
    })(TypeHierarchyPrepareRequest || (exports2.TypeHierarchyPrepareRequest = TypeHierarchyPrepareRequest = {}));
    var TypeHierarchySupertypesRequest;
    (function(TypeHierarchySupertypesRequest2) {
      TypeHierarchySupertypesRequest2.method = "typeHierarchy/supertypes";
      TypeHierarchySupertypesRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      TypeHierarchySupertypesRequest2.type = new messages_1.ProtocolRequestType(TypeHierarchySupertypesRequest2.method);
    })(TypeHierarchySupertypesRequest || (exports2.TypeHierarchySupertypesRequest = TypeHierarchySupertypesRequest = {}));
    var TypeHierarchySubtypesRequest;
    (function(TypeHierarchySubtypesRequest2) {
      TypeHierarchySubtypesRequest2.method = "typeHierarchy/subtypes";
      TypeHierarchySubtypesRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      TypeHierarchySubtypesRequest2.type = new messages_1.ProtocolRequestType(TypeHierarchySubtypesRequest2.method);
    })(TypeHierarchySubtypesRequest || (exports2.TypeHierarchySubtypesRequest = TypeHierarchySubtypesRequest = {}));
  }
});

// node_modules/vscode-languageserver-protocol/lib/common/protocol.inlineValue.js
var require_protocol_inlineValue = __commonJS({
  "node_modules/vscode-languageserver-protocol/lib/common/protocol.inlineValue.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.InlineValueRefreshRequest = exports2.InlineValueRequest = void 0;
    var messages_1 = require_messages2();
    var InlineValueRequest;
    (function(InlineValueRequest2) {
      InlineValueRequest2.method = "textDocument/inlineValue";
      InlineValueRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      InlineValueRequest2.type = new messages_1.ProtocolRequestType(InlineValueRequest2.method);
      InlineValueRequest2.capabilities = messages_1.CM.create("textDocument.inlineValue", "inlineValueProvider");
    })(InlineValueRequest || (exports2.InlineValueRequest = InlineValueRequest = {}));
    var InlineValueRefreshRequest;
    (function(InlineValueRefreshRequest2) {
      InlineValueRefreshRequest2.method = `workspace/inlineValue/refresh`;
      InlineValueRefreshRequest2.messageDirection = messages_1.MessageDirection.serverToClient;
      InlineValueRefreshRequest2.type = new messages_1.ProtocolRequestType0(InlineValueRefreshRequest2.method);
      InlineValueRefreshRequest2.capabilities = messages_1.CM.create("workspace.inlineValue.refreshSupport", void 0);
    })(InlineValueRefreshRequest || (exports2.InlineValueRefreshRequest = InlineValueRefreshRequest = {}));
  }
});

// node_modules/vscode-languageserver-protocol/lib/common/protocol.inlayHint.js
var require_protocol_inlayHint = __commonJS({
  "node_modules/vscode-languageserver-protocol/lib/common/protocol.inlayHint.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.InlayHintRefreshRequest = exports2.InlayHintResolveRequest = exports2.InlayHintRequest = void 0;
    var messages_1 = require_messages2();
    var InlayHintRequest;
    (function(InlayHintRequest2) {
      InlayHintRequest2.method = "textDocument/inlayHint";
      InlayHintRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      InlayHintRequest2.type = new messages_1.ProtocolRequestType(InlayHintRequest2.method);
      InlayHintRequest2.capabilities = messages_1.CM.create("textDocument.inlayHint", "inlayHintProvider");
    })(InlayHintRequest || (exports2.InlayHintRequest = InlayHintRequest = {}));
    var InlayHintResolveRequest;
    (function(InlayHintResolveRequest2) {
      InlayHintResolveRequest2.method = "inlayHint/resolve";
      InlayHintResolveRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      InlayHintResolveRequest2.type = new messages_1.ProtocolRequestType(InlayHintResolveRequest2.method);
      InlayHintResolveRequest2.capabilities = messages_1.CM.create("textDocument.inlayHint.resolveSupport", "inlayHintProvider.resolveProvider");
    })(InlayHintResolveRequest || (exports2.InlayHintResolveRequest = InlayHintResolveRequest = {}));
    var InlayHintRefreshRequest;
    (function(InlayHintRefreshRequest2) {
      InlayHintRefreshRequest2.method = `workspace/inlayHint/refresh`;
      InlayHintRefreshRequest2.messageDirection = messages_1.MessageDirection.serverToClient;
      InlayHintRefreshRequest2.type = new messages_1.ProtocolRequestType0(InlayHintRefreshRequest2.method);
      InlayHintRefreshRequest2.capabilities = messages_1.CM.create("workspace.inlayHint.refreshSupport", void 0);
    })(InlayHintRefreshRequest || (exports2.InlayHintRefreshRequest = InlayHintRefreshRequest = {}));
  }
});

// node_modules/vscode-languageserver-protocol/lib/common/protocol.diagnostic.js
var require_protocol_diagnostic = __commonJS({
  "node_modules/vscode-languageserver-protocol/lib/common/protocol.diagnostic.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.DiagnosticRefreshRequest = exports2.WorkspaceDiagnosticRequest = exports2.DocumentDiagnosticRequest = exports2.DocumentDiagnosticReportKind = exports2.DiagnosticServerCancellationData = void 0;
    var vscode_jsonrpc_1 = require_api();
    var Is2 = __importStar(require_is2());
    var messages_1 = require_messages2();
    var DiagnosticServerCancellationData;
    (function(DiagnosticServerCancellationData2) {
      function is(value) {
        const candidate = value;
        return candidate && Is2.boolean(candidate.retriggerRequest);
      }
      DiagnosticServerCancellationData2.is = is;
    })(DiagnosticServerCancellationData || (exports2.DiagnosticServerCancellationData = DiagnosticServerCancellationData = {}));
    var DocumentDiagnosticReportKind;
    (function(DocumentDiagnosticReportKind2) {
      DocumentDiagnosticReportKind2.Full = "full";
      DocumentDiagnosticReportKind2.Unchanged = "unchanged";
    })(DocumentDiagnosticReportKind || (exports2.DocumentDiagnosticReportKind = DocumentDiagnosticReportKind = {}));
    var DocumentDiagnosticRequest;
    (function(DocumentDiagnosticRequest2) {
      DocumentDiagnosticRequest2.method = "textDocument/diagnostic";
      DocumentDiagnosticRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      DocumentDiagnosticRequest2.type = new messages_1.ProtocolRequestType(DocumentDiagnosticRequest2.method);
      DocumentDiagnosticRequest2.partialResult = new vscode_jsonrpc_1.ProgressType();
      DocumentDiagnosticRequest2.capabilities = messages_1.CM.create("textDocument.diagnostic", "diagnosticProvider");
    })(DocumentDiagnosticRequest || (exports2.DocumentDiagnosticRequest = DocumentDiagnosticRequest = {}));
    var WorkspaceDiagnosticRequest;
    (function(WorkspaceDiagnosticRequest2) {
      WorkspaceDiagnosticRequest2.method = "workspace/diagnostic";
      WorkspaceDiagnosticRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      WorkspaceDiagnosticRequest2.type = new messages_1.ProtocolRequestType(WorkspaceDiagnosticRequest2.method);
      WorkspaceDiagnosticRequest2.partialResult = new vscode_jsonrpc_1.ProgressType();
      WorkspaceDiagnosticRequest2.capabilities = messages_1.CM.create("workspace.diagnostics", "diagnosticProvider.workspaceDiagnostics");
    })(WorkspaceDiagnosticRequest || (exports2.WorkspaceDiagnosticRequest = WorkspaceDiagnosticRequest = {}));
    var DiagnosticRefreshRequest;
    (function(DiagnosticRefreshRequest2) {
      DiagnosticRefreshRequest2.method = `workspace/diagnostic/refresh`;
      DiagnosticRefreshRequest2.messageDirection = messages_1.MessageDirection.serverToClient;
      DiagnosticRefreshRequest2.type = new messages_1.ProtocolRequestType0(DiagnosticRefreshRequest2.method);
      DiagnosticRefreshRequest2.capabilities = messages_1.CM.create("workspace.diagnostics.refreshSupport", void 0);
    })(DiagnosticRefreshRequest || (exports2.DiagnosticRefreshRequest = DiagnosticRefreshRequest = {}));
  }
});

// node_modules/vscode-languageserver-protocol/lib/common/protocol.notebook.js
var require_protocol_notebook = __commonJS({
  "node_modules/vscode-languageserver-protocol/lib/common/protocol.notebook.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.DidCloseNotebookDocumentNotification = exports2.DidSaveNotebookDocumentNotification = exports2.DidChangeNotebookDocumentNotification = exports2.NotebookCellArrayChange = exports2.DidOpenNotebookDocumentNotification = exports2.NotebookDocumentSyncRegistrationType = exports2.NotebookDocument = exports2.NotebookCell = exports2.ExecutionSummary = exports2.NotebookCellKind = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var Is2 = __importStar(require_is2());
    var messages_1 = require_messages2();
    var NotebookCellKind;
    (function(NotebookCellKind2) {
      NotebookCellKind2.Markup = 1;
      NotebookCellKind2.Code = 2;
      function is(value) {
        return value === 1 || value === 2;
      }
      NotebookCellKind2.is = is;
    })(NotebookCellKind || (exports2.NotebookCellKind = NotebookCellKind = {}));
    var ExecutionSummary;
    (function(ExecutionSummary2) {
      function create(executionOrder, success) {
        const result = { executionOrder };
        if (success === true || success === false) {
          result.success = success;
        }
        return result;
      }
      ExecutionSummary2.create = create;
      function is(value) {
        const candidate = value;
        return Is2.objectLiteral(candidate) && vscode_languageserver_types_1.uinteger.is(candidate.executionOrder) && (candidate.success === void 0 || Is2.boolean(candidate.success));
      }
      ExecutionSummary2.is = is;
      function equals(one, other) {
        if (one === other) {
          return true;
        }
        if (one === null || one === void 0 || other === null || other === void 0) {
          return false;
        }
        return one.executionOrder === other.executionOrder && one.success === other.success;
      }
      ExecutionSummary2.equals = equals;
    })(ExecutionSummary || (exports2.ExecutionSummary = ExecutionSummary = {}));
    var NotebookCell;
    (function(NotebookCell2) {
      function create(kind, document) {
        return { kind, document };
      }
      NotebookCell2.create = create;
      function is(value) {
        const candidate = value;
        return Is2.objectLiteral(candidate) && NotebookCellKind.is(candidate.kind) && vscode_languageserver_types_1.DocumentUri.is(candidate.document) && (candidate.metadata === void 0 || Is2.objectLiteral(candidate.metadata));
      }
      NotebookCell2.is = is;
      function diff(one, two) {
        const result = /* @__PURE__ */ new Set();
        if (one.document !== two.document) {
          result.add("document");
        }
        if (one.kind !== two.kind) {
          result.add("kind");
        }
        if (one.executionSummary !== two.executionSummary) {
          result.add("executionSummary");
        }
        if ((one.metadata !== void 0 || two.metadata !== void 0) && !equalsMetadata(one.metadata, two.metadata)) {
          result.add("metadata");
        }
        if ((one.executionSummary !== void 0 || two.executionSummary !== void 0) && !ExecutionSummary.equals(one.executionSummary, two.executionSummary)) {
          result.add("executionSummary");
        }
        return result;
      }
      NotebookCell2.diff = diff;
      function equalsMetadata(one, other) {
        if (one === other) {
          return true;
        }
        if (one === null || one === void 0 || other === null || other === void 0) {
          return false;
        }
        if (typeof one !== typeof other) {
          return false;
        }
        if (typeof one !== "object") {
          return false;
        }
        const oneArray = Array.isArray(one);
        const otherArray = Array.isArray(other);
        if (oneArray !== otherArray) {
          return false;
        }
        if (oneArray && otherArray) {
          if (one.length !== other.length) {
            return false;
          }
          for (let i = 0; i < one.length; i++) {
            if (!equalsMetadata(one[i], other[i])) {
              return false;
            }
          }
        }
        if (Is2.objectLiteral(one) && Is2.objectLiteral(other)) {
          const oneKeys = Object.keys(one);
          const otherKeys = Object.keys(other);
          if (oneKeys.length !== otherKeys.length) {
            return false;
          }
          oneKeys.sort();
          otherKeys.sort();
          if (!equalsMetadata(oneKeys, otherKeys)) {
            return false;
          }
          for (let i = 0; i < oneKeys.length; i++) {
            const prop = oneKeys[i];
            if (!equalsMetadata(one[prop], other[prop])) {
              return false;
            }
          }
        }
        return true;
      }
    })(NotebookCell || (exports2.NotebookCell = NotebookCell = {}));
    var NotebookDocument;
    (function(NotebookDocument2) {
      function create(uri, notebookType, version, cells) {
        return { uri, notebookType, version, cells };
      }
      NotebookDocument2.create = create;
      function is(value) {
        const candidate = value;
        return Is2.objectLiteral(candidate) && Is2.string(candidate.uri) && vscode_languageserver_types_1.integer.is(candidate.version) && Is2.typedArray(candidate.cells, NotebookCell.is);
      }
      NotebookDocument2.is = is;
    })(NotebookDocument || (exports2.NotebookDocument = NotebookDocument = {}));
    var NotebookDocumentSyncRegistrationType;
    (function(NotebookDocumentSyncRegistrationType2) {
      NotebookDocumentSyncRegistrationType2.method = "notebookDocument/sync";
      NotebookDocumentSyncRegistrationType2.messageDirection = messages_1.MessageDirection.clientToServer;
      NotebookDocumentSyncRegistrationType2.type = new messages_1.RegistrationType(NotebookDocumentSyncRegistrationType2.method);
    })(NotebookDocumentSyncRegistrationType || (exports2.NotebookDocumentSyncRegistrationType = NotebookDocumentSyncRegistrationType = {}));
    var DidOpenNotebookDocumentNotification;
    (function(DidOpenNotebookDocumentNotification2) {
      DidOpenNotebookDocumentNotification2.method = "notebookDocument/didOpen";
      DidOpenNotebookDocumentNotification2.messageDirection = messages_1.MessageDirection.clientToServer;
      DidOpenNotebookDocumentNotification2.type = new messages_1.ProtocolNotificationType(DidOpenNotebookDocumentNotification2.method);
      DidOpenNotebookDocumentNotification2.registrationMethod = NotebookDocumentSyncRegistrationType.method;
    })(DidOpenNotebookDocumentNotification || (exports2.DidOpenNotebookDocumentNotification = DidOpenNotebookDocumentNotification = {}));
    var NotebookCellArrayChange;
    (function(NotebookCellArrayChange2) {
      function is(value) {
        const candidate = value;
        return Is2.objectLiteral(candidate) && vscode_languageserver_types_1.uinteger.is(candidate.start) && vscode_languageserver_types_1.uinteger.is(candidate.deleteCount) && (candidate.cells === void 0 || Is2.typedArray(candidate.cells, NotebookCell.is));
      }
      NotebookCellArrayChange2.is = is;
      function create(start, deleteCount, cells) {
        const result = { start, deleteCount };
        if (cells !== void 0) {
          result.cells = cells;
        }
        return result;
      }
      NotebookCellArrayChange2.create = create;
    })(NotebookCellArrayChange || (exports2.NotebookCellArrayChange = NotebookCellArrayChange = {}));
    var DidChangeNotebookDocumentNotification;
    (function(DidChangeNotebookDocumentNotification2) {
      DidChangeNotebookDocumentNotification2.method = "notebookDocument/didChange";
      DidChangeNotebookDocumentNotification2.messageDirection = messages_1.MessageDirection.clientToServer;
      DidChangeNotebookDocumentNotification2.type = new messages_1.ProtocolNotificationType(DidChangeNotebookDocumentNotification2.method);
      DidChangeNotebookDocumentNotification2.registrationMethod = NotebookDocumentSyncRegistrationType.method;
    })(DidChangeNotebookDocumentNotification || (exports2.DidChangeNotebookDocumentNotification = DidChangeNotebookDocumentNotification = {}));
    var DidSaveNotebookDocumentNotification;
    (function(DidSaveNotebookDocumentNotification2) {
      DidSaveNotebookDocumentNotification2.method = "notebookDocument/didSave";
      DidSaveNotebookDocumentNotification2.messageDirection = messages_1.MessageDirection.clientToServer;
      DidSaveNotebookDocumentNotification2.type = new messages_1.ProtocolNotificationType(DidSaveNotebookDocumentNotification2.method);
      DidSaveNotebookDocumentNotification2.registrationMethod = NotebookDocumentSyncRegistrationType.method;
    })(DidSaveNotebookDocumentNotification || (exports2.DidSaveNotebookDocumentNotification = DidSaveNotebookDocumentNotification = {}));
    var DidCloseNotebookDocumentNotification;
    (function(DidCloseNotebookDocumentNotification2) {
      DidCloseNotebookDocumentNotification2.method = "notebookDocument/didClose";
      DidCloseNotebookDocumentNotification2.messageDirection = messages_1.MessageDirection.clientToServer;
      DidCloseNotebookDocumentNotification2.type = new messages_1.ProtocolNotificationType(DidCloseNotebookDocumentNotification2.method);
      DidCloseNotebookDocumentNotification2.registrationMethod = NotebookDocumentSyncRegistrationType.method;
    })(DidCloseNotebookDocumentNotification || (exports2.DidCloseNotebookDocumentNotification = DidCloseNotebookDocumentNotification = {}));
  }
});

// node_modules/vscode-languageserver-protocol/lib/common/protocol.inlineCompletion.js
var require_protocol_inlineCompletion = __commonJS({
  "node_modules/vscode-languageserver-protocol/lib/common/protocol.inlineCompletion.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.InlineCompletionRequest = void 0;
    var messages_1 = require_messages2();
    var InlineCompletionRequest;
    (function(InlineCompletionRequest2) {
      InlineCompletionRequest2.method = "textDocument/inlineCompletion";
      InlineCompletionRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      InlineCompletionRequest2.type = new messages_1.ProtocolRequestType(InlineCompletionRequest2.method);
      InlineCompletionRequest2.capabilities = messages_1.CM.create("textDocument.inlineCompletion", "inlineCompletionProvider");
    })(InlineCompletionRequest || (exports2.InlineCompletionRequest = InlineCompletionRequest = {}));
  }
});

// node_modules/vscode-languageserver-protocol/lib/common/protocol.textDocumentContent.js
var require_protocol_textDocumentContent = __commonJS({
  "node_modules/vscode-languageserver-protocol/lib/common/protocol.textDocumentContent.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.TextDocumentContentRefreshRequest = exports2.TextDocumentContentRequest = void 0;
    var messages_1 = require_messages2();
    var TextDocumentContentRequest;
    (function(TextDocumentContentRequest2) {
      TextDocumentContentRequest2.method = "workspace/textDocumentContent";
      TextDocumentContentRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      TextDocumentContentRequest2.type = new messages_1.ProtocolRequestType(TextDocumentContentRequest2.method);
      TextDocumentContentRequest2.capabilities = messages_1.CM.create("workspace.textDocumentContent", "workspace.textDocumentContent");
    })(TextDocumentContentRequest || (exports2.TextDocumentContentRequest = TextDocumentContentRequest = {}));
    var TextDocumentContentRefreshRequest;
    (function(TextDocumentContentRefreshRequest2) {
      TextDocumentContentRefreshRequest2.method = `workspace/textDocumentContent/refresh`;
      TextDocumentContentRefreshRequest2.messageDirection = messages_1.MessageDirection.serverToClient;
      TextDocumentContentRefreshRequest2.type = new messages_1.ProtocolRequestType(TextDocumentContentRefreshRequest2.method);
    })(TextDocumentContentRefreshRequest || (exports2.TextDocumentContentRefreshRequest = TextDocumentContentRefreshRequest = {}));
  }
});

// node_modules/vscode-languageserver-protocol/lib/common/protocol.js
var require_protocol = __commonJS({
  "node_modules/vscode-languageserver-protocol/lib/common/protocol.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.CodeActionRequest = exports2.DocumentSymbolRequest = exports2.DocumentHighlightRequest = exports2.ReferencesRequest = exports2.DefinitionRequest = exports2.SignatureHelpRequest = exports2.SignatureHelpTriggerKind = exports2.HoverRequest = exports2.CompletionResolveRequest = exports2.CompletionRequest = exports2.CompletionTriggerKind = exports2.PublishDiagnosticsNotification = exports2.WatchKind = exports2.GlobPattern = exports2.RelativePattern = exports2.FileChangeType = exports2.DidChangeWatchedFilesNotification = exports2.WillSaveTextDocumentWaitUntilRequest = exports2.WillSaveTextDocumentNotification = exports2.TextDocumentSaveReason = exports2.DidSaveTextDocumentNotification = exports2.DidCloseTextDocumentNotification = exports2.DidChangeTextDocumentNotification = exports2.TextDocumentContentChangeEvent = exports2.DidOpenTextDocumentNotification = exports2.TextDocumentSyncKind = exports2.TelemetryEventNotification = exports2.LogMessageNotification = exports2.ShowMessageRequest = exports2.ShowMessageNotification = exports2.MessageType = exports2.DidChangeConfigurationNotification = exports2.ExitNotification = exports2.ShutdownRequest = exports2.InitializedNotification = exports2.InitializeErrorCodes = exports2.InitializeRequest = exports2.WorkDoneProgressOptions = exports2.TextDocumentRegistrationOptions = exports2.StaticRegistrationOptions = exports2.PositionEncodingKind = exports2.RegularExpressionEngineKind = exports2.FailureHandlingKind = exports2.ResourceOperationKind = exports2.UnregistrationRequest = exports2.RegistrationRequest = exports2.DocumentSelector = exports2.NotebookCellTextDocumentFilter = exports2.NotebookDocumentFilter = exports2.TextDocumentFilter = void 0;
    exports2.UniquenessLevel = exports2.WillDeleteFilesRequest = exports2.DidDeleteFilesNotification = exports2.WillRenameFilesRequest = exports2.DidRenameFilesNotification = exports2.WillCreateFilesRequest = exports2.DidCreateFilesNotification = exports2.FileOperationPatternKind = exports2.LinkedEditingRangeRequest = exports2.ShowDocumentRequest = exports2.SemanticTokensRegistrationType = exports2.SemanticTokensRefreshRequest = exports2.SemanticTokensRangeRequest = exports2.SemanticTokensDeltaRequest = exports2.SemanticTokensRequest = exports2.TokenFormat = exports2.CallHierarchyPrepareRequest = exports2.CallHierarchyOutgoingCallsRequest = exports2.CallHierarchyIncomingCallsRequest = exports2.WorkDoneProgressCancelNotification = exports2.WorkDoneProgressCreateRequest = exports2.WorkDoneProgress = exports2.SelectionRangeRequest = exports2.DeclarationRequest = exports2.FoldingRangeRefreshRequest = exports2.FoldingRangeRequest = exports2.ColorPresentationRequest = exports2.DocumentColorRequest = exports2.ConfigurationRequest = exports2.DidChangeWorkspaceFoldersNotification = exports2.WorkspaceFoldersRequest = exports2.TypeDefinitionRequest = exports2.ImplementationRequest = exports2.ApplyWorkspaceEditRequest = exports2.ExecuteCommandRequest = exports2.PrepareRenameRequest = exports2.RenameRequest = exports2.PrepareSupportDefaultBehavior = exports2.DocumentOnTypeFormattingRequest = exports2.DocumentRangesFormattingRequest = exports2.DocumentRangeFormattingRequest = exports2.DocumentFormattingRequest = exports2.DocumentLinkResolveRequest = exports2.DocumentLinkRequest = exports2.CodeLensRefreshRequest = exports2.CodeLensResolveRequest = exports2.CodeLensRequest = exports2.WorkspaceSymbolResolveRequest = exports2.WorkspaceSymbolRequest = exports2.CodeActionResolveRequest = void 0;
    exports2.TextDocumentContentRefreshRequest = exports2.TextDocumentContentRequest = exports2.InlineCompletionRequest = exports2.DidCloseNotebookDocumentNotification = exports2.DidSaveNotebookDocumentNotification = exports2.DidChangeNotebookDocumentNotification = exports2.NotebookCellArrayChange = exports2.DidOpenNotebookDocumentNotification = exports2.NotebookDocumentSyncRegistrationType = exports2.NotebookDocument = exports2.NotebookCell = exports2.ExecutionSummary = exports2.NotebookCellKind = exports2.DiagnosticRefreshRequest = exports2.WorkspaceDiagnosticRequest = exports2.DocumentDiagnosticRequest = exports2.DocumentDiagnosticReportKind = exports2.DiagnosticServerCancellationData = exports2.InlayHintRefreshRequest = exports2.InlayHintResolveRequest = exports2.InlayHintRequest = exports2.InlineValueRefreshRequest = exports2.InlineValueRequest = exports2.TypeHierarchySupertypesRequest = exports2.TypeHierarchySubtypesRequest = exports2.TypeHierarchyPrepareRequest = exports2.MonikerRequest = exports2.MonikerKind = void 0;
    var messages_1 = require_messages2();
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var Is2 = __importStar(require_is2());
    var protocol_implementation_1 = require_protocol_implementation();
    Object.defineProperty(exports2, "ImplementationRequest", { enumerable: true, get: function() {
      return protocol_implementation_1.ImplementationRequest;
    } });
    var protocol_typeDefinition_1 = require_protocol_typeDefinition();
    Object.defineProperty(exports2, "TypeDefinitionRequest", { enumerable: true, get: function() {
      return protocol_typeDefinition_1.TypeDefinitionRequest;
    } });
    var protocol_workspaceFolder_1 = require_protocol_workspaceFolder();
    Object.defineProperty(exports2, "WorkspaceFoldersRequest", { enumerable: true, get: function() {
      return protocol_workspaceFolder_1.WorkspaceFoldersRequest;
    } });
    Object.defineProperty(exports2, "DidChangeWorkspaceFoldersNotification", { enumerable: true, get: function() {
      return protocol_workspaceFolder_1.DidChangeWorkspaceFoldersNotification;
    } });
    var protocol_configuration_1 = require_protocol_configuration();
    Object.defineProperty(exports2, "ConfigurationRequest", { enumerable: true, get: function() {
      return protocol_configuration_1.ConfigurationRequest;
    } });
    var protocol_colorProvider_1 = require_protocol_colorProvider();
    Object.defineProperty(exports2, "DocumentColorRequest", { enumerable: true, get: function() {
      return protocol_colorProvider_1.DocumentColorRequest;
    } });
    Object.defineProperty(exports2, "ColorPresentationRequest", { enumerable: true, get: function() {
      return protocol_colorProvider_1.ColorPresentationRequest;
    } });
    var protocol_foldingRange_1 = require_protocol_foldingRange();
    Object.defineProperty(exports2, "FoldingRangeRequest", { enumerable: true, get: function() {
      return protocol_foldingRange_1.FoldingRangeRequest;
    } });
    Object.defineProperty(exports2, "FoldingRangeRefreshRequest", { enumerable: true, get: function() {
      return protocol_foldingRange_1.FoldingRangeRefreshRequest;
    } });
    var protocol_declaration_1 = require_protocol_declaration();
    Object.defineProperty(exports2, "DeclarationRequest", { enumerable: true, get: function() {
      return protocol_declaration_1.DeclarationRequest;
    } });
    var protocol_selectionRange_1 = require_protocol_selectionRange();
    Object.defineProperty(exports2, "SelectionRangeRequest", { enumerable: true, get: function() {
      return protocol_selectionRange_1.SelectionRangeRequest;
    } });
    var protocol_progress_1 = require_protocol_progress();
    Object.defineProperty(exports2, "WorkDoneProgress", { enumerable: true, get: function() {
      return protocol_progress_1.WorkDoneProgress;
    } });
    Object.defineProperty(exports2, "WorkDoneProgressCreateRequest", { enumerable: true, get: function() {
      return protocol_progress_1.WorkDoneProgressCreateRequest;
    } });
    Object.defineProperty(exports2, "WorkDoneProgressCancelNotification", { enumerable: true, get: function() {
      return protocol_progress_1.WorkDoneProgressCancelNotification;
    } });
    var protocol_callHierarchy_1 = require_protocol_callHierarchy();
    Object.defineProperty(exports2, "CallHierarchyIncomingCallsRequest", { enumerable: true, get: function() {
      return protocol_callHierarchy_1.CallHierarchyIncomingCallsRequest;
    } });
    Object.defineProperty(exports2, "CallHierarchyOutgoingCallsRequest", { enumerable: true, get: function() {
      return protocol_callHierarchy_1.CallHierarchyOutgoingCallsRequest;
    } });
    Object.defineProperty(exports2, "CallHierarchyPrepareRequest", { enumerable: true, get: function() {
      return protocol_callHierarchy_1.CallHierarchyPrepareRequest;
    } });
    var protocol_semanticTokens_1 = require_protocol_semanticTokens();
    Object.defineProperty(exports2, "TokenFormat", { enumerable: true, get: function() {
      return protocol_semanticTokens_1.TokenFormat;
    } });
    Object.defineProperty(exports2, "SemanticTokensRequest", { enumerable: true, get: function() {
      return protocol_semanticTokens_1.SemanticTokensRequest;
    } });
    Object.defineProperty(exports2, "SemanticTokensDeltaRequest", { enumerable: true, get: function() {
      return protocol_semanticTokens_1.SemanticTokensDeltaRequest;
    } });
    Object.defineProperty(exports2, "SemanticTokensRangeRequest", { enumerable: true, get: function() {
      return protocol_semanticTokens_1.SemanticTokensRangeRequest;
    } });
    Object.defineProperty(exports2, "SemanticTokensRefreshRequest", { enumerable: true, get: function() {
      return protocol_semanticTokens_1.SemanticTokensRefreshRequest;
    } });
    Object.defineProperty(exports2, "SemanticTokensRegistrationType", { enumerable: true, get: function() {
      return protocol_semanticTokens_1.SemanticTokensRegistrationType;
    } });
    var protocol_showDocument_1 = require_protocol_showDocument();
    Object.defineProperty(exports2, "ShowDocumentRequest", { enumerable: true, get: function() {
      return protocol_showDocument_1.ShowDocumentRequest;
    } });
    var protocol_linkedEditingRange_1 = require_protocol_linkedEditingRange();
    Object.defineProperty(exports2, "LinkedEditingRangeRequest", { enumerable: true, get: function() {
      return protocol_linkedEditingRange_1.LinkedEditingRangeRequest;
    } });
    var protocol_fileOperations_1 = require_protocol_fileOperations();
    Object.defineProperty(exports2, "FileOperationPatternKind", { enumerable: true, get: function() {
      return protocol_fileOperations_1.FileOperationPatternKind;
    } });
    Object.defineProperty(exports2, "DidCreateFilesNotification", { enumerable: true, get: function() {
      return protocol_fileOperations_1.DidCreateFilesNotification;
    } });
    Object.defineProperty(exports2, "WillCreateFilesRequest", { enumerable: true, get: function() {
      return protocol_fileOperations_1.WillCreateFilesRequest;
    } });
    Object.defineProperty(exports2, "DidRenameFilesNotification", { enumerable: true, get: function() {
      return protocol_fileOperations_1.DidRenameFilesNotification;
    } });
    Object.defineProperty(exports2, "WillRenameFilesRequest", { enumerable: true, get: function() {
      return protocol_fileOperations_1.WillRenameFilesRequest;
    } });
    Object.defineProperty(exports2, "DidDeleteFilesNotification", { enumerable: true, get: function() {
      return protocol_fileOperations_1.DidDeleteFilesNotification;
    } });
    Object.defineProperty(exports2, "WillDeleteFilesRequest", { enumerable: true, get: function() {
      return protocol_fileOperations_1.WillDeleteFilesRequest;
    } });
    var protocol_moniker_1 = require_protocol_moniker();
    Object.defineProperty(exports2, "UniquenessLevel", { enumerable: true, get: function() {
      return protocol_moniker_1.UniquenessLevel;
    } });
    Object.defineProperty(exports2, "MonikerKind", { enumerable: true, get: function() {
      return protocol_moniker_1.MonikerKind;
    } });
    Object.defineProperty(exports2, "MonikerRequest", { enumerable: true, get: function() {
      return protocol_moniker_1.MonikerRequest;
    } });
    var protocol_typeHierarchy_1 = require_protocol_typeHierarchy();
    Object.defineProperty(exports2, "TypeHierarchyPrepareRequest", { enumerable: true, get: function() {
      return protocol_typeHierarchy_1.TypeHierarchyPrepareRequest;
    } });
    Object.defineProperty(exports2, "TypeHierarchySubtypesRequest", { enumerable: true, get: function() {
      return protocol_typeHierarchy_1.TypeHierarchySubtypesRequest;
    } });
    Object.defineProperty(exports2, "TypeHierarchySupertypesRequest", { enumerable: true, get: function() {
      return protocol_typeHierarchy_1.TypeHierarchySupertypesRequest;
    } });
    var protocol_inlineValue_1 = require_protocol_inlineValue();
    Object.defineProperty(exports2, "InlineValueRequest", { enumerable: true, get: function() {
      return protocol_inlineValue_1.InlineValueRequest;
    } });
    Object.defineProperty(exports2, "InlineValueRefreshRequest", { enumerable: true, get: function() {
      return protocol_inlineValue_1.InlineValueRefreshRequest;
    } });
    var protocol_inlayHint_1 = require_protocol_inlayHint();
    Object.defineProperty(exports2, "InlayHintRequest", { enumerable: true, get: function() {
      return protocol_inlayHint_1.InlayHintRequest;
    } });
    Object.defineProperty(exports2, "InlayHintResolveRequest", { enumerable: true, get: function() {
      return protocol_inlayHint_1.InlayHintResolveRequest;
    } });
    Object.defineProperty(exports2, "InlayHintRefreshRequest", { enumerable: true, get: function() {
      return protocol_inlayHint_1.InlayHintRefreshRequest;
    } });
    var protocol_diagnostic_1 = require_protocol_diagnostic();
    Object.defineProperty(exports2, "DiagnosticServerCancellationData", { enumerable: true, get: function() {
      return protocol_diagnostic_1.DiagnosticServerCancellationData;
    } });
    Object.defineProperty(exports2, "DocumentDiagnosticReportKind", { enumerable: true, get: function() {
      return protocol_diagnostic_1.DocumentDiagnosticReportKind;
    } });
    Object.defineProperty(exports2, "DocumentDiagnosticRequest", { enumerable: true, get: function() {
      return protocol_diagnostic_1.DocumentDiagnosticRequest;
    } });
    Object.defineProperty(exports2, "WorkspaceDiagnosticRequest", { enumerable: true, get: function() {
      return protocol_diagnostic_1.WorkspaceDiagnosticRequest;
    } });
    Object.defineProperty(exports2, "DiagnosticRefreshRequest", { enumerable: true, get: function() {
      return protocol_diagnostic_1.DiagnosticRefreshRequest;
    } });
    var protocol_notebook_1 = require_protocol_notebook();
    Object.defineProperty(exports2, "NotebookCellKind", { enumerable: true, get: function() {
      return protocol_notebook_1.NotebookCellKind;
    } });
    Object.defineProperty(exports2, "ExecutionSummary", { enumerable: true, get: function() {
      return protocol_notebook_1.ExecutionSummary;
    } });
    Object.defineProperty(exports2, "NotebookCell", { enumerable: true, get: function() {
      return protocol_notebook_1.NotebookCell;
    } });
    Object.defineProperty(exports2, "NotebookDocument", { enumerable: true, get: function() {
      return protocol_notebook_1.NotebookDocument;
    } });
    Object.defineProperty(exports2, "NotebookDocumentSyncRegistrationType", { enumerable: true, get: function() {
      return protocol_notebook_1.NotebookDocumentSyncRegistrationType;
    } });
    Object.defineProperty(exports2, "DidOpenNotebookDocumentNotification", { enumerable: true, get: function() {
      return protocol_notebook_1.DidOpenNotebookDocumentNotification;
    } });
    Object.defineProperty(exports2, "NotebookCellArrayChange", { enumerable: true, get: function() {
      return protocol_notebook_1.NotebookCellArrayChange;
    } });
    Object.defineProperty(exports2, "DidChangeNotebookDocumentNotification", { enumerable: true, get: function() {
      return protocol_notebook_1.DidChangeNotebookDocumentNotification;
    } });
    Object.defineProperty(exports2, "DidSaveNotebookDocumentNotification", { enumerable: true, get: function() {
      return protocol_notebook_1.DidSaveNotebookDocumentNotification;
    } });
    Object.defineProperty(exports2, "DidCloseNotebookDocumentNotification", { enumerable: true, get: function() {
      return protocol_notebook_1.DidCloseNotebookDocumentNotification;
    } });
    var protocol_inlineCompletion_1 = require_protocol_inlineCompletion();
    Object.defineProperty(exports2, "InlineCompletionRequest", { enumerable: true, get: function() {
      return protocol_inlineCompletion_1.InlineCompletionRequest;
    } });
    var protocol_textDocumentContent_1 = require_protocol_textDocumentContent();
    Object.defineProperty(exports2, "TextDocumentContentRequest", { enumerable: true, get: function() {
      return protocol_textDocumentContent_1.TextDocumentContentRequest;
    } });
    Object.defineProperty(exports2, "TextDocumentContentRefreshRequest", { enumerable: true, get: function() {
      return protocol_textDocumentContent_1.TextDocumentContentRefreshRequest;
    } });
    var TextDocumentFilter;
    (function(TextDocumentFilter2) {
      function is(value) {
        const candidate = value;
        return Is2.string(candidate) || (Is2.string(candidate.language) || Is2.string(candidate.scheme) || GlobPattern.is(candidate.pattern));
      }
      TextDocumentFilter2.is = is;
    })(TextDocumentFilter || (exports2.TextDocumentFilter = TextDocumentFilter = {}));
    var NotebookDocumentFilter;
    (function(NotebookDocumentFilter2) {
      function is(value) {
        const candidate = value;
        return Is2.objectLiteral(candidate) && (Is2.string(candidate.notebookType) || Is2.string(candidate.scheme) || Is2.string(candidate.pattern));
      }
      NotebookDocumentFilter2.is = is;
    })(NotebookDocumentFilter || (exports2.NotebookDocumentFilter = NotebookDocumentFilter = {}));
    var NotebookCellTextDocumentFilter;
    (function(NotebookCellTextDocumentFilter2) {
      function is(value) {
        const candidate = value;
        return Is2.objectLiteral(candidate) && (Is2.string(candidate.notebook) || NotebookDocumentFilter.is(candidate.notebook)) && (candidate.language === void 0 || Is2.string(candidate.language));
      }
      NotebookCellTextDocumentFilter2.is = is;
    })(NotebookCellTextDocumentFilter || (exports2.NotebookCellTextDocumentFilter = NotebookCellTextDocumentFilter = {}));
    var DocumentSelector;
    (function(DocumentSelector2) {
      function is(value) {
        if (!Array.isArray(value)) {
          return false;
        }
        for (const elem of value) {
          if (!Is2.string(elem) && !TextDocumentFilter.is(elem) && !NotebookCellTextDocumentFilter.is(elem)) {
            return false;
          }
        }
        return true;
      }
      DocumentSelector2.is = is;
    })(DocumentSelector || (exports2.DocumentSelector = DocumentSelector = {}));
    var RegistrationRequest;
    (function(RegistrationRequest2) {
      RegistrationRequest2.method = "client/registerCapability";
      RegistrationRequest2.messageDirection = messages_1.MessageDirection.serverToClient;
      RegistrationRequest2.type = new messages_1.ProtocolRequestType(RegistrationRequest2.method);
    })(RegistrationRequest || (exports2.RegistrationRequest = RegistrationRequest = {}));
    var UnregistrationRequest;
    (function(UnregistrationRequest2) {
      UnregistrationRequest2.method = "client/unregisterCapability";
      UnregistrationRequest2.messageDirection = messages_1.MessageDirection.serverToClient;
      UnregistrationRequest2.type = new messages_1.ProtocolRequestType(UnregistrationRequest2.method);
    })(UnregistrationRequest || (exports2.UnregistrationRequest = UnregistrationRequest = {}));
    var ResourceOperationKind;
    (function(ResourceOperationKind2) {
      ResourceOperationKind2.Create = "create";
      ResourceOperationKind2.Rename = "rename";
      ResourceOperationKind2.Delete = "delete";
    })(ResourceOperationKind || (exports2.ResourceOperationKind = ResourceOperationKind = {}));
    var FailureHandlingKind;
    (function(FailureHandlingKind2) {
      FailureHandlingKind2.Abort = "abort";
      FailureHandlingKind2.Transactional = "transactional";
      FailureHandlingKind2.TextOnlyTransactional = "textOnlyTransactional";
      FailureHandlingKind2.Undo = "undo";
    })(FailureHandlingKind || (exports2.FailureHandlingKind = FailureHandlingKind = {}));
    var RegularExpressionEngineKind;
    (function(RegularExpressionEngineKind2) {
      RegularExpressionEngineKind2.ES2020 = "ES2020";
    })(RegularExpressionEngineKind || (exports2.RegularExpressionEngineKind = RegularExpressionEngineKind = {}));
    var PositionEncodingKind;
    (function(PositionEncodingKind2) {
      PositionEncodingKind2.UTF8 = "utf-8";
      PositionEncodingKind2.UTF16 = "utf-16";
      PositionEncodingKind2.UTF32 = "utf-32";
    })(PositionEncodingKind || (exports2.PositionEncodingKind = PositionEncodingKind = {}));
    var StaticRegistrationOptions;
    (function(StaticRegistrationOptions2) {
      function hasId(value) {
        const candidate = value;
        return candidate && Is2.string(candidate.id) && candidate.id.length > 0;
      }
      StaticRegistrationOptions2.hasId = hasId;
    })(StaticRegistrationOptions || (exports2.StaticRegistrationOptions = StaticRegistrationOptions = {}));
    var TextDocumentRegistrationOptions;
    (function(TextDocumentRegistrationOptions2) {
      function is(value) {
        const candidate = value;
        return candidate && (candidate.documentSelector === null || DocumentSelector.is(candidate.documentSelector));
      }
      TextDocumentRegistrationOptions2.is = is;
    })(TextDocumentRegistrationOptions || (exports2.TextDocumentRegistrationOptions = TextDocumentRegistrationOptions = {}));
    var WorkDoneProgressOptions;
    (function(WorkDoneProgressOptions2) {
      function is(value) {
        const candidate = value;
        return Is2.objectLiteral(candidate) && (candidate.workDoneProgress === void 0 || Is2.boolean(candidate.workDoneProgress));
      }
      WorkDoneProgressOptions2.is = is;
      function hasWorkDoneProgress(value) {
        const candidate = value;
        return candidate && Is2.boolean(candidate.workDoneProgress);
      }
      WorkDoneProgressOptions2.hasWorkDoneProgress = hasWorkDoneProgress;
    })(WorkDoneProgressOptions || (exports2.WorkDoneProgressOptions = WorkDoneProgressOptions = {}));
    var InitializeRequest;
    (function(InitializeRequest2) {
      InitializeRequest2.method = "initialize";
      InitializeRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      InitializeRequest2.type = new messages_1.ProtocolRequestType(InitializeRequest2.method);
    })(InitializeRequest || (exports2.InitializeRequest = InitializeRequest = {}));
    var InitializeErrorCodes;
    (function(InitializeErrorCodes2) {
      InitializeErrorCodes2.unknownProtocolVersion = 1;
    })(InitializeErrorCodes || (exports2.InitializeErrorCodes = InitializeErrorCodes = {}));
    var InitializedNotification;
    (function(InitializedNotification2) {
      InitializedNotification2.method = "initialized";
      InitializedNotification2.messageDirection = messages_1.MessageDirection.clientToServer;
      InitializedNotification2.type = new messages_1.ProtocolNotificationType(InitializedNotification2.method);
    })(InitializedNotification || (exports2.InitializedNotification = InitializedNotification = {}));
    var ShutdownRequest;
    (function(ShutdownRequest2) {
      ShutdownRequest2.method = "shutdown";
      ShutdownRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      ShutdownRequest2.type = new messages_1.ProtocolRequestType0(ShutdownRequest2.method);
    })(ShutdownRequest || (exports2.ShutdownRequest = ShutdownRequest = {}));
    var ExitNotification;
    (function(ExitNotification2) {
      ExitNotification2.method = "exit";
      ExitNotification2.messageDirection = messages_1.MessageDirection.clientToServer;
      ExitNotification2.type = new messages_1.ProtocolNotificationType0(ExitNotification2.method);
    })(ExitNotification || (exports2.ExitNotification = ExitNotification = {}));
    var DidChangeConfigurationNotification;
    (function(DidChangeConfigurationNotification2) {
      DidChangeConfigurationNotification2.method = "workspace/didChangeConfiguration";
      DidChangeConfigurationNotification2.messageDirection = messages_1.MessageDirection.clientToServer;
      DidChangeConfigurationNotification2.type = new messages_1.ProtocolNotificationType(DidChangeConfigurationNotification2.method);
      DidChangeConfigurationNotification2.capabilities = messages_1.CM.create("workspace.didChangeConfiguration", void 0);
    })(DidChangeConfigurationNotification || (exports2.DidChangeConfigurationNotification = DidChangeConfigurationNotification = {}));
    var MessageType2;
    (function(MessageType3) {
      MessageType3.Error = 1;
      MessageType3.Warning = 2;
      MessageType3.Info = 3;
      MessageType3.Log = 4;
      MessageType3.Debug = 5;
    })(MessageType2 || (exports2.MessageType = MessageType2 = {}));
    var ShowMessageNotification2;
    (function(ShowMessageNotification3) {
      ShowMessageNotification3.method = "window/showMessage";
      ShowMessageNotification3.messageDirection = messages_1.MessageDirection.serverToClient;
      ShowMessageNotification3.type = new messages_1.ProtocolNotificationType(ShowMessageNotification3.method);
      ShowMessageNotification3.capabilities = messages_1.CM.create("window.showMessage", void 0);
    })(ShowMessageNotification2 || (exports2.ShowMessageNotification = ShowMessageNotification2 = {}));
    var ShowMessageRequest;
    (function(ShowMessageRequest2) {
      ShowMessageRequest2.method = "window/showMessageRequest";
      ShowMessageRequest2.messageDirection = messages_1.MessageDirection.serverToClient;
      ShowMessageRequest2.type = new messages_1.ProtocolRequestType(ShowMessageRequest2.method);
      ShowMessageRequest2.capabilities = messages_1.CM.create("window.showMessage", void 0);
    })(ShowMessageRequest || (exports2.ShowMessageRequest = ShowMessageRequest = {}));
    var LogMessageNotification;
    (function(LogMessageNotification2) {
      LogMessageNotification2.method = "window/logMessage";
      LogMessageNotification2.messageDirection = messages_1.MessageDirection.serverToClient;
      LogMessageNotification2.type = new messages_1.ProtocolNotificationType(LogMessageNotification2.method);
    })(LogMessageNotification || (exports2.LogMessageNotification = LogMessageNotification = {}));
    var TelemetryEventNotification;
    (function(TelemetryEventNotification2) {
      TelemetryEventNotification2.method = "telemetry/event";
      TelemetryEventNotification2.messageDirection = messages_1.MessageDirection.serverToClient;
      TelemetryEventNotification2.type = new messages_1.ProtocolNotificationType(TelemetryEventNotification2.method);
    })(TelemetryEventNotification || (exports2.TelemetryEventNotification = TelemetryEventNotification = {}));
    var TextDocumentSyncKind2;
    (function(TextDocumentSyncKind3) {
      TextDocumentSyncKind3.None = 0;
      TextDocumentSyncKind3.Full = 1;
      TextDocumentSyncKind3.Incremental = 2;
    })(TextDocumentSyncKind2 || (exports2.TextDocumentSyncKind = TextDocumentSyncKind2 = {}));
    var DidOpenTextDocumentNotification;
    (function(DidOpenTextDocumentNotification2) {
      DidOpenTextDocumentNotification2.method = "textDocument/didOpen";
      DidOpenTextDocumentNotification2.messageDirection = messages_1.MessageDirection.clientToServer;
      DidOpenTextDocumentNotification2.type = new messages_1.ProtocolNotificationType(DidOpenTextDocumentNotification2.method);
      DidOpenTextDocumentNotification2.capabilities = messages_1.CM.create("textDocument.synchronization", "textDocumentSync.openClose");
    })(DidOpenTextDocumentNotification || (exports2.DidOpenTextDocumentNotification = DidOpenTextDocumentNotification = {}));
    var TextDocumentContentChangeEvent;
    (function(TextDocumentContentChangeEvent2) {
      function isIncremental(event) {
        const candidate = event;
        return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range !== void 0 && (candidate.rangeLength === void 0 || typeof candidate.rangeLength === "number");
      }
      TextDocumentContentChangeEvent2.isIncremental = isIncremental;
      function isFull(event) {
        const candidate = event;
        return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range === void 0 && candidate.rangeLength === void 0;
      }
      TextDocumentContentChangeEvent2.isFull = isFull;
    })(TextDocumentContentChangeEvent || (exports2.TextDocumentContentChangeEvent = TextDocumentContentChangeEvent = {}));
    var DidChangeTextDocumentNotification;
    (function(DidChangeTextDocumentNotification2) {
      DidChangeTextDocumentNotification2.method = "textDocument/didChange";
      DidChangeTextDocumentNotification2.messageDirection = messages_1.MessageDirection.clientToServer;
      DidChangeTextDocumentNotification2.type = new messages_1.ProtocolNotificationType(DidChangeTextDocumentNotification2.method);
      DidChangeTextDocumentNotification2.capabilities = messages_1.CM.create("textDocument.synchronization", "textDocumentSync");
    })(DidChangeTextDocumentNotification || (exports2.DidChangeTextDocumentNotification = DidChangeTextDocumentNotification = {}));
    var DidCloseTextDocumentNotification;
    (function(DidCloseTextDocumentNotification2) {
      DidCloseTextDocumentNotification2.method = "textDocument/didClose";
      DidCloseTextDocumentNotification2.messageDirection = messages_1.MessageDirection.clientToServer;
      DidCloseTextDocumentNotification2.type = new messages_1.ProtocolNotificationType(DidCloseTextDocumentNotification2.method);
      DidCloseTextDocumentNotification2.capabilities = messages_1.CM.create("textDocument.synchronization", "textDocumentSync.openClose");
    })(DidCloseTextDocumentNotification || (exports2.DidCloseTextDocumentNotification = DidCloseTextDocumentNotification = {}));
    var DidSaveTextDocumentNotification;
    (function(DidSaveTextDocumentNotification2) {
      DidSaveTextDocumentNotification2.method = "textDocument/didSave";
      DidSaveTextDocumentNotification2.messageDirection = messages_1.MessageDirection.clientToServer;
      DidSaveTextDocumentNotification2.type = new messages_1.ProtocolNotificationType(DidSaveTextDocumentNotification2.method);
      DidSaveTextDocumentNotification2.capabilities = messages_1.CM.create("textDocument.synchronization.didSave", "textDocumentSync.save");
    })(DidSaveTextDocumentNotification || (exports2.DidSaveTextDocumentNotification = DidSaveTextDocumentNotification = {}));
    var TextDocumentSaveReason;
    (function(TextDocumentSaveReason2) {
      TextDocumentSaveReason2.Manual = 1;
      TextDocumentSaveReason2.AfterDelay = 2;
      TextDocumentSaveReason2.FocusOut = 3;
    })(TextDocumentSaveReason || (exports2.TextDocumentSaveReason = TextDocumentSaveReason = {}));
    var WillSaveTextDocumentNotification;
    (function(WillSaveTextDocumentNotification2) {
      WillSaveTextDocumentNotification2.method = "textDocument/willSave";
      WillSaveTextDocumentNotification2.messageDirection = messages_1.MessageDirection.clientToServer;
      WillSaveTextDocumentNotification2.type = new messages_1.ProtocolNotificationType(WillSaveTextDocumentNotification2.method);
      WillSaveTextDocumentNotification2.capabilities = messages_1.CM.create("textDocument.synchronization.willSave", "textDocumentSync.willSave");
    })(WillSaveTextDocumentNotification || (exports2.WillSaveTextDocumentNotification = WillSaveTextDocumentNotification = {}));
    var WillSaveTextDocumentWaitUntilRequest;
    (function(WillSaveTextDocumentWaitUntilRequest2) {
      WillSaveTextDocumentWaitUntilRequest2.method = "textDocument/willSaveWaitUntil";
      WillSaveTextDocumentWaitUntilRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      WillSaveTextDocumentWaitUntilRequest2.type = new messages_1.ProtocolRequestType(WillSaveTextDocumentWaitUntilRequest2.method);
      WillSaveTextDocumentWaitUntilRequest2.capabilities = messages_1.CM.create("textDocument.synchronization.willSaveWaitUntil", "textDocumentSync.willSaveWaitUntil");
    })(WillSaveTextDocumentWaitUntilRequest || (exports2.WillSaveTextDocumentWaitUntilRequest = WillSaveTextDocumentWaitUntilRequest = {}));
    var DidChangeWatchedFilesNotification2;
    (function(DidChangeWatchedFilesNotification3) {
      DidChangeWatchedFilesNotification3.method = "workspace/didChangeWatchedFiles";
      DidChangeWatchedFilesNotification3.messageDirection = messages_1.MessageDirection.clientToServer;
      DidChangeWatchedFilesNotification3.type = new messages_1.ProtocolNotificationType(DidChangeWatchedFilesNotification3.method);
      DidChangeWatchedFilesNotification3.capabilities = messages_1.CM.create("workspace.didChangeWatchedFiles", void 0);
    })(DidChangeWatchedFilesNotification2 || (exports2.DidChangeWatchedFilesNotification = DidChangeWatchedFilesNotification2 = {}));
    var FileChangeType;
    (function(FileChangeType2) {
      FileChangeType2.Created = 1;
      FileChangeType2.Changed = 2;
      FileChangeType2.Deleted = 3;
    })(FileChangeType || (exports2.FileChangeType = FileChangeType = {}));
    var RelativePattern;
    (function(RelativePattern2) {
      function is(value) {
        const candidate = value;
        return Is2.objectLiteral(candidate) && (vscode_languageserver_types_1.URI.is(candidate.baseUri) || vscode_languageserver_types_1.WorkspaceFolder.is(candidate.baseUri)) && Is2.string(candidate.pattern);
      }
      RelativePattern2.is = is;
    })(RelativePattern || (exports2.RelativePattern = RelativePattern = {}));
    var GlobPattern;
    (function(GlobPattern2) {
      function is(value) {
        const candidate = value;
        return Is2.string(candidate) || RelativePattern.is(candidate);
      }
      GlobPattern2.is = is;
    })(GlobPattern || (exports2.GlobPattern = GlobPattern = {}));
    var WatchKind;
    (function(WatchKind2) {
      WatchKind2.Create = 1;
      WatchKind2.Change = 2;
      WatchKind2.Delete = 4;
    })(WatchKind || (exports2.WatchKind = WatchKind = {}));
    var PublishDiagnosticsNotification;
    (function(PublishDiagnosticsNotification2) {
      PublishDiagnosticsNotification2.method = "textDocument/publishDiagnostics";
      PublishDiagnosticsNotification2.messageDirection = messages_1.MessageDirection.serverToClient;
      PublishDiagnosticsNotification2.type = new messages_1.ProtocolNotificationType(PublishDiagnosticsNotification2.method);
      PublishDiagnosticsNotification2.capabilities = messages_1.CM.create("textDocument.publishDiagnostics", void 0);
    })(PublishDiagnosticsNotification || (exports2.PublishDiagnosticsNotification = PublishDiagnosticsNotification = {}));
    var CompletionTriggerKind;
    (function(CompletionTriggerKind2) {
      CompletionTriggerKind2.Invoked = 1;
      CompletionTriggerKind2.TriggerCharacter = 2;
      CompletionTriggerKind2.TriggerForIncompleteCompletions = 3;
    })(CompletionTriggerKind || (exports2.CompletionTriggerKind = CompletionTriggerKind = {}));
    var CompletionRequest;
    (function(CompletionRequest2) {
      CompletionRequest2.method = "textDocument/completion";
      CompletionRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      CompletionRequest2.type = new messages_1.ProtocolRequestType(CompletionRequest2.method);
      CompletionRequest2.capabilities = messages_1.CM.create("textDocument.completion", "completionProvider");
    })(CompletionRequest || (exports2.CompletionRequest = CompletionRequest = {}));
    var CompletionResolveRequest;
    (function(CompletionResolveRequest2) {
      CompletionResolveRequest2.method = "completionItem/resolve";
      CompletionResolveRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      CompletionResolveRequest2.type = new messages_1.ProtocolRequestType(CompletionResolveRequest2.method);
      CompletionResolveRequest2.capabilities = messages_1.CM.create("textDocument.completion.completionItem.resolveSupport", "completionProvider.resolveProvider");
    })(CompletionResolveRequest || (exports2.CompletionResolveRequest = CompletionResolveRequest = {}));
    var HoverRequest;
    (function(HoverRequest2) {
      HoverRequest2.method = "textDocument/hover";
      HoverRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      HoverRequest2.type = new messages_1.ProtocolRequestType(HoverRequest2.method);
      HoverRequest2.capabilities = messages_1.CM.create("textDocument.hover", "hoverProvider");
    })(HoverRequest || (exports2.HoverRequest = HoverRequest = {}));
    var SignatureHelpTriggerKind;
    (function(SignatureHelpTriggerKind2) {
      SignatureHelpTriggerKind2.Invoked = 1;
      SignatureHelpTriggerKind2.TriggerCharacter = 2;
      SignatureHelpTriggerKind2.ContentChange = 3;
    })(SignatureHelpTriggerKind || (exports2.SignatureHelpTriggerKind = SignatureHelpTriggerKind = {}));
    var SignatureHelpRequest;
    (function(SignatureHelpRequest2) {
      SignatureHelpRequest2.method = "textDocument/signatureHelp";
      SignatureHelpRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      SignatureHelpRequest2.type = new messages_1.ProtocolRequestType(SignatureHelpRequest2.method);
      SignatureHelpRequest2.capabilities = messages_1.CM.create("textDocument.signatureHelp", "signatureHelpProvider");
    })(SignatureHelpRequest || (exports2.SignatureHelpRequest = SignatureHelpRequest = {}));
    var DefinitionRequest;
    (function(DefinitionRequest2) {
      DefinitionRequest2.method = "textDocument/definition";
      DefinitionRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      DefinitionRequest2.type = new messages_1.ProtocolRequestType(DefinitionRequest2.method);
      DefinitionRequest2.capabilities = messages_1.CM.create("textDocument.definition", "definitionProvider");
    })(DefinitionRequest || (exports2.DefinitionRequest = DefinitionRequest = {}));
    var ReferencesRequest;
    (function(ReferencesRequest2) {
      ReferencesRequest2.method = "textDocument/references";
      ReferencesRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      ReferencesRequest2.type = new messages_1.ProtocolRequestType(ReferencesRequest2.method);
      ReferencesRequest2.capabilities = messages_1.CM.create("textDocument.references", "referencesProvider");
    })(ReferencesRequest || (exports2.ReferencesRequest = ReferencesRequest = {}));
    var DocumentHighlightRequest;
    (function(DocumentHighlightRequest2) {
      DocumentHighlightRequest2.method = "textDocument/documentHighlight";
      DocumentHighlightRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      DocumentHighlightRequest2.type = new messages_1.ProtocolRequestType(DocumentHighlightRequest2.method);
      DocumentHighlightRequest2.capabilities = messages_1.CM.create("textDocument.documentHighlight", "documentHighlightProvider");
    })(DocumentHighlightRequest || (exports2.DocumentHighlightRequest = DocumentHighlightRequest = {}));
    var DocumentSymbolRequest;
    (function(DocumentSymbolRequest2) {
      DocumentSymbolRequest2.method = "textDocument/documentSymbol";
      DocumentSymbolRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      DocumentSymbolRequest2.type = new messages_1.ProtocolRequestType(DocumentSymbolRequest2.method);
      DocumentSymbolRequest2.capabilities = messages_1.CM.create("textDocument.documentSymbol", "documentSymbolProvider");
    })(DocumentSymbolRequest || (exports2.DocumentSymbolRequest = DocumentSymbolRequest = {}));
    var CodeActionRequest;
    (function(CodeActionRequest2) {
      CodeActionRequest2.method = "textDocument/codeAction";
      CodeActionRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      CodeActionRequest2.type = new messages_1.ProtocolRequestType(CodeActionRequest2.method);
      CodeActionRequest2.capabilities = messages_1.CM.create("textDocument.codeAction", "codeActionProvider");
    })(CodeActionRequest || (exports2.CodeActionRequest = CodeActionRequest = {}));
    var CodeActionResolveRequest;
    (function(CodeActionResolveRequest2) {
      CodeActionResolveRequest2.method = "codeAction/resolve";
      CodeActionResolveRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      CodeActionResolveRequest2.type = new messages_1.ProtocolRequestType(CodeActionResolveRequest2.method);
      CodeActionResolveRequest2.capabilities = messages_1.CM.create("textDocument.codeAction.resolveSupport", "codeActionProvider.resolveProvider");
    })(CodeActionResolveRequest || (exports2.CodeActionResolveRequest = CodeActionResolveRequest = {}));
    var WorkspaceSymbolRequest;
    (function(WorkspaceSymbolRequest2) {
      WorkspaceSymbolRequest2.method = "workspace/symbol";
      WorkspaceSymbolRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      WorkspaceSymbolRequest2.type = new messages_1.ProtocolRequestType(WorkspaceSymbolRequest2.method);
      WorkspaceSymbolRequest2.capabilities = messages_1.CM.create("workspace.symbol", "workspaceSymbolProvider");
    })(WorkspaceSymbolRequest || (exports2.WorkspaceSymbolRequest = WorkspaceSymbolRequest = {}));
    var WorkspaceSymbolResolveRequest;
    (function(WorkspaceSymbolResolveRequest2) {
      WorkspaceSymbolResolveRequest2.method = "workspaceSymbol/resolve";
      WorkspaceSymbolResolveRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      WorkspaceSymbolResolveRequest2.type = new messages_1.ProtocolRequestType(WorkspaceSymbolResolveRequest2.method);
      WorkspaceSymbolResolveRequest2.capabilities = messages_1.CM.create("workspace.symbol.resolveSupport", "workspaceSymbolProvider.resolveProvider");
    })(WorkspaceSymbolResolveRequest || (exports2.WorkspaceSymbolResolveRequest = WorkspaceSymbolResolveRequest = {}));
    var CodeLensRequest;
    (function(CodeLensRequest2) {
      CodeLensRequest2.method = "textDocument/codeLens";
      CodeLensRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      CodeLensRequest2.type = new messages_1.ProtocolRequestType(CodeLensRequest2.method);
      CodeLensRequest2.capabilities = messages_1.CM.create("textDocument.codeLens", "codeLensProvider");
    })(CodeLensRequest || (exports2.CodeLensRequest = CodeLensRequest = {}));
    var CodeLensResolveRequest;
    (function(CodeLensResolveRequest2) {
      CodeLensResolveRequest2.method = "codeLens/resolve";
      CodeLensResolveRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      CodeLensResolveRequest2.type = new messages_1.ProtocolRequestType(CodeLensResolveRequest2.method);
      CodeLensResolveRequest2.capabilities = messages_1.CM.create("textDocument.codeLens.resolveSupport", "codeLensProvider.resolveProvider");
    })(CodeLensResolveRequest || (exports2.CodeLensResolveRequest = CodeLensResolveRequest = {}));
    var CodeLensRefreshRequest;
    (function(CodeLensRefreshRequest2) {
      CodeLensRefreshRequest2.method = `workspace/codeLens/refresh`;
      CodeLensRefreshRequest2.messageDirection = messages_1.MessageDirection.serverToClient;
      CodeLensRefreshRequest2.type = new messages_1.ProtocolRequestType0(CodeLensRefreshRequest2.method);
      CodeLensRefreshRequest2.capabilities = messages_1.CM.create("workspace.codeLens", void 0);
    })(CodeLensRefreshRequest || (exports2.CodeLensRefreshRequest = CodeLensRefreshRequest = {}));
    var DocumentLinkRequest;
    (function(DocumentLinkRequest2) {
      DocumentLinkRequest2.method = "textDocument/documentLink";
      DocumentLinkRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      DocumentLinkRequest2.type = new messages_1.ProtocolRequestType(DocumentLinkRequest2.method);
      DocumentLinkRequest2.capabilities = messages_1.CM.create("textDocument.documentLink", "documentLinkProvider");
    })(DocumentLinkRequest || (exports2.DocumentLinkRequest = DocumentLinkRequest = {}));
    var DocumentLinkResolveRequest;
    (function(DocumentLinkResolveRequest2) {
      DocumentLinkResolveRequest2.method = "documentLink/resolve";
      DocumentLinkResolveRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      DocumentLinkResolveRequest2.type = new messages_1.ProtocolRequestType(DocumentLinkResolveRequest2.method);
      DocumentLinkResolveRequest2.capabilities = messages_1.CM.create("textDocument.documentLink", "documentLinkProvider.resolveProvider");
    })(DocumentLinkResolveRequest || (exports2.DocumentLinkResolveRequest = DocumentLinkResolveRequest = {}));
    var DocumentFormattingRequest;
    (function(DocumentFormattingRequest2) {
      DocumentFormattingRequest2.method = "textDocument/formatting";
      DocumentFormattingRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      DocumentFormattingRequest2.type = new messages_1.ProtocolRequestType(DocumentFormattingRequest2.method);
      DocumentFormattingRequest2.capabilities = messages_1.CM.create("textDocument.formatting", "documentFormattingProvider");
    })(DocumentFormattingRequest || (exports2.DocumentFormattingRequest = DocumentFormattingRequest = {}));
    var DocumentRangeFormattingRequest;
    (function(DocumentRangeFormattingRequest2) {
      DocumentRangeFormattingRequest2.method = "textDocument/rangeFormatting";
      DocumentRangeFormattingRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      DocumentRangeFormattingRequest2.type = new messages_1.ProtocolRequestType(DocumentRangeFormattingRequest2.method);
      DocumentRangeFormattingRequest2.capabilities = messages_1.CM.create("textDocument.rangeFormatting", "documentRangeFormattingProvider");
    })(DocumentRangeFormattingRequest || (exports2.DocumentRangeFormattingRequest = DocumentRangeFormattingRequest = {}));
    var DocumentRangesFormattingRequest;
    (function(DocumentRangesFormattingRequest2) {
      DocumentRangesFormattingRequest2.method = "textDocument/rangesFormatting";
      DocumentRangesFormattingRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      DocumentRangesFormattingRequest2.type = new messages_1.ProtocolRequestType(DocumentRangesFormattingRequest2.method);
      DocumentRangesFormattingRequest2.capabilities = messages_1.CM.create("textDocument.rangeFormatting.rangesSupport", "documentRangeFormattingProvider.rangesSupport");
    })(DocumentRangesFormattingRequest || (exports2.DocumentRangesFormattingRequest = DocumentRangesFormattingRequest = {}));
    var DocumentOnTypeFormattingRequest;
    (function(DocumentOnTypeFormattingRequest2) {
      DocumentOnTypeFormattingRequest2.method = "textDocument/onTypeFormatting";
      DocumentOnTypeFormattingRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      DocumentOnTypeFormattingRequest2.type = new messages_1.ProtocolRequestType(DocumentOnTypeFormattingRequest2.method);
      DocumentOnTypeFormattingRequest2.capabilities = messages_1.CM.create("textDocument.onTypeFormatting", "documentOnTypeFormattingProvider");
    })(DocumentOnTypeFormattingRequest || (exports2.DocumentOnTypeFormattingRequest = DocumentOnTypeFormattingRequest = {}));
    var PrepareSupportDefaultBehavior;
    (function(PrepareSupportDefaultBehavior2) {
      PrepareSupportDefaultBehavior2.Identifier = 1;
    })(PrepareSupportDefaultBehavior || (exports2.PrepareSupportDefaultBehavior = PrepareSupportDefaultBehavior = {}));
    var RenameRequest;
    (function(RenameRequest2) {
      RenameRequest2.method = "textDocument/rename";
      RenameRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      RenameRequest2.type = new messages_1.ProtocolRequestType(RenameRequest2.method);
      RenameRequest2.capabilities = messages_1.CM.create("textDocument.rename", "renameProvider");
    })(RenameRequest || (exports2.RenameRequest = RenameRequest = {}));
    var PrepareRenameRequest;
    (function(PrepareRenameRequest2) {
      PrepareRenameRequest2.method = "textDocument/prepareRename";
      PrepareRenameRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      PrepareRenameRequest2.type = new messages_1.ProtocolRequestType(PrepareRenameRequest2.method);
      PrepareRenameRequest2.capabilities = messages_1.CM.create("textDocument.rename.prepareSupport", "renameProvider.prepareProvider");
    })(PrepareRenameRequest || (exports2.PrepareRenameRequest = PrepareRenameRequest = {}));
    var ExecuteCommandRequest;
    (function(ExecuteCommandRequest2) {
      ExecuteCommandRequest2.method = "workspace/executeCommand";
      ExecuteCommandRequest2.messageDirection = messages_1.MessageDirection.clientToServer;
      ExecuteCommandRequest2.type = new messages_1.ProtocolRequestType(ExecuteCommandRequest2.method);
      ExecuteCommandRequest2.capabilities = messages_1.CM.create("workspace.executeCommand", "executeCommandProvider");
    })(ExecuteCommandRequest || (exports2.ExecuteCommandRequest = ExecuteCommandRequest = {}));
    var ApplyWorkspaceEditRequest;
    (function(ApplyWorkspaceEditRequest2) {
      ApplyWorkspaceEditRequest2.method = "workspace/applyEdit";
      ApplyWorkspaceEditRequest2.messageDirection = messages_1.MessageDirection.serverToClient;
      ApplyWorkspaceEditRequest2.type = new messages_1.ProtocolRequestType("workspace/applyEdit");
      ApplyWorkspaceEditRequest2.capabilities = messages_1.CM.create("workspace.applyEdit", void 0);
    })(ApplyWorkspaceEditRequest || (exports2.ApplyWorkspaceEditRequest = ApplyWorkspaceEditRequest = {}));
  }
});

// node_modules/vscode-languageserver-protocol/lib/common/connection.js
var require_connection2 = __commonJS({
  "node_modules/vscode-languageserver-protocol/lib/common/connection.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.createProtocolConnection = createProtocolConnection2;
    var vscode_jsonrpc_1 = require_api();
    function createProtocolConnection2(input2, output, logger, options) {
      if (vscode_jsonrpc_1.ConnectionStrategy.is(options)) {
        options = { connectionStrategy: options };
      }
      return (0, vscode_jsonrpc_1.createMessageConnection)(input2, output, logger, options);
    }
  }
});

// node_modules/vscode-languageserver-protocol/lib/common/api.js
var require_api2 = __commonJS({
  "node_modules/vscode-languageserver-protocol/lib/common/api.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports2 && exports2.__exportStar || function(m, exports3) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports3, p)) __createBinding(exports3, m, p);
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.LSPErrorCodes = exports2.createProtocolConnection = void 0;
    __exportStar(require_api(), exports2);
    __exportStar((init_main(), __toCommonJS(main_exports)), exports2);
    __exportStar(require_messages2(), exports2);
    __exportStar(require_protocol(), exports2);
    var connection_1 = require_connection2();
    Object.defineProperty(exports2, "createProtocolConnection", { enumerable: true, get: function() {
      return connection_1.createProtocolConnection;
    } });
    var LSPErrorCodes;
    (function(LSPErrorCodes2) {
      LSPErrorCodes2.lspReservedErrorRangeStart = -32899;
      LSPErrorCodes2.RequestFailed = -32803;
      LSPErrorCodes2.ServerCancelled = -32802;
      LSPErrorCodes2.ContentModified = -32801;
      LSPErrorCodes2.RequestCancelled = -32800;
      LSPErrorCodes2.lspReservedErrorRangeEnd = -32800;
    })(LSPErrorCodes || (exports2.LSPErrorCodes = LSPErrorCodes = {}));
  }
});

// node_modules/vscode-languageserver/lib/common/semanticTokens.js
var require_semanticTokens = __commonJS({
  "node_modules/vscode-languageserver/lib/common/semanticTokens.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.SemanticTokensBuilder = exports2.SemanticTokensDiff = exports2.SemanticTokensFeature = void 0;
    var vscode_languageserver_protocol_1 = require_api2();
    var SemanticTokensFeature = (Base) => {
      return class extends Base {
        get semanticTokens() {
          return {
            refresh: () => {
              return this.connection.sendRequest(vscode_languageserver_protocol_1.SemanticTokensRefreshRequest.type);
            },
            on: (handler) => {
              const type = vscode_languageserver_protocol_1.SemanticTokensRequest.type;
              return this.connection.onRequest(type, (params, cancel) => {
                return handler(params, cancel, this.attachWorkDoneProgress(params), this.attachPartialResultProgress(type, params));
              });
            },
            onDelta: (handler) => {
              const type = vscode_languageserver_protocol_1.SemanticTokensDeltaRequest.type;
              return this.connection.onRequest(type, (params, cancel) => {
                return handler(params, cancel, this.attachWorkDoneProgress(params), this.attachPartialResultProgress(type, params));
              });
            },
            onRange: (handler) => {
              const type = vscode_languageserver_protocol_1.SemanticTokensRangeRequest.type;
              return this.connection.onRequest(type, (params, cancel) => {
                return handler(params, cancel, this.attachWorkDoneProgress(params), this.attachPartialResultProgress(type, params));
              });
            }
          };
        }
      };
    };
    exports2.SemanticTokensFeature = SemanticTokensFeature;
    var SemanticTokensDiff = class {
      originalSequence;
      modifiedSequence;
      constructor(originalSequence, modifiedSequence) {
        this.originalSequence = originalSequence;
        this.modifiedSequence = modifiedSequence;
      }
      computeDiff() {
        const originalLength = this.originalSequence.length;
        const modifiedLength = this.modifiedSequence.length;
        let startIndex = 0;
        while (startIndex < modifiedLength && startIndex < originalLength && this.originalSequence[startIndex] === this.modifiedSequence[startIndex]) {
          startIndex++;
        }
        if (startIndex < modifiedLength && startIndex < originalLength) {
          let originalEndIndex = originalLength - 1;
          let modifiedEndIndex = modifiedLength - 1;
          while (originalEndIndex >= startIndex && modifiedEndIndex >= startIndex && this.originalSequence[originalEndIndex] === this.modifiedSequence[modifiedEndIndex]) {
            originalEndIndex--;
            modifiedEndIndex--;
          }
          if (originalEndIndex < startIndex || modifiedEndIndex < startIndex) {
            originalEndIndex++;
            modifiedEndIndex++;
          }
          const deleteCount = originalEndIndex - startIndex + 1;
          const newData = this.modifiedSequence.slice(startIndex, modifiedEndIndex + 1);
          if (newData.length === 1 && newData[0] === this.originalSequence[originalEndIndex]) {
            return [
              { start: startIndex, deleteCount: deleteCount - 1 }
            ];
          } else {
            return [
              { start: startIndex, deleteCount, data: newData }
            ];
          }
        } else if (startIndex < modifiedLength) {
          return [
            { start: startIndex, deleteCount: 0, data: this.modifiedSequence.slice(startIndex) }
          ];
        } else if (startIndex < originalLength) {
          return [
            { start: startIndex, deleteCount: originalLength - startIndex }
          ];
        } else {
          return [];
        }
      }
    };
    exports2.SemanticTokensDiff = SemanticTokensDiff;
    var SemanticTokensBuilder = class _SemanticTokensBuilder {
      _id;
      _prevLine;
      _prevChar;
      _dataIsSortedAndDeltaEncoded;
      _data;
      _dataNonDelta;
      _dataLen;
      _prevData;
      constructor() {
        this._prevData = void 0;
        this.initialize();
      }
      initialize() {
        this._id = Date.now();
        this._prevLine = 0;
        this._prevChar = 0;
        this._data = [];
        this._dataNonDelta = [];
        this._dataLen = 0;
        this._dataIsSortedAndDeltaEncoded = true;
      }
      push(line, char, length, tokenType, tokenModifiers) {
        if (this._dataIsSortedAndDeltaEncoded && (line < this._prevLine || line === this._prevLine && char < this._prevChar)) {
          this._dataIsSortedAndDeltaEncoded = false;
          this._dataNonDelta = _SemanticTokensBuilder._deltaDecode(this._data);
        }
        let pushLine = line;
        let pushChar = char;
        if (this._dataIsSortedAndDeltaEncoded && this._dataLen > 0) {
          pushLine -= this._prevLine;
          if (pushLine === 0) {
            pushChar -= this._prevChar;
          }
        }
        const dataSource = this._dataIsSortedAndDeltaEncoded ? this._data : this._dataNonDelta;
        dataSource[this._dataLen++] = pushLine;
        dataSource[this._dataLen++] = pushChar;
        dataSource[this._dataLen++] = length;
        dataSource[this._dataLen++] = tokenType;
        dataSource[this._dataLen++] = tokenModifiers;
        this._prevLine = line;
        this._prevChar = char;
      }
      get id() {
        return this._id.toString();
      }
      static _deltaDecode(data) {
        const tokenCount = data.length / 5 | 0;
        let prevLine = 0;
        let prevChar = 0;
        const result = [];
        for (let i = 0; i < tokenCount; i++) {
          const dstOffset = 5 * i;
          let line = data[dstOffset];
          let char = data[dstOffset + 1];
          if (line === 0) {
            line = prevLine;
            char += prevChar;
          } else {
            line += prevLine;
          }
          const length = data[dstOffset + 2];
          const tokenType = data[dstOffset + 3];
          const tokenModifiers = data[dstOffset + 4];
          result[dstOffset + 0] = line;
          result[dstOffset + 1] = char;
          result[dstOffset + 2] = length;
          result[dstOffset + 3] = tokenType;
          result[dstOffset + 4] = tokenModifiers;
          prevLine = line;
          prevChar = char;
        }
        return result;
      }
      static _sortAndDeltaEncode(data) {
        const pos = [];
        const tokenCount = data.length / 5 | 0;
        for (let i = 0; i < tokenCount; i++) {
          pos[i] = i;
        }
        pos.sort((a, b) => {
          const aLine = data[5 * a];
          const bLine = data[5 * b];
          if (aLine === bLine) {
            const aChar = data[5 * a + 1];
            const bChar = data[5 * b + 1];
            return aChar - bChar;
          }
          return aLine - bLine;
        });
        const result = [];
        let prevLine = 0;
        let prevChar = 0;
        for (let i = 0; i < tokenCount; i++) {
          const srcOffset = 5 * pos[i];
          const line = data[srcOffset + 0];
          const char = data[srcOffset + 1];
          const length = data[srcOffset + 2];
          const tokenType = data[srcOffset + 3];
          const tokenModifiers = data[srcOffset + 4];
          const pushLine = line - prevLine;
          const pushChar = pushLine === 0 ? char - prevChar : char;
          const dstOffset = 5 * i;
          result[dstOffset + 0] = pushLine;
          result[dstOffset + 1] = pushChar;
          result[dstOffset + 2] = length;
          result[dstOffset + 3] = tokenType;
          result[dstOffset + 4] = tokenModifiers;
          prevLine = line;
          prevChar = char;
        }
        return result;
      }
      getFinalDataDelta() {
        if (this._dataIsSortedAndDeltaEncoded) {
          return this._data;
        } else {
          return _SemanticTokensBuilder._sortAndDeltaEncode(this._dataNonDelta);
        }
      }
      previousResult(id) {
        if (this.id === id) {
          this._prevData = this.getFinalDataDelta();
        } else {
          this._prevData = void 0;
        }
        this.initialize();
      }
      build() {
        this._prevData = void 0;
        return {
          resultId: this.id,
          data: this.getFinalDataDelta()
        };
      }
      canBuildEdits() {
        return this._prevData !== void 0;
      }
      buildEdits() {
        if (this._prevData !== void 0) {
          return {
            resultId: this.id,
            edits: new SemanticTokensDiff(this._prevData, this.getFinalDataDelta()).computeDiff()
          };
        } else {
          return this.build();
        }
      }
    };
    exports2.SemanticTokensBuilder = SemanticTokensBuilder;
  }
});

// node_modules/vscode-languageserver/lib/common/utils/uuid.js
var require_uuid = __commonJS({
  "node_modules/vscode-languageserver/lib/common/utils/uuid.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.empty = void 0;
    exports2.v4 = v4;
    exports2.isUUID = isUUID;
    exports2.parse = parse;
    exports2.generateUuid = generateUuid;
    var ValueUUID = class {
      _value;
      constructor(_value) {
        this._value = _value;
      }
      asHex() {
        return this._value;
      }
      equals(other) {
        return this.asHex() === other.asHex();
      }
    };
    var V4UUID = class _V4UUID extends ValueUUID {
      static _chars = ["0", "1", "2", "3", "4", "5", "6", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f"];
      static _timeHighBits = ["8", "9", "a", "b"];
      static _oneOf(array) {
        return array[Math.floor(array.length * Math.random())];
      }
      static _randomHex() {
        return _V4UUID._oneOf(_V4UUID._chars);
      }
      constructor() {
        super([
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          "-",
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          "-",
          "4",
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          "-",
          _V4UUID._oneOf(_V4UUID._timeHighBits),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          "-",
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex()
        ].join(""));
      }
    };
    exports2.empty = new ValueUUID("00000000-0000-0000-0000-000000000000");
    function v4() {
      return new V4UUID();
    }
    var _UUIDPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    function isUUID(value) {
      return _UUIDPattern.test(value);
    }
    function parse(value) {
      if (!isUUID(value)) {
        throw new Error("invalid uuid");
      }
      return new ValueUUID(value);
    }
    function generateUuid() {
      return v4().asHex();
    }
  }
});

// node_modules/vscode-languageserver/lib/common/progress.js
var require_progress = __commonJS({
  "node_modules/vscode-languageserver/lib/common/progress.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ProgressFeature = exports2.WorkDoneProgressReporter = void 0;
    exports2.attachWorkDone = attachWorkDone;
    exports2.attachPartialResult = attachPartialResult;
    var vscode_languageserver_protocol_1 = require_api2();
    var uuid_1 = require_uuid();
    var WorkDoneProgressReporter;
    (function(WorkDoneProgressReporter2) {
      function isNullInstance(reporter) {
        return reporter instanceof NullProgressReporter;
      }
      WorkDoneProgressReporter2.isNullInstance = isNullInstance;
    })(WorkDoneProgressReporter || (exports2.WorkDoneProgressReporter = WorkDoneProgressReporter = {}));
    var WorkDoneProgressReporterImpl = class _WorkDoneProgressReporterImpl {
      _connection;
      _token;
      static Instances = /* @__PURE__ */ new Map();
      constructor(_connection, _token) {
        this._connection = _connection;
        this._token = _token;
        _WorkDoneProgressReporterImpl.Instances.set(this._token, this);
      }
      begin(title, percentage, message, cancellable) {
        const param = {
          kind: "begin",
          title,
          message,
          cancellable
        };
        if (typeof percentage === "number") {
          param.percentage = Math.round(percentage);
        }
        this._connection.sendProgress(vscode_languageserver_protocol_1.WorkDoneProgress.type, this._token, param);
      }
      report(arg0, arg1) {
        const param = {
          kind: "report"
        };
        if (typeof arg0 === "number") {
          param.percentage = Math.round(arg0);
          if (arg1 !== void 0) {
            param.message = arg1;
          }
        } else {
          param.message = arg0;
        }
        this._connection.sendProgress(vscode_languageserver_protocol_1.WorkDoneProgress.type, this._token, param);
      }
      done() {
        _WorkDoneProgressReporterImpl.Instances.delete(this._token);
        this._connection.sendProgress(vscode_languageserver_protocol_1.WorkDoneProgress.type, this._token, { kind: "end" });
      }
    };
    var WorkDoneProgressServerReporterImpl = class extends WorkDoneProgressReporterImpl {
      _source;
      constructor(connection, token) {
        super(connection, token);
        this._source = new vscode_languageserver_protocol_1.CancellationTokenSource();
      }
      get token() {
        return this._source.token;
      }
      done() {
        this._source.dispose();
        super.done();
      }
      cancel() {
        this._source.cancel();
      }
    };
    var NullProgressReporter = class {
      constructor() {
      }
      begin() {
      }
      report() {
      }
      done() {
      }
    };
    var NullProgressServerReporter = class extends NullProgressReporter {
      _source;
      constructor() {
        super();
        this._source = new vscode_languageserver_protocol_1.CancellationTokenSource();
      }
      get token() {
        return this._source.token;
      }
      done() {
        this._source.dispose();
      }
      cancel() {
        this._source.cancel();
      }
    };
    function attachWorkDone(connection, params) {
      if (params === void 0 || params.workDoneToken === void 0) {
        return new NullProgressReporter();
      }
      const token = params.workDoneToken;
      delete params.workDoneToken;
      return new WorkDoneProgressReporterImpl(connection, token);
    }
    var ProgressFeature = (Base) => {
      return class extends Base {
        _progressSupported;
        constructor() {
          super();
          this._progressSupported = false;
        }
        initialize(capabilities) {
          super.initialize(capabilities);
          if (capabilities?.window?.workDoneProgress === true) {
            this._progressSupported = true;
            this.connection.onNotification(vscode_languageserver_protocol_1.WorkDoneProgressCancelNotification.type, (params) => {
              const progress = WorkDoneProgressReporterImpl.Instances.get(params.token);
              if (progress instanceof WorkDoneProgressServerReporterImpl || progress instanceof NullProgressServerReporter) {
                progress.cancel();
              }
            });
          }
        }
        attachWorkDoneProgress(token) {
          if (token === void 0) {
            return new NullProgressReporter();
          } else {
            return new WorkDoneProgressReporterImpl(this.connection, token);
          }
        }
        createWorkDoneProgress() {
          if (this._progressSupported) {
            const token = (0, uuid_1.generateUuid)();
            return this.connection.sendRequest(vscode_languageserver_protocol_1.WorkDoneProgressCreateRequest.type, { token }).then(() => {
              const result = new WorkDoneProgressServerReporterImpl(this.connection, token);
              return result;
            });
          } else {
            return Promise.resolve(new NullProgressServerReporter());
          }
        }
      };
    };
    exports2.ProgressFeature = ProgressFeature;
    var ResultProgress;
    (function(ResultProgress2) {
      ResultProgress2.type = new vscode_languageserver_protocol_1.ProgressType();
    })(ResultProgress || (ResultProgress = {}));
    var ResultProgressReporterImpl = class {
      _connection;
      _token;
      constructor(_connection, _token) {
        this._connection = _connection;
        this._token = _token;
      }
      report(data) {
        this._connection.sendProgress(ResultProgress.type, this._token, data);
      }
    };
    function attachPartialResult(connection, params) {
      if (params === void 0 || params.partialResultToken === void 0) {
        return void 0;
      }
      const token = params.partialResultToken;
      delete params.partialResultToken;
      return new ResultProgressReporterImpl(connection, token);
    }
  }
});

// node_modules/vscode-languageserver/lib/common/textDocuments.js
var require_textDocuments = __commonJS({
  "node_modules/vscode-languageserver/lib/common/textDocuments.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.TextDocuments = void 0;
    var vscode_languageserver_protocol_1 = require_api2();
    var TextDocuments2 = class {
      _configuration;
      _syncedDocuments;
      _onDidChangeContent;
      _onDidOpen;
      _onDidClose;
      _onDidSave;
      _onWillSave;
      _willSaveWaitUntil;
      /**
       * Create a new text document manager.
       */
      constructor(configuration) {
        this._configuration = configuration;
        this._syncedDocuments = /* @__PURE__ */ new Map();
        this._onDidChangeContent = new vscode_languageserver_protocol_1.Emitter();
        this._onDidOpen = new vscode_languageserver_protocol_1.Emitter();
        this._onDidClose = new vscode_languageserver_protocol_1.Emitter();
        this._onDidSave = new vscode_languageserver_protocol_1.Emitter();
        this._onWillSave = new vscode_languageserver_protocol_1.Emitter();
      }
      /**
       * An event that fires when a text document managed by this manager
       * has been opened.
       */
      get onDidOpen() {
        return this._onDidOpen.event;
      }
      /**
       * An event that fires when a text document managed by this manager
       * has been opened or the content changes.
       */
      get onDidChangeContent() {
        return this._onDidChangeContent.event;
      }
      /**
       * An event that fires when a text document managed by this manager
       * will be saved.
       */
      get onWillSave() {
        return this._onWillSave.event;
      }
      /**
       * Sets a handler that will be called if a participant wants to provide
       * edits during a text document save.
       */
      onWillSaveWaitUntil(handler) {
        this._willSaveWaitUntil = handler;
      }
      /**
       * An event that fires when a text document managed by this manager
       * has been saved.
       */
      get onDidSave() {
        return this._onDidSave.event;
      }
      /**
       * An event that fires when a text document managed by this manager
       * has been closed.
       */
      get onDidClose() {
        return this._onDidClose.event;
      }
      /**
       * Returns the document for the given URI. Returns undefined if
       * the document is not managed by this instance.
       *
       * @param uri The text document's URI to retrieve.
       * @return the text document or `undefined`.
       */
      get(uri) {
        return this._syncedDocuments.get(uri);
      }
      /**
       * Returns all text documents managed by this instance.
       *
       * @return all text documents.
       */
      all() {
        return Array.from(this._syncedDocuments.values());
      }
      /**
       * Returns the URIs of all text documents managed by this instance.
       *
       * @return the URI's of all text documents.
       */
      keys() {
        return Array.from(this._syncedDocuments.keys());
      }
      /**
       * Listens for `low level` notification on the given connection to
       * update the text documents managed by this instance.
       *
       * Please note that the connection only provides handlers not an event model. Therefore
       * listening on a connection will overwrite the following handlers on a connection:
       * `onDidOpenTextDocument`, `onDidChangeTextDocument`, `onDidCloseTextDocument`,
       * `onWillSaveTextDocument`, `onWillSaveTextDocumentWaitUntil` and `onDidSaveTextDocument`.
       *
       * Use the corresponding events on the TextDocuments instance instead.
       *
       * @param connection The connection to listen on.
       */
      listen(connection) {
        connection.__textDocumentSync = vscode_languageserver_protocol_1.TextDocumentSyncKind.Incremental;
        const disposables = [];
        disposables.push(connection.onDidOpenTextDocument((event) => {
          const td = event.textDocument;
          const document = this._configuration.create(td.uri, td.languageId, td.version, td.text);
          this._syncedDocuments.set(td.uri, document);
          const toFire = Object.freeze({ document });
          this._onDidOpen.fire(toFire);
          this._onDidChangeContent.fire(toFire);
        }));
        disposables.push(connection.onDidChangeTextDocument((event) => {
          const td = event.textDocument;
          const changes = event.contentChanges;
          if (changes.length === 0) {
            return;
          }
          const { version } = td;
          if (version === null || version === void 0) {
            throw new Error(`Received document change event for ${td.uri} without valid version identifier`);
          }
          let syncedDocument = this._syncedDocuments.get(td.uri);
          if (syncedDocument !== void 0) {
            syncedDocument = this._configuration.update(syncedDocument, changes, version);
            this._syncedDocuments.set(td.uri, syncedDocument);
            this._onDidChangeContent.fire(Object.freeze({ document: syncedDocument }));
          }
        }));
        disposables.push(connection.onDidCloseTextDocument((event) => {
          const syncedDocument = this._syncedDocuments.get(event.textDocument.uri);
          if (syncedDocument !== void 0) {
            this._syncedDocuments.delete(event.textDocument.uri);
            this._onDidClose.fire(Object.freeze({ document: syncedDocument }));
          }
        }));
        disposables.push(connection.onWillSaveTextDocument((event) => {
          const syncedDocument = this._syncedDocuments.get(event.textDocument.uri);
          if (syncedDocument !== void 0) {
            this._onWillSave.fire(Object.freeze({ document: syncedDocument, reason: event.reason }));
          }
        }));
        disposables.push(connection.onWillSaveTextDocumentWaitUntil((event, token) => {
          const syncedDocument = this._syncedDocuments.get(event.textDocument.uri);
          if (syncedDocument !== void 0 && this._willSaveWaitUntil) {
            return this._willSaveWaitUntil(Object.freeze({ document: syncedDocument, reason: event.reason }), token);
          } else {
            return [];
          }
        }));
        disposables.push(connection.onDidSaveTextDocument((event) => {
          const syncedDocument = this._syncedDocuments.get(event.textDocument.uri);
          if (syncedDocument !== void 0) {
            this._onDidSave.fire(Object.freeze({ document: syncedDocument }));
          }
        }));
        return vscode_languageserver_protocol_1.Disposable.create(() => {
          disposables.forEach((disposable) => disposable.dispose());
        });
      }
    };
    exports2.TextDocuments = TextDocuments2;
  }
});

// node_modules/vscode-languageserver/lib/common/notebook.js
var require_notebook = __commonJS({
  "node_modules/vscode-languageserver/lib/common/notebook.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.NotebookDocuments = exports2.NotebookSyncFeature = void 0;
    var vscode_languageserver_protocol_1 = require_api2();
    var textDocuments_1 = require_textDocuments();
    var NotebookSyncFeature = (Base) => {
      return class extends Base {
        get synchronization() {
          return {
            onDidOpenNotebookDocument: (handler) => {
              return this.connection.onNotification(vscode_languageserver_protocol_1.DidOpenNotebookDocumentNotification.type, (params) => {
                return handler(params);
              });
            },
            onDidChangeNotebookDocument: (handler) => {
              return this.connection.onNotification(vscode_languageserver_protocol_1.DidChangeNotebookDocumentNotification.type, (params) => {
                return handler(params);
              });
            },
            onDidSaveNotebookDocument: (handler) => {
              return this.connection.onNotification(vscode_languageserver_protocol_1.DidSaveNotebookDocumentNotification.type, (params) => {
                return handler(params);
              });
            },
            onDidCloseNotebookDocument: (handler) => {
              return this.connection.onNotification(vscode_languageserver_protocol_1.DidCloseNotebookDocumentNotification.type, (params) => {
                return handler(params);
              });
            }
          };
        }
      };
    };
    exports2.NotebookSyncFeature = NotebookSyncFeature;
    var CellTextDocumentConnection = class _CellTextDocumentConnection {
      static NULL_DISPOSE = Object.freeze({ dispose: () => {
      } });
      openHandler;
      changeHandler;
      closeHandler;
      onDidOpenTextDocument(handler) {
        this.openHandler = handler;
        return vscode_languageserver_protocol_1.Disposable.create(() => {
          this.openHandler = void 0;
        });
      }
      openTextDocument(params) {
        return this.openHandler && this.openHandler(params);
      }
      onDidChangeTextDocument(handler) {
        this.changeHandler = handler;
        return vscode_languageserver_protocol_1.Disposable.create(() => {
          this.changeHandler = handler;
        });
      }
      changeTextDocument(params) {
        return this.changeHandler && this.changeHandler(params);
      }
      onDidCloseTextDocument(handler) {
        this.closeHandler = handler;
        return vscode_languageserver_protocol_1.Disposable.create(() => {
          this.closeHandler = void 0;
        });
      }
      closeTextDocument(params) {
        return this.closeHandler && this.closeHandler(params);
      }
      onWillSaveTextDocument() {
        return _CellTextDocumentConnection.NULL_DISPOSE;
      }
      onWillSaveTextDocumentWaitUntil() {
        return _CellTextDocumentConnection.NULL_DISPOSE;
      }
      onDidSaveTextDocument() {
        return _CellTextDocumentConnection.NULL_DISPOSE;
      }
    };
    var NotebookDocuments = class {
      notebookDocuments;
      notebookCellMap;
      _onDidOpen;
      _onDidSave;
      _onDidChange;
      _onDidClose;
      _cellTextDocuments;
      constructor(configurationOrTextDocuments) {
        if (configurationOrTextDocuments instanceof textDocuments_1.TextDocuments) {
          this._cellTextDocuments = configurationOrTextDocuments;
        } else {
          this._cellTextDocuments = new textDocuments_1.TextDocuments(configurationOrTextDocuments);
        }
        this.notebookDocuments = /* @__PURE__ */ new Map();
        this.notebookCellMap = /* @__PURE__ */ new Map();
        this._onDidOpen = new vscode_languageserver_protocol_1.Emitter();
        this._onDidChange = new vscode_languageserver_protocol_1.Emitter();
        this._onDidSave = new vscode_languageserver_protocol_1.Emitter();
        this._onDidClose = new vscode_languageserver_protocol_1.Emitter();
      }
      get cellTextDocuments() {
        return this._cellTextDocuments;
      }
      getCellTextDocument(cell) {
        return this._cellTextDocuments.get(cell.document);
      }
      getNotebookDocument(uri) {
        return this.notebookDocuments.get(uri);
      }
      getNotebookCell(uri) {
        const value = this.notebookCellMap.get(uri);
        return value && value[0];
      }
      findNotebookDocumentForCell(cell) {
        const key = typeof cell === "string" ? cell : cell.document;
        const value = this.notebookCellMap.get(key);
        return value && value[1];
      }
      get onDidOpen() {
        return this._onDidOpen.event;
      }
      get onDidSave() {
        return this._onDidSave.event;
      }
      get onDidChange() {
        return this._onDidChange.event;
      }
      get onDidClose() {
        return this._onDidClose.event;
      }
      /**
       * Listens for `low level` notification on the given connection to
       * update the notebook documents managed by this instance.
       *
       * Please note that the connection only provides handlers not an event model. Therefore
       * listening on a connection will overwrite the following handlers on a connection:
       * `onDidOpenNotebookDocument`, `onDidChangeNotebookDocument`, `onDidSaveNotebookDocument`,
       *  and `onDidCloseNotebookDocument`.
       *
       * @param connection The connection to listen on.
       */
      listen(connection) {
        const cellTextDocumentConnection = new CellTextDocumentConnection();
        const disposables = [];
        disposables.push(this.cellTextDocuments.listen(cellTextDocumentConnection));
        disposables.push(connection.notebooks.synchronization.onDidOpenNotebookDocument(async (params) => {
          this.notebookDocuments.set(params.notebookDocument.uri, params.notebookDocument);
          for (const cellTextDocument of params.cellTextDocuments) {
            await cellTextDocumentConnection.openTextDocument({ textDocument: cellTextDocument });
          }
          this.updateCellMap(params.notebookDocument);
          this._onDidOpen.fire(params.notebookDocument);
        }));
        disposables.push(connection.notebooks.synchronization.onDidChangeNotebookDocument(async (params) => {
          const notebookDocument = this.notebookDocuments.get(params.notebookDocument.uri);
          if (notebookDocument === void 0) {
            return;
          }
          notebookDocument.version = params.notebookDocument.version;
          const oldMetadata = notebookDocument.metadata;
          let metadataChanged = false;
          const change = params.change;
          if (change.metadata !== void 0) {
            metadataChanged = true;
            notebookDocument.metadata = change.metadata;
          }
          const opened = [];
          const closed = [];
          const data = [];
          const text = [];
          if (change.cells !== void 0) {
            const changedCells = change.cells;
            if (changedCells.structure !== void 0) {
              const array = changedCells.structure.array;
              notebookDocument.cells.splice(array.start, array.deleteCount, ...array.cells !== void 0 ? array.cells : []);
              if (changedCells.structure.didOpen !== void 0) {
                for (const open of changedCells.structure.didOpen) {
                  await cellTextDocumentConnection.openTextDocument({ textDocument: open });
                  opened.push(open.uri);
                }
              }
              if (changedCells.structure.didClose) {
                for (const close of changedCells.structure.didClose) {
                  await cellTextDocumentConnection.closeTextDocument({ textDocument: close });
                  closed.push(close.uri);
                }
              }
            }
            if (changedCells.data !== void 0) {
              const cellUpdates = new Map(changedCells.data.map((cell) => [cell.document, cell]));
              for (let i = 0; i <= notebookDocument.cells.length; i++) {
                const change2 = cellUpdates.get(notebookDocument.cells[i].document);
                if (change2 !== void 0) {
                  const old = notebookDocument.cells.splice(i, 1, change2);
                  data.push({ old: old[0], new: change2 });
                  cellUpdates.delete(change2.document);
                  if (cellUpdates.size === 0) {
                    break;
                  }
                }
              }
            }
            if (changedCells.textContent !== void 0) {
              for (const cellTextDocument of changedCells.textContent) {
                await cellTextDocumentConnection.changeTextDocument({ textDocument: cellTextDocument.document, contentChanges: cellTextDocument.changes });
                text.push(cellTextDocument.document.uri);
              }
            }
          }
          this.updateCellMap(notebookDocument);
          const changeEvent = { notebookDocument };
          if (metadataChanged) {
            changeEvent.metadata = { old: oldMetadata, new: notebookDocument.metadata };
          }
          const added = [];
          for (const open of opened) {
            added.push(this.getNotebookCell(open));
          }
          const removed = [];
          for (const close of closed) {
            removed.push(this.getNotebookCell(close));
          }
          const textContent = [];
          for (const change2 of text) {
            textContent.push(this.getNotebookCell(change2));
          }
          if (added.length > 0 || removed.length > 0 || data.length > 0 || textContent.length > 0) {
            changeEvent.cells = { added, removed, changed: { data, textContent } };
          }
          if (changeEvent.metadata !== void 0 || changeEvent.cells !== void 0) {
            this._onDidChange.fire(changeEvent);
          }
        }));
        disposables.push(connection.notebooks.synchronization.onDidSaveNotebookDocument((params) => {
          const notebookDocument = this.notebookDocuments.get(params.notebookDocument.uri);
          if (notebookDocument === void 0) {
            return;
          }
          this._onDidSave.fire(notebookDocument);
        }));
        disposables.push(connection.notebooks.synchronization.onDidCloseNotebookDocument(async (params) => {
          const notebookDocument = this.notebookDocuments.get(params.notebookDocument.uri);
          if (notebookDocument === void 0) {
            return;
          }
          this._onDidClose.fire(notebookDocument);
          for (const cellTextDocument of params.cellTextDocuments) {
            await cellTextDocumentConnection.closeTextDocument({ textDocument: cellTextDocument });
          }
          this.notebookDocuments.delete(params.notebookDocument.uri);
          for (const cell of notebookDocument.cells) {
            this.notebookCellMap.delete(cell.document);
          }
        }));
        return vscode_languageserver_protocol_1.Disposable.create(() => {
          disposables.forEach((disposable) => disposable.dispose());
        });
      }
      updateCellMap(notebookDocument) {
        for (const cell of notebookDocument.cells) {
          this.notebookCellMap.set(cell.document, [cell, notebookDocument]);
        }
      }
    };
    exports2.NotebookDocuments = NotebookDocuments;
  }
});

// node_modules/vscode-languageserver/lib/common/utils/is.js
var require_is3 = __commonJS({
  "node_modules/vscode-languageserver/lib/common/utils/is.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.boolean = boolean;
    exports2.string = string;
    exports2.number = number;
    exports2.error = error;
    exports2.func = func;
    exports2.array = array;
    exports2.stringArray = stringArray;
    exports2.typedArray = typedArray;
    exports2.thenable = thenable;
    function boolean(value) {
      return value === true || value === false;
    }
    function string(value) {
      return typeof value === "string" || value instanceof String;
    }
    function number(value) {
      return typeof value === "number" || value instanceof Number;
    }
    function error(value) {
      return value instanceof Error;
    }
    function func(value) {
      return typeof value === "function";
    }
    function array(value) {
      return Array.isArray(value);
    }
    function stringArray(value) {
      return array(value) && value.every((elem) => string(elem));
    }
    function typedArray(value, check2) {
      return Array.isArray(value) && value.every(check2);
    }
    function thenable(value) {
      return value && func(value.then);
    }
  }
});

// node_modules/vscode-languageserver/lib/common/configuration.js
var require_configuration = __commonJS({
  "node_modules/vscode-languageserver/lib/common/configuration.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ConfigurationFeature = void 0;
    var vscode_languageserver_protocol_1 = require_api2();
    var Is2 = __importStar(require_is3());
    var ConfigurationFeature = (Base) => {
      return class extends Base {
        getConfiguration(arg) {
          if (!arg) {
            return this._getConfiguration({});
          } else if (Is2.string(arg)) {
            return this._getConfiguration({ section: arg });
          } else {
            return this._getConfiguration(arg);
          }
        }
        _getConfiguration(arg) {
          const params = {
            items: Array.isArray(arg) ? arg : [arg]
          };
          return this.connection.sendRequest(vscode_languageserver_protocol_1.ConfigurationRequest.type, params).then((result) => {
            if (Array.isArray(result)) {
              return Array.isArray(arg) ? result : result[0];
            } else {
              return Array.isArray(arg) ? [] : null;
            }
          });
        }
      };
    };
    exports2.ConfigurationFeature = ConfigurationFeature;
  }
});

// node_modules/vscode-languageserver/lib/common/workspaceFolder.js
var require_workspaceFolder = __commonJS({
  "node_modules/vscode-languageserver/lib/common/workspaceFolder.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.WorkspaceFoldersFeature = void 0;
    var vscode_languageserver_protocol_1 = require_api2();
    var WorkspaceFoldersFeature = (Base) => {
      return class extends Base {
        _onDidChangeWorkspaceFolders;
        _unregistration;
        _notificationIsAutoRegistered;
        constructor() {
          super();
          this._notificationIsAutoRegistered = false;
        }
        initialize(capabilities) {
          super.initialize(capabilities);
          const workspaceCapabilities = capabilities.workspace;
          if (workspaceCapabilities && workspaceCapabilities.workspaceFolders) {
            this._onDidChangeWorkspaceFolders = new vscode_languageserver_protocol_1.Emitter();
            this.connection.onNotification(vscode_languageserver_protocol_1.DidChangeWorkspaceFoldersNotification.type, (params) => {
              this._onDidChangeWorkspaceFolders.fire(params.event);
            });
          }
        }
        fillServerCapabilities(capabilities) {
          super.fillServerCapabilities(capabilities);
          const changeNotifications = capabilities.workspace?.workspaceFolders?.changeNotifications;
          this._notificationIsAutoRegistered = changeNotifications === true || typeof changeNotifications === "string";
        }
        getWorkspaceFolders() {
          return this.connection.sendRequest(vscode_languageserver_protocol_1.WorkspaceFoldersRequest.type);
        }
        get onDidChangeWorkspaceFolders() {
          if (!this._onDidChangeWorkspaceFolders) {
            throw new Error("Client doesn't support sending workspace folder change events.");
          }
          if (!this._notificationIsAutoRegistered && !this._unregistration) {
            this._unregistration = this.connection.client.register(vscode_languageserver_protocol_1.DidChangeWorkspaceFoldersNotification.type);
          }
          return this._onDidChangeWorkspaceFolders.event;
        }
      };
    };
    exports2.WorkspaceFoldersFeature = WorkspaceFoldersFeature;
  }
});

// node_modules/vscode-languageserver/lib/common/callHierarchy.js
var require_callHierarchy = __commonJS({
  "node_modules/vscode-languageserver/lib/common/callHierarchy.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.CallHierarchyFeature = void 0;
    var vscode_languageserver_protocol_1 = require_api2();
    var CallHierarchyFeature = (Base) => {
      return class extends Base {
        get callHierarchy() {
          return {
            onPrepare: (handler) => {
              return this.connection.onRequest(vscode_languageserver_protocol_1.CallHierarchyPrepareRequest.type, (params, cancel) => {
                return handler(params, cancel, this.attachWorkDoneProgress(params), void 0);
              });
            },
            onIncomingCalls: (handler) => {
              const type = vscode_languageserver_protocol_1.CallHierarchyIncomingCallsRequest.type;
              return this.connection.onRequest(type, (params, cancel) => {
                return handler(params, cancel, this.attachWorkDoneProgress(params), this.attachPartialResultProgress(type, params));
              });
            },
            onOutgoingCalls: (handler) => {
              const type = vscode_languageserver_protocol_1.CallHierarchyOutgoingCallsRequest.type;
              return this.connection.onRequest(type, (params, cancel) => {
                return handler(params, cancel, this.attachWorkDoneProgress(params), this.attachPartialResultProgress(type, params));
              });
            }
          };
        }
      };
    };
    exports2.CallHierarchyFeature = CallHierarchyFeature;
  }
});

// node_modules/vscode-languageserver/lib/common/showDocument.js
var require_showDocument = __commonJS({
  "node_modules/vscode-languageserver/lib/common/showDocument.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ShowDocumentFeature = void 0;
    var vscode_languageserver_protocol_1 = require_api2();
    var ShowDocumentFeature = (Base) => {
      return class extends Base {
        showDocument(params) {
          return this.connection.sendRequest(vscode_languageserver_protocol_1.ShowDocumentRequest.type, params);
        }
      };
    };
    exports2.ShowDocumentFeature = ShowDocumentFeature;
  }
});

// node_modules/vscode-languageserver/lib/common/fileOperations.js
var require_fileOperations = __commonJS({
  "node_modules/vscode-languageserver/lib/common/fileOperations.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.FileOperationsFeature = void 0;
    var vscode_languageserver_protocol_1 = require_api2();
    var FileOperationsFeature = (Base) => {
      return class extends Base {
        onDidCreateFiles(handler) {
          return this.connection.onNotification(vscode_languageserver_protocol_1.DidCreateFilesNotification.type, (params) => {
            return handler(params);
          });
        }
        onDidRenameFiles(handler) {
          return this.connection.onNotification(vscode_languageserver_protocol_1.DidRenameFilesNotification.type, (params) => {
            return handler(params);
          });
        }
        onDidDeleteFiles(handler) {
          return this.connection.onNotification(vscode_languageserver_protocol_1.DidDeleteFilesNotification.type, (params) => {
            return handler(params);
          });
        }
        onWillCreateFiles(handler) {
          return this.connection.onRequest(vscode_languageserver_protocol_1.WillCreateFilesRequest.type, (params, cancel) => {
            return handler(params, cancel);
          });
        }
        onWillRenameFiles(handler) {
          return this.connection.onRequest(vscode_languageserver_protocol_1.WillRenameFilesRequest.type, (params, cancel) => {
            return handler(params, cancel);
          });
        }
        onWillDeleteFiles(handler) {
          return this.connection.onRequest(vscode_languageserver_protocol_1.WillDeleteFilesRequest.type, (params, cancel) => {
            return handler(params, cancel);
          });
        }
      };
    };
    exports2.FileOperationsFeature = FileOperationsFeature;
  }
});

// node_modules/vscode-languageserver/lib/common/linkedEditingRange.js
var require_linkedEditingRange = __commonJS({
  "node_modules/vscode-languageserver/lib/common/linkedEditingRange.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.LinkedEditingRangeFeature = void 0;
    var vscode_languageserver_protocol_1 = require_api2();
    var LinkedEditingRangeFeature = (Base) => {
      return class extends Base {
        onLinkedEditingRange(handler) {
          return this.connection.onRequest(vscode_languageserver_protocol_1.LinkedEditingRangeRequest.type, (params, cancel) => {
            return handler(params, cancel, this.attachWorkDoneProgress(params), void 0);
          });
        }
      };
    };
    exports2.LinkedEditingRangeFeature = LinkedEditingRangeFeature;
  }
});

// node_modules/vscode-languageserver/lib/common/typeHierarchy.js
var require_typeHierarchy = __commonJS({
  "node_modules/vscode-languageserver/lib/common/typeHierarchy.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.TypeHierarchyFeature = void 0;
    var vscode_languageserver_protocol_1 = require_api2();
    var TypeHierarchyFeature = (Base) => {
      return class extends Base {
        get typeHierarchy() {
          return {
            onPrepare: (handler) => {
              return this.connection.onRequest(vscode_languageserver_protocol_1.TypeHierarchyPrepareRequest.type, (params, cancel) => {
                return handler(params, cancel, this.attachWorkDoneProgress(params), void 0);
              });
            },
            onSupertypes: (handler) => {
              const type = vscode_languageserver_protocol_1.TypeHierarchySupertypesRequest.type;
              return this.connection.onRequest(type, (params, cancel) => {
                return handler(params, cancel, this.attachWorkDoneProgress(params), this.attachPartialResultProgress(type, params));
              });
            },
            onSubtypes: (handler) => {
              const type = vscode_languageserver_protocol_1.TypeHierarchySubtypesRequest.type;
              return this.connection.onRequest(type, (params, cancel) => {
                return handler(params, cancel, this.attachWorkDoneProgress(params), this.attachPartialResultProgress(type, params));
              });
            }
          };
        }
      };
    };
    exports2.TypeHierarchyFeature = TypeHierarchyFeature;
  }
});

// node_modules/vscode-languageserver/lib/common/inlineValue.js
var require_inlineValue = __commonJS({
  "node_modules/vscode-languageserver/lib/common/inlineValue.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.InlineValueFeature = void 0;
    var vscode_languageserver_protocol_1 = require_api2();
    var InlineValueFeature = (Base) => {
      return class extends Base {
        get inlineValue() {
          return {
            refresh: () => {
              return this.connection.sendRequest(vscode_languageserver_protocol_1.InlineValueRefreshRequest.type);
            },
            on: (handler) => {
              return this.connection.onRequest(vscode_languageserver_protocol_1.InlineValueRequest.type, (params, cancel) => {
                return handler(params, cancel, this.attachWorkDoneProgress(params));
              });
            }
          };
        }
      };
    };
    exports2.InlineValueFeature = InlineValueFeature;
  }
});

// node_modules/vscode-languageserver/lib/common/foldingRange.js
var require_foldingRange = __commonJS({
  "node_modules/vscode-languageserver/lib/common/foldingRange.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.FoldingRangeFeature = void 0;
    var vscode_languageserver_protocol_1 = require_api2();
    var FoldingRangeFeature = (Base) => {
      return class extends Base {
        get foldingRange() {
          return {
            refresh: () => {
              return this.connection.sendRequest(vscode_languageserver_protocol_1.FoldingRangeRefreshRequest.type);
            },
            on: (handler) => {
              const type = vscode_languageserver_protocol_1.FoldingRangeRequest.type;
              return this.connection.onRequest(type, (params, cancel) => {
                return handler(params, cancel, this.attachWorkDoneProgress(params), this.attachPartialResultProgress(type, params));
              });
            }
          };
        }
      };
    };
    exports2.FoldingRangeFeature = FoldingRangeFeature;
  }
});

// node_modules/vscode-languageserver/lib/common/inlayHint.js
var require_inlayHint = __commonJS({
  "node_modules/vscode-languageserver/lib/common/inlayHint.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.InlayHintFeature = void 0;
    var vscode_languageserver_protocol_1 = require_api2();
    var InlayHintFeature = (Base) => {
      return class extends Base {
        get inlayHint() {
          return {
            refresh: () => {
              return this.connection.sendRequest(vscode_languageserver_protocol_1.InlayHintRefreshRequest.type);
            },
            on: (handler) => {
              return this.connection.onRequest(vscode_languageserver_protocol_1.InlayHintRequest.type, (params, cancel) => {
                return handler(params, cancel, this.attachWorkDoneProgress(params));
              });
            },
            resolve: (handler) => {
              return this.connection.onRequest(vscode_languageserver_protocol_1.InlayHintResolveRequest.type, (params, cancel) => {
                return handler(params, cancel);
              });
            }
          };
        }
      };
    };
    exports2.InlayHintFeature = InlayHintFeature;
  }
});

// node_modules/vscode-languageserver/lib/common/diagnostic.js
var require_diagnostic = __commonJS({
  "node_modules/vscode-languageserver/lib/common/diagnostic.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.DiagnosticFeature = void 0;
    var vscode_languageserver_protocol_1 = require_api2();
    var DiagnosticFeature = (Base) => {
      return class extends Base {
        get diagnostics() {
          return {
            refresh: () => {
              return this.connection.sendRequest(vscode_languageserver_protocol_1.DiagnosticRefreshRequest.type);
            },
            on: (handler) => {
              return this.connection.onRequest(vscode_languageserver_protocol_1.DocumentDiagnosticRequest.type, (params, cancel) => {
                return handler(params, cancel, this.attachWorkDoneProgress(params), this.attachPartialResultProgress(vscode_languageserver_protocol_1.DocumentDiagnosticRequest.partialResult, params));
              });
            },
            onWorkspace: (handler) => {
              return this.connection.onRequest(vscode_languageserver_protocol_1.WorkspaceDiagnosticRequest.type, (params, cancel) => {
                return handler(params, cancel, this.attachWorkDoneProgress(params), this.attachPartialResultProgress(vscode_languageserver_protocol_1.WorkspaceDiagnosticRequest.partialResult, params));
              });
            }
          };
        }
      };
    };
    exports2.DiagnosticFeature = DiagnosticFeature;
  }
});

// node_modules/vscode-languageserver/lib/common/moniker.js
var require_moniker = __commonJS({
  "node_modules/vscode-languageserver/lib/common/moniker.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.MonikerFeature = void 0;
    var vscode_languageserver_protocol_1 = require_api2();
    var MonikerFeature = (Base) => {
      return class extends Base {
        get moniker() {
          return {
            on: (handler) => {
              const type = vscode_languageserver_protocol_1.MonikerRequest.type;
              return this.connection.onRequest(type, (params, cancel) => {
                return handler(params, cancel, this.attachWorkDoneProgress(params), this.attachPartialResultProgress(type, params));
              });
            }
          };
        }
      };
    };
    exports2.MonikerFeature = MonikerFeature;
  }
});

// node_modules/vscode-languageserver/lib/common/inlineCompletion.js
var require_inlineCompletion = __commonJS({
  "node_modules/vscode-languageserver/lib/common/inlineCompletion.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.InlineCompletionFeature = void 0;
    var vscode_languageserver_protocol_1 = require_api2();
    var InlineCompletionFeature = (Base) => {
      return class extends Base {
        get inlineCompletion() {
          return {
            on: (handler) => {
              return this.connection.onRequest(vscode_languageserver_protocol_1.InlineCompletionRequest.type, (params, cancel) => {
                return handler(params, cancel, this.attachWorkDoneProgress(params));
              });
            }
          };
        }
      };
    };
    exports2.InlineCompletionFeature = InlineCompletionFeature;
  }
});

// node_modules/vscode-languageserver/lib/common/textDocumentContent.js
var require_textDocumentContent = __commonJS({
  "node_modules/vscode-languageserver/lib/common/textDocumentContent.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.TextDocumentContentFeature = void 0;
    var vscode_languageserver_protocol_1 = require_api2();
    var TextDocumentContentFeature = (Base) => {
      return class extends Base {
        get textDocumentContent() {
          return {
            refresh: (uri) => {
              return this.connection.sendRequest(vscode_languageserver_protocol_1.TextDocumentContentRefreshRequest.type, { uri });
            },
            on: (handler) => {
              return this.connection.onRequest(vscode_languageserver_protocol_1.TextDocumentContentRequest.type, (params, cancel) => {
                return handler(params, cancel);
              });
            }
          };
        }
      };
    };
    exports2.TextDocumentContentFeature = TextDocumentContentFeature;
  }
});

// node_modules/vscode-languageserver/lib/common/server.js
var require_server = __commonJS({
  "node_modules/vscode-languageserver/lib/common/server.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2._NotebooksImpl = exports2._LanguagesImpl = exports2.BulkUnregistration = exports2.BulkRegistration = exports2.ErrorMessageTracker = void 0;
    exports2.combineConsoleFeatures = combineConsoleFeatures;
    exports2.combineTelemetryFeatures = combineTelemetryFeatures;
    exports2.combineTracerFeatures = combineTracerFeatures;
    exports2.combineClientFeatures = combineClientFeatures;
    exports2.combineWindowFeatures = combineWindowFeatures;
    exports2.combineWorkspaceFeatures = combineWorkspaceFeatures;
    exports2.combineLanguagesFeatures = combineLanguagesFeatures;
    exports2.combineNotebooksFeatures = combineNotebooksFeatures;
    exports2.combineFeatures = combineFeatures;
    exports2.createConnection = createConnection2;
    var vscode_languageserver_protocol_1 = require_api2();
    var Is2 = __importStar(require_is3());
    var UUID = __importStar(require_uuid());
    var progress_1 = require_progress();
    var configuration_1 = require_configuration();
    var workspaceFolder_1 = require_workspaceFolder();
    var callHierarchy_1 = require_callHierarchy();
    var semanticTokens_1 = require_semanticTokens();
    var showDocument_1 = require_showDocument();
    var fileOperations_1 = require_fileOperations();
    var linkedEditingRange_1 = require_linkedEditingRange();
    var typeHierarchy_1 = require_typeHierarchy();
    var inlineValue_1 = require_inlineValue();
    var foldingRange_1 = require_foldingRange();
    var inlayHint_1 = require_inlayHint();
    var diagnostic_1 = require_diagnostic();
    var notebook_1 = require_notebook();
    var moniker_1 = require_moniker();
    var inlineCompletion_1 = require_inlineCompletion();
    var textDocumentContent_1 = require_textDocumentContent();
    function null2Undefined(value) {
      if (value === null) {
        return void 0;
      }
      return value;
    }
    var ErrorMessageTracker = class {
      _messages;
      constructor() {
        this._messages = /* @__PURE__ */ Object.create(null);
      }
      /**
       * Add a message to the tracker.
       *
       * @param message The message to add.
       */
      add(message) {
        let count = this._messages[message];
        if (!count) {
          count = 0;
        }
        count++;
        this._messages[message] = count;
      }
      /**
       * Send all tracked messages to the connection's window.
       *
       * @param connection The connection established between client and server.
       */
      sendErrors(connection) {
        Object.keys(this._messages).forEach((message) => {
          connection.window.showErrorMessage(message);
        });
      }
    };
    exports2.ErrorMessageTracker = ErrorMessageTracker;
    var RemoteConsoleImpl = class {
      _rawConnection;
      _connection;
      constructor() {
      }
      rawAttach(connection) {
        this._rawConnection = connection;
      }
      attach(connection) {
        this._connection = connection;
      }
      get connection() {
        if (!this._connection) {
          throw new Error("Remote is not attached to a connection yet.");
        }
        return this._connection;
      }
      fillServerCapabilities(_capabilities) {
      }
      initialize(_capabilities) {
      }
      error(message) {
        this.send(vscode_languageserver_protocol_1.MessageType.Error, message);
      }
      warn(message) {
        this.send(vscode_languageserver_protocol_1.MessageType.Warning, message);
      }
      info(message) {
        this.send(vscode_languageserver_protocol_1.MessageType.Info, message);
      }
      log(message) {
        this.send(vscode_languageserver_protocol_1.MessageType.Log, message);
      }
      debug(message) {
        this.send(vscode_languageserver_protocol_1.MessageType.Debug, message);
      }
      send(type, message) {
        if (this._rawConnection) {
          this._rawConnection.sendNotification(vscode_languageserver_protocol_1.LogMessageNotification.type, { type, message }).catch(() => {
            (0, vscode_languageserver_protocol_1.RAL)().console.error(`Sending log message failed`);
          });
        }
      }
    };
    var _RemoteWindowImpl = class {
      _connection;
      constructor() {
      }
      attach(connection) {
        this._connection = connection;
      }
      get connection() {
        if (!this._connection) {
          throw new Error("Remote is not attached to a connection yet.");
        }
        return this._connection;
      }
      initialize(_capabilities) {
      }
      fillServerCapabilities(_capabilities) {
      }
      showErrorMessage(message, ...actions) {
        const params = { type: vscode_languageserver_protocol_1.MessageType.Error, message, actions };
        return this.connection.sendRequest(vscode_languageserver_protocol_1.ShowMessageRequest.type, params).then(null2Undefined);
      }
      showWarningMessage(message, ...actions) {
        const params = { type: vscode_languageserver_protocol_1.MessageType.Warning, message, actions };
        return this.connection.sendRequest(vscode_languageserver_protocol_1.ShowMessageRequest.type, params).then(null2Undefined);
      }
      showInformationMessage(message, ...actions) {
        const params = { type: vscode_languageserver_protocol_1.MessageType.Info, message, actions };
        return this.connection.sendRequest(vscode_languageserver_protocol_1.ShowMessageRequest.type, params).then(null2Undefined);
      }
    };
    var RemoteWindowImpl = (0, showDocument_1.ShowDocumentFeature)((0, progress_1.ProgressFeature)(_RemoteWindowImpl));
    var BulkRegistration;
    (function(BulkRegistration2) {
      function create() {
        return new BulkRegistrationImpl();
      }
      BulkRegistration2.create = create;
    })(BulkRegistration || (exports2.BulkRegistration = BulkRegistration = {}));
    var BulkRegistrationImpl = class {
      _registrations = [];
      _registered = /* @__PURE__ */ new Set();
      add(type, registerOptions) {
        const method = Is2.string(type) ? type : type.method;
        if (this._registered.has(method)) {
          throw new Error(`${method} is already added to this registration`);
        }
        const id = UUID.generateUuid();
        this._registrations.push({
          id,
          method,
          registerOptions: registerOptions || {}
        });
        this._registered.add(method);
      }
      asRegistrationParams() {
        return {
          registrations: this._registrations
        };
      }
    };
    var BulkUnregistration;
    (function(BulkUnregistration2) {
      function create() {
        return new BulkUnregistrationImpl(void 0, []);
      }
      BulkUnregistration2.create = create;
    })(BulkUnregistration || (exports2.BulkUnregistration = BulkUnregistration = {}));
    var BulkUnregistrationImpl = class {
      _connection;
      _unregistrations = /* @__PURE__ */ new Map();
      constructor(_connection, unregistrations) {
        this._connection = _connection;
        unregistrations.forEach((unregistration) => {
          this._unregistrations.set(unregistration.method, unregistration);
        });
      }
      get isAttached() {
        return !!this._connection;
      }
      attach(connection) {
        this._connection = connection;
      }
      add(unregistration) {
        this._unregistrations.set(unregistration.method, unregistration);
      }
      dispose() {
        const unregistrations = [];
        for (const unregistration of this._unregistrations.values()) {
          unregistrations.push(unregistration);
        }
        const params = {
          unregisterations: unregistrations
        };
        this._connection.sendRequest(vscode_languageserver_protocol_1.UnregistrationRequest.type, params).catch(() => {
          this._connection.console.info(`Bulk unregistration failed.`);
        });
      }
      disposeSingle(arg) {
        const method = Is2.string(arg) ? arg : arg.method;
        const unregistration = this._unregistrations.get(method);
        if (!unregistration) {
          return false;
        }
        const params = {
          unregisterations: [unregistration]
        };
        this._connection.sendRequest(vscode_languageserver_protocol_1.UnregistrationRequest.type, params).then(() => {
          this._unregistrations.delete(method);
        }, (_error) => {
          this._connection.console.info(`Un-registering request handler for ${unregistration.id} failed.`);
        });
        return true;
      }
    };
    var RemoteClientImpl = class {
      _connection;
      attach(connection) {
        this._connection = connection;
      }
      get connection() {
        if (!this._connection) {
          throw new Error("Remote is not attached to a connection yet.");
        }
        return this._connection;
      }
      initialize(_capabilities) {
      }
      fillServerCapabilities(_capabilities) {
      }
      register(typeOrRegistrations, registerOptionsOrType, registerOptions) {
        if (typeOrRegistrations instanceof BulkRegistrationImpl) {
          return this.registerMany(typeOrRegistrations);
        } else if (typeOrRegistrations instanceof BulkUnregistrationImpl) {
          return this.registerSingle1(typeOrRegistrations, registerOptionsOrType, registerOptions);
        } else {
          return this.registerSingle2(typeOrRegistrations, registerOptionsOrType);
        }
      }
      registerSingle1(unregistration, type, registerOptions) {
        const method = Is2.string(type) ? type : type.method;
        const id = UUID.generateUuid();
        const params = {
          registrations: [{ id, method, registerOptions: registerOptions || {} }]
        };
        if (!unregistration.isAttached) {
          unregistration.attach(this.connection);
        }
        return this.connection.sendRequest(vscode_languageserver_protocol_1.RegistrationRequest.type, params).then((_result) => {
          unregistration.add({ id, method });
          return unregistration;
        }, (_error) => {
          this.connection.console.info(`Registering request handler for ${method} failed.`);
          return Promise.reject(_error);
        });
      }
      registerSingle2(type, registerOptions) {
        const method = Is2.string(type) ? type : type.method;
        const id = UUID.generateUuid();
        const params = {
          registrations: [{ id, method, registerOptions: registerOptions || {} }]
        };
        return this.connection.sendRequest(vscode_languageserver_protocol_1.RegistrationRequest.type, params).then((_result) => {
          return vscode_languageserver_protocol_1.Disposable.create(() => {
            this.unregisterSingle(id, method).catch(() => {
              this.connection.console.info(`Un-registering capability with id ${id} failed.`);
            });
          });
        }, (_error) => {
          this.connection.console.info(`Registering request handler for ${method} failed.`);
          return Promise.reject(_error);
        });
      }
      unregisterSingle(id, method) {
        const params = {
          unregisterations: [{ id, method }]
        };
        return this.connection.sendRequest(vscode_languageserver_protocol_1.UnregistrationRequest.type, params).catch(() => {
          this.connection.console.info(`Un-registering request handler for ${id} failed.`);
        });
      }
      registerMany(registrations) {
        const params = registrations.asRegistrationParams();
        return this.connection.sendRequest(vscode_languageserver_protocol_1.RegistrationRequest.type, params).then(() => {
          return new BulkUnregistrationImpl(this._connection, params.registrations.map((registration) => {
            return { id: registration.id, method: registration.method };
          }));
        }, (_error) => {
          this.connection.console.info(`Bulk registration failed.`);
          return Promise.reject(_error);
        });
      }
    };
    var _RemoteWorkspaceImpl = class {
      _connection;
      constructor() {
      }
      attach(connection) {
        this._connection = connection;
      }
      get connection() {
        if (!this._connection) {
          throw new Error("Remote is not attached to a connection yet.");
        }
        return this._connection;
      }
      initialize(_capabilities) {
      }
      fillServerCapabilities(_capabilities) {
      }
      applyEdit(paramOrEdit) {
        function isApplyWorkspaceEditParams(value) {
          return value && !!value.edit;
        }
        const params = isApplyWorkspaceEditParams(paramOrEdit) ? paramOrEdit : { edit: paramOrEdit };
        return this.connection.sendRequest(vscode_languageserver_protocol_1.ApplyWorkspaceEditRequest.type, params);
      }
    };
    var RemoteWorkspaceImpl = (0, textDocumentContent_1.TextDocumentContentFeature)((0, fileOperations_1.FileOperationsFeature)((0, workspaceFolder_1.WorkspaceFoldersFeature)((0, configuration_1.ConfigurationFeature)(_RemoteWorkspaceImpl))));
    var TracerImpl = class {
      _trace;
      _connection;
      constructor() {
        this._trace = vscode_languageserver_protocol_1.Trace.Off;
      }
      attach(connection) {
        this._connection = connection;
      }
      get connection() {
        if (!this._connection) {
          throw new Error("Remote is not attached to a connection yet.");
        }
        return this._connection;
      }
      initialize(_capabilities) {
      }
      fillServerCapabilities(_capabilities) {
      }
      set trace(value) {
        this._trace = value;
      }
      log(message, verbose) {
        if (this._trace === vscode_languageserver_protocol_1.Trace.Off) {
          return;
        }
        this.connection.sendNotification(vscode_languageserver_protocol_1.LogTraceNotification.type, {
          message,
          verbose: this._trace === vscode_languageserver_protocol_1.Trace.Verbose ? verbose : void 0
        }).catch(() => {
        });
      }
    };
    var TelemetryImpl = class {
      _connection;
      constructor() {
      }
      attach(connection) {
        this._connection = connection;
      }
      get connection() {
        if (!this._connection) {
          throw new Error("Remote is not attached to a connection yet.");
        }
        return this._connection;
      }
      initialize(_capabilities) {
      }
      fillServerCapabilities(_capabilities) {
      }
      logEvent(data) {
        this.connection.sendNotification(vscode_languageserver_protocol_1.TelemetryEventNotification.type, data).catch(() => {
          this.connection.console.log(`Sending TelemetryEventNotification failed`);
        });
      }
    };
    var _LanguagesImpl = class {
      _connection;
      constructor() {
      }
      attach(connection) {
        this._connection = connection;
      }
      get connection() {
        if (!this._connection) {
          throw new Error("Remote is not attached to a connection yet.");
        }
        return this._connection;
      }
      initialize(_capabilities) {
      }
      fillServerCapabilities(_capabilities) {
      }
      attachWorkDoneProgress(params) {
        return (0, progress_1.attachWorkDone)(this.connection, params);
      }
      attachPartialResultProgress(_type, params) {
        return (0, progress_1.attachPartialResult)(this.connection, params);
      }
    };
    exports2._LanguagesImpl = _LanguagesImpl;
    var LanguagesImpl = (0, inlineCompletion_1.InlineCompletionFeature)((0, foldingRange_1.FoldingRangeFeature)((0, moniker_1.MonikerFeature)((0, diagnostic_1.DiagnosticFeature)((0, inlayHint_1.InlayHintFeature)((0, inlineValue_1.InlineValueFeature)((0, typeHierarchy_1.TypeHierarchyFeature)((0, linkedEditingRange_1.LinkedEditingRangeFeature)((0, semanticTokens_1.SemanticTokensFeature)((0, callHierarchy_1.CallHierarchyFeature)(_LanguagesImpl))))))))));
    var _NotebooksImpl = class {
      _connection;
      constructor() {
      }
      attach(connection) {
        this._connection = connection;
      }
      get connection() {
        if (!this._connection) {
          throw new Error("Remote is not attached to a connection yet.");
        }
        return this._connection;
      }
      initialize(_capabilities) {
      }
      fillServerCapabilities(_capabilities) {
      }
      attachWorkDoneProgress(params) {
        return (0, progress_1.attachWorkDone)(this.connection, params);
      }
      attachPartialResultProgress(_type, params) {
        return (0, progress_1.attachPartialResult)(this.connection, params);
      }
    };
    exports2._NotebooksImpl = _NotebooksImpl;
    var NotebooksImpl = (0, notebook_1.NotebookSyncFeature)(_NotebooksImpl);
    function combineConsoleFeatures(one, two) {
      return function(Base) {
        return two(one(Base));
      };
    }
    function combineTelemetryFeatures(one, two) {
      return function(Base) {
        return two(one(Base));
      };
    }
    function combineTracerFeatures(one, two) {
      return function(Base) {
        return two(one(Base));
      };
    }
    function combineClientFeatures(one, two) {
      return function(Base) {
        return two(one(Base));
      };
    }
    function combineWindowFeatures(one, two) {
      return function(Base) {
        return two(one(Base));
      };
    }
    function combineWorkspaceFeatures(one, two) {
      return function(Base) {
        return two(one(Base));
      };
    }
    function combineLanguagesFeatures(one, two) {
      return function(Base) {
        return two(one(Base));
      };
    }
    function combineNotebooksFeatures(one, two) {
      return function(Base) {
        return two(one(Base));
      };
    }
    function combineFeatures(one, two) {
      function combine(one2, two2, func) {
        if (one2 && two2) {
          return func(one2, two2);
        } else if (one2) {
          return one2;
        } else {
          return two2;
        }
      }
      const result = {
        __brand: "features",
        console: combine(one.console, two.console, combineConsoleFeatures),
        tracer: combine(one.tracer, two.tracer, combineTracerFeatures),
        telemetry: combine(one.telemetry, two.telemetry, combineTelemetryFeatures),
        client: combine(one.client, two.client, combineClientFeatures),
        window: combine(one.window, two.window, combineWindowFeatures),
        workspace: combine(one.workspace, two.workspace, combineWorkspaceFeatures),
        languages: combine(one.languages, two.languages, combineLanguagesFeatures),
        notebooks: combine(one.notebooks, two.notebooks, combineNotebooksFeatures)
      };
      return result;
    }
    function createConnection2(connectionFactory, watchDog, factories) {
      const logger = factories && factories.console ? new (factories.console(RemoteConsoleImpl))() : new RemoteConsoleImpl();
      const connection = connectionFactory(logger);
      logger.rawAttach(connection);
      const tracer = factories && factories.tracer ? new (factories.tracer(TracerImpl))() : new TracerImpl();
      const telemetry = factories && factories.telemetry ? new (factories.telemetry(TelemetryImpl))() : new TelemetryImpl();
      const client = factories && factories.client ? new (factories.client(RemoteClientImpl))() : new RemoteClientImpl();
      const remoteWindow = factories && factories.window ? new (factories.window(RemoteWindowImpl))() : new RemoteWindowImpl();
      const workspace = factories && factories.workspace ? new (factories.workspace(RemoteWorkspaceImpl))() : new RemoteWorkspaceImpl();
      const languages = factories && factories.languages ? new (factories.languages(LanguagesImpl))() : new LanguagesImpl();
      const notebooks = factories && factories.notebooks ? new (factories.notebooks(NotebooksImpl))() : new NotebooksImpl();
      const allRemotes = [logger, tracer, telemetry, client, remoteWindow, workspace, languages, notebooks];
      function asPromise(value) {
        if (value instanceof Promise) {
          return value;
        } else if (Is2.thenable(value)) {
          return new Promise((resolve, reject) => {
            value.then((resolved) => resolve(resolved), (error) => reject(error));
          });
        } else {
          return Promise.resolve(value);
        }
      }
      let shutdownHandler = void 0;
      let initializeHandler = void 0;
      let exitHandler = void 0;
      const protocolConnection = {
        listen: () => connection.listen(),
        sendRequest: (type, ...params) => connection.sendRequest(Is2.string(type) ? type : type.method, ...params),
        onRequest: (type, handler) => connection.onRequest(type, handler),
        sendNotification: (type, param) => {
          const method = Is2.string(type) ? type : type.method;
          return connection.sendNotification(method, param);
        },
        onNotification: (type, handler) => connection.onNotification(type, handler),
        onProgress: connection.onProgress,
        sendProgress: connection.sendProgress,
        onInitialize: (handler) => {
          initializeHandler = handler;
          return {
            dispose: () => {
              initializeHandler = void 0;
            }
          };
        },
        onInitialized: (handler) => connection.onNotification(vscode_languageserver_protocol_1.InitializedNotification.type, handler),
        onShutdown: (handler) => {
          shutdownHandler = handler;
          return {
            dispose: () => {
              shutdownHandler = void 0;
            }
          };
        },
        onExit: (handler) => {
          exitHandler = handler;
          return {
            dispose: () => {
              exitHandler = void 0;
            }
          };
        },
        get console() {
          return logger;
        },
        get telemetry() {
          return telemetry;
        },
        get tracer() {
          return tracer;
        },
        get client() {
          return client;
        },
        get window() {
          return remoteWindow;
        },
        get workspace() {
          return workspace;
        },
        get languages() {
          return languages;
        },
        get notebooks() {
          return notebooks;
        },
        onDidChangeConfiguration: (handler) => connection.onNotification(vscode_languageserver_protocol_1.DidChangeConfigurationNotification.type, handler),
        onDidChangeWatchedFiles: (handler) => connection.onNotification(vscode_languageserver_protocol_1.DidChangeWatchedFilesNotification.type, handler),
        __textDocumentSync: void 0,
        onDidOpenTextDocument: (handler) => connection.onNotification(vscode_languageserver_protocol_1.DidOpenTextDocumentNotification.type, handler),
        onDidChangeTextDocument: (handler) => connection.onNotification(vscode_languageserver_protocol_1.DidChangeTextDocumentNotification.type, handler),
        onDidCloseTextDocument: (handler) => connection.onNotification(vscode_languageserver_protocol_1.DidCloseTextDocumentNotification.type, handler),
        onWillSaveTextDocument: (handler) => connection.onNotification(vscode_languageserver_protocol_1.WillSaveTextDocumentNotification.type, handler),
        onWillSaveTextDocumentWaitUntil: (handler) => connection.onRequest(vscode_languageserver_protocol_1.WillSaveTextDocumentWaitUntilRequest.type, handler),
        onDidSaveTextDocument: (handler) => connection.onNotification(vscode_languageserver_protocol_1.DidSaveTextDocumentNotification.type, handler),
        sendDiagnostics: (params) => connection.sendNotification(vscode_languageserver_protocol_1.PublishDiagnosticsNotification.type, params),
        onHover: (handler) => connection.onRequest(vscode_languageserver_protocol_1.HoverRequest.type, (params, cancel) => {
          return handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), void 0);
        }),
        onCompletion: (handler) => connection.onRequest(vscode_languageserver_protocol_1.CompletionRequest.type, (params, cancel) => {
          return handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), (0, progress_1.attachPartialResult)(connection, params));
        }),
        onCompletionResolve: (handler) => connection.onRequest(vscode_languageserver_protocol_1.CompletionResolveRequest.type, handler),
        onSignatureHelp: (handler) => connection.onRequest(vscode_languageserver_protocol_1.SignatureHelpRequest.type, (params, cancel) => {
          return handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), void 0);
        }),
        onDeclaration: (handler) => connection.onRequest(vscode_languageserver_protocol_1.DeclarationRequest.type, (params, cancel) => {
          return handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), (0, progress_1.attachPartialResult)(connection, params));
        }),
        onDefinition: (handler) => connection.onRequest(vscode_languageserver_protocol_1.DefinitionRequest.type, (params, cancel) => {
          return handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), (0, progress_1.attachPartialResult)(connection, params));
        }),
        onTypeDefinition: (handler) => connection.onRequest(vscode_languageserver_protocol_1.TypeDefinitionRequest.type, (params, cancel) => {
          return handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), (0, progress_1.attachPartialResult)(connection, params));
        }),
        onImplementation: (handler) => connection.onRequest(vscode_languageserver_protocol_1.ImplementationRequest.type, (params, cancel) => {
          return handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), (0, progress_1.attachPartialResult)(connection, params));
        }),
        onReferences: (handler) => connection.onRequest(vscode_languageserver_protocol_1.ReferencesRequest.type, (params, cancel) => {
          return handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), (0, progress_1.attachPartialResult)(connection, params));
        }),
        onDocumentHighlight: (handler) => connection.onRequest(vscode_languageserver_protocol_1.DocumentHighlightRequest.type, (params, cancel) => {
          return handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), (0, progress_1.attachPartialResult)(connection, params));
        }),
        onDocumentSymbol: (handler) => connection.onRequest(vscode_languageserver_protocol_1.DocumentSymbolRequest.type, (params, cancel) => {
          return handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), (0, progress_1.attachPartialResult)(connection, params));
        }),
        onWorkspaceSymbol: (handler) => connection.onRequest(vscode_languageserver_protocol_1.WorkspaceSymbolRequest.type, (params, cancel) => {
          return handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), (0, progress_1.attachPartialResult)(connection, params));
        }),
        onWorkspaceSymbolResolve: (handler) => connection.onRequest(vscode_languageserver_protocol_1.WorkspaceSymbolResolveRequest.type, handler),
        onCodeAction: (handler) => connection.onRequest(vscode_languageserver_protocol_1.CodeActionRequest.type, (params, cancel) => {
          return handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), (0, progress_1.attachPartialResult)(connection, params));
        }),
        onCodeActionResolve: (handler) => connection.onRequest(vscode_languageserver_protocol_1.CodeActionResolveRequest.type, (params, cancel) => {
          return handler(params, cancel);
        }),
        onCodeLens: (handler) => connection.onRequest(vscode_languageserver_protocol_1.CodeLensRequest.type, (params, cancel) => {
          return handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), (0, progress_1.attachPartialResult)(connection, params));
        }),
        onCodeLensResolve: (handler) => connection.onRequest(vscode_languageserver_protocol_1.CodeLensResolveRequest.type, (params, cancel) => {
          return handler(params, cancel);
        }),
        onDocumentFormatting: (handler) => connection.onRequest(vscode_languageserver_protocol_1.DocumentFormattingRequest.type, (params, cancel) => {
          return handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), void 0);
        }),
        onDocumentRangeFormatting: (handler) => connection.onRequest(vscode_languageserver_protocol_1.DocumentRangeFormattingRequest.type, (params, cancel) => {
          return handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), void 0);
        }),
        onDocumentRangesFormatting: (handler) => connection.onRequest(vscode_languageserver_protocol_1.DocumentRangesFormattingRequest.type, (params, cancel) => {
          return handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), void 0);
        }),
        onDocumentOnTypeFormatting: (handler) => connection.onRequest(vscode_languageserver_protocol_1.DocumentOnTypeFormattingRequest.type, (params, cancel) => {
          return handler(params, cancel);
        }),
        onRenameRequest: (handler) => connection.onRequest(vscode_languageserver_protocol_1.RenameRequest.type, (params, cancel) => {
          return handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), void 0);
        }),
        onPrepareRename: (handler) => connection.onRequest(vscode_languageserver_protocol_1.PrepareRenameRequest.type, (params, cancel) => {
          return handler(params, cancel);
        }),
        onDocumentLinks: (handler) => connection.onRequest(vscode_languageserver_protocol_1.DocumentLinkRequest.type, (params, cancel) => {
          return handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), (0, progress_1.attachPartialResult)(connection, params));
        }),
        onDocumentLinkResolve: (handler) => connection.onRequest(vscode_languageserver_protocol_1.DocumentLinkResolveRequest.type, (params, cancel) => {
          return handler(params, cancel);
        }),
        onDocumentColor: (handler) => connection.onRequest(vscode_languageserver_protocol_1.DocumentColorRequest.type, (params, cancel) => {
          return handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), (0, progress_1.attachPartialResult)(connection, params));
        }),
        onColorPresentation: (handler) => connection.onRequest(vscode_languageserver_protocol_1.ColorPresentationRequest.type, (params, cancel) => {
          return handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), (0, progress_1.attachPartialResult)(connection, params));
        }),
        onFoldingRanges: (handler) => connection.onRequest(vscode_languageserver_protocol_1.FoldingRangeRequest.type, (params, cancel) => {
          return handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), (0, progress_1.attachPartialResult)(connection, params));
        }),
        onSelectionRanges: (handler) => connection.onRequest(vscode_languageserver_protocol_1.SelectionRangeRequest.type, (params, cancel) => {
          return handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), (0, progress_1.attachPartialResult)(connection, params));
        }),
        onExecuteCommand: (handler) => connection.onRequest(vscode_languageserver_protocol_1.ExecuteCommandRequest.type, (params, cancel) => {
          return handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), void 0);
        }),
        dispose: () => connection.dispose()
      };
      for (const remote of allRemotes) {
        remote.attach(protocolConnection);
      }
      connection.onRequest(vscode_languageserver_protocol_1.InitializeRequest.type, (params) => {
        watchDog.initialize(params);
        if (Is2.string(params.trace)) {
          tracer.trace = vscode_languageserver_protocol_1.Trace.fromString(params.trace);
        }
        for (const remote of allRemotes) {
          remote.initialize(params.capabilities);
        }
        if (initializeHandler) {
          const result = initializeHandler(params, new vscode_languageserver_protocol_1.CancellationTokenSource().token, (0, progress_1.attachWorkDone)(connection, params), void 0);
          return asPromise(result).then((value) => {
            if (value instanceof vscode_languageserver_protocol_1.ResponseError) {
              return value;
            }
            let result2 = value;
            if (!result2) {
              result2 = { capabilities: {} };
            }
            let capabilities = result2.capabilities;
            if (!capabilities) {
              capabilities = {};
              result2.capabilities = capabilities;
            }
            if (capabilities.textDocumentSync === void 0 || capabilities.textDocumentSync === null) {
              capabilities.textDocumentSync = Is2.number(protocolConnection.__textDocumentSync) ? protocolConnection.__textDocumentSync : vscode_languageserver_protocol_1.TextDocumentSyncKind.None;
            } else if (!Is2.number(capabilities.textDocumentSync) && !Is2.number(capabilities.textDocumentSync.change)) {
              capabilities.textDocumentSync.change = Is2.number(protocolConnection.__textDocumentSync) ? protocolConnection.__textDocumentSync : vscode_languageserver_protocol_1.TextDocumentSyncKind.None;
            }
            for (const remote of allRemotes) {
              remote.fillServerCapabilities(capabilities);
            }
            return result2;
          });
        } else {
          const result = { capabilities: { textDocumentSync: vscode_languageserver_protocol_1.TextDocumentSyncKind.None } };
          for (const remote of allRemotes) {
            remote.fillServerCapabilities(result.capabilities);
          }
          return result;
        }
      });
      connection.onRequest(vscode_languageserver_protocol_1.ShutdownRequest.type, () => {
        watchDog.shutdownReceived = true;
        if (shutdownHandler) {
          return shutdownHandler(new vscode_languageserver_protocol_1.CancellationTokenSource().token);
        } else {
          return void 0;
        }
      });
      connection.onNotification(vscode_languageserver_protocol_1.ExitNotification.type, () => {
        try {
          if (exitHandler) {
            return exitHandler();
          }
        } finally {
          if (watchDog.shutdownReceived) {
            watchDog.exit(0);
          } else {
            watchDog.exit(1);
          }
        }
      });
      connection.onNotification(vscode_languageserver_protocol_1.SetTraceNotification.type, (params) => {
        tracer.trace = vscode_languageserver_protocol_1.Trace.fromString(params.value);
      });
      return protocolConnection;
    }
  }
});

// node_modules/vscode-languageserver/lib/common/api.js
var require_api3 = __commonJS({
  "node_modules/vscode-languageserver/lib/common/api.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports2 && exports2.__exportStar || function(m, exports3) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports3, p)) __createBinding(exports3, m, p);
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ProposedFeatures = exports2.NotebookDocuments = exports2.TextDocuments = exports2.SemanticTokensBuilder = exports2.WorkDoneProgressReporter = void 0;
    var semanticTokens_1 = require_semanticTokens();
    Object.defineProperty(exports2, "SemanticTokensBuilder", { enumerable: true, get: function() {
      return semanticTokens_1.SemanticTokensBuilder;
    } });
    var progress_1 = require_progress();
    Object.defineProperty(exports2, "WorkDoneProgressReporter", { enumerable: true, get: function() {
      return progress_1.WorkDoneProgressReporter;
    } });
    __exportStar(require_api2(), exports2);
    var textDocuments_1 = require_textDocuments();
    Object.defineProperty(exports2, "TextDocuments", { enumerable: true, get: function() {
      return textDocuments_1.TextDocuments;
    } });
    var notebook_1 = require_notebook();
    Object.defineProperty(exports2, "NotebookDocuments", { enumerable: true, get: function() {
      return notebook_1.NotebookDocuments;
    } });
    __exportStar(require_server(), exports2);
    var ProposedFeatures;
    (function(ProposedFeatures2) {
      ProposedFeatures2.all = {
        __brand: "features"
      };
    })(ProposedFeatures || (exports2.ProposedFeatures = ProposedFeatures = {}));
  }
});

// node_modules/vscode-languageserver/lib/node/files.js
var require_files = __commonJS({
  "node_modules/vscode-languageserver/lib/node/files.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.FileSystem = void 0;
    exports2.uriToFilePath = uriToFilePath;
    exports2.resolve = resolve;
    exports2.resolveGlobalNodePath = resolveGlobalNodePath;
    exports2.resolveGlobalYarnPath = resolveGlobalYarnPath;
    exports2.resolveModulePath = resolveModulePath;
    var url = __importStar(require("url"));
    var path9 = __importStar(require("path"));
    var fs10 = __importStar(require("fs"));
    var child_process_1 = require("child_process");
    function uriToFilePath(uri) {
      const parsed = url.parse(uri);
      if (parsed.protocol !== "file:" || !parsed.path) {
        return void 0;
      }
      const segments = parsed.path.split("/");
      for (let i = 0, len = segments.length; i < len; i++) {
        segments[i] = decodeURIComponent(segments[i]);
      }
      if (process.platform === "win32" && segments.length > 1) {
        const first = segments[0];
        const second = segments[1];
        if (first.length === 0 && second.length > 1 && second[1] === ":") {
          segments.shift();
        }
      }
      return path9.normalize(segments.join("/"));
    }
    function isWindows() {
      return process.platform === "win32";
    }
    function resolve(moduleName, nodePath, cwd, tracer) {
      const nodePathKey = "NODE_PATH";
      const app = [
        "var p = process;",
        "p.on('message',function(m){",
        "if(m.c==='e'){",
        "p.exit(0);",
        "}",
        "else if(m.c==='rs'){",
        "try{",
        "var r=require.resolve(m.a);",
        "p.send({c:'r',s:true,r:r});",
        "}",
        "catch(err){",
        "p.send({c:'r',s:false});",
        "}",
        "}",
        "});"
      ].join("");
      return new Promise((resolve2, reject) => {
        const env = process.env;
        const newEnv = /* @__PURE__ */ Object.create(null);
        Object.keys(env).forEach((key) => newEnv[key] = env[key]);
        if (nodePath && fs10.existsSync(nodePath)) {
          if (newEnv[nodePathKey]) {
            newEnv[nodePathKey] = nodePath + path9.delimiter + newEnv[nodePathKey];
          } else {
            newEnv[nodePathKey] = nodePath;
          }
          if (tracer) {
            tracer(`NODE_PATH value is: ${newEnv[nodePathKey]}`);
          }
        }
        newEnv["ELECTRON_RUN_AS_NODE"] = "1";
        try {
          const cp = (0, child_process_1.fork)("", [], {
            cwd,
            env: newEnv,
            execArgv: ["-e", app]
          });
          if (cp.pid === void 0) {
            reject(new Error(`Starting process to resolve node module  ${moduleName} failed`));
            return;
          }
          cp.on("error", (error) => {
            reject(error);
          });
          cp.on("message", (message2) => {
            if (message2.c === "r") {
              cp.send({ c: "e" });
              if (message2.s) {
                resolve2(message2.r);
              } else {
                reject(new Error(`Failed to resolve module: ${moduleName}`));
              }
            }
          });
          const message = {
            c: "rs",
            a: moduleName
          };
          cp.send(message);
        } catch (error) {
          reject(error);
        }
      });
    }
    function resolveGlobalNodePath(tracer) {
      let npmCommand = "npm";
      const env = /* @__PURE__ */ Object.create(null);
      Object.keys(process.env).forEach((key) => env[key] = process.env[key]);
      env["NO_UPDATE_NOTIFIER"] = "true";
      const options = {
        encoding: "utf8",
        env
      };
      if (isWindows()) {
        npmCommand = "npm.cmd";
        options.shell = true;
      }
      const handler = () => {
      };
      try {
        process.on("SIGPIPE", handler);
        const stdout = (0, child_process_1.spawnSync)(npmCommand, ["config", "get", "prefix"], options).stdout;
        if (!stdout) {
          if (tracer) {
            tracer(`'npm config get prefix' didn't return a value.`);
          }
          return void 0;
        }
        const prefix = stdout.trim();
        if (tracer) {
          tracer(`'npm config get prefix' value is: ${prefix}`);
        }
        if (prefix.length > 0) {
          if (isWindows()) {
            return path9.join(prefix, "node_modules");
          } else {
            return path9.join(prefix, "lib", "node_modules");
          }
        }
        return void 0;
      } catch (err) {
        return void 0;
      } finally {
        process.removeListener("SIGPIPE", handler);
      }
    }
    function resolveGlobalYarnPath(tracer) {
      let yarnCommand = "yarn";
      const options = {
        encoding: "utf8"
      };
      if (isWindows()) {
        yarnCommand = "yarn.cmd";
        options.shell = true;
      }
      const handler = () => {
      };
      try {
        process.on("SIGPIPE", handler);
        const results = (0, child_process_1.spawnSync)(yarnCommand, ["global", "dir", "--json"], options);
        const stdout = results.stdout;
        if (!stdout) {
          if (tracer) {
            tracer(`'yarn global dir' didn't return a value.`);
            if (results.stderr) {
              tracer(results.stderr);
            }
          }
          return void 0;
        }
        const lines = stdout.trim().split(/\r?\n/);
        for (const line of lines) {
          try {
            const yarn = JSON.parse(line);
            if (yarn.type === "log") {
              return path9.join(yarn.data, "node_modules");
            }
          } catch (e) {
          }
        }
        return void 0;
      } catch (err) {
        return void 0;
      } finally {
        process.removeListener("SIGPIPE", handler);
      }
    }
    var FileSystem;
    (function(FileSystem2) {
      let _isCaseSensitive = void 0;
      function isCaseSensitive() {
        if (_isCaseSensitive !== void 0) {
          return _isCaseSensitive;
        }
        if (process.platform === "win32") {
          _isCaseSensitive = false;
        } else {
          _isCaseSensitive = !fs10.existsSync(__filename.toUpperCase()) || !fs10.existsSync(__filename.toLowerCase());
        }
        return _isCaseSensitive;
      }
      FileSystem2.isCaseSensitive = isCaseSensitive;
      function isParent(parent, child) {
        if (isCaseSensitive()) {
          return path9.normalize(child).indexOf(path9.normalize(parent)) === 0;
        } else {
          return path9.normalize(child).toLowerCase().indexOf(path9.normalize(parent).toLowerCase()) === 0;
        }
      }
      FileSystem2.isParent = isParent;
    })(FileSystem || (exports2.FileSystem = FileSystem = {}));
    function resolveModulePath(workspaceRoot, moduleName, nodePath, tracer) {
      if (nodePath) {
        if (!path9.isAbsolute(nodePath)) {
          nodePath = path9.join(workspaceRoot, nodePath);
        }
        return resolve(moduleName, nodePath, nodePath, tracer).then((value) => {
          if (FileSystem.isParent(nodePath, value)) {
            return value;
          } else {
            return Promise.reject(new Error(`Failed to load ${moduleName} from node path location.`));
          }
        }).then(void 0, (_error) => {
          return resolve(moduleName, resolveGlobalNodePath(tracer), workspaceRoot, tracer);
        });
      } else {
        return resolve(moduleName, resolveGlobalNodePath(tracer), workspaceRoot, tracer);
      }
    }
  }
});

// node_modules/vscode-jsonrpc/lib/node/ril.js
var require_ril = __commonJS({
  "node_modules/vscode-jsonrpc/lib/node/ril.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var util_1 = require("util");
    var api_1 = require_api();
    var MessageBuffer = class _MessageBuffer extends api_1.AbstractMessageBuffer {
      static emptyBuffer = Buffer.allocUnsafe(0);
      constructor(encoding = "utf-8") {
        super(encoding);
      }
      emptyBuffer() {
        return _MessageBuffer.emptyBuffer;
      }
      fromString(value, encoding) {
        return Buffer.from(value, encoding);
      }
      toString(value, encoding) {
        if (value instanceof Buffer) {
          return value.toString(encoding);
        } else {
          return new util_1.TextDecoder(encoding).decode(value);
        }
      }
      asNative(buffer, length) {
        if (length === void 0) {
          return buffer instanceof Buffer ? buffer : Buffer.from(buffer);
        } else {
          return buffer instanceof Buffer ? buffer.slice(0, length) : Buffer.from(buffer, 0, length);
        }
      }
      allocNative(length) {
        return Buffer.allocUnsafe(length);
      }
    };
    var ReadableStreamWrapper = class {
      stream;
      constructor(stream) {
        this.stream = stream;
      }
      onClose(listener) {
        this.stream.on("close", listener);
        return api_1.Disposable.create(() => this.stream.off("close", listener));
      }
      onError(listener) {
        this.stream.on("error", listener);
        return api_1.Disposable.create(() => this.stream.off("error", listener));
      }
      onEnd(listener) {
        this.stream.on("end", listener);
        return api_1.Disposable.create(() => this.stream.off("end", listener));
      }
      onData(listener) {
        this.stream.on("data", listener);
        return api_1.Disposable.create(() => this.stream.off("data", listener));
      }
    };
    var WritableStreamWrapper = class {
      stream;
      constructor(stream) {
        this.stream = stream;
      }
      onClose(listener) {
        this.stream.on("close", listener);
        return api_1.Disposable.create(() => this.stream.off("close", listener));
      }
      onError(listener) {
        this.stream.on("error", listener);
        return api_1.Disposable.create(() => this.stream.off("error", listener));
      }
      onEnd(listener) {
        this.stream.on("end", listener);
        return api_1.Disposable.create(() => this.stream.off("end", listener));
      }
      write(data, encoding) {
        return new Promise((resolve, reject) => {
          const callback = (error) => {
            if (error === void 0 || error === null) {
              resolve();
            } else {
              reject(error);
            }
          };
          if (typeof data === "string") {
            this.stream.write(data, encoding, callback);
          } else {
            this.stream.write(data, callback);
          }
        });
      }
      end() {
        this.stream.end();
      }
    };
    var _ril = Object.freeze({
      messageBuffer: Object.freeze({
        create: (encoding) => new MessageBuffer(encoding)
      }),
      applicationJson: Object.freeze({
        encoder: Object.freeze({
          name: "application/json",
          encode: (msg, options) => {
            try {
              return Promise.resolve(Buffer.from(JSON.stringify(msg, void 0, 0), options.charset));
            } catch (err) {
              return Promise.reject(err);
            }
          }
        }),
        decoder: Object.freeze({
          name: "application/json",
          decode: (buffer, options) => {
            try {
              if (buffer instanceof Buffer) {
                return Promise.resolve(JSON.parse(buffer.toString(options.charset)));
              } else {
                return Promise.resolve(JSON.parse(new util_1.TextDecoder(options.charset).decode(buffer)));
              }
            } catch (err) {
              return Promise.reject(err);
            }
          }
        })
      }),
      stream: Object.freeze({
        asReadableStream: (stream) => new ReadableStreamWrapper(stream),
        asWritableStream: (stream) => new WritableStreamWrapper(stream)
      }),
      console,
      timer: Object.freeze({
        setTimeout(callback, ms, ...args) {
          const handle = setTimeout(callback, ms, ...args);
          return { dispose: () => clearTimeout(handle) };
        },
        setImmediate(callback, ...args) {
          const handle = setImmediate(callback, ...args);
          return { dispose: () => clearImmediate(handle) };
        },
        setInterval(callback, ms, ...args) {
          const handle = setInterval(callback, ms, ...args);
          return { dispose: () => clearInterval(handle) };
        }
      })
    });
    function RIL() {
      return _ril;
    }
    (function(RIL2) {
      function install() {
        api_1.RAL.install(_ril);
      }
      RIL2.install = install;
    })(RIL || (RIL = {}));
    exports2.default = RIL;
  }
});

// node_modules/vscode-jsonrpc/lib/node/main.js
var require_main = __commonJS({
  "node_modules/vscode-jsonrpc/lib/node/main.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __exportStar = exports2 && exports2.__exportStar || function(m, exports3) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports3, p)) __createBinding(exports3, m, p);
    };
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.StreamMessageWriter = exports2.StreamMessageReader = exports2.SocketMessageWriter = exports2.SocketMessageReader = exports2.PortMessageWriter = exports2.PortMessageReader = exports2.IPCMessageWriter = exports2.IPCMessageReader = void 0;
    exports2.generateRandomPipeName = generateRandomPipeName;
    exports2.createClientPipeTransport = createClientPipeTransport;
    exports2.createServerPipeTransport = createServerPipeTransport;
    exports2.createClientSocketTransport = createClientSocketTransport;
    exports2.createServerSocketTransport = createServerSocketTransport;
    exports2.createMessageConnection = createMessageConnection;
    var ril_1 = __importDefault(require_ril());
    ril_1.default.install();
    var path9 = __importStar(require("path"));
    var os = __importStar(require("os"));
    var fs10 = __importStar(require("fs"));
    var crypto_1 = require("crypto");
    var net_1 = require("net");
    var api_1 = require_api();
    __exportStar(require_api(), exports2);
    var IPCMessageReader = class extends api_1.AbstractMessageReader {
      process;
      constructor(process2) {
        super();
        this.process = process2;
        const eventEmitter = this.process;
        eventEmitter.on("error", (error) => this.fireError(error));
        eventEmitter.on("close", () => this.fireClose());
      }
      listen(callback) {
        this.process.on("message", callback);
        return api_1.Disposable.create(() => this.process.off("message", callback));
      }
    };
    exports2.IPCMessageReader = IPCMessageReader;
    var IPCMessageWriter = class extends api_1.AbstractMessageWriter {
      process;
      errorCount;
      constructor(process2) {
        super();
        this.process = process2;
        this.errorCount = 0;
        const eventEmitter = this.process;
        eventEmitter.on("error", (error) => this.fireError(error));
        eventEmitter.on("close", () => this.fireClose);
      }
      write(msg) {
        try {
          if (typeof this.process.send === "function") {
            this.process.send(msg, void 0, void 0, (error) => {
              if (error) {
                this.errorCount++;
                this.handleError(error, msg);
              } else {
                this.errorCount = 0;
              }
            });
          }
          return Promise.resolve();
        } catch (error) {
          this.handleError(error, msg);
          return Promise.reject(error);
        }
      }
      handleError(error, msg) {
        this.errorCount++;
        this.fireError(error, msg, this.errorCount);
      }
      end() {
      }
    };
    exports2.IPCMessageWriter = IPCMessageWriter;
    var PortMessageReader = class extends api_1.AbstractMessageReader {
      onData;
      constructor(port) {
        super();
        this.onData = new api_1.Emitter();
        port.on("close", () => this.fireClose);
        port.on("error", (error) => this.fireError(error));
        port.on("message", (message) => {
          this.onData.fire(message);
        });
      }
      listen(callback) {
        return this.onData.event(callback);
      }
    };
    exports2.PortMessageReader = PortMessageReader;
    var PortMessageWriter = class extends api_1.AbstractMessageWriter {
      port;
      errorCount;
      constructor(port) {
        super();
        this.port = port;
        this.errorCount = 0;
        port.on("close", () => this.fireClose());
        port.on("error", (error) => this.fireError(error));
      }
      write(msg) {
        try {
          this.port.postMessage(msg);
          return Promise.resolve();
        } catch (error) {
          this.handleError(error, msg);
          return Promise.reject(error);
        }
      }
      handleError(error, msg) {
        this.errorCount++;
        this.fireError(error, msg, this.errorCount);
      }
      end() {
      }
    };
    exports2.PortMessageWriter = PortMessageWriter;
    var SocketMessageReader = class extends api_1.ReadableStreamMessageReader {
      constructor(socket, encoding = "utf-8") {
        super((0, ril_1.default)().stream.asReadableStream(socket), encoding);
      }
    };
    exports2.SocketMessageReader = SocketMessageReader;
    var SocketMessageWriter = class extends api_1.WriteableStreamMessageWriter {
      socket;
      constructor(socket, options) {
        super((0, ril_1.default)().stream.asWritableStream(socket), options);
        this.socket = socket;
      }
      dispose() {
        super.dispose();
        this.socket.destroy();
      }
    };
    exports2.SocketMessageWriter = SocketMessageWriter;
    var StreamMessageReader2 = class extends api_1.ReadableStreamMessageReader {
      constructor(readable, encoding) {
        super((0, ril_1.default)().stream.asReadableStream(readable), encoding);
      }
    };
    exports2.StreamMessageReader = StreamMessageReader2;
    var StreamMessageWriter2 = class extends api_1.WriteableStreamMessageWriter {
      constructor(writable, options) {
        super((0, ril_1.default)().stream.asWritableStream(writable), options);
      }
    };
    exports2.StreamMessageWriter = StreamMessageWriter2;
    var XDG_RUNTIME_DIR = process.env["XDG_RUNTIME_DIR"];
    var safeIpcPathLengths = /* @__PURE__ */ new Map([
      ["linux", 107],
      ["darwin", 102]
    ]);
    function generateRandomPipeName() {
      if (process.platform === "win32") {
        return `\\\\.\\pipe\\lsp-${(0, crypto_1.randomBytes)(16).toString("hex")}-sock`;
      }
      let randomLength = 32;
      const fixedLength = "/lsp-.sock".length;
      const tmpDir = fs10.realpathSync(XDG_RUNTIME_DIR ?? os.tmpdir());
      const limit = safeIpcPathLengths.get(process.platform);
      if (limit !== void 0) {
        randomLength = Math.min(limit - tmpDir.length - fixedLength, randomLength);
      }
      if (randomLength < 16) {
        throw new Error(`Unable to generate a random pipe name with ${randomLength} characters.`);
      }
      const randomSuffix = (0, crypto_1.randomBytes)(Math.floor(randomLength / 2)).toString("hex");
      return path9.join(tmpDir, `lsp-${randomSuffix}.sock`);
    }
    function createClientPipeTransport(pipeName, encoding = "utf-8") {
      let connectResolve;
      const connected = new Promise((resolve, _reject) => {
        connectResolve = resolve;
      });
      return new Promise((resolve, reject) => {
        const server = (0, net_1.createServer)((socket) => {
          server.close();
          connectResolve([
            new SocketMessageReader(socket, encoding),
            new SocketMessageWriter(socket, encoding)
          ]);
        });
        server.on("error", reject);
        server.listen(pipeName, () => {
          server.removeListener("error", reject);
          resolve({
            onConnected: () => {
              return connected;
            }
          });
        });
      });
    }
    function createServerPipeTransport(pipeName, encoding = "utf-8") {
      const socket = (0, net_1.createConnection)(pipeName);
      return [
        new SocketMessageReader(socket, encoding),
        new SocketMessageWriter(socket, encoding)
      ];
    }
    function createClientSocketTransport(port, encoding = "utf-8") {
      let connectResolve;
      const connected = new Promise((resolve, _reject) => {
        connectResolve = resolve;
      });
      return new Promise((resolve, reject) => {
        const server = (0, net_1.createServer)((socket) => {
          server.close();
          connectResolve([
            new SocketMessageReader(socket, encoding),
            new SocketMessageWriter(socket, encoding)
          ]);
        });
        server.on("error", reject);
        server.listen(port, "127.0.0.1", () => {
          server.removeListener("error", reject);
          const address = server.address();
          if (address === null || typeof address === "string") {
            reject(new Error(`Unexpected server address: ${address}`));
            return;
          }
          const boundPort = address.port;
          resolve({
            port: () => boundPort,
            onConnected: () => {
              return connected;
            }
          });
        });
      });
    }
    function createServerSocketTransport(port, encoding = "utf-8") {
      const socket = (0, net_1.createConnection)(port, "127.0.0.1");
      return [
        new SocketMessageReader(socket, encoding),
        new SocketMessageWriter(socket, encoding)
      ];
    }
    function isReadableStream(value) {
      const candidate = value;
      return candidate.read !== void 0 && candidate.addListener !== void 0;
    }
    function isWritableStream(value) {
      const candidate = value;
      return candidate.write !== void 0 && candidate.addListener !== void 0;
    }
    function createMessageConnection(input2, output, logger, options) {
      if (!logger) {
        logger = api_1.NullLogger;
      }
      const reader = isReadableStream(input2) ? new StreamMessageReader2(input2) : input2;
      const writer = isWritableStream(output) ? new StreamMessageWriter2(output) : output;
      if (api_1.ConnectionStrategy.is(options)) {
        options = { connectionStrategy: options };
      }
      return (0, api_1.createMessageConnection)(reader, writer, logger, options);
    }
  }
});

// node_modules/vscode-languageserver-protocol/lib/node/main.js
var require_main2 = __commonJS({
  "node_modules/vscode-languageserver-protocol/lib/node/main.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports2 && exports2.__exportStar || function(m, exports3) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports3, p)) __createBinding(exports3, m, p);
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.createProtocolConnection = createProtocolConnection2;
    var node_1 = require_main();
    __exportStar(require_main(), exports2);
    __exportStar(require_api2(), exports2);
    function createProtocolConnection2(input2, output, logger, options) {
      return (0, node_1.createMessageConnection)(input2, output, logger, options);
    }
  }
});

// node_modules/vscode-languageserver/lib/node/main.js
var require_main3 = __commonJS({
  "node_modules/vscode-languageserver/lib/node/main.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __exportStar = exports2 && exports2.__exportStar || function(m, exports3) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports3, p)) __createBinding(exports3, m, p);
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Files = void 0;
    exports2.createConnection = createConnection2;
    var node_util_1 = require("node:util");
    var Is2 = __importStar(require_is3());
    var server_1 = require_server();
    var fm = __importStar(require_files());
    var node_1 = require_main2();
    __exportStar(require_main2(), exports2);
    __exportStar(require_api3(), exports2);
    var Files;
    (function(Files2) {
      Files2.uriToFilePath = fm.uriToFilePath;
      Files2.resolveGlobalNodePath = fm.resolveGlobalNodePath;
      Files2.resolveGlobalYarnPath = fm.resolveGlobalYarnPath;
      Files2.resolve = fm.resolve;
      Files2.resolveModulePath = fm.resolveModulePath;
    })(Files || (exports2.Files = Files = {}));
    var _protocolConnection;
    function endProtocolConnection() {
      if (_protocolConnection === void 0) {
        return;
      }
      try {
        _protocolConnection.end();
      } catch (_err) {
      }
    }
    var _shutdownReceived = false;
    var exitTimer = void 0;
    function setupExitTimer() {
      const argName = "--clientProcessId";
      function runTimer(value) {
        try {
          const processId = parseInt(value);
          if (!isNaN(processId)) {
            exitTimer = setInterval(() => {
              try {
                process.kill(processId, 0);
              } catch (ex) {
                endProtocolConnection();
                process.exit(_shutdownReceived ? 0 : 1);
              }
            }, 3e3);
          }
        } catch (e) {
        }
      }
      for (let i = 2; i < process.argv.length; i++) {
        const arg = process.argv[i];
        if (arg === argName && i + 1 < process.argv.length) {
          runTimer(process.argv[i + 1]);
          return;
        } else {
          const args = arg.split("=");
          if (args[0] === argName) {
            runTimer(args[1]);
          }
        }
      }
    }
    setupExitTimer();
    var watchDog = {
      initialize: (params) => {
        const processId = params.processId;
        if (Is2.number(processId) && exitTimer === void 0) {
          setInterval(() => {
            try {
              process.kill(processId, 0);
            } catch (ex) {
              process.exit(_shutdownReceived ? 0 : 1);
            }
          }, 3e3);
        }
      },
      get shutdownReceived() {
        return _shutdownReceived;
      },
      set shutdownReceived(value) {
        _shutdownReceived = value;
      },
      exit: (code) => {
        endProtocolConnection();
        process.exit(code);
      }
    };
    function createConnection2(arg1, arg2, arg3, arg4) {
      let factories;
      let input2;
      let output;
      let options;
      if (arg1 !== void 0 && arg1.__brand === "features") {
        factories = arg1;
        arg1 = arg2;
        arg2 = arg3;
        arg3 = arg4;
      }
      if (node_1.ConnectionStrategy.is(arg1) || node_1.ConnectionOptions.is(arg1)) {
        options = arg1;
      } else {
        input2 = arg1;
        output = arg2;
        options = arg3;
      }
      return _createConnection(input2, output, options, factories);
    }
    function _createConnection(input2, output, options, factories) {
      let stdio = false;
      if (!input2 && !output && process.argv.length > 2) {
        let port = void 0;
        let pipeName = void 0;
        const argv = process.argv.slice(2);
        for (let i = 0; i < argv.length; i++) {
          const arg = argv[i];
          if (arg === "--node-ipc") {
            input2 = new node_1.IPCMessageReader(process);
            output = new node_1.IPCMessageWriter(process);
            break;
          } else if (arg === "--stdio") {
            stdio = true;
            input2 = process.stdin;
            output = process.stdout;
            break;
          } else if (arg === "--socket") {
            port = parseInt(argv[i + 1]);
            break;
          } else if (arg === "--pipe") {
            pipeName = argv[i + 1];
            break;
          } else {
            const args = arg.split("=");
            if (args[0] === "--socket") {
              port = parseInt(args[1]);
              break;
            } else if (args[0] === "--pipe") {
              pipeName = args[1];
              break;
            }
          }
        }
        if (port) {
          const transport = (0, node_1.createServerSocketTransport)(port);
          input2 = transport[0];
          output = transport[1];
        } else if (pipeName) {
          const transport = (0, node_1.createServerPipeTransport)(pipeName);
          input2 = transport[0];
          output = transport[1];
        }
      }
      const commandLineMessage = "Use arguments of createConnection or set command line parameters: '--node-ipc', '--stdio' or '--socket={number}'";
      if (!input2) {
        throw new Error("Connection input stream is not set. " + commandLineMessage);
      }
      if (!output) {
        throw new Error("Connection output stream is not set. " + commandLineMessage);
      }
      if (Is2.func(input2.read) && Is2.func(input2.on)) {
        const inputStream = input2;
        inputStream.on("end", () => {
          endProtocolConnection();
          process.exit(_shutdownReceived ? 0 : 1);
        });
        inputStream.on("close", () => {
          endProtocolConnection();
          process.exit(_shutdownReceived ? 0 : 1);
        });
      }
      const connectionFactory = (logger) => {
        const result = (0, node_1.createProtocolConnection)(input2, output, logger, options);
        if (stdio) {
          patchConsole(logger);
        }
        return result;
      };
      return (0, server_1.createConnection)(connectionFactory, watchDog, factories);
    }
    function patchConsole(logger) {
      function serialize(args) {
        return args.map((arg) => typeof arg === "string" ? arg : (0, node_util_1.inspect)(arg)).join(" ");
      }
      const counters = /* @__PURE__ */ new Map();
      console.assert = function assert(assertion, ...args) {
        if (assertion) {
          return;
        }
        if (args.length === 0) {
          logger.error("Assertion failed");
        } else {
          const [message, ...rest] = args;
          logger.error(`Assertion failed: ${message} ${serialize(rest)}`);
        }
      };
      console.count = function count(label = "default") {
        const message = String(label);
        let counter = counters.get(message) ?? 0;
        counter += 1;
        counters.set(message, counter);
        logger.log(`${message}: ${message}`);
      };
      console.countReset = function countReset(label) {
        if (label === void 0) {
          counters.clear();
        } else {
          counters.delete(String(label));
        }
      };
      console.debug = function debug(...args) {
        logger.log(serialize(args));
      };
      console.dir = function dir(arg, options) {
        logger.log((0, node_util_1.inspect)(arg, options));
      };
      console.log = function log(...args) {
        logger.log(serialize(args));
      };
      console.error = function error(...args) {
        logger.error(serialize(args));
      };
      console.trace = function trace(...args) {
        const stack = new Error().stack.replace(/(.+\n){2}/, "");
        let message = "Trace";
        if (args.length !== 0) {
          message += `: ${serialize(args)}`;
        }
        logger.log(`${message}
${stack}`);
      };
      console.warn = function warn(...args) {
        logger.warn(serialize(args));
      };
      console.info = function info(...args) {
        logger.info(serialize(args));
      };
    }
  }
});

// node_modules/vscode-languageserver-textdocument/lib/esm/main.js
function mergeSort(data, compare2) {
  if (data.length <= 1) {
    return data;
  }
  const p = data.length / 2 | 0;
  const left = data.slice(0, p);
  const right = data.slice(p);
  mergeSort(left, compare2);
  mergeSort(right, compare2);
  let leftIdx = 0;
  let rightIdx = 0;
  let i = 0;
  while (leftIdx < left.length && rightIdx < right.length) {
    const ret = compare2(left[leftIdx], right[rightIdx]);
    if (ret <= 0) {
      data[i++] = left[leftIdx++];
    } else {
      data[i++] = right[rightIdx++];
    }
  }
  while (leftIdx < left.length) {
    data[i++] = left[leftIdx++];
  }
  while (rightIdx < right.length) {
    data[i++] = right[rightIdx++];
  }
  return data;
}
function computeLineOffsets(text, isAtLineStart, textOffset = 0) {
  const result = isAtLineStart ? [textOffset] : [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (isEOL(ch)) {
      if (ch === 13 && i + 1 < text.length && text.charCodeAt(i + 1) === 10) {
        i++;
      }
      result.push(textOffset + i + 1);
    }
  }
  return result;
}
function isEOL(char) {
  return char === 13 || char === 10;
}
function getWellformedRange(range) {
  const start = range.start;
  const end = range.end;
  if (start.line > end.line || start.line === end.line && start.character > end.character) {
    return { start: end, end: start };
  }
  return range;
}
function getWellformedEdit(textEdit) {
  const range = getWellformedRange(textEdit.range);
  if (range !== textEdit.range) {
    return { newText: textEdit.newText, range };
  }
  return textEdit;
}
var FullTextDocument2, TextDocument2;
var init_main2 = __esm({
  "node_modules/vscode-languageserver-textdocument/lib/esm/main.js"() {
    "use strict";
    FullTextDocument2 = class _FullTextDocument {
      constructor(uri, languageId, version, content) {
        this._uri = uri;
        this._languageId = languageId;
        this._version = version;
        this._content = content;
        this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          const start = this.offsetAt(range.start);
          const end = this.offsetAt(range.end);
          return this._content.substring(start, end);
        }
        return this._content;
      }
      update(changes, version) {
        for (const change of changes) {
          if (_FullTextDocument.isIncremental(change)) {
            const range = getWellformedRange(change.range);
            const startOffset = this.offsetAt(range.start);
            const endOffset = this.offsetAt(range.end);
            this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);
            const insertedEndOffset = startOffset + change.text.length;
            const crlfAtStart = this._content.charCodeAt(startOffset - 1) === 13 && this._content.charCodeAt(startOffset) === 10;
            const crlfAtEnd = this._content.charCodeAt(insertedEndOffset - 1) === 13 && this._content.charCodeAt(insertedEndOffset) === 10;
            if (crlfAtStart || crlfAtEnd) {
              this._lineOffsets = void 0;
              continue;
            }
            const startLine = Math.max(range.start.line, 0);
            const endLine = Math.max(range.end.line, 0);
            let lineOffsets = this._lineOffsets;
            const addedLineOffsets = computeLineOffsets(change.text, false, startOffset);
            if (endLine - startLine === addedLineOffsets.length) {
              for (let i = 0, len = addedLineOffsets.length; i < len; i++) {
                lineOffsets[i + startLine + 1] = addedLineOffsets[i];
              }
            } else {
              if (addedLineOffsets.length < 1e4) {
                lineOffsets.splice(startLine + 1, endLine - startLine, ...addedLineOffsets);
              } else {
                this._lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
              }
            }
            const diff = change.text.length - (endOffset - startOffset);
            if (diff !== 0) {
              for (let i = startLine + 1 + addedLineOffsets.length, len = lineOffsets.length; i < len; i++) {
                lineOffsets[i] = lineOffsets[i] + diff;
              }
            }
          } else if (_FullTextDocument.isFull(change)) {
            this._content = change.text;
            this._lineOffsets = void 0;
          } else {
            throw new Error("Unknown change event received");
          }
        }
        this._version = version;
      }
      getLineOffsets() {
        if (this._lineOffsets === void 0) {
          this._lineOffsets = computeLineOffsets(this._content, true);
        }
        return this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        const lineOffsets = this.getLineOffsets();
        let low = 0, high = lineOffsets.length;
        if (high === 0) {
          return { line: 0, character: offset };
        }
        while (low < high) {
          const mid = Math.floor((low + high) / 2);
          if (lineOffsets[mid] > offset) {
            high = mid;
          } else {
            low = mid + 1;
          }
        }
        const line = low - 1;
        offset = this.ensureBeforeEOL(offset, lineOffsets[line]);
        return { line, character: offset - lineOffsets[line] };
      }
      offsetAt(position) {
        const lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length) {
          return this._content.length;
        } else if (position.line < 0) {
          return 0;
        }
        const lineOffset = lineOffsets[position.line];
        if (position.character <= 0) {
          return lineOffset;
        }
        const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
        const offset = Math.min(lineOffset + position.character, nextLineOffset);
        return this.ensureBeforeEOL(offset, lineOffset);
      }
      getLineRange(line) {
        const lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
          const lastLine2 = lineOffsets.length - 1;
          return { start: { line: lastLine2, character: 0 }, end: { line: lastLine2, character: this._content.length - lineOffsets[lastLine2] } };
        } else if (line < 0) {
          return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        }
        const startOffset = lineOffsets[line];
        const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
        const endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
        return { start: { line, character: 0 }, end: { line, character: endOffset - startOffset } };
      }
      getEOLCharacters(line) {
        const lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
          return "";
        } else if (line < 0) {
          return "";
        }
        const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
        const eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]);
        return this._content.substring(eolOffset, nextLineOffset);
      }
      ensureBeforeEOL(offset, lineOffset) {
        while (offset > lineOffset && isEOL(this._content.charCodeAt(offset - 1))) {
          offset--;
        }
        return offset;
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
      static isIncremental(event) {
        const candidate = event;
        return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range !== void 0 && (candidate.rangeLength === void 0 || typeof candidate.rangeLength === "number");
      }
      static isFull(event) {
        const candidate = event;
        return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range === void 0 && candidate.rangeLength === void 0;
      }
    };
    (function(TextDocument3) {
      function create(uri, languageId, version, content) {
        return new FullTextDocument2(uri, languageId, version, content);
      }
      TextDocument3.create = create;
      function update(document, changes, version) {
        if (document instanceof FullTextDocument2) {
          document.update(changes, version);
          return document;
        } else {
          throw new Error("TextDocument.update: document must be created by TextDocument.create");
        }
      }
      TextDocument3.update = update;
      function applyEdits2(document, edits) {
        const text = document.getText();
        const sortedEdits = mergeSort(edits.map(getWellformedEdit), (a, b) => {
          const diff = a.range.start.line - b.range.start.line;
          if (diff === 0) {
            return a.range.start.character - b.range.start.character;
          }
          return diff;
        });
        let lastModifiedOffset = 0;
        const spans = [];
        for (const e of sortedEdits) {
          const startOffset = document.offsetAt(e.range.start);
          if (startOffset < lastModifiedOffset) {
            throw new Error("Overlapping edit");
          } else if (startOffset > lastModifiedOffset) {
            spans.push(text.substring(lastModifiedOffset, startOffset));
          }
          if (e.newText.length) {
            spans.push(e.newText);
          }
          lastModifiedOffset = document.offsetAt(e.range.end);
        }
        spans.push(text.substr(lastModifiedOffset));
        return spans.join("");
      }
      TextDocument3.applyEdits = applyEdits2;
    })(TextDocument2 || (TextDocument2 = {}));
  }
});

// src/engine/ignore-edit.ts
function ignoreCommentEdit(text, ruleId, offset) {
  const parsed = parseDockerfile(text);
  const instruction = parsed.instructions.find((i) => i.span.start <= offset && offset <= i.span.end);
  if (!instruction) return null;
  const lines = parsed.lines;
  const line = lines.lineOf(instruction.span.start);
  let lineStart = lines.starts[line];
  if (lineStart === 0 && text.startsWith("\uFEFF")) lineStart = 1;
  const before = text.slice(lineStart, instruction.span.start);
  const indent = /^[ \t]*$/.test(before) ? before : "";
  if (line > 0) {
    const previous = readDirective(lines.lineText(line - 1));
    if (previous && !previous.file) {
      const at = lines.starts[line - 1] + previous.listEnd;
      return { start: at, end: at, text: `,${ruleId}` };
    }
  }
  return { start: lineStart, end: lineStart, text: `${indent}# hardenfile-ignore ${ruleId}${detectEol(text)}` };
}
var init_ignore_edit = __esm({
  "src/engine/ignore-edit.ts"() {
    "use strict";
    init_dockerfile();
    init_text();
    init_ignores();
  }
});

// src/fix/apply.ts
var apply_exports = {};
__export(apply_exports, {
  MAX_PASSES: () => MAX_PASSES,
  applyEdits: () => applyEdits,
  fixText: () => fixText,
  selectFixes: () => selectFixes
});
function applyEdits(text, edits) {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  }
  return out;
}
function overlaps2(a, b) {
  return a.start < b.end && b.start < a.end ? true : a.start === b.start && a.end === a.start && b.end === b.start;
}
function selectFixes(findings, unsafe) {
  const taken = [];
  const edits = [];
  for (const finding of findings) {
    const fix = finding.fix;
    if (!fix || fix.edits.length === 0 || fix.safety === "unsafe" && !unsafe) continue;
    if (fix.edits.some((e) => edits.some((t) => overlaps2(e, t)))) continue;
    taken.push({ finding, fix });
    edits.push(...fix.edits);
  }
  return taken;
}
function shellErrors(build) {
  return build.instructions.reduce((n, i) => n + (i.run?.hasErrors ? 1 : 0), 0);
}
function fixText(text, options) {
  const bad = checkInput(text, options.maxSize);
  if (bad) return { output: text, applied: [], remaining: [], passes: 0, problem: bad };
  try {
    return fixPasses(text, options);
  } catch (err) {
    if (err instanceof BudgetExceeded) return { output: text, applied: [], remaining: [], passes: 0, problem: err.message };
    throw err;
  }
}
function fixPasses(text, options) {
  const model = (t) => buildModel(t, modelOptions(options));
  let current = text;
  let build = model(current);
  const baseErrors = shellErrors(build);
  let findings = lintBuild(build, options).findings;
  const seen = /* @__PURE__ */ new Set([current]);
  const applied = [];
  let passes = 0;
  let problem;
  while (passes < MAX_PASSES) {
    const chosen = selectFixes(findings, options.unsafe);
    if (chosen.length === 0) break;
    passes++;
    const next = applyEdits(current, chosen.flatMap((c) => c.fix.edits));
    if (next === current) break;
    if (seen.has(next)) {
      problem = "fixes undo each other (a cycle); stopped";
      break;
    }
    const nextBuild = model(next);
    if (checkInput(next, options.maxSize) || shellErrors(nextBuild) > baseErrors) {
      problem = `a fix pass made the file unparseable and was discarded (${chosen.map((c) => c.finding.ruleId).join(", ")})`;
      break;
    }
    for (const c of chosen) applied.push({ ruleId: c.finding.ruleId, title: c.fix.title, safety: c.fix.safety, pass: passes });
    seen.add(next);
    current = next;
    build = nextBuild;
    findings = lintBuild(build, options).findings;
  }
  if (passes === MAX_PASSES && selectFixes(findings, options.unsafe).length > 0) problem ??= `fixes did not settle in ${MAX_PASSES} passes`;
  const outcome = { output: current, applied, remaining: findings, passes };
  if (problem) outcome.problem = problem;
  return outcome;
}
var MAX_PASSES;
var init_apply = __esm({
  "src/fix/apply.ts"() {
    "use strict";
    init_build();
    init_input();
    init_lint();
    init_budget();
    MAX_PASSES = 10;
  }
});

// src/lsp/convert.ts
function ruleDocUrl2(ruleId) {
  return `https://github.com/hardenfile/hardenfile/blob/main/rules/${ruleId}.md`;
}
function toRange(doc, start, end) {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}
function toDiagnostic(doc, finding, result) {
  return {
    range: toRange(doc, finding.span.start, finding.span.end),
    severity: SEVERITY3[finding.severity],
    source: SOURCE,
    code: finding.ruleId,
    codeDescription: { href: ruleDocUrl2(finding.ruleId) },
    message: maskerFor(result, doc.getText()).prose(finding.message)
  };
}
function problemDiagnostic(message, severity2 = import_vscode_languageserver.DiagnosticSeverity.Warning) {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: severity2,
    source: SOURCE,
    message: maskShapes(message)
  };
}
function toTextEdits(doc, edits) {
  return edits.map((e) => ({ range: toRange(doc, e.start, e.end), newText: e.text }));
}
function changedLinesEdit(before, after, wholeLines = true) {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  while (wholeLines && prefix > 0 && !atLineStart(before, prefix)) prefix--;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  while (wholeLines && suffix > 0 && !atLineStart(before, before.length - suffix)) suffix--;
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}
function atLineStart(text, at) {
  const prev = text.charCodeAt(at - 1);
  return prev === 10 || prev === 13 && text.charCodeAt(at) !== 10;
}
var import_vscode_languageserver, SOURCE, FIX_ALL_KIND, SEVERITY3;
var init_convert = __esm({
  "src/lsp/convert.ts"() {
    "use strict";
    import_vscode_languageserver = __toESM(require_api3(), 1);
    init_safe_text();
    init_redaction();
    SOURCE = "hardenfile";
    FIX_ALL_KIND = "source.fixAll.hardenfile";
    SEVERITY3 = {
      error: import_vscode_languageserver.DiagnosticSeverity.Error,
      warning: import_vscode_languageserver.DiagnosticSeverity.Warning,
      info: import_vscode_languageserver.DiagnosticSeverity.Information
    };
  }
});

// src/lsp/server.ts
var server_exports = {};
__export(server_exports, {
  startLanguageServer: () => startLanguageServer
});
function startLanguageServer(options) {
  const debounceMs = options.debounceMs ?? 50;
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  let shutdownReceived = false;
  let resolveExit;
  const exited = new Promise((resolve) => resolveExit = resolve);
  let parentWatch;
  let done = false;
  const finish = (code) => {
    if (done) return;
    done = true;
    for (const t of timers.values()) clearTimeout(t);
    timers.clear();
    if (parentWatch) clearInterval(parentWatch);
    resolveExit(code);
  };
  const connection = (0, import_vscode_languageserver2.createConnection)(
    (logger) => (0, import_node.createProtocolConnection)(new import_node.StreamMessageReader(options.input), new import_node.StreamMessageWriter(options.output), logger),
    {
      get shutdownReceived() {
        return shutdownReceived;
      },
      set shutdownReceived(value) {
        shutdownReceived = value;
      },
      initialize(params) {
        const pid = params.processId;
        if (typeof pid !== "number") return;
        parentWatch = setInterval(() => {
          try {
            process.kill(pid, 0);
          } catch {
            finish(shutdownReceived ? 0 : 1);
          }
        }, 3e3);
        parentWatch.unref();
      },
      exit(code) {
        finish(code);
      }
    }
  );
  const textless = /* @__PURE__ */ new Set();
  const documents = new import_vscode_languageserver2.TextDocuments({
    create(uri, languageId, version, content) {
      if (typeof content === "string") textless.delete(uri);
      else textless.add(uri);
      return TextDocument2.create(uri, languageId, version, typeof content === "string" ? content : "");
    },
    update(document, changes, version) {
      const usable = changes.filter((c) => typeof c?.text === "string");
      if (usable.some((c) => !("range" in c) || c.range === void 0)) textless.delete(document.uri);
      return TextDocument2.update(document, usable, version);
    }
  });
  const timers = /* @__PURE__ */ new Map();
  const linted = /* @__PURE__ */ new Map();
  const shownProblems = /* @__PURE__ */ new Set();
  let loader = newLoader();
  let versionedEdits = false;
  let watchConfigs = false;
  function newLoader() {
    return new ConfigLoader({
      rules: RULES,
      cwd: options.cwd,
      ...options.configFile !== void 0 && { configFile: options.configFile },
      ...options.overrides !== void 0 && { overrides: options.overrides }
    });
  }
  function configFor(uri) {
    const file = fileURLPathOrEmpty(uri);
    if (file !== "") return loader.forFile(file).config;
    if (options.configFile !== void 0) return loader.forDirectory(options.cwd).config;
    return resolveConfig({}, options.overrides).config;
  }
  function lint(doc) {
    const cached = linted.get(doc.uri);
    if (cached && cached.version === doc.version) return cached;
    let entry;
    if (textless.has(doc.uri)) {
      entry = { version: doc.version, result: { findings: [], secretSpans: [], error: "the editor opened this document without its text; it is linted once the editor sends the whole text" } };
      linted.set(doc.uri, entry);
      return entry;
    }
    try {
      const config2 = configFor(doc.uri);
      entry = { version: doc.version, result: lintText(doc.getText(), { config: config2, maxSize, deadline: deadlineIn(timeout) }) };
    } catch (err) {
      if (err instanceof ConfigError) {
        entry = { version: doc.version, result: { findings: [], secretSpans: [] }, configProblem: err.problems.join("\n") };
      } else {
        const e = err instanceof Error ? err : new Error(String(err));
        connection.console.error(maskShapes(`hardenfile: internal error on ${doc.uri}: ${e.stack ?? e.message}`));
        entry = { version: doc.version, result: { findings: [], secretSpans: [], error: `internal error: ${e.message}` } };
      }
    }
    linted.set(doc.uri, entry);
    return entry;
  }
  function publish(uri) {
    const pending = timers.get(uri);
    if (pending) clearTimeout(pending);
    timers.delete(uri);
    const doc = documents.get(uri);
    if (!doc || done) return;
    const { result, configProblem } = lint(doc);
    let diagnostics;
    if (configProblem !== void 0) {
      diagnostics = [problemDiagnostic(`hardenfile: config error: ${configProblem}`, import_vscode_languageserver2.DiagnosticSeverity.Error)];
      if (!shownProblems.has(configProblem)) {
        shownProblems.add(configProblem);
        connection.sendNotification(import_vscode_languageserver2.ShowMessageNotification.type, { type: import_vscode_languageserver2.MessageType.Error, message: maskShapes(`hardenfile: ${configProblem}`) }).catch(ignoreClosed);
      }
    } else if (result.error !== void 0) {
      diagnostics = [problemDiagnostic(`hardenfile: cannot lint this file: ${result.error}`)];
    } else {
      diagnostics = result.findings.map((f) => toDiagnostic(doc, f, result));
      for (const p of ignoreProblems(doc.getText(), RULE_IDS)) {
        diagnostics.push({ range: toRange(doc, p.span.start, p.span.end), severity: import_vscode_languageserver2.DiagnosticSeverity.Warning, source: SOURCE, message: p.message });
      }
    }
    connection.sendDiagnostics({ uri, version: doc.version, diagnostics }).catch(ignoreClosed);
  }
  function schedule(uri) {
    const pending = timers.get(uri);
    if (pending) clearTimeout(pending);
    timers.set(
      uri,
      setTimeout(() => publish(uri), debounceMs)
    );
  }
  function relintAll() {
    loader = newLoader();
    linted.clear();
    shownProblems.clear();
    for (const doc of documents.all()) publish(doc.uri);
  }
  connection.onInitialize(async (params) => {
    const caps = params.capabilities;
    versionedEdits = caps.workspace?.workspaceEdit?.documentChanges === true;
    watchConfigs = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: import_vscode_languageserver2.TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [import_vscode_languageserver2.CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false }
      },
      serverInfo: { name: SOURCE, ...options.version !== void 0 && { version: options.version } }
    };
  });
  connection.onInitialized(() => {
    if (!watchConfigs) return;
    connection.client.register(import_vscode_languageserver2.DidChangeWatchedFilesNotification.type, { watchers: CONFIG_FILE_NAMES.map((name) => ({ globPattern: `**/${name}` })) }).catch(() => {
      watchConfigs = false;
    });
  });
  connection.onDidChangeWatchedFiles(() => relintAll());
  documents.onDidOpen((e) => {
    if (!watchConfigs) loader = newLoader();
    publish(e.document.uri);
  });
  documents.onDidChangeContent((e) => {
    if (linted.get(e.document.uri)?.version !== e.document.version) schedule(e.document.uri);
  });
  documents.onDidSave((e) => {
    if (!watchConfigs) relintAll();
    else publish(e.document.uri);
  });
  documents.onDidClose((e) => {
    textless.delete(e.document.uri);
    const pending = timers.get(e.document.uri);
    if (pending) clearTimeout(pending);
    timers.delete(e.document.uri);
    linted.delete(e.document.uri);
    connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }).catch(ignoreClosed);
  });
  connection.onCodeAction((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    try {
      return codeActions(doc, params);
    } catch (err) {
      const e = err instanceof Error ? err : new Error(String(err));
      connection.console.error(maskShapes(`hardenfile: code actions failed on ${doc.uri}: ${e.stack ?? e.message}`));
      return [];
    }
  });
  function codeActions(doc, params) {
    const only = params.context?.only;
    const wants = (kind) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const entry = lint(doc);
    if (entry.configProblem !== void 0 || entry.result.error !== void 0) return [];
    const actions = [];
    const masker = maskerFor(entry.result, doc.getText());
    if (wants(import_vscode_languageserver2.CodeActionKind.QuickFix)) {
      for (const { diagnostic, finding } of findingsFor(doc, entry.result, params)) {
        if (finding.fix && finding.fix.edits.length > 0 && finding.fix.edits.every((e) => masker.value(e.text) === e.text)) {
          const safe = finding.fix.safety === "safe";
          const title = masker.prose(finding.fix.title);
          actions.push({
            title: safe ? title : `${title} (unsafe)`,
            kind: import_vscode_languageserver2.CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: safe,
            edit: workspaceEdit(doc, toTextEdits(doc, finding.fix.edits))
          });
        }
        const ignore3 = ignoreCommentEdit(doc.getText(), finding.ruleId, finding.span.start);
        if (ignore3) {
          actions.push({
            title: `Ignore ${finding.ruleId} for this instruction`,
            kind: import_vscode_languageserver2.CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: workspaceEdit(doc, toTextEdits(doc, [ignore3]))
          });
        }
      }
    }
    if (wants(FIX_ALL_KIND) && entry.result.findings.some((f) => f.fix?.safety === "safe")) {
      const text = doc.getText();
      const config2 = configFor(doc.uri);
      const outcome = fixText(text, { config: config2, maxSize, unsafe: false, deadline: deadlineIn(timeout) });
      if (outcome.output !== text) {
        let edit = changedLinesEdit(text, outcome.output);
        if (masker.value(edit.text) !== edit.text) edit = changedLinesEdit(text, outcome.output, false);
        if (masker.value(edit.text) === edit.text) actions.push({ title: "Apply all safe hardenfile fixes", kind: FIX_ALL_KIND, edit: workspaceEdit(doc, toTextEdits(doc, [edit])) });
      }
    }
    return actions;
  }
  function findingsFor(doc, result, params) {
    const sent = params.context?.diagnostics;
    const ours = (Array.isArray(sent) ? sent : []).filter((d) => d?.source === SOURCE && typeof d.code === "string" && isRange(d.range));
    const pairs = [];
    if (ours.length > 0) {
      const used = /* @__PURE__ */ new Set();
      for (const diagnostic of ours) {
        const finding = matchingFinding(doc, result.findings, diagnostic, used);
        if (!finding) continue;
        used.add(finding);
        pairs.push({ diagnostic, finding });
      }
      return pairs;
    }
    if (!isRange(params.range)) return pairs;
    const start = doc.offsetAt(params.range.start);
    const end = doc.offsetAt(params.range.end);
    for (const finding of result.findings) {
      if (finding.span.start <= end && start <= finding.span.end) pairs.push({ diagnostic: toDiagnostic(doc, finding, result), finding });
    }
    return pairs;
  }
  function workspaceEdit(doc, edits) {
    if (versionedEdits) return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
    return { changes: { [doc.uri]: edits } };
  }
  options.input.on("end", () => finish(shutdownReceived ? 0 : 1));
  options.input.on("close", () => finish(shutdownReceived ? 0 : 1));
  void exited.then(() => connection.dispose());
  documents.listen(connection);
  connection.listen();
  return { connection, exited };
}
function ignoreClosed() {
}
function matchingFinding(doc, findings, diagnostic, used) {
  const candidates2 = findings.filter((f) => !used.has(f) && f.ruleId === diagnostic.code);
  const ranges = candidates2.map((f) => toRange(doc, f.span.start, f.span.end));
  const exact = ranges.findIndex((r) => sameRange(r, diagnostic.range));
  if (exact !== -1) return candidates2[exact];
  let best;
  let bestDistance = Infinity;
  for (const [i, r] of ranges.entries()) {
    if (r.start.line !== diagnostic.range.start.line || r.end.line !== diagnostic.range.end.line) continue;
    const distance2 = Math.abs(r.start.character - diagnostic.range.start.character) + Math.abs(r.end.character - diagnostic.range.end.character);
    if (distance2 < bestDistance) {
      best = candidates2[i];
      bestDistance = distance2;
    }
  }
  return best;
}
function sameRange(a, b) {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
function isRange(r) {
  const isPosition = (p) => typeof p === "object" && p !== null && Number.isInteger(p.line) && Number.isInteger(p.character);
  return typeof r === "object" && r !== null && isPosition(r.start) && isPosition(r.end);
}
function fileURLPathOrEmpty(uri) {
  try {
    return uri.startsWith("file:") ? (0, import_node_url4.fileURLToPath)(uri) : "";
  } catch {
    return "";
  }
}
var import_node_url4, import_vscode_languageserver2, import_node, RULE_IDS;
var init_server = __esm({
  "src/lsp/server.ts"() {
    "use strict";
    import_node_url4 = require("node:url");
    import_vscode_languageserver2 = __toESM(require_api3(), 1);
    import_node = __toESM(require_main3(), 1);
    init_main2();
    init_lint();
    init_input();
    init_budget();
    init_ignore_edit();
    init_ignores();
    init_apply();
    init_load();
    init_schema();
    init_types();
    init_safe_text();
    init_redaction();
    init_rules();
    init_convert();
    RULE_IDS = RULES.map((r) => r.id);
  }
});

// node_modules/diff/libesm/diff/base.js
var Diff;
var init_base = __esm({
  "node_modules/diff/libesm/diff/base.js"() {
    Diff = class {
      diff(oldStr, newStr, options = {}) {
        let callback;
        if (typeof options === "function") {
          callback = options;
          options = {};
        } else if ("callback" in options) {
          callback = options.callback;
        }
        const oldString = this.castInput(oldStr, options);
        const newString = this.castInput(newStr, options);
        const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
        const newTokens = this.removeEmpty(this.tokenize(newString, options));
        return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
      }
      diffWithOptionsObj(oldTokens, newTokens, options, callback) {
        var _a;
        const done = (value) => {
          value = this.postProcess(value, options);
          if (callback) {
            setTimeout(function() {
              callback(value);
            }, 0);
            return void 0;
          } else {
            return value;
          }
        };
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let editLength = 1;
        let maxEditLength = newLen + oldLen;
        if (options.maxEditLength != null) {
          maxEditLength = Math.min(maxEditLength, options.maxEditLength);
        }
        const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
        const abortAfterTimestamp = Date.now() + maxExecutionTime;
        const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
        let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
        if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
        }
        let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
        const execEditLength = () => {
          for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
            let basePath;
            const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
            if (removePath) {
              bestPath[diagonalPath - 1] = void 0;
            }
            let canAdd = false;
            if (addPath) {
              const addPathNewPos = addPath.oldPos - diagonalPath;
              canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
            }
            const canRemove = removePath && removePath.oldPos + 1 < oldLen;
            if (!canAdd && !canRemove) {
              bestPath[diagonalPath] = void 0;
              continue;
            }
            if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
              basePath = this.addToPath(addPath, true, false, 0, options);
            } else {
              basePath = this.addToPath(removePath, false, true, 1, options);
            }
            newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
            if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
              return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
            } else {
              bestPath[diagonalPath] = basePath;
              if (basePath.oldPos + 1 >= oldLen) {
                maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
              }
              if (newPos + 1 >= newLen) {
                minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
              }
            }
          }
          editLength++;
        };
        if (callback) {
          (function exec() {
            setTimeout(function() {
              if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
                return callback(void 0);
              }
              if (!execEditLength()) {
                exec();
              }
            }, 0);
          })();
        } else {
          while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
            const ret = execEditLength();
            if (ret) {
              return ret;
            }
          }
        }
      }
      addToPath(path9, added, removed, oldPosInc, options) {
        const last = path9.lastComponent;
        if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
          return {
            oldPos: path9.oldPos + oldPosInc,
            lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
          };
        } else {
          return {
            oldPos: path9.oldPos + oldPosInc,
            lastComponent: { count: 1, added, removed, previousComponent: last }
          };
        }
      }
      extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
        while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
          newPos++;
          oldPos++;
          commonCount++;
          if (options.oneChangePerToken) {
            basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
          }
        }
        if (commonCount && !options.oneChangePerToken) {
          basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
        }
        basePath.oldPos = oldPos;
        return newPos;
      }
      equals(left, right, options) {
        if (options.comparator) {
          return options.comparator(left, right);
        } else {
          return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
        }
      }
      removeEmpty(array) {
        const ret = [];
        for (let i = 0; i < array.length; i++) {
          if (array[i]) {
            ret.push(array[i]);
          }
        }
        return ret;
      }
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      castInput(value, options) {
        return value;
      }
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      tokenize(value, options) {
        return Array.from(value);
      }
      join(chars) {
        return chars.join("");
      }
      postProcess(changeObjects, options) {
        return changeObjects;
      }
      get useLongestToken() {
        return false;
      }
      buildValues(lastComponent, newTokens, oldTokens) {
        const components = [];
        let nextComponent;
        while (lastComponent) {
          components.push(lastComponent);
          nextComponent = lastComponent.previousComponent;
          delete lastComponent.previousComponent;
          lastComponent = nextComponent;
        }
        components.reverse();
        const componentLen = components.length;
        let componentPos = 0, newPos = 0, oldPos = 0;
        for (; componentPos < componentLen; componentPos++) {
          const component = components[componentPos];
          if (!component.removed) {
            if (!component.added && this.useLongestToken) {
              let value = newTokens.slice(newPos, newPos + component.count);
              value = value.map(function(value2, i) {
                const oldValue = oldTokens[oldPos + i];
                return oldValue.length > value2.length ? oldValue : value2;
              });
              component.value = this.join(value);
            } else {
              component.value = this.join(newTokens.slice(newPos, newPos + component.count));
            }
            newPos += component.count;
            if (!component.added) {
              oldPos += component.count;
            }
          } else {
            component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
            oldPos += component.count;
          }
        }
        return components;
      }
    };
  }
});

// node_modules/diff/libesm/diff/line.js
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}
var LineDiff, lineDiff;
var init_line = __esm({
  "node_modules/diff/libesm/diff/line.js"() {
    init_base();
    LineDiff = class extends Diff {
      constructor() {
        super(...arguments);
        this.tokenize = tokenize;
      }
      equals(left, right, options) {
        if (options.ignoreWhitespace) {
          if (!options.newlineIsToken || !left.includes("\n")) {
            left = left.trim();
          }
          if (!options.newlineIsToken || !right.includes("\n")) {
            right = right.trim();
          }
        } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
          if (left.endsWith("\n")) {
            left = left.slice(0, -1);
          }
          if (right.endsWith("\n")) {
            right = right.slice(0, -1);
          }
        }
        return super.equals(left, right, options);
      }
    };
    lineDiff = new LineDiff();
  }
});

// node_modules/diff/libesm/patch/create.js
function needsQuoting(s) {
  for (let i = 0; i < s.length; i++) {
    if (s[i] < " " || s[i] > "~" || s[i] === '"' || s[i] === "\\") {
      return true;
    }
  }
  return false;
}
function quoteFileNameIfNeeded(s) {
  if (!needsQuoting(s)) {
    return s;
  }
  let result = '"';
  const bytes = new TextEncoder().encode(s);
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 7) {
      result += "\\a";
    } else if (b === 8) {
      result += "\\b";
    } else if (b === 9) {
      result += "\\t";
    } else if (b === 10) {
      result += "\\n";
    } else if (b === 11) {
      result += "\\v";
    } else if (b === 12) {
      result += "\\f";
    } else if (b === 13) {
      result += "\\r";
    } else if (b === 34) {
      result += '\\"';
    } else if (b === 92) {
      result += "\\\\";
    } else if (b >= 32 && b <= 126) {
      result += String.fromCharCode(b);
    } else {
      result += "\\" + b.toString(8).padStart(3, "0");
    }
    i++;
  }
  result += '"';
  return result;
}
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  var _a, _b, _c, _d, _e, _f;
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p) => p.isGit)) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (patch.isGit) {
    headerOptions = INCLUDE_HEADERS;
    if (!patch.oldFileName) {
      throw new Error("oldFileName must be specified for Git patches");
    }
    if (!patch.newFileName) {
      throw new Error("newFileName must be specified for Git patches");
    }
    let gitOldName = patch.oldFileName;
    let gitNewName = patch.newFileName;
    if (patch.isCreate && gitOldName === "/dev/null") {
      gitOldName = gitNewName.replace(/^b\//, "a/");
    } else if (patch.isDelete && gitNewName === "/dev/null") {
      gitNewName = gitOldName.replace(/^a\//, "b/");
    }
    ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName));
    if (patch.isDelete) {
      ret.push("deleted file mode " + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : "100644"));
    }
    if (patch.isCreate) {
      ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644"));
    }
    if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
      ret.push("old mode " + patch.oldMode);
      ret.push("new mode " + patch.newMode);
    }
    if (patch.isRename) {
      ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, "")));
      ret.push("rename to " + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : "").replace(/^b\//, "")));
    }
    if (patch.isCopy) {
      ret.push("copy from " + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : "").replace(/^a\//, "")));
      ret.push("copy to " + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : "").replace(/^b\//, "")));
    }
  } else {
    if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0) {
      ret.push("Index: " + patch.oldFileName);
    }
    if (headerOptions.includeUnderline) {
      ret.push("===================================================================");
    }
  }
  const hasHunks = patch.hunks.length > 0;
  if (headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks)) {
    ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : ""));
    ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : ""));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}
var INCLUDE_HEADERS, FILE_HEADERS_ONLY;
var init_create = __esm({
  "node_modules/diff/libesm/patch/create.js"() {
    init_line();
    INCLUDE_HEADERS = {
      includeIndex: true,
      includeUnderline: true,
      includeFileHeaders: true
    };
    FILE_HEADERS_ONLY = {
      includeIndex: false,
      includeUnderline: false,
      includeFileHeaders: true
    };
  }
});

// node_modules/diff/libesm/index.js
var init_libesm = __esm({
  "node_modules/diff/libesm/index.js"() {
    init_create();
  }
});

// src/fix/diff.ts
function maskedDiff(path9, before, after) {
  if (before.text === after.text) return "";
  const patch = structuredPatch(`a/${path9}`, `b/${path9}`, before.text, after.text, "", "", { context: 3 });
  const oldStarts = lineStarts(before.text);
  const newStarts = lineStarts(after.text);
  const applied = [];
  const withheld = [];
  let shift = 0;
  const pathHidden = maskShapes(path9) !== path9;
  for (const hunk of patch.hunks) {
    const shown = showHunk(hunk, before, after, oldStarts, newStarts);
    if (shown.clean && !pathHidden) {
      applied.push({ ...hunk, newStart: hunk.newStart - shift });
      continue;
    }
    shift += hunk.newLines - hunk.oldLines;
    const why = shown.clean ? "is for a path that holds a secret" : shown.why;
    withheld.push(
      `# hardenfile: this hunk ${why}; it is shown masked and left out of the patch (hardenfile --fix applies it)`,
      `# @@ -${hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart},${hunk.oldLines} +${hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart},${hunk.newLines} @@`,
      ...shown.lines.map((l) => `# ${l}`)
    );
  }
  const header = [`--- a/${printable(maskShapes(path9))}`, `+++ b/${printable(maskShapes(path9))}`];
  const out = [];
  if (applied.length > 0) out.push(formatPatch({ ...patch, hunks: applied }, FILE_HEADERS_ONLY).replace(/\n$/, ""));
  else out.push(...header.map((l) => `# ${l}`));
  out.push(...withheld);
  return `${out.join("\n")}
`;
}
function showHunk(hunk, before, after, oldStarts, newStarts) {
  let oldLine = hunk.oldStart - 1;
  let newLine = hunk.newStart - 1;
  let secret = false;
  let control = false;
  const lines = hunk.lines.map((line) => {
    const mark = line[0];
    if (mark === "\\") return line;
    const side = mark === "+" ? after : before;
    const start = mark === "+" ? newStarts[newLine] : oldStarts[oldLine];
    if (mark !== "+") oldLine++;
    if (mark !== "-") newLine++;
    const content = line.slice(1);
    const body = content.endsWith("\r") ? content.slice(0, -1) : content;
    if (side.masker.touches(start, start + body.length) || side.masker.value(body) !== body) secret = true;
    for (let i = 0; i < body.length && !control; i++) if (isUnsafe(body.charCodeAt(i)) && body[i] !== "	") control = true;
    return mark + printable(side.masker.slice(body, start));
  });
  const why = secret && control ? "holds a secret and control characters" : secret ? "holds a secret" : "holds control characters";
  return { clean: !secret && !control, why, lines };
}
function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
var init_diff = __esm({
  "src/fix/diff.ts"() {
    "use strict";
    init_libesm();
    init_safe_text();
    init_redaction();
  }
});

// src/fix/write.ts
function writeAtomically(path9, expected, next) {
  let target;
  try {
    target = (0, import_node_fs8.realpathSync)(path9);
  } catch (e) {
    throw new WriteError(`cannot resolve the file: ${e.code ?? String(e)}`);
  }
  const current = (0, import_node_fs8.readFileSync)(target);
  if (!current.equals(expected)) throw new WriteError("the file changed on disk since it was read; not written");
  const mode = (0, import_node_fs8.statSync)(target).mode & 4095;
  const temp = (0, import_node_path6.join)((0, import_node_path6.dirname)(target), `.${(0, import_node_path6.basename)(target)}.hardenfile-${(0, import_node_crypto2.randomBytes)(4).toString("hex")}.tmp`);
  let fd = null;
  try {
    fd = (0, import_node_fs8.openSync)(temp, "wx", mode);
    const data = Buffer.from(next, "utf8");
    let off = 0;
    while (off < data.length) off += (0, import_node_fs8.writeSync)(fd, data, off, data.length - off);
    (0, import_node_fs8.fsyncSync)(fd);
    (0, import_node_fs8.closeSync)(fd);
    fd = null;
    (0, import_node_fs8.chmodSync)(temp, mode);
    if (!(0, import_node_fs8.readFileSync)(target).equals(expected)) throw new WriteError("the file changed on disk while fixing; not written");
    (0, import_node_fs8.renameSync)(temp, target);
  } catch (e) {
    if (fd !== null) (0, import_node_fs8.closeSync)(fd);
    try {
      (0, import_node_fs8.unlinkSync)(temp);
    } catch {
    }
    if (e instanceof WriteError) throw e;
    throw new WriteError(`could not write the fixed file: ${e.code ?? String(e)}`);
  }
}
var import_node_fs8, import_node_path6, import_node_crypto2, WriteError;
var init_write = __esm({
  "src/fix/write.ts"() {
    "use strict";
    import_node_fs8 = require("node:fs");
    import_node_path6 = require("node:path");
    import_node_crypto2 = require("node:crypto");
    WriteError = class extends Error {
    };
  }
});

// src/cli/fix-files.ts
var fix_files_exports = {};
__export(fix_files_exports, {
  fixOne: () => fixOne,
  patchPath: () => patchPath,
  writeFixed: () => writeFixed
});
function fixOne(file, config2, request, absPath = null) {
  if (file.text === void 0 || file.result.error !== void 0) return { file, output: file.text ?? "", fixed: 0, diff: "" };
  const deadline = () => request.timeout !== void 0 ? { deadline: deadlineIn(request.timeout) } : {};
  const outcome = fixText(file.text, {
    config: config2.config,
    unsafe: request.unsafe,
    maxSize: request.maxSize,
    ...request.only.length > 0 && { only: request.only },
    ...deadline()
  });
  const result = outcome.output === file.text && request.only.length === 0 ? file.result : request.lint(outcome.output, { config: config2.config, maxSize: request.maxSize, ...deadline() });
  const fixed = {
    file: { ...file, text: outcome.output, result },
    output: outcome.output,
    fixed: outcome.applied.length,
    // The diff goes to a terminal or CI log like any report: a hunk that shows a secret is masked.
    diff: maskedDiff(patchPath(file.path, absPath), { text: file.text, masker: maskerFor(file.result, file.text) }, { text: outcome.output, masker: maskerFor(result, outcome.output) })
  };
  if (outcome.problem) fixed.note = outcome.problem;
  return fixed;
}
function writeFixed(absPath, original, fixed) {
  if (fixed.output === original) return null;
  try {
    writeAtomically(absPath, Buffer.from(original, "utf8"), fixed.output);
    return null;
  } catch (err) {
    return err instanceof WriteError ? err.message : `could not write: ${err.message}`;
  }
}
function patchPath(display, absPath) {
  if (absPath !== null) {
    for (let dir = import_node_path7.default.dirname(absPath); ; dir = import_node_path7.default.dirname(dir)) {
      if (import_node_fs9.default.existsSync(import_node_path7.default.join(dir, ".git"))) return import_node_path7.default.relative(dir, absPath).split(import_node_path7.default.sep).join("/");
      if (import_node_path7.default.dirname(dir) === dir) break;
    }
  }
  const slashed = display.split(import_node_path7.default.sep).join("/");
  return import_node_path7.default.isAbsolute(display) ? slashed.replace(/^(?:[A-Za-z]:)?\/+/, "") : slashed.replace(/^(?:\.\/)+/, "");
}
var import_node_fs9, import_node_path7;
var init_fix_files = __esm({
  "src/cli/fix-files.ts"() {
    "use strict";
    init_apply();
    init_budget();
    import_node_fs9 = __toESM(require("node:fs"), 1);
    import_node_path7 = __toESM(require("node:path"), 1);
    init_diff();
    init_safe_text();
    init_write();
  }
});

// src/cli/main.ts
async function main(argv, io) {
  let debug = argv.includes("--debug");
  const say = (message) => shownError(cliMasker(argv), message);
  try {
    const args = parseCliArgs(argv);
    debug = args.debug;
    switch (args.command) {
      case "help":
        io.stdout.write(helpText(args.helpTopic));
        return 0;
      case "version":
        io.stdout.write(`${packageVersion()}
`);
        return 0;
      case "rules":
        io.stdout.write(rulesTable(RULES));
        return 0;
      case "explain":
        io.stdout.write(explainRule(args.positionals[0], RULES));
        return 0;
      case "schema":
        return writeReport(args, io, schemaText(RULES)) ? 0 : 2;
      case "lint":
        return await lintCommand(args, io);
      case "lsp":
        return await lspCommand(args, io);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`hardenfile: error: ${say(err.message)}
Run 'hardenfile --help' for usage.
`);
    } else if (err instanceof ConfigError) {
      io.stderr.write(`${say(err.problems.join("\n"))}
`);
    } else {
      const e = err instanceof Error ? err : new Error(String(err));
      io.stderr.write(`hardenfile: error: ${say(e.message)}
`);
      if (debug && e.stack) io.stderr.write(`${say(e.stack)}
`);
    }
    return 2;
  }
}
async function lspCommand(args, io) {
  const overrides = flagOverrides(args, io.env);
  const { startLanguageServer: startLanguageServer2 } = await Promise.resolve().then(() => (init_server(), server_exports));
  const input2 = io.stdin instanceof import_node_stream.Readable ? io.stdin : import_node_stream.Readable.from(io.stdin);
  const output = isWritable(io.stdout) ? io.stdout : new import_node_stream.Writable({
    write(chunk, _encoding, done) {
      io.stdout.write(chunk.toString("utf8"));
      done();
    }
  });
  const server = startLanguageServer2({
    input: input2,
    output,
    cwd: io.cwd,
    overrides,
    version: packageVersion(),
    ...args.config !== void 0 && { configFile: args.config },
    ...args.maxSize !== void 0 && { maxSize: args.maxSize },
    ...args.timeout !== void 0 && { timeout: args.timeout }
  });
  const code = await server.exited;
  input2.destroy();
  return code;
}
function isWritable(stream) {
  return stream instanceof import_node_stream.Writable;
}
async function lintCommand(args, io) {
  if (!isFormatName(args.format)) throw new UsageError(`unknown format ${args.format} (choose ${FORMAT_NAMES.join(", ")})`);
  const overrides = flagOverrides(args, io.env);
  const loader = new ConfigLoader({ rules: RULES, cwd: io.cwd, ...args.config !== void 0 && { configFile: args.config }, overrides });
  const format = await loadFormatter(args.format);
  const maxSize = args.maxSize ?? DEFAULT_MAX_SIZE;
  const timeout = args.timeout ?? DEFAULT_TIMEOUT;
  const options = { maxSize, timeout, lint: lintText };
  const files = [];
  const configs = [];
  const absPaths = [];
  if (args.stdin) {
    const name = args.stdinFilename ?? "<stdin>";
    const config2 = loader.forFile(import_node_path8.default.resolve(io.cwd, args.stdinFilename ?? "stdin"));
    files.push(lintOne(name, decode(await readAll(io.stdin), maxSize), config2, options));
    configs.push(config2);
    absPaths.push(null);
  } else {
    const found = await discover(args.positionals, { cwd: io.cwd, isIgnored: (f) => loader.forFile(f).ignores(f) });
    for (const e of found.errors) {
      files.push(errorReport(e.path, e.message));
      configs.push(loader.forDirectory(io.cwd));
      absPaths.push(null);
    }
    const workers = args.fix || args.diff ? 1 : workerCount(found.files.length, args.jobs);
    const sources = found.files.map((file) => ({ file, display: displayPath(file, io.cwd), source: readText2(file, maxSize), config: loader.forFile(file) }));
    const readable = sources.flatMap((s) => "text" in s.source ? [{ text: s.source.text, config: s.config.config }] : []);
    const parallel = workers > 1 ? await lintInWorkers(readable, workers, maxSize, timeout) : null;
    let next = 0;
    for (const s of sources) {
      const fromWorker = parallel && "text" in s.source ? parallel[next++] : null;
      const lint = fromWorker ? () => fromWorker instanceof Error ? throwIt(fromWorker) : fromWorker : lintText;
      files.push(lintOne(s.display, s.source, s.config, { maxSize, timeout, lint }));
      configs.push(s.config);
      absPaths.push(s.file);
    }
  }
  warnAboutIgnores(files, io);
  if (args.fix || args.diff) return fixCommand(args, io, files, configs, absPaths, format, maxSize);
  if (args.format === "stylish") await countFixable(files, configs, { maxSize, timeout });
  io.onLinted?.(files);
  const color = useColor(args, io);
  const report = format(files, { color: args.output === void 0 ? color : false });
  if (!writeReport(args, io, report)) return 2;
  if (args.output !== void 0 || args.format !== "stylish") {
    const { fileErrorLine: fileErrorLine2, summaryLine: summaryLine2 } = await Promise.resolve().then(() => (init_stylish(), stylish_exports));
    for (const f of files) if (f.result.error !== void 0) io.stderr.write(`${fileErrorLine2(f)}
`);
    if (args.output !== void 0) io.stdout.write(`${summaryLine2(files, { color })}
`);
  }
  if (args.debug) {
    for (const f of files) if (f.stack) io.stderr.write(`${fileProblem(f, f.stack)}
`);
  }
  return exitCode(files);
}
async function countFixable(files, configs, limits) {
  if (!files.some((f) => f.result.findings.some((x) => x.fix?.safety === "safe"))) return;
  const { fixText: fixText2 } = await Promise.resolve().then(() => (init_apply(), apply_exports));
  const { deadlineIn: deadlineIn2 } = await Promise.resolve().then(() => (init_budget(), budget_exports));
  files.forEach((f, i) => {
    if (f.text === void 0 || !f.result.findings.some((x) => x.fix?.safety === "safe")) return;
    f.fixable = fixText2(f.text, { config: configs[i].config, unsafe: false, maxSize: limits.maxSize, deadline: deadlineIn2(limits.timeout) }).applied.length;
  });
}
async function fixCommand(args, io, files, configs, absPaths, format, maxSize) {
  const unknown = args.fixRules.filter((id) => !RULES.some((r) => r.id === id));
  if (unknown.length) throw new UsageError(`--fix-rule: unknown rule ${unknown.join(", ")}`);
  const { fixOne: fixOne2, writeFixed: writeFixed2 } = await Promise.resolve().then(() => (init_fix_files(), fix_files_exports));
  const request = { unsafe: args.unsafeFixes, only: args.fixRules, maxSize, timeout: args.timeout ?? DEFAULT_TIMEOUT, lint: lintText };
  const results = files.map((f, i) => fixOne2(f, configs[i], request, absPaths[i] ?? null));
  let failed = false;
  let fixedCount = 0;
  for (const [i, r] of results.entries()) {
    if (r.note) io.stderr.write(`${fileProblem(files[i], r.note, "fix")}
`);
    if (args.fix && absPaths[i] && files[i].text !== void 0) {
      const problem = writeFixed2(absPaths[i], files[i].text, r);
      if (problem) {
        io.stderr.write(`${fileProblem(files[i], problem, "error")}
`);
        failed = true;
        continue;
      }
    }
    fixedCount += r.fixed;
  }
  if (args.diff) {
    io.stdout.write(results.map((r) => r.diff).join(""));
    for (const f of files) if (f.result.error !== void 0) io.stderr.write(`${fileProblem(f, f.result.error, "error")}
`);
    if (files.some((f) => f.result.error !== void 0) || failed) return 2;
    return results.some((r) => r.diff !== "") ? 1 : 0;
  }
  if (args.stdin) {
    io.stdout.write(results[0].output);
    io.stderr.write(format(results.map((r) => r.file), { color: false }));
  } else {
    const color = useColor(args, io);
    if (!writeReport(args, io, format(results.map((r) => r.file), { color: args.output === void 0 ? color : false }))) return 2;
    if (fixedCount > 0) (args.format === "stylish" && args.output === void 0 ? io.stdout : io.stderr).write(`Fixed ${fixedCount} problem${fixedCount === 1 ? "" : "s"}.
`);
  }
  const code = exitCode(results.map((r) => r.file));
  return failed ? 2 : code;
}
function fileProblem(file, message, what) {
  const masker = maskerFor(file.result, file.text);
  const text = message.split("\n").map((l) => printable(masker.prose(l))).join("\n");
  return `${shownPath(file.path)}: ${what === void 0 ? "" : `${what}: `}${text}`;
}
function warnAboutIgnores(files, io) {
  const ids = RULES.map((r) => r.id);
  for (const f of files) {
    if (f.text === void 0 || f.result.error !== void 0) continue;
    const problems = ignoreProblems(f.text, ids);
    if (problems.length === 0) continue;
    const lines = new LineIndex(f.text);
    for (const p of problems) {
      const at = lines.position(p.span.start);
      io.stderr.write(`${shownPath(f.path)}:${at.line}:${at.column}: warning: ${printable(maskerFor(f.result, f.text).prose(p.message))}
`);
    }
  }
}
function throwIt(error) {
  throw error;
}
function flagOverrides(args, env) {
  try {
    return parseOverrides({ rule: args.rules, buildArg: buildArgsFromEnv(args.buildArgs, env), ...args.failLevel !== void 0 && { failLevel: args.failLevel } }, RULES);
  } catch (err) {
    if (err instanceof ConfigError) throw new UsageError(err.problems.map((p) => p.endsWith(": unknown rule") ? `${p}${UNKNOWN_RULE_HINT}` : p).join("\n"));
    throw err;
  }
}
function buildArgsFromEnv(flags, env) {
  return flags.flatMap((flag) => {
    if (flag.includes("=") || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(flag)) return [flag];
    const value = env[flag];
    return value === void 0 ? [] : [`${flag}=${value}`];
  });
}
function exitCode(files) {
  if (files.some((f) => f.result.error !== void 0)) return 2;
  const failing = files.some((f) => f.result.findings.some((x) => RANK2[x.severity] >= RANK2[f.failLevel]));
  return failing ? 1 : 0;
}
function useColor(args, io) {
  if (args.color !== void 0) return args.color;
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== "0") return true;
  return io.isTTY;
}
function writeReport(args, io, text) {
  if (args.output === void 0) {
    io.stdout.write(text);
    return true;
  }
  try {
    const file = import_node_path8.default.resolve(io.cwd, args.output);
    import_node_fs10.default.mkdirSync(import_node_path8.default.dirname(file), { recursive: true });
    import_node_fs10.default.writeFileSync(file, text);
    return true;
  } catch (err) {
    io.stderr.write(`hardenfile: error: ${shownError(cliMasker([]), `cannot write ${args.output}: ${err.message}`)}
`);
    return false;
  }
}
var import_node_fs10, import_node_path8, import_node_stream, RANK2;
var init_main3 = __esm({
  "src/cli/main.ts"() {
    "use strict";
    import_node_fs10 = __toESM(require("node:fs"), 1);
    import_node_path8 = __toESM(require("node:path"), 1);
    import_node_stream = require("node:stream");
    init_lint();
    init_ignores();
    init_text();
    init_input();
    init_budget();
    init_rules();
    init_load();
    init_types();
    init_format();
    init_args();
    init_commands();
    init_discover();
    init_io();
    init_lint_files();
    init_parallel();
    init_safe_text();
    init_redact_cli();
    RANK2 = { info: 0, warning: 1, error: 2 };
  }
});

// src/cli/action.ts
var action_exports = {};
__export(action_exports, {
  cliArguments: () => cliArguments,
  readInputs: () => readInputs,
  runAction: () => runAction,
  summaryMarkdown: () => summaryMarkdown
});
function input(env, name) {
  const upper = `INPUT_${name.toUpperCase()}`;
  return (env[upper] ?? env[upper.replaceAll("-", "_")] ?? "").trim();
}
function readInputs(env) {
  const paths = input(env, "paths").split(/\r?\n/).map((p) => p.trim()).filter((p) => p !== "");
  const format = input(env, "format") || "sarif";
  if (!FORMATS.includes(format)) return { problem: `the format input must be ${FORMATS.join(" or ")}, not ${format}` };
  const failLevel = input(env, "fail-level");
  if (failLevel !== "" && !ACTION_FAIL_LEVELS.includes(failLevel)) {
    return { problem: `the fail-level input must be ${ACTION_FAIL_LEVELS.join(", ")} or empty, not ${failLevel}` };
  }
  const sarifFile = input(env, "sarif-file") || "hardenfile.sarif";
  return { paths: paths.length > 0 ? paths : ["."], format, failLevel, sarifFile };
}
function cliArguments(inputs) {
  const args = ["--format", inputs.format];
  if (inputs.format === "sarif") args.push("--output", inputs.sarifFile);
  if (inputs.failLevel !== "" && inputs.failLevel !== "none") args.push("--fail-level", inputs.failLevel);
  return [...args, "--", ...inputs.paths];
}
async function runAction(_argv, io) {
  const inputs = readInputs(io.env);
  if ("problem" in inputs) {
    io.stdout.write(`::error title=hardenfile::${escapeData(maskShapes(inputs.problem))}
`);
    return 2;
  }
  let linted = [];
  const sarifPath = import_node_path9.default.resolve(io.cwd, inputs.sarifFile);
  const sarifBefore = modified(sarifPath);
  const code = await main(cliArguments(inputs), { ...io, onLinted: (files) => linted = files });
  const sarifWritten = inputs.format === "sarif" && modified(sarifPath) !== sarifBefore;
  const counts = countFindings(linted);
  try {
    writeOutputs(io.env, {
      ...sarifWritten && { "sarif-file": inputs.sarifFile },
      problems: String(counts.total),
      files: String(counts.linted),
      "exit-code": String(code)
    });
    if (io.env.GITHUB_STEP_SUMMARY) import_node_fs11.default.appendFileSync(io.env.GITHUB_STEP_SUMMARY, summaryMarkdown(linted, inputs));
  } catch (err) {
    io.stdout.write(`::error title=hardenfile::${escapeData(maskShapes(`cannot write the step's outputs: ${err.message}`))}
`);
    return 2;
  }
  return inputs.failLevel === "none" && code === 1 ? 0 : code;
}
function modified(file) {
  try {
    const s = import_node_fs11.default.statSync(file);
    return `${s.mtimeMs}:${s.size}:${s.ino}`;
  } catch {
    return "";
  }
}
function writeOutputs(env, outputs) {
  if (!env.GITHUB_OUTPUT) return;
  import_node_fs11.default.appendFileSync(env.GITHUB_OUTPUT, Object.entries(outputs).map(([name, value]) => `${name}=${value}
`).join(""));
}
function countFindings(files) {
  const counts = { linted: 0, failed: [], withFindings: [], total: 0, bySeverity: { error: 0, warning: 0, info: 0 }, safe: 0, unsafe: 0, rules: /* @__PURE__ */ new Map() };
  for (const file of files) {
    if (file.result.error !== void 0) {
      counts.failed.push(file);
      continue;
    }
    counts.linted++;
    if (file.result.findings.length > 0) counts.withFindings.push(file);
    for (const f of file.result.findings) {
      counts.total++;
      counts.bySeverity[f.severity]++;
      const rule = counts.rules.get(f.ruleId) ?? { severity: f.severity, count: 0, safe: 0, unsafe: 0 };
      rule.count++;
      if (RANK3[f.severity] > RANK3[rule.severity]) rule.severity = f.severity;
      if (f.fix?.safety === "safe") {
        counts.safe++;
        rule.safe++;
      } else if (f.fix?.safety === "unsafe") {
        counts.unsafe++;
        rule.unsafe++;
      }
      counts.rules.set(f.ruleId, rule);
    }
  }
  return counts;
}
function summaryMarkdown(files, inputs) {
  const c = countFindings(files);
  const out = ["### hardenfile", ""];
  const linted = plural2(c.linted, "file");
  if (c.total === 0) {
    out.push(`No problems in ${linted}.`);
  } else {
    const fixable = [c.safe > 0 ? `${c.safe} fixable with \`hardenfile --fix\`` : "", c.unsafe > 0 ? `${c.unsafe} more with \`--unsafe-fixes\`` : ""].filter(Boolean);
    out.push(
      `${plural2(c.total, "problem")} (${plural2(c.bySeverity.error, "error")}, ${plural2(c.bySeverity.warning, "warning")}, ${c.bySeverity.info} info) in ${c.withFindings.length} of ${linted}${fixable.length > 0 ? `; ${fixable.join(", ")}` : ""}.`
    );
  }
  if (c.failed.length > 0) out.push("", `**${plural2(c.failed.length, "file")} could not be linted** (see the step's log).`);
  if (inputs.failLevel === "none") out.push("", "Report only (`fail-level: none`): findings do not fail this step.");
  if (c.rules.size > 0) {
    out.push("", "| rule | severity | problems | fixable |", "| --- | --- | ---: | ---: |");
    const rules = [...c.rules].sort(([a, x], [b, y]) => y.count - x.count || (a < b ? -1 : 1));
    for (const [id, r] of rules) out.push(`| [\`${id}\`](${ruleDocUrl(id)}) | ${r.severity} | ${r.count} | ${fixCell(r.safe, r.unsafe)} |`);
    out.push("", "| file | problems | fixable |", "| --- | ---: | ---: |");
    for (const file of c.withFindings.slice(0, SUMMARY_FILES)) {
      const safe = file.result.findings.filter((f) => f.fix?.safety === "safe").length;
      const unsafe = file.result.findings.filter((f) => f.fix?.safety === "unsafe").length;
      out.push(`| ${markdownText(shownPath(file.path))} | ${file.result.findings.length} | ${fixCell(safe, unsafe)} |`);
    }
    if (c.withFindings.length > SUMMARY_FILES) out.push(`| \u2026 and ${plural2(c.withFindings.length - SUMMARY_FILES, "more file")} | | |`);
  }
  if (c.failed.length > 0) {
    out.push("", "| could not be linted | why |", "| --- | --- |");
    for (const file of c.failed.slice(0, SUMMARY_FILES)) out.push(`| ${markdownText(shownPath(file.path))} | ${markdownText(maskerFor(file.result, file.text).prose(file.result.error ?? ""))} |`);
    if (c.failed.length > SUMMARY_FILES) out.push(`| \u2026 and ${plural2(c.failed.length - SUMMARY_FILES, "more file")} | |`);
  }
  return `${out.join("\n")}

`;
}
function fixCell(safe, unsafe) {
  return unsafe > 0 ? `${safe} (+${unsafe} unsafe)` : String(safe);
}
function markdownText(s) {
  let out = "";
  for (const ch of printable(s)) out += MARKDOWN_SPECIAL.has(ch) ? `\\${ch}` : ch;
  return out;
}
function plural2(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
var import_node_fs11, import_node_path9, FORMATS, ACTION_FAIL_LEVELS, SUMMARY_FILES, RANK3, MARKDOWN_SPECIAL;
var init_action = __esm({
  "src/cli/action.ts"() {
    "use strict";
    import_node_fs11 = __toESM(require("node:fs"), 1);
    import_node_path9 = __toESM(require("node:path"), 1);
    init_schema();
    init_rule_docs();
    init_safe_text();
    init_github();
    init_redaction();
    init_main3();
    FORMATS = ["sarif", "github"];
    ACTION_FAIL_LEVELS = [...FAIL_LEVELS, "none"];
    SUMMARY_FILES = 50;
    RANK3 = { info: 0, warning: 1, error: 2 };
    MARKDOWN_SPECIAL = new Set("\\`*_{}[]<>()#+-.!|~&");
  }
});

// src/cli/entry.ts
var entry_exports = {};
__export(entry_exports, {
  main: () => main,
  runAction: () => runAction2
});
module.exports = __toCommonJS(entry_exports);
init_main3();
async function runAction2(argv, io) {
  const action = await Promise.resolve().then(() => (init_action(), action_exports));
  return action.runAction(argv, io);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  main,
  runAction
});
