import { createRequire as __hfRequire } from 'node:module'; const require = __hfRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
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

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
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
    var basenameOf = (path) => {
      const end = path.length - 1;
      const index = path.lastIndexOf(
        SLASH,
        path[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path : path.slice(index + 1);
    };
    var parentOf = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path.length - 1;
      const cut = path.lastIndexOf(
        SLASH,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path.slice(0, cut + 1);
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
      testLiteral(path) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path)) {
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
      test(path, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename2 = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename2 : path
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
    var checkPath = (path, originalPath, doThrow) => {
      if (!isString(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path) => {
      const first = path.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path.length === 1) {
        return true;
      }
      const second = path.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
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
      _test(originalPath, cache, path) {
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path ? this._t(path, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path);
        }
        const dir = this._t(path, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path, cache) {
        if (path in cache) {
          return cache[path];
        }
        const parentPath = parentOf(path);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/cli/lint-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/text.ts
var LineIndex = class {
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
  lineStart(line) {
    return this.starts[line];
  }
  get lineCount() {
    return this.starts.length;
  }
};
function detectEol(text) {
  const crlf = text.split("\r\n").length - 1;
  const lf = text.split("\n").length - 1 - crlf;
  return crlf > lf ? "\r\n" : "\n";
}

// src/parse/dockerfile.ts
var FLAGGED = /* @__PURE__ */ new Set(["FROM", "RUN", "COPY", "ADD", "HEALTHCHECK", "ONBUILD"]);
var HEREDOC_KEYWORDS = /* @__PURE__ */ new Set(["RUN", "COPY", "ADD"]);
var DIRECTIVES = /* @__PURE__ */ new Set(["syntax", "escape", "check"]);
var DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)[\t\f\r ]*=(.*)$/;
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
function parseDockerfile(text, tick = () => {
}) {
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
    tick();
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
          tick();
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
    let plain = p;
    while (plain < end && !isAsciiSpace(s.charCodeAt(plain)) && s[plain] !== '"' && s[plain] !== "'" && s[plain] !== escape) plain++;
    if (plain >= end || isAsciiSpace(s.charCodeAt(plain))) {
      p = plain;
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

// src/parse/run-script.ts
var ScriptBuilder = class {
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
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "/bin/sh", "/bin/bash"]);
var SHEBANG_SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "ash", "dash", "ksh", "mksh"]);
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
    const plain = new ScriptBuilder(text, first.start);
    for (let ls = first.start; ls < first.end; ) {
      const le = Math.min(lineEndAt(text, ls) + 1, first.end);
      let from = ls;
      if (chomp) while (from < le && text[from] === "	") from++;
      plain.copy(from, le);
      ls = le;
    }
    const script = plain.build();
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
  const command = {
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
    commands: [command],
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

// src/parse/shell.ts
function parseShell(script, tick = () => {
}) {
  const parser = new ShellParser(script, tick);
  try {
    parser.parseProgram();
  } catch (error) {
    if (error instanceof NestingTooDeep || error instanceof RangeError) {
      const stop = script.toFile(parser.position);
      const done = parser.commands.filter((c) => c.extent.end > c.extent.start && c.extent.end <= stop);
      return { script, commands: done, hasErrors: true, nestedTooDeep: parser.position };
    }
    throw error;
  }
  return { script, commands: parser.commands, hasErrors: parser.errors };
}
var NestingTooDeep = class extends Error {
};
function juxtaposedOperands(text, from, end) {
  let operand = false;
  let blank = false;
  for (let i = from; i < end; ) {
    const c = text.charCodeAt(i);
    if (c === SP || c === TAB || c === NL) {
      blank = true;
      i++;
      continue;
    }
    const word = isNameCode(c) || c === DOLLAR || c === DQ || c === SQ;
    if (word && operand && blank) return i;
    blank = false;
    if (!word) {
      operand = c === RP;
      i++;
      continue;
    }
    operand = true;
    if (c === DQ || c === SQ) {
      const close = text.indexOf(c === DQ ? '"' : "'", i + 1);
      i = close === -1 || close >= end ? end : close + 1;
    } else if (c === DOLLAR && (text.charCodeAt(i + 1) === LP || text.charCodeAt(i + 1) === LC)) {
      const open = text.charCodeAt(i + 1);
      const shut = open === LP ? RP : RC;
      let depth = 0;
      let j = i + 1;
      for (; j < end; j++) {
        const d = text.charCodeAt(j);
        if (d === open) depth++;
        else if (d === shut && --depth === 0) break;
      }
      i = j + 1;
    } else {
      i++;
      while (i < end && isNameCode(text.charCodeAt(i))) i++;
    }
  }
  return -1;
}
var MAX_SHELL_DEPTH = 400;
var MAX_DEPTH = MAX_SHELL_DEPTH;
var TAB = 9;
var NL = 10;
var CR = 13;
var SP = 32;
var BANG = 33;
var DQ = 34;
var HASH = 35;
var DOLLAR = 36;
var AMP = 38;
var SQ = 39;
var LP = 40;
var RP = 41;
var SEMI = 59;
var LT = 60;
var GT = 62;
var LB = 91;
var BS = 92;
var BT = 96;
var LC = 123;
var PIPE = 124;
var RC = 125;
var META = new Uint8Array(128);
for (const c of [TAB, NL, CR, SP, SEMI, AMP, PIPE, LT, GT, LP, RP]) META[c] = 1;
var CLOSERS = /* @__PURE__ */ new Set(["then", "elif", "else", "fi", "do", "done", "esac", "}"]);
var OPENERS = /* @__PURE__ */ new Set(["if", "while", "until", "for", "select", "case", "{", "function", "!", "[["]);
var RESERVED_BY_LENGTH = [[], [], [], [], [], [], [], [], [], []];
for (const word of [...CLOSERS, ...OPENERS, "in"]) RESERVED_BY_LENGTH[word.length].push(word);
var DECLARATIONS = /* @__PURE__ */ new Set(["export", "local", "declare", "readonly", "typeset"]);
var ASSIGNMENT = /([A-Za-z_][A-Za-z0-9_]*(?:\[[^\]\s]*\])?)\+?=/y;
var FUNCTION_DEF = /[A-Za-z_][A-Za-z0-9_.:-]*[ \t]*\([ \t]*\)/y;
var PARAM = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95) PARAM[c] = 1;
}
for (const c of "@*#?$!-") PARAM[c.charCodeAt(0)] = 2;
function isNameCode(c) {
  return c >= 0 && c < 128 && PARAM[c] === 1;
}
var ShellParser = class {
  constructor(script, tick) {
    this.script = script;
    this.tick = tick;
    this.text = script.text;
    this.n = script.text.length;
  }
  script;
  tick;
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
  /** For each `(`, its closing `)` (built at the first `((`), and where two operands were last found side by side. */
  parens = null;
  juxtaposed = -1;
  /** The `if`/`case` arms enclosing the position (shared by the commands read there), and the next construct's id. */
  branch = [];
  nextConstruct = 0;
  /** How many substitution bodies enclose the position, and for each command how many enclose it. */
  substitutions = 0;
  substitutionsOf = [];
  /** Where the reader is in the script text. */
  get position() {
    return this.pos;
  }
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
   * new scope under it, once it turns out to run in a subshell (a first pipeline stage, a `… &`).
   */
  ownScope(before, scopesBefore, parent) {
    const scope = this.newScope(parent);
    for (let k = scopesBefore; k < scope; k++) if (this.scopeParents[k] === parent) this.scopeParents[k] = scope;
    for (let i = before; i < this.commands.length; i++) {
      const command = this.commands[i];
      if (command.scope === parent) {
        command.scope = scope;
        command.parentScope = parent;
      } else if (command.parentScope === parent) {
        command.parentScope = scope;
      }
    }
  }
  /** A compound list that sh requires to hold a statement (`if`, `then`, `{`, `do`, …). */
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
  isTest(command) {
    const name = command?.name?.value;
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
    this.tick();
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
        if (this.code(this.pos + 1) === LP && this.arithmeticCommandAt(this.pos + 2)) {
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
    const close = this.closingParen(from - 1);
    return close === -1 || this.code(close + 1) === RP;
  }
  /**
   * A `((` at a command's start, read as arithmetic by the rule above unless what it holds cannot
   * be arithmetic: two operands with only blanks between (`((apk add curl))`). bash would fail on
   * it at run time, so a RUN that builds runs it with an sh (dash, busybox ash) that reads two
   * subshells, and its commands are read as such.
   */
  arithmeticCommandAt(from) {
    if (!this.arithmeticAt(from)) return false;
    const close = this.closingParen(from - 1);
    const end = close === -1 ? this.n : close;
    if (this.juxtaposed >= from && this.juxtaposed < end) return false;
    const at = juxtaposedOperands(this.text, from, end);
    if (at === -1) return true;
    this.juxtaposed = at;
    return false;
  }
  /** The `)` that closes the `(` at `open` (a count of parentheses only, as bash's first look is), or -1. */
  closingParen(open) {
    if (!this.parens) {
      this.parens = new Int32Array(this.n).fill(-1);
      const stack = [];
      for (let i = 0; i < this.n; i++) {
        const c = this.text.charCodeAt(i);
        if (c === LP) stack.push(i);
        else if (c === RP && stack.length > 0) this.parens[stack.pop()] = i;
      }
    }
    return this.parens[open] ?? -1;
  }
  /**
   * `(( … ))`, from just after the opening `((`: its words are not commands, but the `$( … )` and
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
        const command = this.commands[i];
        if (this.substitutionsOf[i] === this.substitutions) command.redirects.push({ ...redirect, group: true });
      }
    }
  }
  // -------------------------------------------------------------------------------------------
  // Simple commands
  parseSimple(ctx, list, joiner) {
    const start = this.pos;
    const command = {
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
    this.commands.push(command);
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
          command.args.push(word);
          end = this.pos;
          continue;
        }
      }
      if (!test && this.redirectAt()) {
        command.redirects.push(this.parseRedirect(ctx));
        end = this.pos;
        continue;
      }
      if (this.isMeta(c) && !this.processAt()) break;
      if (command.name === null) {
        const assignment = this.parseAssignment(ctx);
        if (assignment) command.assignments.push(assignment.assignment);
        else {
          command.name = this.parseWord(ctx);
          declaration = command.name.value !== null && DECLARATIONS.has(command.name.value);
          test = command.name.raw === "[[";
        }
      } else {
        const assignment = declaration ? this.parseAssignment(ctx) : null;
        if (assignment) {
          command.args.push(assignment.word);
          command.assignments.push(assignment.assignment);
        } else {
          const word = this.parseWord(ctx);
          command.args.push(word);
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
    command.span = this.span(start, end);
    command.extent = this.extent(start, end);
  }
  /** Inside `[[ … ]]`: `&&`, `||`, `(`, `)`, `<`, `>` and `!` are words of the test. */
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
  /** Skips `( … )` with nesting and quotes, from the `(`. */
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
    this.tick();
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
  /** `"…"` (or `$"…"`, from its `"`): literal stretches and the expansions between them. */
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
  /** `${…}`: its operand's substitutions run. */
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
  /** `` `…` ``, from the opening backtick. */
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
  /** `<(…)` / `>(…)` in a word position. */
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
var PLAIN_SPECIALS = /[\\*?[~{]/;
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
var ANSI_C = {
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
var EXPANSION_OPERATORS = [":-", ":=", ":?", ":+", "##", "%%", "//", "/#", "/%", "^^", ",,", "-", "=", "?", "+", "#", "%", "/", "^", ",", ":"];
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

// src/policy/dhi-catalog-data.ts
var DHI_CATALOG_COMMIT = "30c3db971dffbab14c3e400e021e76c27ef950fe";
function dhiCatalogTables() {
  return '{"repositories":[["deb [signed-by=/usr/share/keyrings/dhi-deb-main.gpg] http://dhi.io/deb/debian/main trixie main"],["https://dhi.io/apk/alpine/v3.24/main","https://dl-cdn.alpinelinux.org/alpine/v3.24/main","https://dl-cdn.alpinelinux.org/alpine/v3.24/community"],["https://dhi.io/apk/alpine/v3.23/main","https://dl-cdn.alpinelinux.org/alpine/v3.23/main","https://dl-cdn.alpinelinux.org/alpine/v3.23/community"],["https://dl-cdn.alpinelinux.org/alpine/v3.22/main","https://dl-cdn.alpinelinux.org/alpine/v3.22/community"],["https://dhi.io/apk/alpine/v3.24/main"],[],["https://dl-cdn.alpinelinux.org/alpine/v3.22/main","https://dl-cdn.alpinelinux.org/alpine/v3.22/community","https://dl-cdn.alpinelinux.org/alpine/edge/community"],["deb [signed-by=/usr/share/keyrings/microsoft-signing-key.gpg] https://packages.microsoft.com/debian/13/prod trixie main","deb [signed-by=/usr/share/keyrings/dhi-deb-main.gpg] http://dhi.io/deb/debian/main trixie main"],["https://dl-cdn.alpinelinux.org/alpine/v3.21/main","https://dl-cdn.alpinelinux.org/alpine/v3.21/community"],["https://dl-cdn.alpinelinux.org/alpine/v3.23/main","https://dl-cdn.alpinelinux.org/alpine/v3.23/community"],["deb [signed-by=/usr/share/keyrings/redis-archive-keyring.gpg] https://packages.redis.io/deb trixie main"],["https://dl-cdn.alpinelinux.org/alpine/v3.22/main","https://dl-cdn.alpinelinux.org/alpine/v3.22/community","http://nginx.org/packages/mainline/alpine/v3.22/main"],["https://dl-cdn.alpinelinux.org/alpine/v3.22/main","https://dl-cdn.alpinelinux.org/alpine/v3.22/community","http://nginx.org/packages/alpine/v3.22/main"],["https://dl-cdn.alpinelinux.org/alpine/v3.23/main","https://dl-cdn.alpinelinux.org/alpine/v3.23/community","http://nginx.org/packages/mainline/alpine/v3.23/main","https://dhi.io/apk/alpine/v3.23/main"],["https://dl-cdn.alpinelinux.org/alpine/v3.23/main","https://dl-cdn.alpinelinux.org/alpine/v3.23/community","http://nginx.org/packages/alpine/v3.23/main","https://dhi.io/apk/alpine/v3.23/main"],["deb [signed-by=/usr/share/keyrings/nginx-archive-keyring.gpg] https://nginx.org/packages/mainline/debian bookworm nginx"],["deb [signed-by=/usr/share/keyrings/nginx-archive-keyring.gpg] https://nginx.org/packages/debian bookworm nginx"],["deb [signed-by=/usr/share/keyrings/8793F200.gpg] https://developer.download.nvidia.com/compute/cuda/repos/debian13/${NVIDIA_ARCH}/ /","deb [signed-by=/usr/share/keyrings/dhi-deb-main.gpg] http://dhi.io/deb/debian/main trixie main"],["deb http://deb.debian.org/debian trixie contrib","deb [signed-by=/usr/share/keyrings/dhi-deb-main.gpg] http://dhi.io/deb/debian/main trixie main"],["deb [signed-by=/usr/share/keyrings/githubcli-archive-keyring.gpg] https://cli.github.com/packages stable main","deb [signed-by=/usr/share/keyrings/dhi-deb-main.gpg] http://dhi.io/deb/debian/main trixie main"],["deb [signed-by=/usr/share/keyrings/dhi-deb-main.gpg] http://dhi.io/deb/debian/main trixie main","deb [signed-by=/usr/share/keyrings/dhi-deb-main.gpg] http://dhi.io/deb/debian/main trixie main"]],"keyrings":[["https://dhi.io/keyring/dhi-deb-gpg.D46852F6925E9F71.key"],["https://dhi.io/keyring/dhi-apk@docker-0F81AD7700D99184.rsa.pub"],[],["https://packages.microsoft.com/keys/microsoft-2025.asc","https://dhi.io/keyring/dhi-deb-gpg.D46852F6925E9F71.key"],["https://packages.redis.io/gpg"],["https://nginx.org/keys/nginx_signing.rsa.pub"],["https://nginx.org/keys/nginx_signing.rsa.pub","https://dhi.io/keyring/dhi-apk@docker-0F81AD7700D99184.rsa.pub"],["https://nginx.org/keys/nginx_signing.key"],["https://developer.download.nvidia.com/compute/cuda/repos/debian13/${NVIDIA_ARCH}/8793F200.pub","https://dhi.io/keyring/dhi-deb-gpg.D46852F6925E9F71.key"],["https://ftp-master.debian.org/keys/archive-key-13.asc","https://dhi.io/keyring/dhi-deb-gpg.D46852F6925E9F71.key"],["https://cli.github.com/packages/githubcli-archive-keyring.gpg","https://dhi.io/keyring/dhi-deb-gpg.D46852F6925E9F71.key"],["https://dhi.io/keyring/dhi-deb-gpg.D46852F6925E9F71.key","https://dhi.io/keyring/dhi-deb-gpg.D46852F6925E9F71.key"]],"suffixes":[["-dev","-debian-dev","-debian13-dev"],["","-debian","-debian13"],["-compat","-debian-compat","-debian13-compat","-python3.13-compat","-python3.13-debian-compat","-python3.13-debian13-compat"],["-dev","-debian-dev","-debian13-dev","-python3.13-dev","-python3.13-debian-dev","-python3.13-debian13-dev"],["","-debian","-debian13","-python3.13","-python3.13-debian","-python3.13-debian13"],["-alpine-dev","-alpine3.24-dev"],["-alpine","-alpine3.24"],["-alpine3.23-dev"],["-alpine3.23"],["-dev","-alpine3.22-dev"],["","-alpine3.22"],["-dev","-alpine3.23-dev"],["","-alpine3.23"],["-dev","-alpine3.24-dev"],["","-alpine3.24"],["-alpine3.22-dev"],["-alpine3.22"],["-jdk-prime","-jdk-prime-debian","-jdk-prime-debian13"],["-jdk-zulu","-jdk-zulu-debian","-jdk-zulu-debian13"],["-node22.23-dev","-debian-node22.23-dev","-debian13-node22.23-dev"],["-node22.23","-debian-node22.23","-debian13-node22.23"],["-node24.19-dev","-debian-node24.19-dev","-debian13-node24.19-dev"],["-node24.19","-debian-node24.19","-debian13-node24.19"],["-python3.12","-debian-python3.12","-debian13-python3.12"],["-compat","-debian-compat","-debian13-compat"],["-alpine3.21"],["-alpine3.24"],["-debian12"],["-source"],["-helm3","-debian13"],["-alpine-dev","-alpine3.22-dev"],["-alpine","-alpine3.22"],["-base","-debian-base","-debian13-base"],["-alpine-dev","-alpine3.23-dev"],["-alpine-lein-dev","-alpine3.23-lein-dev"],["-alpine-lein","-alpine3.23-lein"],["-alpine-tools-deps-dev","-alpine3.23-tools-deps-dev"],["-alpine-tools-deps","-alpine3.23-tools-deps"],["-alpine","-alpine3.23"],["-lein-dev","-debian-lein-dev","-debian13-lein-dev"],["-lein","-debian-lein","-debian13-lein"],["-tools-deps-dev","-debian-tools-deps-dev","-debian13-tools-deps-dev"],["-tools-deps","-debian-tools-deps","-debian13-tools-deps"],["-emulators-dev","-debian-emulators-dev","-debian13-emulators-dev"],["-emulators","-debian-emulators","-debian13-emulators"],["-alpine-php8.2-dev","-alpine3.22-php8.2-dev"],["-alpine-php8.3-dev","-alpine3.22-php8.3-dev"],["-alpine-php8.4-dev","-alpine3.22-php8.4-dev"],["-php8.2-dev","-debian-php8.2-dev","-debian13-php8.2-dev"],["-php8.3-dev","-debian-php8.3-dev","-debian13-php8.3-dev"],["-php8.4-dev","-debian-php8.4-dev","-debian13-php8.4-dev"],["-php8.5-dev","-debian-php8.5-dev","-debian13-php8.5-dev"],["-locked-dev","-debian-locked-dev","-debian13-locked-dev"],["-locked","-debian-locked","-debian13-locked"],["-dev","-debian12-dev"],["","-debian12"],["-dev","-debian13-dev"],["","-debian13"],["-cli-dev","-debian-cli-dev","-debian13-cli-dev"],["-cli","-debian-cli","-debian13-cli"],["-sdk-alpine3.22"],["-sdk-alpine3.23"],["-sdk-alpine","-sdk-alpine3.24"],["-sdk","-sdk-debian","-sdk-debian13"],["-jdk-alpine3.22-dev"],["-jdk-alpine3.23-dev"],["-jdk-alpine-dev","-jdk-alpine3.24-dev"],["-jdk-dev","-jdk-debian-dev","-jdk-debian13-dev"],["-azureblob-dev","-debian-azureblob-dev","-debian13-azureblob-dev"],["-azureblob","-debian-azureblob","-debian13-azureblob"],["-cloudwatch-dev","-debian-cloudwatch-dev","-debian13-cloudwatch-dev"],["-cloudwatch","-debian-cloudwatch","-debian13-cloudwatch"],["-datadog-dev","-debian-datadog-dev","-debian13-datadog-dev"],["-datadog","-debian-datadog","-debian13-datadog"],["-elasticsearch7-dev","-debian-elasticsearch7-dev","-debian13-elasticsearch7-dev"],["-elasticsearch7","-debian-elasticsearch7","-debian13-elasticsearch7"],["-elasticsearch8-dev","-debian-elasticsearch8-dev","-debian13-elasticsearch8-dev"],["-elasticsearch8","-debian-elasticsearch8","-debian13-elasticsearch8"],["-forward-dev","-debian-forward-dev","-debian13-forward-dev"],["-forward","-debian-forward","-debian13-forward"],["-gcs-dev","-debian-gcs-dev","-debian13-gcs-dev"],["-gcs","-debian-gcs","-debian13-gcs"],["-graylog-dev","-debian-graylog-dev","-debian13-graylog-dev"],["-graylog","-debian-graylog","-debian13-graylog"],["-kafka-dev","-debian-kafka-dev","-debian13-kafka-dev"],["-kafka","-debian-kafka","-debian13-kafka"],["-kafka2-dev","-debian-kafka2-dev","-debian13-kafka2-dev"],["-kafka2","-debian-kafka2","-debian13-kafka2"],["-kinesis-dev","-debian-kinesis-dev","-debian13-kinesis-dev"],["-kinesis","-debian-kinesis","-debian13-kinesis"],["-logentries-dev","-debian-logentries-dev","-debian13-logentries-dev"],["-logentries","-debian-logentries","-debian13-logentries"],["-loggly-dev","-debian-loggly-dev","-debian13-loggly-dev"],["-loggly","-debian-loggly","-debian13-loggly"],["-logzio-dev","-debian-logzio-dev","-debian13-logzio-dev"],["-logzio","-debian-logzio","-debian13-logzio"],["-opensearch-dev","-debian-opensearch-dev","-debian13-opensearch-dev"],["-opensearch","-debian-opensearch","-debian13-opensearch"],["-papertrail-dev","-debian-papertrail-dev","-debian13-papertrail-dev"],["-papertrail","-debian-papertrail","-debian13-papertrail"],["-s3-dev","-debian-s3-dev","-debian13-s3-dev"],["-s3","-debian-s3","-debian13-s3"],["-syslog-dev","-debian-syslog-dev","-debian13-syslog-dev"],["-syslog","-debian-syslog","-debian13-syslog"],["-jre23","-jre23-debian","-jre23-debian13"],["-alpine3.22-sfw-ent-dev"],["-alpine3.23-sfw-ent-dev"],["-alpine-sfw-ent-dev","-alpine3.24-sfw-ent-dev"],["-debian12-dev"],["-debian12-sfw-ent-dev"],["-sfw-ent-dev","-debian-sfw-ent-dev","-debian13-sfw-ent-dev"],["-jdk11-alpine3.22-dev"],["-jdk17-alpine3.22-dev"],["-jdk21-alpine3.22-dev"],["-jdk25-alpine3.22-dev"],["-jdk11-alpine3.23-dev"],["-jdk17-alpine3.23-dev"],["-jdk21-alpine3.23-dev"],["-jdk25-alpine3.23-dev"],["-jdk11-alpine-dev","-jdk11-alpine3.24-dev"],["-jdk17-alpine-dev","-jdk17-alpine3.24-dev"],["-jdk21-alpine-dev","-jdk21-alpine3.24-dev"],["-jdk25-alpine-dev","-jdk25-alpine3.24-dev"],["-jdk11-dev","-jdk11-debian-dev","-jdk11-debian13-dev"],["-jdk17-dev","-jdk17-debian-dev","-jdk17-debian13-dev"],["-jdk21-dev","-jdk21-debian-dev","-jdk21-debian13-dev"],["-jdk25-dev","-jdk25-debian-dev","-jdk25-debian13-dev"],["-core-dev","-debian-core-dev","-debian13-core-dev"],["-core","-debian-core","-debian13-core"],["-native","-debian-native","-debian13-native"],["-dev","-debian-dev","-debian13-dev","-python3.11-dev","-python3.11-debian-dev","-python3.11-debian13-dev"],["","-debian","-debian13","-python3.11","-python3.11-debian","-python3.11-debian13"],["-iptables-dev","-debian-iptables-dev","-debian13-iptables-dev"],["-iptables","-debian-iptables","-debian13-iptables"],["-alpine","-alpine3.22","-python3.13-alpine","-python3.13-alpine3.22"],["-php-fpm-dev","-debian-php-fpm-dev","-debian13-php-fpm-dev"],["-php-fpm","-debian-php-fpm","-debian13-php-fpm"],["-alpine3.22-sfw-dev"],["-alpine3.23-sfw-dev"],["-alpine-sfw-dev","-alpine3.24-sfw-dev"],["-sfw-dev","-debian-sfw-dev","-debian13-sfw-dev"],["-cudnn-dev","-debian-cudnn-dev","-debian13-cudnn-dev"],["-cudnn","-debian-cudnn","-debian13-cudnn"],["-contrib-dev","-debian-contrib-dev","-debian13-contrib-dev"],["-contrib","-debian-contrib","-debian13-contrib"],["-pg18-dev","-debian-pg18-dev","-debian13-pg18-dev"],["-pg18","-debian-pg18","-debian13-pg18"],["-alpine3.22-fpm"],["-alpine3.23-fpm"],["-alpine-fpm","-alpine3.24-fpm"],["-fpm","-debian-fpm","-debian13-fpm"],["-cuda12.6-cudnn9-dev","-cuda12.6-cudnn9-debian-dev","-cuda12.6-cudnn9-debian13-dev"],["-cuda12.6-cudnn9","-cuda12.6-cudnn9-debian","-cuda12.6-cudnn9-debian13"],["-cuda12.8-cudnn9-dev","-cuda12.8-cudnn9-debian-dev","-cuda12.8-cudnn9-debian13-dev"],["-cuda12.8-cudnn9","-cuda12.8-cudnn9-debian","-cuda12.8-cudnn9-debian13"],["-cuda12.9-cudnn9-python3.12-debian-dev","-cuda12.9-cudnn9-python3.12-debian13-dev"],["-cuda12.9-cudnn9-python3.12-debian","-cuda12.9-cudnn9-python3.12-debian13"],["-cuda13.0-cudnn9-dev","-cuda13.0-cudnn9-debian-dev","-cuda13.0-cudnn9-debian13-dev"],["-cuda13.0-cudnn9","-cuda13.0-cudnn9-debian","-cuda13.0-cudnn9-debian13"],["-compat-dev","-debian-compat-dev","-debian13-compat-dev"],["-debian12-sfw-dev"],["-code","-code-2","-code-2.1","-code-2.1.240"],["-code-docker","-code-2-docker","-code-2.1-docker","-code-2.1.240-docker"],["-code-minimal","-code-2-minimal","-code-2.1-minimal","-code-2.1.240-minimal"],[""],["-docker"],["-agent","-agent-2026.08.11-e8db854"],["-agent-docker","-agent-2026.08.11-e8db854-docker"],["-agent","-agent-1","-agent-1.127","-agent-1.127.0"],["-agent-docker","-agent-1-docker","-agent-1.127-docker","-agent-1.127.0-docker"],["-python","-debian-python","-debian13-python"],["-musl-alpine3.22"],["-musl-alpine3.23"],["-musl-alpine","-musl-alpine3.24"],["-glibc-debian12"],["-glibc","-glibc-debian","-glibc-debian13"],["-kafka-4.2.1-dev","-debian-kafka-4.2.1-dev","-debian13-kafka-4.2.1-dev"],["-kafka-4.2.1","-debian-kafka-4.2.1","-debian13-kafka-4.2.1"],["-kafka-4.3.1-dev","-debian-kafka-4.3.1-dev","-debian13-kafka-4.3.1-dev"],["-kafka-4.3.1","-debian-kafka-4.3.1","-debian13-kafka-4.3.1"],["-jdk17-alpine-dev","-jdk17-alpine3.22-dev"],["-jdk17-alpine","-jdk17-alpine3.22"],["-jdk21-alpine-dev","-jdk21-alpine3.22-dev"],["-jdk21-alpine","-jdk21-alpine3.22"],["-jdk25-alpine-dev","-jdk25-alpine3.22-dev"],["-jdk25-alpine","-jdk25-alpine3.22"],["-jdk17","-jdk17-debian","-jdk17-debian13"],["-jdk21","-jdk21-debian","-jdk21-debian13"],["-jdk25","-jdk25-debian","-jdk25-debian13"],["-alpine3.23-compat"],["-alpine-compat","-alpine3.24-compat"],["-sentinel-dev","-debian-sentinel-dev","-debian13-sentinel-dev"],["-sentinel","-debian-sentinel","-debian13-sentinel"],["-helm","-debian-helm","-debian13-helm"],["-alpine-compat-dev","-alpine3.23-compat-dev"],["-alpine-compat","-alpine3.23-compat"],["-alpine-php8.3-fpm-dev","-alpine3.22-php8.3-fpm-dev"],["-alpine-php8.3-fpm","-alpine3.22-php8.3-fpm"],["-alpine-php8.4-fpm-dev","-alpine3.22-php8.4-fpm-dev"],["-alpine-php8.4-fpm","-alpine3.22-php8.4-fpm"],["-alpine-php8.5-fpm-dev","-alpine3.22-php8.5-fpm-dev"],["-alpine-php8.5-fpm","-alpine3.22-php8.5-fpm"],["-php8.3-fpm-dev","-debian-php8.3-fpm-dev","-debian13-php8.3-fpm-dev"],["-php8.3-fpm","-debian-php8.3-fpm","-debian13-php8.3-fpm"],["-php8.4-fpm-dev","-debian-php8.4-fpm-dev","-debian13-php8.4-fpm-dev"],["-php8.4-fpm","-debian-php8.4-fpm","-debian13-php8.4-fpm"],["-php8.5-fpm-dev","-debian-php8.5-fpm-dev","-debian13-php8.5-fpm-dev"],["-php8.5-fpm","-debian-php8.5-fpm","-debian13-php8.5-fpm"],["-ui-dev","-debian-ui-dev","-debian13-ui-dev"],["-ui","-debian-ui","-debian13-ui"]]}';
}
function dhiCatalogImages() {
  return "access-log-exporter	d|debian13|apt|bash|root|0|0|0,0.4,0.4.11|0 r|debian13|||nonroot|0|0|0,0.4,0.4.11|1\nactivemq-artemis	d|debian13|apt|bash|root|0|0|2,2.56,2.56.0|0 r|debian13||bash|nonroot|0|0|2,2.56,2.56.0|1\nadc	d|debian13|apt|bash|root|0|0|0,0.29,0.29.0|0 r|debian13|||nonroot|0|0|0,0.29,0.29.0|1\nairflow	r|debian13||bash|airflow|0|0|3,3.3,3.3.1|2 d|debian13|apt|bash|root|0|0|3,3.3,3.3.1|3 r|debian13|||airflow|0|0|3,3.3,3.3.1|4\nairflow-pgbouncer-exporter	d|alpine3.24|apk|busybox|root|1|1|0,0.20,0.20.0|5 r|alpine3.24|||nonroot|1|1|0,0.20,0.20.0|6 d|debian13|apt|bash|root|0|0|0,0.20,0.20.0|0 r|debian13|||nonroot|0|0|0,0.20,0.20.0|1\nalertmanager	d|alpine3.23|apk|busybox|root|2|1|0,0.34,0.34.0|7 r|alpine3.23|||nonroot|2|1|0,0.34,0.34.0|8 d|alpine3.24|apk|busybox|root|1|1|0,0.34,0.34.0|5 r|alpine3.24|||nonroot|1|1|0,0.34,0.34.0|6 d|debian13|apt|bash|root|0|0|0,0.34,0.34.0|0 r|debian13|||nonroot|0|0|0,0.34,0.34.0|1\nalloy	d|debian13|apt|bash|root|0|0|1,1.18,1.18.1|0 r|debian13|||alloy|0|0|1,1.18,1.18.1|1\nalpine-base	d|alpine3.22|apk|busybox|root|3|2|3.22|9 r|alpine3.22||busybox|nonroot|3|2|3.22|10 d|alpine3.23|apk|busybox|root|2|1|3.23|11 r|alpine3.23||busybox|nonroot|2|1|3.23|12 d|alpine3.24|apk|busybox|root|4|1|3.24|13 r|alpine3.24||busybox|nonroot|4|1|3.24|14\namazon-eks-pod-identity-webhook	d|debian13|apt|bash|root|0|0|0,0.6,0.6.17|0 r|debian13|||nonroot|0|0|0,0.6,0.6.17|1\namazon-k8s-cni	d|debian13|apt|bash|root|0|0|1,1.23,1.23.0|0 r|debian13|||nonroot|0|0|1,1.23,1.23.0|1\namazon-k8s-cni-init	d|debian13|apt|bash|root|0|0|1,1.23,1.23.0|0 r|debian13|||nonroot|0|0|1,1.23,1.23.0|1\namazoncorretto	d|alpine3.22|apk|busybox|root|3|2|11,11.0,11.0.32,11.0.32.10.1|15 r|alpine3.22|||nonroot|3|2|11,11.0,11.0.32,11.0.32.10.1|16 d|alpine3.22|apk|busybox|root|3|2|17,17.0,17.0.20,17.0.20.10.1|15 r|alpine3.22|||nonroot|3|2|17,17.0,17.0.20,17.0.20.10.1|16 d|alpine3.22|apk|busybox|root|3|2|21,21.0,21.0.12,21.0.12.9.1|15 r|alpine3.22|||nonroot|3|2|21,21.0,21.0.12,21.0.12.9.1|16 d|alpine3.22|apk|busybox|root|3|2|25,25.0,25.0.4,25.0.4.8.1|15 r|alpine3.22|||nonroot|3|2|25,25.0,25.0.4,25.0.4.8.1|16 d|alpine3.22|apk|busybox|root|3|2|26,26.0,26.0.2,26.0.2.11.1|15 r|alpine3.22|||nonroot|3|2|26,26.0,26.0.2,26.0.2.11.1|16 d|alpine3.22|apk|busybox|root|3|2|8,8.504,8.504.01,8.504.01.1|15 r|alpine3.22|||nonroot|3|2|8,8.504,8.504.01,8.504.01.1|16 d|alpine3.23|apk|busybox|root|2|1|11,11.0,11.0.32,11.0.32.10.1-r0|7 r|alpine3.23|||nonroot|2|1|11,11.0,11.0.32,11.0.32.10.1-r0|8 d|alpine3.23|apk|busybox|root|2|1|17,17.0,17.0.20,17.0.20.10.1-r0|7 r|alpine3.23|||nonroot|2|1|17,17.0,17.0.20,17.0.20.10.1-r0|8 d|alpine3.23|apk|busybox|root|2|1|21,21.0,21.0.12,21.0.12.9.1-r0|7 r|alpine3.23|||nonroot|2|1|21,21.0,21.0.12,21.0.12.9.1-r0|8 d|alpine3.23|apk|busybox|root|2|1|25,25.0,25.0.4,25.0.4.8.1-r0|7 r|alpine3.23|||nonroot|2|1|25,25.0,25.0.4,25.0.4.8.1-r0|8 d|alpine3.23|apk|busybox|root|2|1|8,8.504,8.504.01,8.504.01.1-r0|7 r|alpine3.23|||nonroot|2|1|8,8.504,8.504.01,8.504.01.1-r0|8 d|alpine3.24|apk|busybox|root|1|1|11,11.0,11.0.32,11.0.32.10.1-r0|5 r|alpine3.24|||nonroot|1|1|11,11.0,11.0.32,11.0.32.10.1-r0|6 d|alpine3.24|apk|busybox|root|1|1|17,17.0,17.0.20,17.0.20.10.1-r0|5 r|alpine3.24|||nonroot|1|1|17,17.0,17.0.20,17.0.20.10.1-r0|6 d|alpine3.24|apk|busybox|root|1|1|21,21.0,21.0.12,21.0.12.9.1-r0|5 r|alpine3.24|||nonroot|1|1|21,21.0,21.0.12,21.0.12.9.1-r0|6 d|alpine3.24|apk|busybox|root|1|1|25,25.0,25.0.4,25.0.4.8.1-r0|5 r|alpine3.24|||nonroot|1|1|25,25.0,25.0.4,25.0.4.8.1-r0|6 d|alpine3.24|apk|busybox|root|1|1|8,8.504,8.504.01,8.504.01.1-r0|5 r|alpine3.24|||nonroot|1|1|8,8.504,8.504.01,8.504.01.1-r0|6 d|debian13|apt|bash|root|5|2|11,11.0,11.0.32,11.0.32.10.1|0 r|debian13|||nonroot|0|0|11,11.0,11.0.32,11.0.32.10.1|1 d|debian13|apt|bash|root|5|2|17,17.0,17.0.20,17.0.20.10.1|0 r|debian13|||nonroot|0|0|17,17.0,17.0.20,17.0.20.10.1|1 d|debian13|apt|bash|root|5|2|21,21.0,21.0.12,21.0.12.9.1|0 r|debian13|||nonroot|0|0|21,21.0,21.0.12,21.0.12.9.1|1 d|debian13|apt|bash|root|5|2|25,25.0,25.0.4,25.0.4.8.1|0 r|debian13|||nonroot|0|0|25,25.0,25.0.4,25.0.4.8.1|1 d|debian13|apt|bash|root|5|2|26,26.0,26.0.2,26.0.2.11.1|0 r|debian13|||nonroot|0|0|26,26.0,26.0.2,26.0.2.11.1|1 d|debian13|apt|bash|root|5|2|8,8.504,8.504.01,8.504.01.1|0 r|debian13|||nonroot|0|0|8,8.504,8.504.01,8.504.01.1|1\napigee-microgateway	r|debian13|||nonroot|0|0|3.3,3.3.11|1\napisix	d|debian13|apt|bash|root|5|2|3,3.18,3.18.0|0 r|debian13||bash|nonroot|5|2|3,3.18,3.18.0|1\napisix-ingress-controller	d|debian13|apt|bash|root|0|0|2,2.2,2.2.0|0 r|debian13|||nonroot|0|0|2,2.2,2.2.0|1\nargo-events	d|debian13|apt|bash|root|0|0|1,1.9,1.9.11|0 r|debian13|||nonroot|0|0|1,1.9,1.9.11|1\nargo-rollouts	d|debian13|apt|bash|root|0|0|1,1.9,1.9.1|0 r|debian13|||999|0|0|1,1.9,1.9.1|1\nargo-workflow-controller	d|debian13|apt|bash|root|0|0|3,3.7,3.7.18|0 r|debian13|||argocd|0|0|3,3.7,3.7.18|1 d|debian13|apt|bash|root|0|0|4,4.1,4.1.2|0 r|debian13|||argocd|0|0|4,4.1,4.1.2|1\nargocd	r|debian13||dash|999|0|0|3.3,3.3.14|1 r|debian13||dash|999|0|0|3.4,3.4.7|1 r|debian13||dash|999|0|0|3,3.5,3.5.1|1\nargocd-image-updater	d|debian13|apt|bash|root|0|0|1,1.3,1.3.0|0 r|debian13|||1000|0|0|1,1.3,1.3.0|1\nargocli	d|debian13|apt|bash|root|0|0|3,3.7,3.7.18|0 r|debian13|||argocli|0|0|3,3.7,3.7.18|1 d|debian13|apt|bash|root|0|0|4,4.1,4.1.1|0 r|debian13|||argocli|0|0|4,4.1,4.1.1|1\nargoexec	d|debian13|apt|bash|root|0|0|3,3.7,3.7.18|0 r|debian13|||argoexec|0|0|3,3.7,3.7.18|1 d|debian13|apt|bash|root|0|0|4,4.1,4.1.1|0 r|debian13|||argoexec|0|0|4,4.1,4.1.1|1\naspnetcore	d|alpine3.22|apk|busybox,bash|root|6|2|10,10.0,10.0.10|15 r|alpine3.22|||nonroot|6|2|10,10.0,10.0.10|16 d|alpine3.22|apk|busybox,bash|root|6|2|8,8.0,8.0.29|15 r|alpine3.22|||nonroot|6|2|8,8.0,8.0.29|16 d|alpine3.22|apk|busybox,bash|root|6|2|9,9.0,9.0.18|15 r|alpine3.22|||nonroot|6|2|9,9.0,9.0.18|16 d|alpine3.23|apk|busybox,bash|root|2|1|10,10.0,10.0.10|7 r|alpine3.23|||nonroot|2|1|10,10.0,10.0.10|8 d|alpine3.23|apk|busybox,bash|root|2|1|8,8.0,8.0.29|7 r|alpine3.23|||nonroot|2|1|8,8.0,8.0.29|8 d|alpine3.23|apk|busybox,bash|root|2|1|9,9.0,9.0.18|7 r|alpine3.23|||nonroot|2|1|9,9.0,9.0.18|8 d|alpine3.24|apk|busybox,bash|root|1|1|10,10.0,10.0.10|5 r|alpine3.24|||nonroot|1|1|10,10.0,10.0.10|6 d|alpine3.24|apk|busybox,bash|root|1|1|8,8.0,8.0.29|5 r|alpine3.24|||nonroot|1|1|8,8.0,8.0.29|6 d|alpine3.24|apk|busybox,bash|root|1|1|9,9.0,9.0.18|5 r|alpine3.24|||nonroot|1|1|9,9.0,9.0.18|6 d|debian13|apt|bash|root|0|0|10,10.0,10.0.11|0 r|debian13|||nonroot|0|0|10,10.0,10.0.11|1 d|debian13|apt|bash|root|0|0|8,8.0,8.0.30|0 r|debian13|||nonroot|0|0|8,8.0,8.0.30|1 d|debian13|apt|bash|root|0|0|9,9.0,9.0.19|0 r|debian13|||nonroot|0|0|9,9.0,9.0.19|1\naws-ebs-csi-driver	d|debian13|apt|bash|root|0|0|1,1.64,1.64.0|0 r|debian13|||nonroot|0|0|1,1.64,1.64.0|1\naws-efs-csi-driver	d|debian13|apt|bash|root|0|0|2,2.3,2.3.1|0 r|debian13|||nonroot|0|0|2,2.3,2.3.1|1 d|debian13|apt|bash|root|0|0|3,3.4,3.4.2|0 r|debian13|||nonroot|0|0|3,3.4,3.4.2|1\naws-eks-pod-identity-agent	d|debian13|apt|bash|root|0|0|0,0.2,0.2.1|0 d|debian13|apt|bash|root|0|0|0.1,0.1.20|0 r|debian13|||nonroot|0|0|0.1,0.1.20|1 r|debian13|||nonroot|0|0|0,0.2,0.2.1|1\naws-load-balancer-controller	d|debian13|apt|bash|root|0|0|2,2.17,2.17.1|0 d|debian13|apt|bash|root|0|0|2.16,2.16.0|0 r|debian13|||nonroot|0|0|2.16,2.16.0|1 r|debian13|||nonroot|0|0|2,2.17,2.17.1|1 d|debian13|apt|bash|root|0|0|3,3.5,3.5.0|0 r|debian13|||nonroot|0|0|3,3.5,3.5.0|1\naws-mountpoint-s3-csi-driver	d|debian13|apt|bash|root|0|0|2,2.7,2.7.0|0 d|debian13|apt|bash|root|0|0|2.2,2.2.2|0 r|debian13|||nonroot|0|0|2.2,2.2.2|1 r|debian13|||nonroot|0|0|2,2.7,2.7.0|1\naws-network-policy-agent	d|debian13|apt|bash|root|0|0|1,1.4,1.4.1|0 r|debian13|||root|0|0|1,1.4,1.4.1|1\naws-node-termination-handler	d|debian13|apt|bash|root|0|0|1,1.25,1.25.6|0 r|debian13|||nonroot|0|0|1,1.25,1.25.6|1\naws-privateca-issuer	d|debian13|apt|bash|root|0|0|1,1.9,1.9.1|0 r|debian13|||nonroot|0|0|1,1.9,1.9.1|1\naws-sigv4-proxy	d|debian13|apt|bash|root|0|0|1,1.12|0 r|debian13|||nonroot|0|0|1,1.12|1\nawscli	d|debian13|apt|bash|root|0|0|1,1.46,1.46.0|0 r|debian13|||nonroot|0|0|1,1.46,1.46.0|1 r|debian13|||nonroot|0|0|2,2.36,2.36.29|1\nazul	r|debian13|||nonroot|5|2|11|17 r|debian13|||nonroot|5|2|11|18 r|debian13|||nonroot|5|2|17|17 r|debian13|||nonroot|5|2|17|18 r|debian13|||nonroot|5|2|21|17 r|debian13|||nonroot|5|2|21|18 r|debian13|||nonroot|5|2|25|18\nazure-cli	d|alpine3.24|apk|bash|root|1|1|2,2.89,2.89.1|5 r|alpine3.24|||nonroot|1|1|2,2.89,2.89.1|6 d|debian13|apt|bash|root|0|0|2,2.89,2.89.1|0 r|debian13|||nonroot|0|0|2,2.89,2.89.1|1\nazure-functions-node	d|debian13|apt|bash|root|7|3|4,4.1054,4.1054.100|19 r|debian13||bash|nonroot|7|3|4,4.1054,4.1054.100|20 d|debian13|apt|bash|root|7|3|4,4.1054,4.1054.100|21 r|debian13||bash|nonroot|7|3|4,4.1054,4.1054.100|22\nazure-functions-python	r|debian13||bash|nonroot|7|3|4,4.1054,4.1054.100|23\nazure-keyvault-controller	d|debian13|apt|bash|root|0|0|1,1.8,1.8.4|0 r|debian13|||65532|0|0|1,1.8,1.8.4|1\nazure-metrics-exporter	d|debian13|apt|bash|root|0|0|25,25.12,25.12.0|0 r|debian13|||nonroot|0|0|25,25.12,25.12.0|1\nazure-service-operator	d|debian13||bash|root|0|0|2,2.20,2.20.0|0 r|debian13|||nonroot|0|0|2,2.20,2.20.0|1\nbash	d|alpine3.22|apk|bash|root|3|2|5,5.2,5.2.37|15 r|alpine3.22||bash|nonroot|3|2|5,5.2,5.2.37|16 d|alpine3.23|apk|bash|root|2|1|5,5.3,5.3.3|7 r|alpine3.23||bash|nonroot|2|1|5,5.3,5.3.3|8 d|alpine3.24|apk|bash|root|1|1|5,5.3,5.3.9|5 r|alpine3.24||bash|nonroot|1|1|5,5.3,5.3.9|6 r|debian13||bash|nonroot|0|0|5,5.2,5.2.37|24 d|debian13|apt|bash|root|0|0|5,5.2,5.2.37|0 r|debian13||bash|nonroot|0|0|5,5.2,5.2.37|1\nbats	d|alpine3.23|apk|busybox,bash|root|2|1|1,1.14,1.14.0|7 r|alpine3.23||busybox,bash|65532|2|1|1,1.14,1.14.0|8 d|alpine3.24|apk|busybox,bash|root|1|1|1,1.14,1.14.0|5 r|alpine3.24||busybox,bash|65532|1|1|1,1.14,1.14.0|6 d|debian13|apt|bash|root|5|2|1,1.14,1.14.0|0 r|debian13||bash|65532|5|2|1,1.14,1.14.0|1\nbeat-exporter	d|debian13|apt|bash|root|0|0|0,0.4,0.4.0|0 r|debian13|||nonroot|0|0|0,0.4,0.4.0|1\nbeyla	d|alpine3.24|apk|busybox|root|1|1|2,2.5,2.5.8|5 r|alpine3.24|||root|1|1|2,2.5,2.5.8|6 d|debian13|apt|bash|root|0|0|2,2.5,2.5.8|0 r|debian13|||root|0|0|2,2.5,2.5.8|1\nblackbox-exporter	d|alpine3.23|apk|busybox|root|2|1|0,0.28,0.28.0|7 r|alpine3.23|||nonroot|2|1|0,0.28,0.28.0|8 d|alpine3.24|apk|busybox|root|1|1|0,0.28,0.28.0|5 r|alpine3.24|||nonroot|1|1|0,0.28,0.28.0|6 d|debian13|apt|bash|root|0|0|0,0.28,0.28.0|0 r|debian13|||nonroot|0|0|0,0.28,0.28.0|1\nbrave-search-mcp	r|debian13|||node|5|2|2,2.1,2.1.3|1\nbuild	d|alpine3.21|apk|busybox,bash|root|8|2|2,2.20,2.20.0|25 d|alpine3.22|apk|busybox,bash|root|3|2|2,2.20,2.20.0|16 d|alpine3.23|apk|busybox,bash|root|2|1|2,2.20,2.20.0|8 d|alpine3.24|apk|busybox,bash|root|1|1|2,2.20,2.20.0|26 d|debian12|apt|bash|root|5|2|2,2.20,2.20.0|27 d|debian13|apt|bash|root|5|2|2,2.20,2.20.0|28 d|debian13|apt|bash|root|5|2|2,2.20,2.20.0|29\nbuildkit	d|debian13|apt|bash|root|0|0|0,0.32,0.32.2|0 r|debian13|||nonroot|0|0|0,0.32,0.32.2|1\nbuildkite-mcp	r|debian13|||nonroot|0|0|1,1.19,1.19.0|1\nbun	d|alpine3.22|apk|busybox|root|3|2|1,1.3,1.3.14|30 r|alpine3.22|||nonroot|3|2|1,1.3,1.3.14|31 d|debian13|apt|bash|root|0|0|1,1.3,1.3.14|0 r|debian13|||nonroot|0|0|1,1.3,1.3.14|1\nbusybox	d|alpine3.22|apk|busybox|root|3|2|1,1.37,1.37.0|15 r|alpine3.22||busybox|nonroot|3|2|1,1.37,1.37.0|16 d|alpine3.23|apk|busybox|root|2|1|1,1.37,1.37.0|7 r|alpine3.23||busybox|nonroot|2|1|1,1.37,1.37.0|8 d|alpine3.24|apk|busybox|root|1|1|1,1.38,1.38.0|5 r|alpine3.24||busybox|nonroot|1|1|1,1.38,1.38.0|6 d|debian13|apt|busybox|root|0|0|1,1.37,1.37.0|0 r|debian13||busybox|nonroot|0|0|1,1.37,1.37.0|1\ncaddy	d|debian13|apt|bash|root|0|0|2,2.11,2.11.4|0 r|debian13|||nonroot|0|0|2,2.11,2.11.4|1\ncalico-apiserver	d|debian13|apt|bash|root|0|0|3,3.32,3.32.1|0 r|debian13|||10001|0|0|3,3.32,3.32.1,v3.32.1,3-debian,3-debian13,3.32-debian,3.32-debian13,3.32.1-debian,3.32.1-debian13|\ncalico-cni	d|debian13|apt|bash|root|0|0|3.31,3.31.7|0 r|debian13|||nonroot|0|0|3.31,3.31.7,v3.31.7,3.31-debian,3.31-debian13,3.31.7-debian,3.31.7-debian13| d|debian13|apt|bash|root|0|0|3,3.32,3.32.1|0 r|debian13|||nonroot|0|0|3,3.32,3.32.1,v3.32.1,3-debian,3-debian13,3.32-debian,3.32-debian13,3.32.1-debian,3.32.1-debian13|\ncalico-csi	d|debian13|apt|bash|root|0|0|3.31,3.31.7|0 r|debian13|||nonroot|0|0|3.31,3.31.7,v3.31.7,3.31-debian,3.31-debian13,3.31.7-debian,3.31.7-debian13| d|debian13|apt|bash|root|0|0|3,3.32,3.32.1|0 r|debian13|||nonroot|0|0|3,3.32,3.32.1,v3.32.1,3-debian,3-debian13,3.32-debian,3.32-debian13,3.32.1-debian,3.32.1-debian13|\ncalico-ctl	d|debian13|apt|bash|root|0|0|3,3.32,3.32.1|0 r|debian13|||nonroot|0|0|3,3.32,3.32.1,v3.32.1,3-debian,3-debian13,3.32-debian,3.32-debian13,3.32.1-debian,3.32.1-debian13|\ncalico-goldmane	d|debian13|apt|bash|root|0|0|3,3.32,3.32.1|0 r|debian13|||10001|0|0|3,3.32,3.32.1,v3.32.1,3-debian,3-debian13,3.32-debian,3.32-debian13,3.32.1-debian,3.32.1-debian13|\ncalico-kube-controllers	d|debian13|apt|bash|root|0|0|3.30,3.30.7|0 r|debian13|||999|0|0|3.30,3.30.7,v3.30.7,3.30-debian,3.30-debian13,3.30.7-debian,3.30.7-debian13| d|debian13|apt|bash|root|0|0|3.31,3.31.7|0 r|debian13|||999|0|0|3.31,3.31.7,v3.31.7,3.31-debian,3.31-debian13,3.31.7-debian,3.31.7-debian13| d|debian13|apt|bash|root|0|0|3,3.32,3.32.1|0 r|debian13|||999|0|0|3,3.32,3.32.1,v3.32.1,3-debian,3-debian13,3.32-debian,3.32-debian13,3.32.1-debian,3.32.1-debian13|\ncalico-node	d|debian13|apt|bash|root|0|0|3.30,3.30.7|0 r|debian13||bash|nonroot|0|0|3.30,3.30.7,v3.30.7,3.30-debian,3.30-debian13,3.30.7-debian,3.30.7-debian13| d|debian13|apt|bash|root|0|0|3.31,3.31.7|0 r|debian13||bash|nonroot|0|0|3.31,3.31.7,v3.31.7,3.31-debian,3.31-debian13,3.31.7-debian,3.31.7-debian13| d|debian13|apt|bash|root|0|0|3,3.32,3.32.1|0 r|debian13||bash|nonroot|0|0|3,3.32,3.32.1,v3.32.1,3-debian,3-debian13,3.32-debian,3.32-debian13,3.32.1-debian,3.32.1-debian13|\ncalico-node-driver-registrar	d|debian13|apt|bash|root|0|0|3,3.32,3.32.1|0 r|debian13|||nonroot|0|0|3,3.32,3.32.1,v3.32.1,3-debian,3-debian13,3.32-debian,3.32-debian13,3.32.1-debian,3.32.1-debian13|\ncalico-pod2daemon-flexvol	d|debian13|apt|bash|root|0|0|3,3.32,3.32.1|0 r|debian13||bash|nonroot|0|0|3,3.32,3.32.1,v3.32.1,3-debian,3-debian13,3.32-debian,3.32-debian13,3.32.1-debian,3.32.1-debian13|\ncalico-typha	d|debian13|apt|bash|root|0|0|3,3.32,3.32.1|0 r|debian13|||999|0|0|3,3.32,3.32.1,v3.32.1,3-debian,3-debian13,3.32-debian,3.32-debian13,3.32.1-debian,3.32.1-debian13|\ncalico-webhooks	d|debian13|apt|bash|root|0|0|3,3.32,3.32.1|0 r|debian13|||nonroot|0|0|3,3.32,3.32.1,v3.32.1,3-debian,3-debian13,3.32-debian,3.32-debian13,3.32.1-debian,3.32.1-debian13|\ncalico-whisker	d|debian13|apt|bash,dash|root|0|0|3,3.32,3.32.1|0 r|debian13||dash|10001|0|0|3,3.32,3.32.1,v3.32.1,3-debian,3-debian13,3.32-debian,3.32-debian13,3.32.1-debian,3.32.1-debian13|\ncalico-whisker-backend	d|debian13|apt|bash|root|0|0|3,3.32,3.32.1|0 r|debian13|||10001|0|0|3,3.32,3.32.1,v3.32.1,3-debian,3-debian13,3.32-debian,3.32-debian13,3.32.1-debian,3.32.1-debian13|\ncass-config-builder	d|debian13|apt|bash|root|0|0|1,1.0,1.0.21|0 r|debian13|||nonroot|0|0|1,1.0,1.0.21|1\ncassandra	d|debian13|apt|bash|root|0|0|4.0,4.0.21|0 r|debian13||bash|cassandra|0|0|4.0,4.0.21|1 d|debian13|apt|bash|root|0|0|4,4.1,4.1.12|0 r|debian13||bash|cassandra|0|0|4,4.1,4.1.12|1 d|debian13|apt|bash|root|0|0|5,5.0,5.0.9|0 r|debian13||bash|cassandra|0|0|5,5.0,5.0.9|1\ncassandra-reaper	d|debian13|apt|bash|root|0|0|4,4.2,4.2.7|0 r|debian13|||nonroot|0|0|4,4.2,4.2.7|1 d|debian13|apt|bash|root|0|0|5,5.0,5.0.0|0 r|debian13|||nonroot|0|0|5,5.0,5.0.0|1\ncdi-apiserver	d|debian13|apt|bash|root|0|0|1,1.66,1.66.0|0 r|debian13|||65532|0|0|1,1.66,1.66.0|1\ncdi-cloner	d|debian13|apt|bash|root|0|0|1,1.66,1.66.0|0 r|debian13||bash|65532|0|0|1,1.66,1.66.0|1\ncdi-controller	d|debian13|apt|bash|root|0|0|1,1.66,1.66.0|0 r|debian13|||65532|0|0|1,1.66,1.66.0|1\ncdi-importer	d|debian13|apt|bash|root|0|0|1,1.66,1.66.0|0 r|debian13|||65532|0|0|1,1.66,1.66.0|1\ncdi-operator	d|debian13|apt|bash|root|0|0|1,1.66,1.66.0|0 r|debian13|||65532|0|0|1,1.66,1.66.0|1\ncdi-uploadproxy	d|debian13|apt|bash|root|0|0|1,1.66,1.66.0|0 r|debian13|||65532|0|0|1,1.66,1.66.0|1\ncdi-uploadserver	d|debian13|apt|bash|root|0|0|1,1.66,1.66.0|0 r|debian13|||65532|0|0|1,1.66,1.66.0|1\nceph	d|debian13|apt|bash|root|0|0|19,19.3,19.3.0|0 r|debian13||bash|ceph|0|0|19,19.3,19.3.0|1 d|debian13|apt|bash|root|0|0|20,20.3,20.3.0|0 r|debian13||bash|ceph|0|0|20,20.3,20.3.0|1 d|debian13|apt|bash|root|0|0|21,21.3,21.3.0|0 r|debian13||bash|ceph|0|0|21,21.3,21.3.0|1\nceph-csi-operator	d|debian13|apt|bash|root|0|0|1,1.0,1.0.4|0 r|debian13|||nonroot|0|0|1,1.0,1.0.4|1\ncephcsi	d|debian13|apt|bash|root|0|0|3,3.17,3.17.0|0 r|debian13|||nonroot|0|0|3,3.17,3.17.0|1\ncert-exporter	d|debian13|apt|bash|root|0|0|2,2.19,2.19.0|0 r|debian13|||nonroot|0|0|2,2.19,2.19.0|1\ncert-manager-acmesolver	d|debian13|apt|bash|root|0|0|1.20,1.20.3|0 r|debian13|||nonroot|0|0|1.20,1.20.3|1 d|debian13|apt|bash|root|0|0|1,1.21,1.21.1|0 r|debian13|||nonroot|0|0|1,1.21,1.21.1|1\ncert-manager-cainjector	d|debian13|apt|bash|root|0|0|1.20,1.20.3|0 r|debian13|||nonroot|0|0|1.20,1.20.3|1 d|debian13|apt|bash|root|0|0|1,1.21,1.21.1|0 r|debian13|||nonroot|0|0|1,1.21,1.21.1|1\ncert-manager-controller	d|debian13|apt|bash|root|0|0|1.20,1.20.3|0 r|debian13|||nonroot|0|0|1.20,1.20.3|1 d|debian13|apt|bash|root|0|0|1,1.21,1.21.1|0 r|debian13|||nonroot|0|0|1,1.21,1.21.1|1\ncert-manager-istio-csr	d|debian13|apt|bash|root|0|0|0,0.17,0.17.0|0 r|debian13|||nonroot|0|0|0,0.17,0.17.0|1\ncert-manager-startupapicheck	d|debian13|apt|bash|root|0|0|1.20,1.20.3|0 r|debian13|||nonroot|0|0|1.20,1.20.3|1 d|debian13|apt|bash|root|0|0|1,1.21,1.21.1|0 r|debian13|||nonroot|0|0|1,1.21,1.21.1|1\ncert-manager-webhook	d|debian13|apt|bash|root|0|0|1.20,1.20.3|0 r|debian13|||nonroot|0|0|1.20,1.20.3|1 d|debian13|apt|bash|root|0|0|1,1.21,1.21.1|0 r|debian13|||nonroot|0|0|1,1.21,1.21.1|1\ncertbot	d|debian13|apt|bash|root|0|0|5,5.7,5.7.0|0 r|debian13|||nonroot|0|0|5,5.7,5.7.0|1\nchartmuseum	d|alpine3.24|apk|busybox|root|1|1|0,0.16,0.16.6|5 r|alpine3.24|||1000|1|1|0,0.16,0.16.6|6 d|debian13|apt|bash|root|0|0|0,0.16,0.16.6|0 r|debian13|||1000|0|0|0,0.16,0.16.6|1\ncilium	d|debian13|apt|bash|root|0|0|1.18,1.18.13|0 r|debian13||bash|nonroot|0|0|1.18,1.18.13|1 d|debian13|apt|bash|root|0|0|1.19,1.19.7|0 r|debian13||bash|nonroot|0|0|1.19,1.19.7|1 d|debian13|apt|bash|root|0|0|1,1.20,1.20.1|0 r|debian13||bash|nonroot|0|0|1,1.20,1.20.1|1\ncilium-certgen	d|debian13|apt|bash|root|0|0|0,0.4,0.4.11|0 r|debian13|||nonroot|0|0|0,0.4,0.4.11|1\ncilium-clustermesh-apiserver	r|debian13|||nonroot|0|0|1.18,1.18.13|1 r|debian13|||nonroot|0|0|1.19,1.19.7|1 r|debian13|||nonroot|0|0|1.20,1.20.1|1\ncilium-dnsproxy	d|alpine3.24|apk|busybox,bash|root|1|1|1.19,1.19.7|5 r|alpine3.24|||nonroot|1|1|1.19,1.19.7|6 d|alpine3.24|apk|busybox,bash|root|1|1|1,1.20,1.20.1|5 r|alpine3.24|||nonroot|1|1|1,1.20,1.20.1|6 d|debian13|apt|bash|root|0|0|1.19,1.19.7|0 r|debian13|||nonroot|0|0|1.19,1.19.7|1 d|debian13|apt|bash|root|0|0|1,1.20,1.20.1|0 r|debian13|||nonroot|0|0|1,1.20,1.20.1|1\ncilium-envoy	r|debian13|||root|0|0|1.18,1.18.13|24 d|debian13|apt|bash|root|0|0|1.18,1.18.13|0 r|debian13|||nonroot|0|0|1.18,1.18.13|1 r|debian13|||root|0|0|1.19,1.19.7|24 d|debian13|apt|bash|root|0|0|1.19,1.19.7|0 r|debian13|||nonroot|0|0|1.19,1.19.7|1 r|debian13|||root|0|0|1,1.20,1.20.0|24 d|debian13|apt|bash|root|0|0|1,1.20,1.20.0|0 r|debian13|||nonroot|0|0|1,1.20,1.20.0|1\ncilium-operator	d|debian13|apt|bash|root|0|0|1.18,1.18.13|0 r|debian13|||nonroot|0|0|1.18,1.18.13|1 d|debian13|apt|bash|root|0|0|1.19,1.19.7|0 r|debian13|||nonroot|0|0|1.19,1.19.7|1 d|debian13|apt|bash|root|0|0|1,1.20,1.20.1|0 r|debian13|||nonroot|0|0|1,1.20,1.20.1|1\ncilium-operator-aws	d|debian13|apt|bash|root|0|0|1.18,1.18.13|0 r|debian13|||nonroot|0|0|1.18,1.18.13|1 d|debian13|apt|bash|root|0|0|1.19,1.19.7|0 r|debian13|||nonroot|0|0|1.19,1.19.7|1 d|debian13|apt|bash|root|0|0|1,1.20,1.20.1|0 r|debian13|||nonroot|0|0|1,1.20,1.20.1|1\ncilium-operator-azure	d|debian13|apt|bash|root|0|0|1.18,1.18.13|0 r|debian13|||nonroot|0|0|1.18,1.18.13|1 d|debian13|apt|bash|root|0|0|1.19,1.19.7|0 r|debian13|||nonroot|0|0|1.19,1.19.7|1 d|debian13|apt|bash|root|0|0|1,1.20,1.20.1|0 r|debian13|||nonroot|0|0|1,1.20,1.20.1|1\ncilium-operator-generic	d|debian13|apt|bash|root|0|0|1.18,1.18.13|0 r|debian13|||nonroot|0|0|1.18,1.18.13|1 d|debian13|apt|bash|root|0|0|1.19,1.19.7|0 r|debian13|||nonroot|0|0|1.19,1.19.7|1 d|debian13|apt|bash|root|0|0|1,1.20,1.20.1|0 r|debian13|||nonroot|0|0|1,1.20,1.20.1|1\ncilium-startup-script	d|debian13|apt|bash|root|5|2|0,0.20260701|0 r|debian13||bash|nonroot|5|2|0,0.20260701|1\nclamav	r|debian13||dash|clamav|0|0|1.4,1.4.6|32 r|debian13||dash|clamav|0|0|1.4,1.4.6|1 r|debian13||dash|clamav|0|0|1.5,1.5.4|32 r|debian13||dash|clamav|0|0|1,1.5,1.5.4|1\nclickhouse-keeper	d|debian13|apt|bash|root|5|2|25.3,25.3.14|0 r|debian13|||nonroot|5|2|25.3,25.3.14|1 d|debian13|apt|bash|root|5|2|25,25.8,25.8.32|0 r|debian13|||nonroot|5|2|25,25.8,25.8.32|1 d|debian13|apt|bash|root|5|2|26,26.3,26.3.21|0 r|debian13|||nonroot|5|2|26,26.3,26.3.21|1 d|debian13|apt|bash|root|5|2|26.7,26.7.5|0 r|debian13|||nonroot|5|2|26.7,26.7.5|1\nclickhouse-metrics-exporter	d|debian13|apt|bash|root|0|0|0,0.27,0.27.3|0 r|debian13|||nonroot|0|0|0,0.27,0.27.3|1\nclickhouse-operator	d|debian13|apt|bash|root|0|0|0,0.27,0.27.3|0 r|debian13|||nonroot|0|0|0,0.27,0.27.3|1\nclickhouse-server	d|debian13|apt|bash|root|0|0|25.3,25.3.14|0 r|debian13||bash|clickhouse|0|0|25.3,25.3.14|1 d|debian13|apt|bash|root|0|0|25,25.8,25.8.32|0 r|debian13||bash|clickhouse|0|0|25,25.8,25.8.32|1 d|debian13|apt|bash|root|0|0|26.7,26.7.5|0 r|debian13||bash|clickhouse|0|0|26.7,26.7.5|1\nclojure	d|alpine3.23|apk|bash|root|9|2|1,1.12,1.12.5|33 d|alpine3.23|apk|bash|root|9|2|1,1.12,1.12.5|34 r|alpine3.23||bash|nonroot|9|2|1,1.12,1.12.5|35 d|alpine3.23|apk|bash|root|9|2|1,1.12,1.12.5|36 r|alpine3.23||bash|nonroot|9|2|1,1.12,1.12.5|37 r|alpine3.23||bash|nonroot|9|2|1,1.12,1.12.5|38 d|debian13|apt|bash|root|0|0|1,1.12,1.12.5|0 d|debian13|apt|bash|root|0|0|1,1.12,1.12.5|39 r|debian13||bash|nonroot|0|0|1,1.12,1.12.5|40 d|debian13|apt|bash|root|0|0|1,1.12,1.12.5|41 r|debian13||bash|nonroot|0|0|1,1.12,1.12.5|42 r|debian13||bash|nonroot|0|0|1,1.12,1.12.5|1\ncloud-controller-manager	d|debian13|apt|bash|root|0|0|1.34,1.34.11|0 r|debian13|||nonroot|0|0|1.34,1.34.11|1 d|debian13|apt|bash|root|0|0|1.35,1.35.8|0 r|debian13|||nonroot|0|0|1.35,1.35.8|1 d|debian13|apt|bash|root|0|0|1,1.36,1.36.4|0 r|debian13|||nonroot|0|0|1,1.36,1.36.4|1\ncloud-sdk	d|alpine3.24|apk|busybox,bash|root|1|1|581,581.0,581.0.0|5 r|alpine3.24||bash|nonroot|1|1|581,581.0,581.0.0|6 d|debian13|apt|bash|root|0|0|581,581.0,581.0.0|0 d|debian13|apt|bash|root|0|0|581,581.0,581.0.0|43 r|debian13||bash|nonroot|0|0|581,581.0,581.0.0|44 r|debian13||bash|nonroot|0|0|581,581.0,581.0.0|1\ncloudnative-pg	d|debian13|apt|bash|root|0|0|1.27,1.27.4|0 r|debian13|||nonroot|0|0|1.27,1.27.4|1 d|debian13|apt|bash|root|0|0|1.28,1.28.4|0 r|debian13|||nonroot|0|0|1.28,1.28.4|1 d|debian13|apt|bash|root|0|0|1.29,1.29.2|0 r|debian13|||nonroot|0|0|1.29,1.29.2|1 d|debian13|apt|bash|root|0|0|1,1.30,1.30.0|0 r|debian13|||nonroot|0|0|1,1.30,1.30.0|1\ncloudnative-pg-plugin-barman-cloud	d|debian13|apt|bash|root|0|0|0,0.14,0.14.0|0 r|debian13|||nonroot|0|0|0,0.14,0.14.0|1\ncloudnative-pg-plugin-barman-cloud-sidecar	d|debian13|apt|bash|root|0|0|0,0.14,0.14.0|0 r|debian13|||nonroot|0|0|0,0.14,0.14.0|1\ncomposer	d|alpine3.22|apk|busybox|root|3|2|2,2.10,2.10.2|45 d|alpine3.22|apk|busybox|root|3|2|2,2.10,2.10.2|46 d|alpine3.22|apk|busybox|root|3|2|2,2.10,2.10.2|47 d|alpine3.22|apk|busybox|root|3|2|2,2.10,2.10.2|30 d|alpine3.22|apk|busybox|root|3|2|2.2,2.2.29|45 d|alpine3.22|apk|busybox|root|3|2|2.2,2.2.29|46 d|alpine3.22|apk|busybox|root|3|2|2.2,2.2.29|47 d|alpine3.22|apk|busybox|root|3|2|2.2,2.2.29|30 d|debian13|apt|bash|root|0|0|2,2.10,2.10.2|48 d|debian13|apt|bash|root|0|0|2,2.10,2.10.2|49 d|debian13|apt|bash|root|0|0|2,2.10,2.10.2|50 d|debian13|apt|bash|root|0|0|2,2.10,2.10.2|51 d|debian13|apt|bash|root|0|0|2.2,2.2.29|48 d|debian13|apt|bash|root|0|0|2.2,2.2.29|49 d|debian13|apt|bash|root|0|0|2.2,2.2.29|50 d|debian13|apt|bash|root|0|0|2.2,2.2.29|51\nconfigmap-reload	d|alpine3.23|apk|busybox|root|2|1|0,0.15,0.15.0|7 r|alpine3.23|||nonroot|2|1|0,0.15,0.15.0|8 d|alpine3.24|apk|busybox|root|1|1|0,0.15,0.15.0|5 r|alpine3.24|||nonroot|1|1|0,0.15,0.15.0|6 d|debian13|apt|bash|root|0|0|0,0.15,0.15.0|0 r|debian13|||nonroot|0|0|0,0.15,0.15.0|1\nconfigurable-http-proxy	d|debian13|apt|bash|root|0|0|5,5.3,5.3.0|0 r|debian13|||nonroot|0|0|5,5.3,5.3.0|1\nconnaisseur	d|debian13|apt|bash|root|0|0|3,3.12,3.12.0|0 r|debian13|||nonroot|0|0|3,3.12,3.12.0|1\ncontext7-mcp	r|debian13|||nonroot|0|0|3,3.2,3.2.5,latest,3-debian,3-debian13,3.2-debian,3.2-debian13,3.2.5-debian,3.2.5-debian13|\ncontour	d|debian13|apt|bash,dash|root|0|0|1.31,1.31.6|0 r|debian13|||nonroot|0|0|1.31,1.31.6|1 d|debian13|apt|bash,dash|root|0|0|1.32,1.32.5|0 r|debian13|||nonroot|0|0|1.32,1.32.5|1 d|debian13|apt|bash,dash|root|0|0|1,1.33,1.33.6|0 r|debian13|||nonroot|0|0|1,1.33,1.33.6|1\ncoredns	d|debian13|apt|bash|root|0|0|1,1.14,1.14.7|0 r|debian13|||nonroot|0|0|1,1.14,1.14.7|1\ncosign	d|alpine3.23|apk|busybox|root|2|1|2,2.6,2.6.5|7 r|alpine3.23|||nonroot|2|1|2,2.6,2.6.5|8 d|alpine3.23|apk|busybox|root|2|1|3,3.1,3.1.3|7 r|alpine3.23|||nonroot|2|1|3,3.1,3.1.3|8 d|alpine3.24|apk|busybox|root|1|1|2,2.6,2.6.5|5 r|alpine3.24|||nonroot|1|1|2,2.6,2.6.5|6 d|alpine3.24|apk|busybox|root|1|1|3,3.1,3.1.3|5 r|alpine3.24|||nonroot|1|1|3,3.1,3.1.3|6 d|debian13|apt|bash|root|0|0|2,2.6,2.6.5|0 r|debian13|||nonroot|0|0|2,2.6,2.6.5|1 d|debian13|apt|bash|root|0|0|3,3.1,3.1.3|0 r|debian13|||nonroot|0|0|3,3.1,3.1.3|1\ncouchbase-mcp	r|alpine3.24|||nonroot|1|1|1,1.0,1.0.1|6 d|debian13|apt|bash|root|0|0|1,1.0,1.0.1|0 r|debian13|||nonroot|0|0|1,1.0,1.0.1|1\ncouchdb	d|debian13|apt|bash|root|0|0|3.4,3.4.3|0 r|debian13||bash|couchdb|0|0|3.4,3.4.3|1 d|debian13|apt|bash|root|0|0|3,3.5,3.5.2|0 r|debian13||bash|couchdb|0|0|3,3.5,3.5.2|1\ncrane	d|alpine3.23|apk|busybox|root|2|1|0,0.21,0.21.9|7 r|alpine3.23|||nonroot|2|1|0,0.21,0.21.9|8 d|alpine3.24|apk|busybox|root|1|1|0,0.21,0.21.9|5 r|alpine3.24|||nonroot|1|1|0,0.21,0.21.9|6 d|debian13|apt|bash|root|0|0|0,0.21,0.21.9|0 r|debian13|||nonroot|0|0|0,0.21,0.21.9|1\ncrossplane	d|debian13|apt|bash|root|0|0|1,1.20,1.20.11|0 r|debian13|||65532|0|0|1,1.20,1.20.11|1 d|debian13|apt|bash|root|0|0|2.0,2.0.8|0 r|debian13|||65532|0|0|2.0,2.0.8|1 d|debian13|apt|bash|root|0|0|2.1,2.1.8|0 r|debian13|||65532|0|0|2.1,2.1.8|1 d|debian13|apt|bash|root|0|0|2.2,2.2.5|0 r|debian13|||65532|0|0|2.2,2.2.5|1 d|debian13|apt|bash|root|0|0|2.3,2.3.5|0 r|debian13|||65532|0|0|2.3,2.3.5|1\ncsi-addons-k8s-sidecar	d|debian13|apt|bash|root|0|0|0,0.14,0.14.0|0 r|debian13|||nonroot|0|0|0,0.14,0.14.0|1\ncsi-attacher	d|debian13|apt|bash|root|0|0|4,4.12,4.12.0|0 r|debian13|||nonroot|0|0|4,4.12,4.12.0|1\ncsi-external-health-monitor-controller	d|debian13|apt|bash|root|0|0|0,0.18,0.18.0|0 r|debian13|||nonroot|0|0|0,0.18,0.18.0|1\ncsi-hostpath-plugin	d|debian13|apt|bash|root|0|0|1,1.18,1.18.0|0 r|debian13|||nonroot|0|0|1,1.18,1.18.0|1\ncsi-node-driver-registrar	d|debian13|apt|bash|root|0|0|2,2.17,2.17.0|0 r|debian13|||nonroot|0|0|2,2.17,2.17.0|1\ncsi-provisioner	d|debian13|apt|bash|root|0|0|6,6.3,6.3.0|0 r|debian13|||nonroot|0|0|6,6.3,6.3.0|1\ncsi-resizer	d|debian13|apt|bash|root|0|0|2,2.2,2.2.1|0 r|debian13|||nonroot|0|0|2,2.2,2.2.1|1\ncsi-snapshotter	d|debian13|apt|bash|root|0|0|8,8.6,8.6.0|0 r|debian13|||nonroot|0|0|8,8.6,8.6.0|1\ncurl	r|alpine3.22|||nonroot|3|2|8,8.14,8.14.1|16 r|alpine3.23|||nonroot|2|1|8,8.21,8.21.0|8 r|alpine3.24|||nonroot|1|1|8,8.21,8.21.0|6 d|debian13|apt|bash|root|5|2|8,8.14,8.14.1|0 r|debian13|||nonroot|5|2|8,8.14,8.14.1|1\ndapr-daprd	d|debian13|apt|bash|root|0|0|1,1.18,1.18.3|0 r|debian13|||nonroot|0|0|1,1.18,1.18.3|1\ndapr-injector	d|debian13|apt|bash|root|0|0|1,1.18,1.18.3|0 r|debian13|||nonroot|0|0|1,1.18,1.18.3|1\ndapr-operator	d|debian13|apt|bash|root|0|0|1,1.18,1.18.3|0 r|debian13|||65532|0|0|1,1.18,1.18.3|1\ndapr-placement	d|debian13|apt|bash|root|0|0|1,1.18,1.18.3|0 r|debian13|||65532|0|0|1,1.18,1.18.3|1\ndapr-scheduler	d|debian13|apt|bash|root|0|0|1,1.18,1.18.3|0 r|debian13|||65532|0|0|1,1.18,1.18.3|1\ndapr-sentry	d|debian13|apt|bash|root|0|0|1,1.18,1.18.3|0 r|debian13|||65532|0|0|1,1.18,1.18.3|1\ndart	d|alpine3.22|apk|busybox|root|3|2|3,3.10,3.10.9|30 r|alpine3.22||busybox|nonroot|3|2|3,3.10,3.10.9|31 d|debian13|apt|bash|root|0|0|3,3.13,3.13.1|0 r|debian13||bash|nonroot|0|0|3,3.13,3.13.1|1\ndata-prepper	d|debian13|apt|bash|root|0|0|2,2.16,2.16.0|0 r|debian13||bash|nonroot|0|0|2,2.16,2.16.0|1\ndatadog-cluster-agent	d|debian13|apt|bash|root|0|0|7,7.82,7.82.2|0 r|debian13|||nonroot|0|0|7,7.82,7.82.2|1\ndatadog-operator	d|alpine3.24|apk|busybox|root|1|1|1,1.29,1.29.0|5 r|alpine3.24|||nonroot|1|1|1,1.29,1.29.0|6 d|debian13|apt|bash|root|0|0|1,1.29,1.29.0|0 r|debian13|||nonroot|0|0|1,1.29,1.29.0|1\ndatahub-actions	d|debian13|apt|bash|root|0|0|1,1.6,1.6.0,1.6.0.1|0 d|debian13|apt|bash|root|0|0|1,1.6,1.6.0,1.6.0.1|52 r|debian13||bash|nonroot|0|0|1,1.6,1.6.0,1.6.0.1|53 r|debian13||bash|nonroot|0|0|1,1.6,1.6.0,1.6.0.1|1\ndatahub-frontend-react	d|debian13|apt|bash|root|0|0|1,1.6,1.6.0,1.6.0.1|0 r|debian13||bash|nonroot|0|0|1,1.6,1.6.0,1.6.0.1|1\ndatahub-gms	d|debian13|apt|bash|root|0|0|1,1.6,1.6.0,1.6.0.1|0 r|debian13||bash|nonroot|0|0|1,1.6,1.6.0,1.6.0.1|1\ndatahub-ingestion	d|debian13|apt|bash|root|0|0|1,1.6,1.6.0,1.6.0.1|0 d|debian13|apt|bash|root|0|0|1,1.6,1.6.0,1.6.0.1|52 r|debian13|||nonroot|0|0|1,1.6,1.6.0,1.6.0.1|53 r|debian13|||nonroot|0|0|1,1.6,1.6.0,1.6.0.1|1\ndatahub-mae-consumer	d|debian13|apt|bash|root|0|0|1,1.6,1.6.0,1.6.0.1|0 r|debian13||bash|nonroot|0|0|1,1.6,1.6.0,1.6.0.1|1\ndatahub-mce-consumer	d|debian13|apt|bash|root|0|0|1,1.6,1.6.0,1.6.0.1|0 r|debian13||bash|nonroot|0|0|1,1.6,1.6.0,1.6.0.1|1\ndatahub-upgrade	d|debian13|apt|bash|root|0|0|1,1.7,1.7.0|0 r|debian13||bash|datahub|0|0|1,1.7,1.7.0|1\ndatascience-notebook	d|debian13|apt|bash|root|0|0|2026-05-11|0 r|debian13||bash|jovyan|0|0|2026-05-11|1\ndcgm-exporter	d|debian13|apt|bash|root|0|0|4,4.6-4.8,4.6.0-4.8.3|0 r|debian13|||root|0|0|4,4.6-4.8,4.6.0-4.8.3|1\ndebian-base	d|debian12|apt|bash|root|5|2|bookworm|54 r|debian12|apt|bash|nonroot|5|2|bookworm|55 d|debian13|apt|bash|root|0|0|trixie|56 r|debian13||bash|nonroot|0|0|trixie|57\ndelve	d|alpine3.23|apk|busybox|root|2|1|1,1.27,1.27.1|7 r|alpine3.23|||nonroot|2|1|1,1.27,1.27.1|8 d|alpine3.24|apk|busybox|root|1|1|1,1.27,1.27.1|5 r|alpine3.24|||nonroot|1|1|1,1.27,1.27.1|6 d|debian13|apt|bash|root|0|0|1,1.26,1.26.3|0 r|debian13|||nonroot|0|0|1,1.26,1.26.3|1\ndeno	d|debian13|apt|bash|root|0|0|2,2.9,2.9.5|0 r|debian13|||deno|0|0|2,2.9,2.9.5|1\ndescheduler	d|debian13|apt|bash|root|0|0|0,0.36,0.36.0|0 r|debian13|||65532|0|0|0,0.36,0.36.0|1\ndex	r|debian13|||nonroot|0|0|2,2.45,2.45.1|1\ndistribution-registry	d|debian13|apt|bash|root|0|0|3,3.1,3.1.1|0 r|debian13|||nonroot|0|0|3,3.1,3.1.1|1\ndocker	d|debian13|apt|bash|root|0|0|29,29.7,29.7.2|58 r|debian13|||root|0|0|29,29.7,29.7.2|59\ndocker-dind	d|alpine3.24|apk|bash|root|1|1|29,29.7,29.7.2|5 r|alpine3.24|||root|1|1|29,29.7,29.7.2|6\ndotnet	r|alpine3.22|apk|busybox|root|6|2|10,10.0,10.0.302|60 r|alpine3.22|||nonroot|6|2|10,10.0,10.0.10|16 r|alpine3.22|apk|busybox|root|3|2|8,8.0,8.0.129|60 r|alpine3.22|||nonroot|3|2|8,8.0,8.0.29|16 r|alpine3.22|apk|busybox|root|3|2|9,9.0,9.0.119|60 r|alpine3.22|||nonroot|3|2|9,9.0,9.0.18|16 r|alpine3.23|apk|busybox|root|2|1|10,10.0,10.0.110|61 r|alpine3.23|||nonroot|2|1|10,10.0,10.0.10|8 r|alpine3.23|apk|busybox|root|2|1|8,8.0,8.0.129|61 r|alpine3.23|||nonroot|2|1|8,8.0,8.0.29|8 r|alpine3.23|apk|busybox|root|2|1|9,9.0,9.0.119|61 r|alpine3.23|||nonroot|2|1|9,9.0,9.0.18|8 r|alpine3.24|apk|busybox|root|1|1|10,10.0,10.0.302|62 r|alpine3.24|||nonroot|1|1|10,10.0,10.0.10|6 r|alpine3.24|apk|busybox|root|1|1|8,8.0,8.0.129|62 r|alpine3.24|||nonroot|1|1|8,8.0,8.0.29|6 r|alpine3.24|apk|busybox|root|1|1|9,9.0,9.0.119|62 r|alpine3.24|||nonroot|1|1|9,9.0,9.0.18|6 r|debian13|apt|bash|root|0|0|10,10.0,10.0.400|63 r|debian13|||nonroot|0|0|10,10.0,10.0.11|1 r|debian13|apt|bash|root|0|0|8,8.0,8.0.424|63 r|debian13|||nonroot|0|0|8,8.0,8.0.30|1 r|debian13|apt|bash|root|0|0|9,9.0,9.0.317|63 r|debian13|||nonroot|0|0|9,9.0,9.0.19|1\ndrbd-reactor	d|debian13|apt|bash|root|0|0|1,1.12,1.12.0|0 r|debian13|||nonroot|0|0|1,1.12,1.12.0|1\ndrbd-shutdown-guard	d|debian13|apt|bash|root|0|0|1,1.1,1.1.2|0 r|debian13||bash|root|0|0|1,1.1,1.1.2|1\ndrbd-utils	d|debian13|apt|bash|root|0|0|9,9.34,9.34.0|0 r|debian13|||nonroot|0|0|9,9.34,9.34.0|1\ndrbd9	d|debian13|apt|bash|root|0|0|9,9.3,9.3.3|0 r|debian13||bash|root|0|0|9,9.3,9.3.3|1\ndruid	d|debian13|apt|bash|root|0|0|36,36.0,36.0.0|0 r|debian13||bash|druid|0|0|36,36.0,36.0.0|1 d|debian13|apt|bash|root|0|0|37,37.0,37.0.0|0 r|debian13||bash|druid|0|0|37,37.0,37.0.0|1\neck-operator	d|debian13|apt|bash|root|0|0|2,2.16,2.16.1|0 r|debian13|||65532|0|0|2,2.16,2.16.1|1 d|debian13|apt|bash|root|0|0|3,3.5,3.5.0|0 r|debian13|||65532|0|0|3,3.5,3.5.0|1\neclipse-mosquitto	r|debian13|||nonroot|5|2|2,2.1,2.1.2|1\neclipse-temurin	d|alpine3.22|apk|busybox|root|3|2|11,11.0,11.0.32,11.0.32.9|64 d|alpine3.22|apk|busybox|root|3|2|17,17.0,17.0.20,17.0.20.8|64 d|alpine3.22|apk|busybox|root|3|2|21,21.0,21.0.12,21.0.12.8|64 d|alpine3.22|apk|busybox|root|3|2|25,25.0,25.0.4,25.0.4.7|64 d|alpine3.22|apk|busybox|root|3|2|26,26.0,26.0.2,26.0.2.10|64 d|alpine3.22|apk|busybox|root|3|2|8,8u502,8u502.b07|64 d|alpine3.22|apk|busybox|root|3|2|11,11.0,11.0.32,11.0.32.9|15 r|alpine3.22|||nonroot|3|2|11,11.0,11.0.32,11.0.32.9|16 d|alpine3.22|apk|busybox|root|3|2|17,17.0,17.0.20,17.0.20.8|15 r|alpine3.22|||nonroot|3|2|17,17.0,17.0.20,17.0.20.8|16 d|alpine3.22|apk|busybox|root|3|2|21,21.0,21.0.12,21.0.12.8|15 r|alpine3.22|||nonroot|3|2|21,21.0,21.0.12,21.0.12.8|16 d|alpine3.22|apk|busybox|root|3|2|25,25.0,25.0.4,25.0.4.7|15 r|alpine3.22|||nonroot|3|2|25,25.0,25.0.4,25.0.4.7|16 d|alpine3.22|apk|busybox|root|3|2|26,26.0,26.0.2,26.0.2.10|15 r|alpine3.22|||nonroot|3|2|26,26.0,26.0.2,26.0.2.10|16 d|alpine3.22|apk|busybox|root|3|2|8,8u502,8u502.b07|15 r|alpine3.22|||nonroot|3|2|8,8u502,8u502.b07|16 d|alpine3.23|apk|busybox|root|2|1|11,11.0,11.0.32,11.0.32.9|65 d|alpine3.23|apk|busybox|root|2|1|17,17.0,17.0.20,17.0.20.8|65 d|alpine3.23|apk|busybox|root|2|1|21,21.0,21.0.12,21.0.12.8|65 d|alpine3.23|apk|busybox|root|2|1|25,25.0,25.0.4,25.0.4.7|65 d|alpine3.23|apk|busybox|root|2|1|26,26.0,26.0.2,26.0.2.10|65 d|alpine3.23|apk|busybox|root|2|1|8,8.502,8.502.07|65 d|alpine3.23|apk|busybox|root|2|1|11,11.0,11.0.32,11.0.32.9|7 r|alpine3.23|||nonroot|2|1|11,11.0,11.0.32,11.0.32.9|8 d|alpine3.23|apk|busybox|root|2|1|17,17.0,17.0.20,17.0.20.8|7 r|alpine3.23|||nonroot|2|1|17,17.0,17.0.20,17.0.20.8|8 d|alpine3.23|apk|busybox|root|2|1|21,21.0,21.0.12,21.0.12.8|7 r|alpine3.23|||nonroot|2|1|21,21.0,21.0.12,21.0.12.8|8 d|alpine3.23|apk|busybox|root|2|1|25,25.0,25.0.4,25.0.4.7|7 r|alpine3.23|||nonroot|2|1|25,25.0,25.0.4,25.0.4.7|8 d|alpine3.23|apk|busybox|root|2|1|26,26.0,26.0.2,26.0.2.10|7 r|alpine3.23|||nonroot|2|1|26,26.0,26.0.2,26.0.2.10|8 d|alpine3.23|apk|busybox|root|2|1|8,8.502,8.502.07|7 r|alpine3.23|||nonroot|2|1|8,8.502,8.502.07|8 d|alpine3.24|apk|busybox|root|1|1|11,11.0,11.0.32,11.0.32.9|66 d|alpine3.24|apk|busybox|root|1|1|17,17.0,17.0.20,17.0.20.8|66 d|alpine3.24|apk|busybox|root|1|1|21,21.0,21.0.12,21.0.12.8|66 d|alpine3.24|apk|busybox|root|1|1|25,25.0,25.0.4,25.0.4.7|66 d|alpine3.24|apk|busybox|root|1|1|26,26.0,26.0.2,26.0.2.10|66 d|alpine3.24|apk|busybox|root|1|1|8,8.502,8.502.07|66 d|alpine3.24|apk|busybox|root|1|1|11,11.0,11.0.32,11.0.32.9|5 r|alpine3.24|||nonroot|1|1|11,11.0,11.0.32,11.0.32.9|6 d|alpine3.24|apk|busybox|root|1|1|17,17.0,17.0.20,17.0.20.8|5 r|alpine3.24|||nonroot|1|1|17,17.0,17.0.20,17.0.20.8|6 d|alpine3.24|apk|busybox|root|1|1|21,21.0,21.0.12,21.0.12.8|5 r|alpine3.24|||nonroot|1|1|21,21.0,21.0.12,21.0.12.8|6 d|alpine3.24|apk|busybox|root|1|1|25,25.0,25.0.4,25.0.4.7|5 r|alpine3.24|||nonroot|1|1|25,25.0,25.0.4,25.0.4.7|6 d|alpine3.24|apk|busybox|root|1|1|26,26.0,26.0.2,26.0.2.10|5 r|alpine3.24|||nonroot|1|1|26,26.0,26.0.2,26.0.2.10|6 d|alpine3.24|apk|busybox|root|1|1|8,8.502,8.502.07|5 r|alpine3.24|||nonroot|1|1|8,8.502,8.502.07|6 d|debian13|apt|bash|root|0|0|11,11.0,11.0.32,11.0.32.9|67 d|debian13|apt|bash|root|0|0|17,17.0,17.0.20,17.0.20.8|67 d|debian13|apt|bash|root|0|0|21,21.0,21.0.12,21.0.12.8|67 d|debian13|apt|bash|root|0|0|25,25.0,25.0.4,25.0.4.7|67 d|debian13|apt|bash|root|0|0|26,26.0,26.0.2,26.0.2.10|67 d|debian13|apt|bash|root|0|0|8,8u502,8u502.b07|67 r|debian13|||nonroot|0|0|11,11.0,11.0.32,11.0.32.9|1 r|debian13|||nonroot|0|0|17,17.0,17.0.20,17.0.20.8|1 r|debian13|||nonroot|0|0|21,21.0,21.0.12,21.0.12.8|1 r|debian13|||nonroot|0|0|25,25.0,25.0.4,25.0.4.7|1 r|debian13|||nonroot|0|0|26,26.0,26.0.2,26.0.2.10|1 r|debian13|||nonroot|0|0|8,8u502,8u502.b07|1\nelasticsearch	r|debian13||bash|elasticsearch|0|0|8,8.19,8.19.20|1 r|debian13||bash|elasticsearch|0|0|9,9.5,9.5.2|1\nelixir	d|alpine3.24|apk|bash|root|1|1|1.19,1.19.5|5 r|alpine3.24|||nonroot|1|1|1.19,1.19.5|6 d|alpine3.24|apk|bash|root|1|1|1,1.20,1.20.3|5 r|alpine3.24|||nonroot|1|1|1,1.20,1.20.3|6 d|debian13|apt|bash|root|0|0|1.19,1.19.5|0 r|debian13|||nonroot|0|0|1.19,1.19.5|1 d|debian13|apt|bash|root|0|0|1,1.20,1.20.3|0 r|debian13|||nonroot|0|0|1,1.20,1.20.3|1\nemissary	r|debian13|||ambassador|0|0|3,3.10,3.10.0|1 r|debian13|||ambassador|0|0|4,4.1,4.1.0|1\nenvoy	d|debian13|apt|bash|root|0|0|1.36,1.36.9|0 r|debian13|||nonroot|0|0|1.36,1.36.9|1 d|debian13|apt|bash|root|0|0|1.37,1.37.5|0 r|debian13|||nonroot|0|0|1.37,1.37.5|1 d|debian13|apt|bash|root|0|0|1.38,1.38.3|0 r|debian13|||nonroot|0|0|1.38,1.38.3|1 d|debian13|apt|bash|root|0|0|1,1.39,1.39.0|0 r|debian13|||nonroot|0|0|1,1.39,1.39.0|1\nenvoy-gateway	d|debian13|apt|bash|root|0|0|1.7,1.7.5|0 r|debian13|||nonroot|0|0|1.7,1.7.5|1 d|debian13|apt|bash|root|0|0|1.8,1.8.3|0 r|debian13|||nonroot|0|0|1.8,1.8.3|1 d|debian13|apt|bash|root|0|0|1,1.9,1.9.0|0 r|debian13|||nonroot|0|0|1,1.9,1.9.0|1\nenvoy-ratelimit	d|debian13|apt|bash|root|0|0|63728f0c304222dd1e9534d5d538b77b80e92544|0 r|debian13|||nonroot|0|0|63728f0c304222dd1e9534d5d538b77b80e92544|1\nerlang-otp	d|alpine3.23|apk|bash|root|2|1|27,27.3|7 r|alpine3.23|||nonroot|2|1|27,27.3|8 d|alpine3.23|apk|bash|root|2|1|28,28.5|7 r|alpine3.23|||nonroot|2|1|28,28.5|8 d|alpine3.24|apk|bash|root|1|1|27,27.3|5 r|alpine3.24|||nonroot|1|1|27,27.3|6 d|alpine3.24|apk|bash|root|1|1|28,28.5|5 r|alpine3.24|||nonroot|1|1|28,28.5|6 d|debian13|apt|bash,dash|root|5|2|27,27.3|0 r|debian13||dash|nonroot|5|2|27,27.3|1 d|debian13|apt|bash,dash|root|5|2|28,28.5|0 r|debian13||dash|nonroot|5|2|28,28.5|1 d|debian13|apt|bash,dash|root|5|2|29,29.0|0 r|debian13||dash|nonroot|5|2|29,29.0|1\netcd	d|debian13|apt|bash|root|0|0|3.6,3.6.14|0 r|debian13|||nonroot|0|0|3.6,3.6.14|1 d|debian13|apt|bash|root|0|0|3,3.7,3.7.1|0 r|debian13|||nonroot|0|0|3,3.7,3.7.1|1\nexternal-dns	d|alpine3.23|apk|busybox|root|2|1|0,0.21,0.21.0|7 r|alpine3.23|||nonroot|2|1|0,0.21,0.21.0|8 d|alpine3.24|apk|busybox|root|1|1|0,0.21,0.21.0|5 r|alpine3.24|||nonroot|1|1|0,0.21,0.21.0|6 d|debian13|apt|bash|root|0|0|0,0.21,0.21.0|0 r|debian13|||nonroot|0|0|0,0.21,0.21.0|1\nexternal-secrets	d|debian13|apt|bash|root|0|0|1,1.3,1.3.2|0 r|debian13|||nonroot|0|0|1,1.3,1.3.2|1 d|debian13|apt|bash|root|0|0|2,2.9,2.9.0|0 r|debian13|||nonroot|0|0|2,2.9,2.9.0|1\nfalco	d|debian13|apt|bash|root|0|0|0,0.44,0.44.1|0 r|debian13|||root|0|0|0,0.44,0.44.1|1\nfetch-mcp	r|debian13|||nonroot|0|0|2026,2026.8,latest,2026.8.18,2026-debian,2026-debian13,2026.8-debian,2026.8-debian13,2026.8.18-debian,2026.8.18-debian13|\nfilebeat	d|debian13|apt|bash|root|0|0|8,8.19,8.19.20|0 r|debian13|||nonroot|0|0|8,8.19,8.19.20|1 d|debian13|apt|bash|root|0|0|9.4,9.4.5|0 r|debian13|||nonroot|0|0|9.4,9.4.5|1 d|debian13|apt|bash|root|0|0|9,9.5,9.5.1|0 r|debian13|||nonroot|0|0|9,9.5,9.5.1|1\nfilesystem-mcp	r|debian13|||node|0|0|2026,2026.8,2026.8.18|1\nfirecrawl-mcp	r|debian13|||node|0|0|3,3.2,3.2.1,latest,3-debian,3-debian13,3.2-debian,3.2-debian13,3.2.1-debian,3.2.1-debian13|\nfleetconfig-controller	d|debian13|apt|bash|root|0|0|0,0.3,0.3.5|0 r|debian13|||65532|0|0|0,0.3,0.3.5|1\nflink-kubernetes-operator	d|debian13|apt|bash|root|0|0|1,1.15,1.15.0|0 r|debian13||bash|flink|0|0|1,1.15,1.15.0|1\nfluent-bit	d|debian13|apt|bash|root|0|0|5,5.1,5.1.1|0 r|debian13||bash|nonroot|0|0|5,5.1,5.1.1|1\nfluentd	d|debian13|apt|bash|root|0|0|1,1.19,1.19.3|0 r|debian13||bash|nonroot|0|0|1,1.19,1.19.3|1\nfluentd-kubernetes-daemonset	d|debian13|apt|bash|root|0|0|1,1.19,1.19.3|68 r|debian13||bash|nonroot|0|0|1,1.19,1.19.3|69 d|debian13|apt|bash|root|0|0|1,1.19,1.19.3|70 r|debian13||bash|nonroot|0|0|1,1.19,1.19.3|71 d|debian13|apt|bash|root|0|0|1,1.19,1.19.3|72 r|debian13||bash|nonroot|0|0|1,1.19,1.19.3|73 d|debian13|apt|bash|root|0|0|1,1.19,1.19.3|74 r|debian13||bash|nonroot|0|0|1,1.19,1.19.3|75 d|debian13|apt|bash|root|0|0|1,1.19,1.19.3|76 r|debian13||bash|nonroot|0|0|1,1.19,1.19.3|77 d|debian13|apt|bash|root|0|0|1,1.19,1.19.3|78 r|debian13||bash|nonroot|0|0|1,1.19,1.19.3|79 d|debian13|apt|bash|root|0|0|1,1.19,1.19.3|80 r|debian13||bash|nonroot|0|0|1,1.19,1.19.3|81 d|debian13|apt|bash|root|0|0|1,1.19,1.19.3|82 r|debian13||bash|nonroot|0|0|1,1.19,1.19.3|83 d|debian13|apt|bash|root|0|0|1,1.19,1.19.3|84 r|debian13||bash|nonroot|0|0|1,1.19,1.19.3|85 d|debian13|apt|bash|root|0|0|1,1.19,1.19.3|86 r|debian13||bash|nonroot|0|0|1,1.19,1.19.3|87 d|debian13|apt|bash|root|0|0|1,1.19,1.19.3|88 r|debian13||bash|nonroot|0|0|1,1.19,1.19.3|89 d|debian13|apt|bash|root|0|0|1,1.19,1.19.3|90 r|debian13||bash|nonroot|0|0|1,1.19,1.19.3|91 d|debian13|apt|bash|root|0|0|1,1.19,1.19.3|92 r|debian13||bash|nonroot|0|0|1,1.19,1.19.3|93 d|debian13|apt|bash|root|0|0|1,1.19,1.19.3|94 r|debian13||bash|nonroot|0|0|1,1.19,1.19.3|95 d|debian13|apt|bash|root|0|0|1,1.19,1.19.3|96 r|debian13||bash|nonroot|0|0|1,1.19,1.19.3|97 d|debian13|apt|bash|root|0|0|1,1.19,1.19.3|98 r|debian13||bash|nonroot|0|0|1,1.19,1.19.3|99 d|debian13|apt|bash|root|0|0|1,1.19,1.19.3|100 r|debian13||bash|nonroot|0|0|1,1.19,1.19.3|101 d|debian13|apt|bash|root|0|0|1,1.19,1.19.3|102 r|debian13||bash|nonroot|0|0|1,1.19,1.19.3|103\nflux-cli	d|debian13|apt|bash|root|0|0|2,2.9,2.9.4|0 r|debian13|||nonroot|0|0|2,2.9,2.9.4|1\nfluxcd-helm-controller	d|debian13|apt|bash|root|0|0|1,1.6,1.6.3|0 d|debian13|apt|bash|root|0|0|1.3,1.3.0|0 r|debian13|||nonroot|0|0|1.3,1.3.0|1 d|debian13|apt|bash|root|0|0|1.4,1.4.5|0 r|debian13|||nonroot|0|0|1.4,1.4.5|1 r|debian13|||nonroot|0|0|1,1.6,1.6.3|1\nfluxcd-image-automation-controller	d|debian13|apt|bash|root|0|0|1,1.2,1.2.4|0 r|debian13|||nonroot|0|0|1,1.2,1.2.4|1\nfluxcd-image-reflector-controller	d|debian13|apt|bash|root|0|0|1,1.2,1.2.4|0 r|debian13|||nonroot|0|0|1,1.2,1.2.4|1\nfluxcd-kustomize-controller	d|debian13|apt|bash|root|0|0|1,1.9,1.9.4|0 d|debian13|apt|bash|root|0|0|1.6,1.6.1|0 r|debian13||bash|nonroot|0|0|1.6,1.6.1|1 d|debian13|apt|bash|root|0|0|1.7,1.7.3|0 r|debian13||bash|nonroot|0|0|1.7,1.7.3|1 r|debian13||bash|nonroot|0|0|1,1.9,1.9.4|1\nfluxcd-notification-controller	d|debian13|apt|bash|root|0|0|1,1.9,1.9.3|0 d|debian13|apt|bash|root|0|0|1.6,1.6.0|0 r|debian13|||nonroot|0|0|1.6,1.6.0|1 d|debian13|apt|bash|root|0|0|1.7,1.7.5|0 r|debian13|||nonroot|0|0|1.7,1.7.5|1 r|debian13|||nonroot|0|0|1,1.9,1.9.3|1\nfluxcd-source-controller	d|debian13|apt|bash|root|0|0|1,1.9,1.9.4|0 d|debian13|apt|bash|root|0|0|1.6,1.6.2|0 r|debian13|||nonroot|0|0|1.6,1.6.2|1 d|debian13|apt|bash|root|0|0|1.7,1.7.4|0 r|debian13|||nonroot|0|0|1.7,1.7.4|1 r|debian13|||nonroot|0|0|1,1.9,1.9.4|1\nfluxcd-source-watcher	d|debian13|apt|bash|root|0|0|2,2.2,2.2.3|0 r|debian13|||nonroot|0|0|2,2.2,2.2.3|1\nflyway	r|debian13||bash|nonroot|5|2|11,11.20,11.20.3|104 r|debian13||bash|nonroot|5|2|12,12.11,12.11.0|104 r|debian13||bash|nonroot|5|2|13,13.3,13.3.0|104\nfrr	d|debian13|apt|bash|root|0|0|10.2,10.2.6|0 r|debian13||bash|frr|0|0|10.2,10.2.6|1 d|debian13|apt|bash|root|0|0|10.3,10.3.4|0 r|debian13||bash|frr|0|0|10.3,10.3.4|1 d|debian13|apt|bash|root|0|0|10.4,10.4.4|0 r|debian13||bash|frr|0|0|10.4,10.4.4|1 d|debian13|apt|bash|root|0|0|10.5,10.5.4|0 r|debian13||bash|frr|0|0|10.5,10.5.4|1 d|debian13|apt|bash|root|0|0|10.6,10.6.1|0 r|debian13||bash|frr|0|0|10.6,10.6.1|1 d|debian13|apt|bash|root|0|0|10,10.7,10.7.0|0 r|debian13||bash|frr|0|0|10,10.7,10.7.0|1\ngatekeeper	d|debian13|apt|bash|root|0|0|3.22,3.22.2|0 r|debian13|||nonroot|0|0|3.22,3.22.2|1 d|debian13|apt|bash|root|0|0|3,3.23,3.23.0|0 r|debian13|||nonroot|0|0|3,3.23,3.23.0|1\ngatekeeper-crds	d|debian13|apt|bash|root|0|0|3,3.23,3.23.0|0 r|debian13|||nonroot|0|0|3,3.23,3.23.0|1\ngha-runner-scale-set-controller	d|debian13|apt|bash|root|0|0|0,0.14,0.14.2|0 r|debian13|||65532|0|0|0,0.14,0.14.2|1\ngit	d|alpine3.23|apk|bash|root|2|1|2,2.55,2.55.0|7 r|alpine3.23|||nonroot|2|1|2,2.55,2.55.0|8 d|alpine3.24|apk|bash|root|1|1|2,2.55,2.55.0|5 r|alpine3.24|||nonroot|1|1|2,2.55,2.55.0|6 d|debian13|apt|bash|root|0|0|2,2.47,2.47.3|0 r|debian13|||nonroot|0|0|2,2.47,2.47.3|1\ngit-mcp	r|debian13|||nonroot|0|0|2026,2026.8,latest,2026.8.18,2026-debian,2026-debian13,2026.8-debian,2026.8-debian13,2026.8.18-debian,2026.8.18-debian13|\ngit-sync	d|debian13|apt|bash|root|0|0|4,4.7,4.7.1|0 r|debian13||bash|nonroot|0|0|4,4.7,4.7.1|1\ngitea	d|alpine3.24|apk|busybox,bash|root|1|1|1,1.27,1.27.2|5 r|alpine3.24||busybox,bash|git|1|1|1,1.27,1.27.2|6 d|debian13|apt|bash|root|0|0|1,1.27,1.27.2|0 r|debian13||bash|git|0|0|1,1.27,1.27.2|1\ngithub-mcp	r|debian13|||nonroot|0|0|1,1.10,1.10.1|1\ngitlab-container-registry	d|alpine3.24|apk|busybox|root|1|1|4,4.41,4.41.0|5 r|alpine3.24|||nonroot|1|1|4,4.41,4.41.0|6 d|debian13|apt|bash|root|0|0|4,4.41,4.41.0|0 r|debian13|||nonroot|0|0|4,4.41,4.41.0|1\ngitlab-pages	d|debian13|apt|bash|root|0|0|19,19.3,19.3.0|0 r|debian13|||nonroot|0|0|19,19.3,19.3.0|1\ngitlab-runner	d|debian13|apt|bash|root|0|0|18,18.11,18.11.4|0 r|debian13||bash|nonroot|0|0|18,18.11,18.11.4|1 d|debian13|apt|bash|root|0|0|19,19.3,19.3.0|0 r|debian13||bash|nonroot|0|0|19,19.3,19.3.0|1\ngitlab-runner-helper	r|debian13||bash|root|0|0|18,18.11,18.11.4|1 r|debian13||bash|root|0|0|19,19.3,19.3.0|1\ngitlab-shell	d|alpine3.24|apk|busybox,bash|root|1|1|14,14.56,14.56.1|5 r|alpine3.24||bash|git|1|1|14,14.56,14.56.1|6 d|debian13|apt|bash|root|0|0|14,14.56,14.56.1|0 r|debian13||bash|git|0|0|14,14.56,14.56.1|1\ngitlab-webservice	d|debian13|apt|bash|root|0|0|18,18.11,18.11.11|0 r|debian13||bash|git|0|0|18,18.11,18.11.11|1 d|debian13|apt|bash|root|0|0|19,19.1,19.1.6|0 r|debian13||bash|git|0|0|19,19.1,19.1.6|1\ngitlab-workhorse	d|alpine3.24|apk|busybox,bash|root|1|1|19,19.1,19.1.6|5 r|alpine3.24||bash|git|1|1|19,19.1,19.1.6|6 d|debian13|apt|bash|root|0|0|19,19.1,19.1.6|0 r|debian13||bash|git|0|0|19,19.1,19.1.6|1\ngitleaks	d|debian13|apt|bash|root|0|0|8,8.30,8.30.1|0 r|debian13||bash|nonroot|0|0|8,8.30,8.30.1|1\ngo-jsonnet	d|debian13|apt|bash|root|0|0|0,0.22,0.22.0|0 r|debian13|||nonroot|0|0|0,0.22,0.22.0|1\ngolang	d|alpine3.22|apk|busybox|root|3|2|1,1.26,1.26.7|15 d|alpine3.22|apk|busybox|root|3|2|1,1.26,1.26.7|105 r|alpine3.22||busybox|nonroot|3|2|1,1.26,1.26.7|16 d|alpine3.23|apk|busybox|root|2|1|1.26,1.26.7|7 d|alpine3.23|apk|busybox|root|2|1|1.26,1.26.7|106 r|alpine3.23||busybox|nonroot|2|1|1.26,1.26.7|8 d|alpine3.23|apk|busybox|root|2|1|1,1.27,1.27.0|7 d|alpine3.23|apk|busybox|root|2|1|1,1.27,1.27.0|106 r|alpine3.23||busybox|nonroot|2|1|1,1.27,1.27.0|8 d|alpine3.24|apk|busybox|root|1|1|1.26,1.26.7|5 d|alpine3.24|apk|busybox|root|1|1|1.26,1.26.7|107 r|alpine3.24||busybox|nonroot|1|1|1.26,1.26.7|6 d|alpine3.24|apk|busybox|root|1|1|1,1.27,1.27.0|5 d|alpine3.24|apk|busybox|root|1|1|1,1.27,1.27.0|107 r|alpine3.24||busybox|nonroot|1|1|1,1.27,1.27.0|6 d|debian12|apt|bash|root|5|2|1,1.26,1.26.7|108 d|debian12|apt|bash|root|5|2|1,1.26,1.26.7|109 r|debian12||bash|nonroot|5|2|1,1.26,1.26.7|27 d|debian13|apt|bash|root|0|0|1,1.26,1.26.7|0 d|debian13|apt|bash|root|0|0|1,1.26,1.26.7|110 r|debian13||bash|nonroot|0|0|1,1.26,1.26.7|1\ngoldilocks	d|debian13|apt|bash|root|0|0|4,4.16,4.16.1|0 r|debian13|||10324|0|0|4,4.16,4.16.1|1\ngradle	d|alpine3.22|apk|busybox|root|3|2|8,8.14,8.14.5|111 d|alpine3.22|apk|busybox|root|3|2|8,8.14,8.14.5|112 d|alpine3.22|apk|busybox|root|3|2|8,8.14,8.14.5|113 d|alpine3.22|apk|busybox|root|3|2|9,9.7,9.7.1|112 d|alpine3.22|apk|busybox|root|3|2|9,9.7,9.7.1|113 d|alpine3.22|apk|busybox|root|3|2|9,9.7,9.7.1|114 d|alpine3.23|apk|busybox|root|2|1|8,8.14,8.14.5-r7|115 d|alpine3.23|apk|busybox|root|2|1|8,8.14,8.14.5-r7|116 d|alpine3.23|apk|busybox|root|2|1|8,8.14,8.14.5-r7|117 d|alpine3.23|apk|busybox|root|2|1|9,9.7,9.7.1-r0|116 d|alpine3.23|apk|busybox|root|2|1|9,9.7,9.7.1-r0|117 d|alpine3.23|apk|busybox|root|2|1|9,9.7,9.7.1-r0|118 d|alpine3.24|apk|busybox|root|1|1|8,8.14,8.14.5-r6|119 d|alpine3.24|apk|busybox|root|1|1|8,8.14,8.14.5-r6|120 d|alpine3.24|apk|busybox|root|1|1|8,8.14,8.14.5-r6|121 d|alpine3.24|apk|busybox|root|1|1|9,9.7,9.7.1-r0|120 d|alpine3.24|apk|busybox|root|1|1|9,9.7,9.7.1-r0|121 d|alpine3.24|apk|busybox|root|1|1|9,9.7,9.7.1-r0|122 d|debian13||bash|root|0|0|8,8.14,8.14.5|123 d|debian13||bash|root|0|0|8,8.14,8.14.5|124 d|debian13||bash|root|0|0|8,8.14,8.14.5|125 d|debian13||bash|root|0|0|9,9.7,9.7.1|124 d|debian13||bash|root|0|0|9,9.7,9.7.1|125 d|debian13||bash|root|0|0|9,9.7,9.7.1|126\ngrafana	d|debian13|apt|bash|root|0|0|13,13.2,13.2.0|0 r|debian13|||grafana|0|0|13,13.2,13.2.0|1\ngrafana-image-renderer	d|debian13|apt|bash|root|0|0|5,5.12,5.12.1|0 r|debian13|||nonroot|0|0|5,5.12,5.12.1|1\ngrafana-mcp	r|debian13|||nonroot|0|0|1,1.1,1.1.0,latest,1-debian,1-debian13,1.1-debian,1.1-debian13,1.1.0-debian,1.1.0-debian13|\ngrafana-operator	d|debian13|apt|bash|root|0|0|5,5.24,5.24.0|0 r|debian13|||65532|0|0|5,5.24,5.24.0|1\ngrafana-rollout-operator	d|debian13|apt|bash|root|0|0|0,0.39,0.39.0|0 r|debian13|||65532|0|0|0,0.39,0.39.0|1\ngrist	d|debian13|apt|bash|root|0|0|1,1.7,1.7.17|0 r|debian13||bash|nonroot|0|0|1,1.7,1.7.17|1\ngrype	d|alpine3.23|apk|busybox|root|2|1|0,0.117,0.117.0|7 r|alpine3.23|||nonroot|2|1|0,0.117,0.117.0|8 d|alpine3.24|apk|busybox|root|1|1|0,0.117,0.117.0|5 r|alpine3.24|||nonroot|1|1|0,0.117,0.117.0|6 d|debian13|apt|bash|root|0|0|0,0.117,0.117.0|0 r|debian13|||nonroot|0|0|0,0.117,0.117.0|1\nhaproxy	d|debian13|apt|bash|root|0|0|2.6,2.6.32|0 r|debian13|||nonroot|0|0|2.6,2.6.32|1 d|debian13|apt|bash|root|0|0|2.8,2.8.27|0 r|debian13|||nonroot|0|0|2.8,2.8.27|1 d|debian13|apt|bash|root|0|0|3.0,3.0.26|0 r|debian13|||nonroot|0|0|3.0,3.0.26|1 d|debian13|apt|bash|root|0|0|3.2,3.2.22|0 r|debian13|||nonroot|0|0|3.2,3.2.22|1 d|debian13|apt|bash|root|0|0|3.3,3.3.13|0 r|debian13|||nonroot|0|0|3.3,3.3.13|1 d|debian13|apt|bash|root|0|0|3,3.4,3.4.3|0 r|debian13|||nonroot|0|0|3,3.4,3.4.3|1\nharbor-core	d|debian13|apt|bash|root|0|0|2.13,2.13.5|0 r|debian13|||nonroot|0|0|2.13,2.13.5|1 d|debian13|apt|bash|root|0|0|2.14,2.14.4|0 r|debian13|||nonroot|0|0|2.14,2.14.4|1 d|debian13|apt|bash|root|0|0|2,2.15,2.15.2|0 r|debian13|||nonroot|0|0|2,2.15,2.15.2|1\nharbor-db	d|debian13|apt|bash|root|5|2|2.13,2.13.5|0 r|debian13||bash|postgres|5|2|2.13,2.13.5|1 d|debian13|apt|bash|root|5|2|2.14,2.14.4|0 r|debian13||bash|postgres|5|2|2.14,2.14.4|1 d|debian13|apt|bash|root|5|2|2,2.15,2.15.2|0 r|debian13||bash|postgres|5|2|2,2.15,2.15.2|1\nharbor-exporter	d|debian13|apt|bash|root|0|0|2.13,2.13.5|0 r|debian13|||nonroot|0|0|2.13,2.13.5|1 d|debian13|apt|bash|root|0|0|2.14,2.14.4|0 r|debian13|||nonroot|0|0|2.14,2.14.4|1 d|debian13|apt|bash|root|0|0|2,2.15,2.15.2|0 r|debian13|||nonroot|0|0|2,2.15,2.15.2|1\nharbor-jobservice	d|debian13|apt|bash|root|0|0|2.13,2.13.5|0 r|debian13|||nonroot|0|0|2.13,2.13.5|1 d|debian13|apt|bash|root|0|0|2.14,2.14.4|0 r|debian13|||nonroot|0|0|2.14,2.14.4|1 d|debian13|apt|bash|root|0|0|2,2.15,2.15.2|0 r|debian13|||nonroot|0|0|2,2.15,2.15.2|1\nharbor-portal	d|debian13|apt|bash|root|0|0|2.12,2.12.4|0 r|debian13|||nginx|0|0|2.12,2.12.4|1 d|debian13|apt|bash|root|0|0|2.13,2.13.5|0 r|debian13|||nginx|0|0|2.13,2.13.5|1 d|debian13|apt|bash|root|0|0|2.14,2.14.4|0 r|debian13|||nginx|0|0|2.14,2.14.4|1 d|debian13|apt|bash|root|0|0|2,2.15,2.15.2|0 r|debian13|||nginx|0|0|2,2.15,2.15.2|1\nharbor-redis	d|debian13|apt|bash|root|10|4|2.13,2.13.5|0 r|debian13|||redis|10|4|2.13,2.13.5|1 d|debian13|apt|bash|root|10|4|2.14,2.14.4|0 r|debian13|||redis|10|4|2.14,2.14.4|1 d|debian13|apt|bash|root|10|4|2.15,2.15.2|0 r|debian13|||redis|10|4|2.15,2.15.2|1\nharbor-registry	d|debian13|apt|bash|root|0|0|2.13,2.13.5|0 r|debian13|||nonroot|0|0|2.13,2.13.5|1 d|debian13|apt|bash|root|0|0|2.14,2.14.4|0 r|debian13|||nonroot|0|0|2.14,2.14.4|1 d|debian13|apt|bash|root|0|0|2,2.15,2.15.2|0 r|debian13|||nonroot|0|0|2,2.15,2.15.2|1\nharbor-registryctl	d|debian13|apt|bash|root|0|0|2.12,2.12.4|0 r|debian13|||nonroot|0|0|2.12,2.12.4|1 d|debian13|apt|bash|root|0|0|2.13,2.13.5|0 r|debian13|||nonroot|0|0|2.13,2.13.5|1 d|debian13|apt|bash|root|0|0|2.14,2.14.4|0 r|debian13|||nonroot|0|0|2.14,2.14.4|1 d|debian13|apt|bash|root|0|0|2,2.15,2.15.2|0 r|debian13|||nonroot|0|0|2,2.15,2.15.2|1\nharbor-trivy-adapter	d|debian13|apt|bash|root|0|0|2.12,2.12.4|0 r|debian13|||nonroot|0|0|2.12,2.12.4|1 d|debian13|apt|bash|root|0|0|2.13,2.13.5|0 r|debian13|||nonroot|0|0|2.13,2.13.5|1 d|debian13|apt|bash|root|0|0|2.14,2.14.4|0 r|debian13|||nonroot|0|0|2.14,2.14.4|1 d|debian13|apt|bash|root|0|0|2,2.15,2.15.2|0 r|debian13|||nonroot|0|0|2,2.15,2.15.2|1\nhatchet-lite	d|debian13|apt|bash,dash|root|0|0|0,0.104,0.104.0|0 r|debian13||bash|nonroot|0|0|0,0.104,0.104.0|1\nhelm	d|debian13|apt|bash|root|0|0|3,3.21,3.21.4|0 r|debian13|||nonroot|0|0|3,3.21,3.21.4|1 d|debian13|apt|bash|root|0|0|4,4.2,4.2.4|0 r|debian13|||nonroot|0|0|4,4.2,4.2.4|1\nhomepage	d|debian13|apt|bash|root|0|0|1,1.13,1.13.2|0 r|debian13||bash|nonroot|0|0|1,1.13,1.13.2|1 d|debian13|apt|bash|root|0|0|2,2.1,2.1.0|0 r|debian13||bash|nonroot|0|0|2,2.1,2.1.0|1\nhttp-echo	d|debian13|apt|bash|root|0|0|1,1.0,1.0.0|0 r|debian13|||nonroot|0|0|1,1.0,1.0.0|1\nhttpbin	d|alpine3.24|apk|busybox,bash|root|1|1|0,0.2,0.2.3|5 r|alpine3.24|||nonroot|1|1|0,0.2,0.2.3|6 d|debian13|apt|bash|root|0|0|0,0.2,0.2.3|0 r|debian13|||nonroot|0|0|0,0.2,0.2.3|1\nhttpd	d|debian13|apt|dash|root|5|2|2,2.4,2.4.68|0 r|debian13||dash|www-data|5|2|2,2.4,2.4.68|1\nhub-mcp	r|debian13|||node|0|0|0,0.18,0.18.0|1\nhubble-export-stdout	d|alpine3.24|apk|busybox,bash|root|1|1|1,1.2,1.2.0|5 r|alpine3.24||busybox|nonroot|1|1|1,1.2,1.2.0|6 d|debian13|apt|busybox,bash|root|0|0|1,1.2,1.2.0|0 r|debian13||busybox|nonroot|0|0|1,1.2,1.2.0|1\nhubble-proto	d|debian13|apt|bash|root|0|0|1.18,1.18.13|0 r|debian13|||nonroot|0|0|1.18,1.18.13|1 d|debian13|apt|bash|root|0|0|1.19,1.19.7|0 r|debian13|||nonroot|0|0|1.19,1.19.7|1 d|debian13|apt|bash|root|0|0|1,1.20,1.20.1|0 r|debian13|||nonroot|0|0|1,1.20,1.20.1|1\nhubble-relay	d|debian13|apt|bash|root|0|0|1.18,1.18.13|0 r|debian13|||nonroot|0|0|1.18,1.18.13|1 d|debian13|apt|bash|root|0|0|1.19,1.19.7|0 r|debian13|||nonroot|0|0|1.19,1.19.7|1 d|debian13|apt|bash|root|0|0|1,1.20,1.20.1|0 r|debian13|||nonroot|0|0|1,1.20,1.20.1|1\nhubble-ui	d|debian13|apt|bash|root|0|0|0,0.13,0.13.5|0 r|debian13|||nginx|0|0|0,0.13,0.13.5|1\nhubble-ui-backend	r|debian13|||nonroot|0|0|0,0.13,0.13.5|1\nhyperledger-fabric-ca	d|debian13|apt|bash|root|0|0|1,1.5,1.5.22|0 r|debian13|||nonroot|0|0|1,1.5,1.5.22|1\nhyperledger-fabric-orderer	r|debian13|||nonroot|0|0|2,2.5,2.5.16|1 r|debian13|||nonroot|0|0|3,3.1,3.1.5|1\nhyperledger-fabric-peer	d|debian13|apt|bash|root|0|0|2,2.5,2.5.16|0 r|debian13|||nonroot|0|0|2,2.5,2.5.16|1 d|debian13|apt|bash|root|0|0|3,3.1,3.1.5|0 r|debian13|||nonroot|0|0|3,3.1,3.1.5|1\nhyperledger-fabric-tools	r|debian13|||nonroot|0|0|2,2.5,2.5.16|1 r|debian13|||nonroot|0|0|3,3.1,3.1.5|1\ninfluxdb	d|debian13|apt|bash|root|0|0|2,2.9,2.9.1|0 r|debian13|||nonroot|0|0|2,2.9,2.9.1|1 d|debian13|apt|bash|root|0|0|3.10,3.10.5|127 r|debian13||bash|nonroot|0|0|3.10,3.10.5|128 d|debian13|apt|bash|root|0|0|3,3.11,3.11.1|127 r|debian13||bash|nonroot|0|0|3,3.11,3.11.1|128\nistio-install-cni	d|debian13|apt|bash|root|0|0|1,1.30,1.30.3|0 r|debian13|||nonroot|0|0|1,1.30,1.30.3|1\nistio-pilot	d|debian13|apt|bash|root|0|0|1,1.30,1.30.3|0 r|debian13|||1337|0|0|1,1.30,1.30.3|1\nistio-proxyv2	d|debian13|apt|bash|root|0|0|1,1.30,1.30.3|0 r|debian13|||1337|0|0|1,1.30,1.30.3|1\nistioctl	d|debian13|apt|bash|root|0|0|1,1.30,1.30.3|0 r|debian13|||nonroot|0|0|1,1.30,1.30.3|1\njaeger-ingester	d|alpine3.24|apk|busybox|root|1|1|2,2.20,2.20.0|5 r|alpine3.24|||nonroot|1|1|2,2.20,2.20.0|6 d|debian13|apt|bash|root|0|0|2,2.20,2.20.0|0 r|debian13|||nonroot|0|0|2,2.20,2.20.0|1\njaeger-query	d|alpine3.24|apk|busybox|root|1|1|2,2.20,2.20.0|5 r|alpine3.24|||nonroot|1|1|2,2.20,2.20.0|6 d|debian13|apt|bash|root|0|0|2,2.20,2.20.0|0 r|debian13|||nonroot|0|0|2,2.20,2.20.0|1\njenkins	d|debian13|apt|bash|root|0|0|2.578|0 r|debian13||bash|jenkins|0|0|2.578|1 d|debian13|apt|bash|root|0|0|2,2.568,2.568.2|0 r|debian13||bash|jenkins|0|0|2,2.568,2.568.2|1\njenkins-agent	d|debian13|apt|bash|root|0|0|3383|0 r|debian13||bash|jenkins|0|0|3383|1\njenkins-inbound-agent	d|debian13|apt|bash|root|0|0|3383|0 r|debian13||bash|jenkins|0|0|3383|1\njmx-exporter	d|debian13|apt|bash|root|0|0|1,1.6,1.6.0|0 r|debian13|||nonroot|0|0|1,1.6,1.6.0|1\njruby	d|alpine3.22|apk|busybox,bash|root|3|2|10,10.1,10.1.1|30 r|alpine3.22||bash|nonroot|3|2|10,10.1,10.1.1|31 d|alpine3.22|apk|busybox,bash|root|3|2|9,9.4,9.4.15|30 r|alpine3.22||bash|nonroot|3|2|9,9.4,9.4.15|31 d|debian13|apt|bash|root|0|0|10,10.1,10.1.1|0 r|debian13||bash|nonroot|0|0|10,10.1,10.1.1|1 d|debian13|apt|bash|root|0|0|9,9.4,9.4.15|0 r|debian13||bash|nonroot|0|0|9,9.4,9.4.15|1\njupyterhub	d|debian13|apt|bash|root|0|0|5,5.5,5.5.1|0 r|debian13|||nonroot|0|0|5,5.5,5.5.1|1\njupyterhub-k8s-hub	d|debian13|apt|bash|root|0|0|4,4.4,4.4.1|0 r|debian13|||nonroot|0|0|4,4.4,4.4.1|1\nk6	r|debian13||dash|nonroot|0|0|1,1.8,1.8.1|24 d|debian13|apt|bash|root|0|0|1,1.8,1.8.1|0 r|debian13|||nonroot|0|0|1,1.8,1.8.1|1 r|debian13||dash|nonroot|0|0|2,2.2,2.2.0|24 d|debian13|apt|bash|root|0|0|2,2.2,2.2.0|0 r|debian13|||nonroot|0|0|2,2.2,2.2.0|1\nk6-operator	d|debian13|apt|bash|root|0|0|1,1.6,1.6.0|0 r|debian13|||nonroot|0|0|1,1.6,1.6.0|1\nk8s-device-plugin	r|debian13|apt||root|0|0|0,0.20,0.20.0|24 d|debian13|apt|bash|root|0|0|0,0.20,0.20.0|0 r|debian13|||nonroot|0|0|0,0.20,0.20.0|1\nk8s-dns-node-cache	d|alpine3.24|apk|busybox,bash|root|1|1|1,1.26,1.26.8|5 r|alpine3.24|||nonroot|1|1|1,1.26,1.26.8|6 d|debian13|apt|bash|root|0|0|1,1.26,1.26.8|0 r|debian13|||nonroot|0|0|1,1.26,1.26.8|1\nk8s-ingress-default-backend	d|alpine3.24|apk|busybox|root|1|1|1,1.41,1.41.1|5 r|alpine3.24|||65534|1|1|1,1.41,1.41.1|6 d|debian13|apt|bash|root|0|0|1,1.41,1.41.1|0 r|debian13|||65534|0|0|1,1.41,1.41.1|1\nk8s-sidecar	d|alpine3.22|apk|busybox,bash|root|3|2|2,2.10,2.10.1|15 r|alpine3.22||busybox|nonroot|3|2|2,2.10,2.10.1|16 d|alpine3.23|apk|busybox|root|2|1|2,2.10,2.10.1|33 r|alpine3.23||busybox|nonroot|2|1|2,2.10,2.10.1|38 d|debian13|apt|bash|root|0|0|2,2.10,2.10.1|0 r|debian13|||nonroot|0|0|2,2.10,2.10.1|1\nk8ssandra-cass-operator	d|debian13|apt|bash|root|0|0|1,1.31,1.31.0|0 r|debian13|||65532|0|0|1,1.31,1.31.0|1\nk8ssandra-client	d|debian13|apt|bash|root|0|0|0,0.9,0.9.0|0 r|debian13|||nonroot|0|0|0,0.9,0.9.0|1\nk8ssandra-medusa	d|debian13|apt|bash|root|0|0|0,0.30,0.30.0|0 r|debian13||bash|999|0|0|0,0.30,0.30.0|1\nk8ssandra-operator	d|debian13|apt|bash|root|0|0|1.29,1.29.1|0 r|debian13|||65532|0|0|1.29,1.29.1|1 d|debian13|apt|bash|root|0|0|1.30,1.30.2|0 r|debian13|||65532|0|0|1.30,1.30.2|1 d|debian13|apt|bash|root|0|0|1.31,1.31.0|0 r|debian13|||65532|0|0|1.31,1.31.0|1 d|debian13|apt|bash|root|0|0|1,1.32,1.32.6|0 r|debian13|||65532|0|0|1,1.32,1.32.6|1\nk8ssandra-system-logger	d|debian13|apt|bash|root|5|2|1,1.32,1.32.0|0 r|debian13|||999|5|2|1,1.32,1.32.0|1\nkafka	d|debian13|apt|bash|root|0|0|4.1,4.1.2|0 r|debian13||bash|kafka|5|2|4.1,4.1.2|129 r|debian13||bash|kafka|0|0|4.1,4.1.2|1 d|debian13|apt|bash|root|0|0|4.2,4.2.1|0 r|debian13||bash|kafka|5|2|4.2,4.2.1|129 r|debian13||bash|kafka|0|0|4.2,4.2.1|1 d|debian13|apt|bash|root|0|0|4,4.3,4.3.1|0 r|debian13||bash|kafka|5|2|4,4.3,4.3.1|129 r|debian13||bash|kafka|0|0|4.3.0|1 r|debian13||bash|kafka|0|0|4,4.3,4.3.1|1\nkafka-exporter	r|debian13|||nonroot|0|0|1,1.9,1.9.0|1\nkapacitor	d|debian13|apt|bash|root|0|0|1,1.8,1.8.6|0 r|debian13|||nonroot|0|0|1,1.8,1.8.6|1\nkarma	d|alpine3.24|apk|busybox|root|1|1|0,0.132|5 r|alpine3.24|||nonroot|1|1|0,0.132|6 d|debian13|apt|bash|root|0|0|0,0.132|0 r|debian13|||nonroot|0|0|0,0.132|1\nkarpenter	d|debian13|apt|bash|root|0|0|1,1.14,1.14.1|0 r|debian13|||nonroot|0|0|1,1.14,1.14.1|1\nkeda	d|debian13|apt|bash|root|0|0|2.19,2.19.0|0 r|debian13|||65532|0|0|2.19,2.19.0|1 d|debian13|apt|bash|root|0|0|2,2.20,2.20.2|0 r|debian13|||65532|0|0|2,2.20,2.20.2|1\nkeda-admission-webhooks	d|debian13|apt|bash|root|0|0|2.19,2.19.0|0 r|debian13|||65532|0|0|2.19,2.19.0|1 d|debian13|apt|bash|root|0|0|2,2.20,2.20.2|0 r|debian13|||65532|0|0|2,2.20,2.20.2|1\nkeda-metrics-apiserver	d|debian13|apt|bash|root|0|0|2.19,2.19.0|0 r|debian13|||65532|0|0|2.19,2.19.0|1 d|debian13|apt|bash|root|0|0|2,2.20,2.20.2|0 r|debian13|||65532|0|0|2,2.20,2.20.2|1\nkeycloak	d|debian13|apt|bash|root|0|0|26,26.7,26.7.2|0 r|debian13||bash|nonroot|0|0|26,26.7,26.7.2|1\nkibana	r|debian13||bash|nonroot|0|0|9,9.4,9.4.5|1\nklipper-helm	d|debian13|apt|bash|root|0|0|0,0.13,0.13.3|0 r|debian13||bash|nonroot|0|0|0,0.13,0.13.3|1\nklipper-lb	d|debian13|apt|bash|root|5|2|0,0.4,0.4.17|0 r|debian13||bash|nonroot|5|2|0,0.4,0.4.17|1\nknative-activator	d|alpine3.24|apk|busybox|root|1|1|1,1.22,1.22.1|5 r|alpine3.24|||nonroot|1|1|1,1.22,1.22.1|6 d|debian13|apt|bash|root|0|0|1,1.22,1.22.1|0 r|debian13|||nonroot|0|0|1,1.22,1.22.1|1\nknative-autoscaler	d|alpine3.24|apk|busybox|root|1|1|1,1.22,1.22.1|5 r|alpine3.24|||nonroot|1|1|1,1.22,1.22.1|6 d|debian13|apt|bash|root|0|0|1,1.22,1.22.1|0 r|debian13|||nonroot|0|0|1,1.22,1.22.1|1\nknative-controller	d|alpine3.24|apk|busybox|root|1|1|1,1.22,1.22.1|5 r|alpine3.24|||nonroot|1|1|1,1.22,1.22.1|6 d|debian13|apt|bash|root|0|0|1,1.22,1.22.1|0 r|debian13|||nonroot|0|0|1,1.22,1.22.1|1\nknative-webhook	d|alpine3.24|apk|busybox|root|1|1|1,1.22,1.22.1|5 r|alpine3.24|||nonroot|1|1|1,1.22,1.22.1|6 d|debian13|apt|bash|root|0|0|1,1.22,1.22.1|0 r|debian13|||nonroot|0|0|1,1.22,1.22.1|1\nkong	d|debian13|apt|bash|root|5|2|3,3.9,3.9.3|0 r|debian13||bash|kong|5|2|3,3.9,3.9.3|1\nkserve-agent	d|debian13|apt|bash|root|0|0|0,0.20,0.20.0|0 r|debian13|||nonroot|0|0|0,0.20,0.20.0|1\nkserve-controller	d|debian13|apt|bash|root|0|0|0,0.20,0.20.0|0 r|debian13|||nonroot|0|0|0,0.20,0.20.0|1\nkserve-localmodel-controller	d|debian13|apt|bash|root|0|0|0,0.20,0.20.0|0 r|debian13|||nonroot|0|0|0,0.20,0.20.0|1\nkserve-localmodelnode-agent	d|debian13|apt|bash|root|0|0|0,0.20,0.20.0|0 r|debian13|||nonroot|0|0|0,0.20,0.20.0|1\nkserve-router	d|debian13|apt|bash|root|0|0|0,0.20,0.20.0|0 r|debian13|||nonroot|0|0|0,0.20,0.20.0|1\nkserve-storage-initializer	d|debian13|apt|bash|root|0|0|0,0.20,0.20.0|130 r|debian13|||nonroot|0|0|0,0.20,0.20.0|131\nktls-utils	d|debian13|apt|bash|root|5|2|1,1.4,1.4.0|0 r|debian13|||nonroot|5|2|1,1.4,1.4.0|1\nkube-apiserver	d|debian13|apt|bash|root|0|0|1.34-dev,1.34.11-dev,v1.34.11-dev,1.34-debian-dev,1.34-debian13-dev,1.34.11-debian-dev,1.34.11-debian13-dev| r|debian13|||nonroot|0|0|1.34,1.34.11,v1.34.11,1.34-debian,1.34-debian13,1.34.11-debian,1.34.11-debian13| d|debian13|apt|bash|root|0|0|1.35-dev,1.35.8-dev,v1.35.8-dev,1.35-debian-dev,1.35-debian13-dev,1.35.8-debian-dev,1.35.8-debian13-dev| r|debian13|||nonroot|0|0|1.35,1.35.8,v1.35.8,1.35-debian,1.35-debian13,1.35.8-debian,1.35.8-debian13| d|debian13|apt|bash|root|0|0|1-dev,1.36-dev,1.36.4-dev,v1.36.4-dev,1-debian-dev,1-debian13-dev,1.36-debian-dev,1.36-debian13-dev,1.36.4-debian-dev,1.36.4-debian13-dev| r|debian13|||nonroot|0|0|1,1.36,1.36.4,v1.36.4,1-debian,1-debian13,1.36-debian,1.36-debian13,1.36.4-debian,1.36.4-debian13|\nkube-controller-manager	d|debian13|apt|bash|root|0|0|1.34-dev,1.34.11-dev,v1.34.11-dev,1.34-debian-dev,1.34-debian13-dev,1.34.11-debian-dev,1.34.11-debian13-dev| r|debian13|||nonroot|0|0|1.34,1.34.11,v1.34.11,1.34-debian,1.34-debian13,1.34.11-debian,1.34.11-debian13| d|debian13|apt|bash|root|0|0|1.35-dev,1.35.8-dev,v1.35.8-dev,1.35-debian-dev,1.35-debian13-dev,1.35.8-debian-dev,1.35.8-debian13-dev| r|debian13|||nonroot|0|0|1.35,1.35.8,v1.35.8,1.35-debian,1.35-debian13,1.35.8-debian,1.35.8-debian13| d|debian13|apt|bash|root|0|0|1-dev,1.36-dev,1.36.4-dev,v1.36.4-dev,1-debian-dev,1-debian13-dev,1.36-debian-dev,1.36-debian13-dev,1.36.4-debian-dev,1.36.4-debian13-dev| r|debian13|||nonroot|0|0|1,1.36,1.36.4,v1.36.4,1-debian,1-debian13,1.36-debian,1.36-debian13,1.36.4-debian,1.36.4-debian13|\nkube-mgmt	d|debian13|apt|bash|root|0|0|10,10.0,10.0.0|0 r|debian13|||nonroot|0|0|10,10.0,10.0.0|1 d|debian13|apt|bash|root|0|0|11,11.0,11.0.10|0 r|debian13|||nonroot|0|0|11,11.0,11.0.10|1\nkube-proxy	d|debian13|apt|bash|root|0|0|1.34-dev,1.34.11-dev,v1.34.11-dev,1.34-debian-dev,1.34-debian13-dev,1.34.11-debian-dev,1.34.11-debian13-dev| r|debian13|||nonroot|0|0|1.34,1.34.11,v1.34.11,1.34-debian,1.34-debian13,1.34.11-debian,1.34.11-debian13| d|debian13|apt|bash|root|0|0|1.35-dev,1.35.8-dev,v1.35.8-dev,1.35-debian-dev,1.35-debian13-dev,1.35.8-debian-dev,1.35.8-debian13-dev| r|debian13|||nonroot|0|0|1.35,1.35.8,v1.35.8,1.35-debian,1.35-debian13,1.35.8-debian,1.35.8-debian13| d|debian13|apt|bash|root|0|0|1-dev,1.36-dev,1.36.4-dev,v1.36.4-dev,1-debian-dev,1-debian13-dev,1.36-debian-dev,1.36-debian13-dev,1.36.4-debian-dev,1.36.4-debian13-dev| r|debian13|||nonroot|0|0|1,1.36,1.36.4,v1.36.4,1-debian,1-debian13,1.36-debian,1.36-debian13,1.36.4-debian,1.36.4-debian13|\nkube-rbac-proxy	d|alpine3.23|apk|busybox|root|2|1|0,0.22,0.22.1|7 r|alpine3.23|||nonroot|2|1|0,0.22,0.22.1|8 d|alpine3.24|apk|busybox|root|1|1|0,0.22,0.22.1|5 r|alpine3.24|||nonroot|1|1|0,0.22,0.22.1|6 d|debian13|apt|bash|root|0|0|0,0.22,0.22.1|0 r|debian13|||nonroot|0|0|0,0.22,0.22.1|1\nkube-scheduler	d|alpine3.24|apk|busybox|root|1|1|1.34,1.34.11|5 r|alpine3.24|||nonroot|1|1|1.34,1.34.11|6 d|alpine3.24|apk|busybox|root|1|1|1.35,1.35.8|5 r|alpine3.24|||nonroot|1|1|1.35,1.35.8|6 d|alpine3.24|apk|busybox|root|1|1|1,1.36,1.36.4|5 r|alpine3.24|||nonroot|1|1|1,1.36,1.36.4|6 d|debian13|apt|bash|root|0|0|1.34-dev,1.34.11-dev,v1.34.11-dev,1.34-debian-dev,1.34-debian13-dev,1.34.11-debian-dev,1.34.11-debian13-dev| r|debian13|||nonroot|0|0|1.34,1.34.11,v1.34.11,1.34-debian,1.34-debian13,1.34.11-debian,1.34.11-debian13| d|debian13|apt|bash|root|0|0|1.35-dev,1.35.8-dev,v1.35.8-dev,1.35-debian-dev,1.35-debian13-dev,1.35.8-debian-dev,1.35.8-debian13-dev| r|debian13|||nonroot|0|0|1.35,1.35.8,v1.35.8,1.35-debian,1.35-debian13,1.35.8-debian,1.35.8-debian13| d|debian13|apt|bash|root|0|0|1-dev,1.36-dev,1.36.4-dev,v1.36.4-dev,1-debian-dev,1-debian13-dev,1.36-debian-dev,1.36-debian13-dev,1.36.4-debian-dev,1.36.4-debian13-dev| r|debian13|||nonroot|0|0|1,1.36,1.36.4,v1.36.4,1-debian,1-debian13,1.36-debian,1.36-debian13,1.36.4-debian,1.36.4-debian13|\nkube-state-metrics	d|debian13|apt|bash|root|0|0|2,2.20,2.20.0|0 r|debian13|||nonroot|0|0|2,2.20,2.20.0|1\nkube-vip	d|debian13|apt|bash|root|0|0|1,1.2,1.2.3|0 d|debian13|apt|bash|root|0|0|1,1.2,1.2.3|132 r|debian13|||nonroot|0|0|1,1.2,1.2.3|133 r|debian13|||nonroot|0|0|1,1.2,1.2.3|1\nkube-webhook-certgen	d|alpine3.23|apk|busybox|root|2|1|1,1.8,1.8.7|7 r|alpine3.23|||nonroot|2|1|1,1.8,1.8.7|8 d|alpine3.24|apk|busybox|root|1|1|1,1.8,1.8.7|5 r|alpine3.24|||nonroot|1|1|1,1.8,1.8.7|6 d|debian13|apt|bash|root|0|0|1,1.8,1.8.7|0 r|debian13|||nonroot|0|0|1,1.8,1.8.7|1\nkubectl	d|alpine3.22|apk|busybox|root|3|2|1.34,1.34.10|15 r|alpine3.22|||nonroot|3|2|1.34,1.34.10|16 d|alpine3.22|apk|busybox|root|3|2|1,1.35,1.35.7|15 r|alpine3.22|||nonroot|3|2|1,1.35,1.35.7|16 d|alpine3.23|apk|busybox|root|9|2|1.34,1.34.10|33 r|alpine3.23|||nonroot|9|2|1.34,1.34.10|38 d|alpine3.23|apk|busybox|root|9|2|1,1.35,1.35.7|33 r|alpine3.23|||nonroot|9|2|1,1.35,1.35.7|38 r|debian13||bash|nonroot|0|0|1.34,1.34.11|24 d|debian13|apt|bash|root|0|0|1.34,1.34.11|0 r|debian13|||nonroot|0|0|1.34,1.34.11|1 r|debian13||bash|nonroot|0|0|1.35,1.35.8|24 d|debian13|apt|bash|root|0|0|1.35,1.35.8|0 r|debian13|||nonroot|0|0|1.35,1.35.8|1 r|debian13||bash|nonroot|0|0|1,1.36,1.36.4|24 d|debian13|apt|bash|root|0|0|1,1.36,1.36.4|0 r|debian13|||nonroot|0|0|1,1.36,1.36.4|1\nkubectl-argo-rollouts	d|debian13|apt|bash|root|0|0|1,1.9,1.9.1|0 r|debian13|||999|0|0|1,1.9,1.9.1|1\nkubeflow-pipelines-apiserver	d|debian13|apt|bash|root|0|0|2,2.17,2.17.0|0 r|debian13|||nonroot|0|0|2,2.17,2.17.0|1\nkubeflow-pipelines-frontend	d|debian13|apt|bash|root|0|0|2,2.17,2.17.0|0 r|debian13|||nonroot|0|0|2,2.17,2.17.0|1\nkubeflow-pipelines-metadata-writer	d|debian13|apt|bash|root|0|0|2,2.17,2.17.0|0 r|debian13|||nonroot|0|0|2,2.17,2.17.0|1\nkubernetes-autoscaler-addon-resizer	d|debian13|apt|bash|root|0|0|1,1.18,1.18.15|0 r|debian13|||nonroot|0|0|1,1.18,1.18.15|1\nkubernetes-cluster-autoscaler	d|debian13|apt|bash|root|0|0|1.32,1.32.7|0 r|debian13|||nonroot|0|0|1.32,1.32.7|1 d|debian13|apt|bash|root|0|0|1.33,1.33.6|0 r|debian13|||nonroot|0|0|1.33,1.33.6|1 d|debian13|apt|bash|root|0|0|1.34,1.34.5|0 r|debian13|||nonroot|0|0|1.34,1.34.5|1 d|debian13|apt|bash|root|0|0|1.35,1.35.2|0 r|debian13|||nonroot|0|0|1.35,1.35.2|1\nkubernetes-pause	d|debian13|apt|bash|root|5|2|3,3.10,3.10.2|0 r|debian13|||pause|5|2|3,3.10,3.10.2|1\nkubescape-cli	d|debian13|apt|bash|root|0|0|3,3.0,3.0.48|0 r|debian13|||nonroot|0|0|3,3.0,3.0.48|1 d|debian13|apt|bash|root|0|0|4,4.0,4.0.12|0 r|debian13|||nonroot|0|0|4,4.0,4.0.12|1\nkured	d|debian13|apt|bash|root|0|0|1,1.23,1.23.0|0 r|debian13|||nonroot|0|0|1,1.23,1.23.0|1\nkustomize	d|debian13|apt|bash,dash|root|0|0|5,5.8,5.8.1|0 r|debian13||dash|nonroot|0|0|5,5.8,5.8.1|1\nkyverno	d|debian13|apt|bash|root|0|0|1.16,1.16.4|0 r|debian13|||nonroot|0|0|1.16,1.16.4|1 d|debian13|apt|bash|root|0|0|1.17,1.17.2|0 r|debian13|||nonroot|0|0|1.17,1.17.2|1 d|debian13|apt|bash|root|0|0|1,1.18,1.18.2|0 r|debian13|||nonroot|0|0|1,1.18,1.18.2|1\nkyverno-background-controller	d|debian13|apt|bash|root|0|0|1.16,1.16.4|0 r|debian13|||nonroot|0|0|1.16,1.16.4|1 d|debian13|apt|bash|root|0|0|1.17,1.17.2|0 r|debian13|||nonroot|0|0|1.17,1.17.2|1 d|debian13|apt|bash|root|0|0|1,1.18,1.18.2|0 r|debian13|||nonroot|0|0|1,1.18,1.18.2|1\nkyverno-cleanup-controller	d|debian13|apt|bash|root|0|0|1.16,1.16.4|0 r|debian13|||nonroot|0|0|1.16,1.16.4|1 d|debian13|apt|bash|root|0|0|1.17,1.17.2|0 r|debian13|||nonroot|0|0|1.17,1.17.2|1 d|debian13|apt|bash|root|0|0|1,1.18,1.18.2|0 r|debian13|||nonroot|0|0|1,1.18,1.18.2|1\nkyverno-cli	d|debian13||bash|root|0|0|1.16,1.16.4|0 r|debian13|||nonroot|0|0|1.16,1.16.4|1 d|debian13||bash|root|0|0|1.17,1.17.2|0 r|debian13|||nonroot|0|0|1.17,1.17.2|1 d|debian13||bash|root|0|0|1,1.18,1.18.2|0 r|debian13|||nonroot|0|0|1,1.18,1.18.2|1\nkyverno-init	d|debian13|apt|bash|root|0|0|1.16,1.16.4|0 r|debian13|||nonroot|0|0|1.16,1.16.4|1 d|debian13|apt|bash|root|0|0|1.17,1.17.2|0 r|debian13|||nonroot|0|0|1.17,1.17.2|1 d|debian13|apt|bash|root|0|0|1,1.18,1.18.2|0 r|debian13|||nonroot|0|0|1,1.18,1.18.2|1\nkyverno-policy-reporter	d|debian13|apt|bash|root|0|0|3,3.9,3.9.0|0 r|debian13|||nonroot|0|0|3,3.9,3.9.0|1\nkyverno-policy-reporter-ui	d|debian13|apt|bash|root|0|0|2,2.7,2.7.2|0 r|debian13|||nonroot|0|0|2,2.7,2.7.2|1\nkyverno-readiness-checker	d|debian13|apt|bash|root|0|0|1.17,1.17.2|0 r|debian13|||nonroot|0|0|1.17,1.17.2|1 d|debian13|apt|bash|root|0|0|1,1.18,1.18.2|0 r|debian13|||nonroot|0|0|1,1.18,1.18.2|1\nkyverno-reports-controller	d|debian13|apt|bash|root|0|0|1.16,1.16.4|0 r|debian13|||nonroot|0|0|1.16,1.16.4|1 d|debian13|apt|bash|root|0|0|1.17,1.17.2|0 r|debian13|||nonroot|0|0|1.17,1.17.2|1 d|debian13|apt|bash|root|0|0|1,1.18,1.18.2|0 r|debian13|||nonroot|0|0|1,1.18,1.18.2|1\nkyverno-reports-server	d|debian13|apt|bash|root|0|0|0,0.1,0.1.7|0 r|debian13|||nonroot|0|0|0,0.1,0.1.7|1\nlangfuse	d|debian13|apt|bash,dash|root|0|0|2,2.95,2.95.12|0 r|debian13||dash|nonroot|0|0|2,2.95,2.95.12|1 d|debian13|apt|bash,dash|root|0|0|3,3.225,3.225.4|0 r|debian13||dash|nonroot|0|0|3,3.225,3.225.4|1 d|debian13|apt|bash,dash|root|0|0|4,4.16,4.16.0|0 r|debian13||dash|nonroot|0|0|4,4.16,4.16.0|1\nlangfuse-worker	d|debian13|apt|bash,dash|root|0|0|2,2.95,2.95.12|0 r|debian13||dash|nonroot|0|0|2,2.95,2.95.12|1 d|debian13|apt|bash,dash|root|0|0|3,3.225,3.225.3|0 r|debian13||dash|nonroot|0|0|3,3.225,3.225.3|1\nlinstor-affinity-controller	d|debian13|apt|bash|root|0|0|1,1.5,1.5.0|0 r|debian13|||nonroot|0|0|1,1.5,1.5.0|1\nlinstor-gui	d|debian13|apt|bash|root|0|0|1,1.9,1.9.10|0 r|debian13|||nginx|0|0|1,1.9,1.9.10|1 d|debian13|apt|bash|root|0|0|2,2.5,2.5.0|0 r|debian13|||nginx|0|0|2,2.5,2.5.0|1\nliquibase	d|debian13|apt|bash,dash|root|0|0|4,4.33,4.33.0|0 r|debian13||bash,dash|liquibase|0|0|4,4.33,4.33.0|1\nlitellm	d|debian13|apt|bash|root|0|0|1,1.96,1.96.0|0 r|debian13||bash|nonroot|0|0|1,1.96,1.96.0|1\nlitellm-database	d|debian13|apt|bash|root|0|0|1.94,1.94.3|0 r|debian13||bash|nonroot|0|0|1.94,1.94.3|1 d|debian13|apt|bash|root|0|0|1,1.96,1.96.2|0 r|debian13||bash|nonroot|0|0|1,1.96,1.96.2|1\nlivenessprobe	d|debian13|apt|bash|root|0|0|2,2.19,2.19.0|0 r|debian13|||nonroot|0|0|2,2.19,2.19.0|1\nlocal-path-provisioner	d|debian13|apt|bash|root|0|0|0,0.0,0.0.37|0 r|debian13|||nonroot|0|0|0,0.0,0.0.37|1\nlocalstack	r|alpine3.22||busybox|nonroot|3|2|4,4.14,4.14.0|134 d|debian13|apt|bash|root|0|0|4,4.14,4.14.0|3 r|debian13||bash|nonroot|0|0|4,4.14,4.14.0|4\nlogstash	r|debian13||bash|logstash|0|0|8,8.19,8.19.20|24 r|debian13||bash|logstash|0|0|8,8.19,8.19.20|1 r|debian13||bash|logstash|0|0|9.4,9.4.5|24 r|debian13||bash|logstash|0|0|9.4,9.4.5|1 r|debian13||bash|logstash|0|0|9,9.5,9.5.1|24 r|debian13||bash|logstash|0|0|9,9.5,9.5.1|1\nloki	r|debian13|||nonroot|0|0|2,2.9,2.9.17|1 r|debian13|||nonroot|0|0|3.6,3.6.15|1 r|debian13|||nonroot|0|0|3,3.7,3.7.6|1\nloki-canary	d|debian13|apt|bash|root|0|0|2,2.9,2.9.17|0 r|debian13|||nonroot|0|0|2,2.9,2.9.17|1 d|debian13|apt|bash|root|0|0|3.6,3.6.15|0 r|debian13|||nonroot|0|0|3.6,3.6.15|1 d|debian13|apt|bash|root|0|0|3,3.7,3.7.6|0 r|debian13|||nonroot|0|0|3,3.7,3.7.6|1\nloki-helm-test	r|debian13|||nonroot|0|0|2,2.9,2.9.17|1 r|debian13|||nonroot|0|0|3.6,3.6.15|1 r|debian13|||nonroot|0|0|3,3.7,3.7.6|1\nmapbox-mcp	r|debian13|||node|0|0|0,0.14,0.14.0|1\nmariadb	d|debian13|apt|bash|root|5|2|10,10.11,10.11.18|0 r|debian13||bash|mysql|5|2|10,10.11,10.11.18|1 d|debian13|apt|bash|root|5|2|11.4,11.4.12|0 r|debian13||bash|mysql|5|2|11.4,11.4.12|1 d|debian13|apt|bash|root|5|2|11,11.8,11.8.8|0 r|debian13||bash|mysql|5|2|11,11.8,11.8.8|1 d|debian13|apt|bash|root|5|2|12,12.3,12.3.2|0 r|debian13||bash|mysql|5|2|12,12.3,12.3.2|1\nmaven	d|alpine3.22|apk|busybox|root|3|2|3,3.9,3.9.16|112 d|alpine3.22|apk|busybox|root|3|2|3,3.9,3.9.16|113 d|alpine3.22|apk|busybox|root|3|2|3,3.9,3.9.16|114 d|alpine3.23|apk|busybox|root|2|1|3,3.9,3.9.16-r0|116 d|alpine3.23|apk|busybox|root|2|1|3,3.9,3.9.16-r0|117 d|alpine3.23|apk|busybox|root|2|1|3,3.9,3.9.16-r0|118 d|alpine3.24|apk|busybox|root|1|1|3,3.9,3.9.16-r0|120 d|alpine3.24|apk|busybox|root|1|1|3,3.9,3.9.16-r0|121 d|alpine3.24|apk|busybox|root|1|1|3,3.9,3.9.16-r0|122 d|debian13|apt|bash|root|0|0|3,3.9,3.9.16|124 d|debian13|apt|bash|root|0|0|3,3.9,3.9.16|125 d|debian13|apt|bash|root|0|0|3,3.9,3.9.16|126\nmediawiki	d|debian13|apt|bash|root|0|0|1.45,1.45.4|135 r|debian13||bash|nonroot|0|0|1.45,1.45.4|136 d|debian13|apt|bash|root|0|0|1,1.46,1.46.0|135 r|debian13||bash|nonroot|0|0|1,1.46,1.46.0|136\nmeilisearch	d|debian13|apt|bash|root|0|0|1,1.53,1.53.1|0 r|debian13|||nonroot|0|0|1,1.53,1.53.1|1\nmemcached	r|alpine3.24|||memcached|1|1|1,1.6,1.6.45|6 d|debian13|apt|bash|root|0|0|1,1.6,1.6.45|0 r|debian13|||memcached|0|0|1,1.6,1.6.45|1\nmemcached-exporter	d|debian13|apt|bash|root|0|0|0,0.17,0.17.0|0 r|debian13|||nonroot|0|0|0,0.17,0.17.0|1\nmemory-mcp	r|debian13|||node|0|0|2026,2026.8,2026.8.18|1\nmetallb-controller	d|debian13|apt|bash|root|0|0|0,0.16,0.16.1|0 r|debian13|||nonroot|0|0|0,0.16,0.16.1|1\nmetallb-speaker	d|debian13|apt|bash|root|0|0|0,0.16,0.16.1|0 r|debian13|||nonroot|0|0|0,0.16,0.16.1|1\nmetrics-server	d|alpine3.23|apk|busybox|root|2|1|0,0.9,0.9.0|7 r|alpine3.23|||nonroot|2|1|0,0.9,0.9.0|8 d|alpine3.24|apk|busybox|root|1|1|0,0.9,0.9.0|5 r|alpine3.24|||nonroot|1|1|0,0.9,0.9.0|6 d|debian13|apt|bash|root|0|0|0,0.9,0.9.0|0 r|debian13|||nonroot|0|0|0,0.9,0.9.0|1\nminiconda3	d|debian13|apt|bash|root|5|2|26,26.5,26.5.3|0\nmlflow	r|debian13|||nonroot|0|0|3,3.15,3.15.1|1\nmongodb	d|debian13|apt|bash|root|0|0|8.0,8.0.29|0 r|debian13|||mongodb|0|0|8.0,8.0.29|1 r|debian13||bash|mongodb|0|0|8,8.3,8.3.8|24 d|debian13|apt|bash|root|0|0|8,8.3,8.3.8|0 r|debian13|||mongodb|0|0|8,8.3,8.3.8|1\nmongodb-exporter	r|debian13|apt|bash|nonroot|0|0|0,0.53,0.53.0|24 d|debian13|apt|bash|root|0|0|0,0.53,0.53.0|0 r|debian13|||nonroot|0|0|0,0.53,0.53.0|1\nmongodb-kubernetes	d|debian13|apt|bash|root|0|0|1,1.10,1.10.0|0 r|debian13|||nonroot|0|0|1,1.10,1.10.0|1\nmongodb-mcp	r|debian13|||node|0|0|1,1.14,1.14.0|1 r|debian13|||node|0|0|2,2.1,2.1.0|1\nmultus-cni	d|alpine3.24|apk|busybox|root|1|1|4,4.3,4.3.0|5 r|alpine3.24|||nonroot|1|1|4,4.3,4.3.0|6 d|debian13|apt|bash|root|0|0|4,4.3,4.3.0|0 r|debian13|||nonroot|0|0|4,4.3,4.3.0|1\nmultus-dynamic-networks-controller	d|debian13|apt|bash|root|0|0|0,0.3,0.3.8|0 r|debian13|||nonroot|0|0|0,0.3,0.3.8|1\nmysql	d|debian13|apt|bash|root|5|2|8,8.4,8.4.11|0 r|debian13||bash|mysql|5|2|8,8.4,8.4.11|1 d|debian13|apt|bash|root|5|2|9,9.7,lts,9.7.2|0 r|debian13||bash|mysql|5|2|9,9.7,lts,9.7.2|1\nmysql-operator	d|debian13|apt|bash|root|0|0|8.4.9-2.1.11|0 r|debian13||bash|mysql-operator|0|0|8.4.9-2.1.11|1 d|debian13|apt|bash|root|0|0|9.7.0-2.2.8|0 r|debian13||bash|mysql-operator|0|0|9.7.0-2.2.8|1\nmysqld-exporter	d|debian13|apt|bash|root|0|0|0,0.20,0.20.0|0 r|debian13|||nonroot|0|0|0,0.20,0.20.0|1\nnats	d|debian13|apt|bash|root|0|0|2,2.14,2.14.5|0 r|debian13|||nonroot|0|0|2,2.14,2.14.5|1\nnats-box	r|debian13||bash|nonroot|0|0|0,0.19,0.19.7|24 d|debian13|apt|bash|root|0|0|0,0.19,0.19.7|0 r|debian13|||nonroot|0|0|0,0.19,0.19.7|1\nnats-server-config-reloader	d|debian13|apt|bash|root|0|0|0,0.24,0.24.0|0 r|debian13|||nonroot|0|0|0,0.24,0.24.0|1\nnatscli	d|debian13|apt|bash|root|0|0|0,0.4,0.4.0|0 r|debian13|||nonroot|0|0|0,0.4,0.4.0|1\nneo4j	d|debian13|apt|bash|root|0|0|5,5.26,5.26.29|0 r|debian13||bash|neo4j|0|0|5,5.26,5.26.29|1 d|debian13|apt|bash|root|0|0|2026,2026.07,2026.07.1|0 r|debian13||bash|neo4j|0|0|2026,2026.07,2026.07.1|1\nnessie	d|debian13|apt|bash|root|0|0|0,0.108,0.108.4|0 r|debian13|||nessie|0|0|0,0.108,0.108.4|1\nnetbox	d|debian13|apt|bash|root|0|0|4,4.6,4.6.8|0 r|debian13||bash|nonroot|0|0|4,4.6,4.6.8|1\nnetdata	d|debian13|apt|bash|root|0|0|2,2.11,2.11.0|0 r|debian13||bash|netdata|0|0|2,2.11,2.11.0|1\nnetdata-agent-sd	d|alpine3.23|apk|busybox,bash|root|2|1|0,0.2,0.2.10|7 r|alpine3.23|||nonroot|2|1|0,0.2,0.2.10|8 d|alpine3.24|apk|busybox,bash|root|1|1|0,0.2,0.2.10|5 r|alpine3.24|||nonroot|1|1|0,0.2,0.2.10|6 d|debian13|apt|bash|root|0|0|0,0.2,0.2.10|0 r|debian13|||nonroot|0|0|0,0.2,0.2.10|1\nnginx	d|alpine3.22|apk|busybox|root|11|5|1,1.31,1.31.4|15 r|alpine3.22||busybox|nginx|11|5|1,1.31,1.31.4|16 d|alpine3.22|apk|busybox|root|12|5|1.30,1.30.4|15 r|alpine3.22||busybox|nginx|12|5|1.30,1.30.4|16 d|alpine3.23|apk|busybox|root|13|6|1,1.31,1.31.4|7 r|alpine3.23||busybox|nginx|13|6|1,1.31,1.31.4|8 d|alpine3.23|apk|busybox|root|14|6|1.30,1.30.4|7 r|alpine3.23||busybox|nginx|14|6|1.30,1.30.4|8 d|alpine3.24|apk|busybox|root|1|1|1,1.31,1.31.3|5 r|alpine3.24||busybox|nginx|1|1|1,1.31,1.31.3|6 d|alpine3.24|apk|busybox|root|1|1|1.30,1.30.4|5 r|alpine3.24||busybox|nginx|1|1|1.30,1.30.4|6 d|debian12|apt|bash|root|15|7|1,1.31,1.31.4|108 r|debian12|||nginx|15|7|1,1.31,1.31.4|27 d|debian12|apt|bash|root|16|7|1.30,1.30.4|108 r|debian12|||nginx|16|7|1.30,1.30.4|27 r|debian13||dash|nginx|0|0|1,1.31,1.31.4|24 d|debian13|apt|bash|root|0|0|1,1.31,1.31.4|0 r|debian13|||nginx|0|0|1,1.31,1.31.4|1 d|debian13|apt|bash|root|0|0|1.30,1.30.4|0 r|debian13|||nginx|0|0|1.30,1.30.4|1\nnginx-exporter	d|debian13|apt|bash|root|0|0|1,1.5,1.5.3|0 r|debian13|||nonroot|0|0|1,1.5,1.5.3|1\nnginx-ingress	d|debian13|apt|bash,dash|root|0|0|5,5.5,5.5.4|0 r|debian13||dash|101|0|0|5,5.5,5.5.4|1\nnifi	r|debian13||bash|nifi|0|0|2,2.11,2.11.0|1\nnode	d|alpine3.22|apk|busybox|root|3|2|22,22.23,22.23.2|15 d|alpine3.22|apk|busybox|root|3|2|22,22.23,22.23.2|137 d|alpine3.22|apk|busybox|root|3|2|22,22.23,22.23.2|105 r|alpine3.22|||node|3|2|22,22.23,22.23.2|16 d|alpine3.22|apk|busybox|root|3|2|24,24.19,24.19.0|15 d|alpine3.22|apk|busybox|root|3|2|24,24.19,24.19.0|137 d|alpine3.22|apk|busybox|root|3|2|24,24.19,24.19.0|105 r|alpine3.22|||node|3|2|24,24.19,24.19.0|16 d|alpine3.23|apk|busybox|root|2|1|22,22.23,22.23.2|7 d|alpine3.23|apk|busybox|root|2|1|22,22.23,22.23.2|138 d|alpine3.23|apk|busybox|root|2|1|22,22.23,22.23.2|106 r|alpine3.23|||node|2|1|22,22.23,22.23.2|8 d|alpine3.23|apk|busybox|root|2|1|24,24.19,24.19.0|7 d|alpine3.23|apk|busybox|root|2|1|24,24.19,24.19.0|138 d|alpine3.23|apk|busybox|root|2|1|24,24.19,24.19.0|106 r|alpine3.23|||node|2|1|24,24.19,24.19.0|8 d|alpine3.23|apk|busybox|root|2|1|26,26.7,26.7.0|7 d|alpine3.23|apk|busybox|root|2|1|26,26.7,26.7.0|138 d|alpine3.23|apk|busybox|root|2|1|26,26.7,26.7.0|106 r|alpine3.23|||node|2|1|26,26.7,26.7.0|8 d|alpine3.24|apk|busybox|root|1|1|22,22.23,22.23.2|5 d|alpine3.24|apk|busybox|root|1|1|22,22.23,22.23.2|139 d|alpine3.24|apk|busybox|root|1|1|22,22.23,22.23.2|107 r|alpine3.24|||node|1|1|22,22.23,22.23.2|6 d|alpine3.24|apk|busybox|root|1|1|24,24.19,24.19.0|5 d|alpine3.24|apk|busybox|root|1|1|24,24.19,24.19.0|139 d|alpine3.24|apk|busybox|root|1|1|24,24.19,24.19.0|107 r|alpine3.24|||node|1|1|24,24.19,24.19.0|6 d|alpine3.24|apk|busybox|root|1|1|26,26.7,26.7.0|5 d|alpine3.24|apk|busybox|root|1|1|26,26.7,26.7.0|139 d|alpine3.24|apk|busybox|root|1|1|26,26.7,26.7.0|107 r|alpine3.24|||node|1|1|26,26.7,26.7.0|6 d|debian12|apt|bash|root|5|2|22,22.23,22.23.2|108 r|debian12|||node|5|2|22,22.23,22.23.2|27 d|debian12|apt|bash|root|5|2|24,24.19,24.19.0|108 r|debian12|||node|5|2|24,24.19,24.19.0|27 d|debian13|apt|bash|root|0|0|22,22.23,22.23.2,22.23.2-0|0 d|debian13|apt|bash|root|0|0|22,22.23,22.23.2,22.23.2-0|140 d|debian13|apt|bash|root|0|0|22,22.23,22.23.2,22.23.2-0|110 r|debian13|||node|0|0|22,22.23,22.23.2,22.23.2-0|1 d|debian13|apt|bash|root|0|0|24,24.19,24.19.0,24.19.0-0|0 d|debian13|apt|bash|root|0|0|24,24.19,24.19.0,24.19.0-0|140 d|debian13|apt|bash|root|0|0|24,24.19,24.19.0,24.19.0-0|110 r|debian13|||node|0|0|24,24.19,24.19.0,24.19.0-0|1 d|debian13|apt|bash|root|0|0|26,26.6,26.6.0,26.6.0-0|0 d|debian13|apt|bash|root|0|0|26,26.6,26.6.0,26.6.0-0|140 d|debian13|apt|bash|root|0|0|26,26.6,26.6.0,26.6.0-0|110 r|debian13|||node|0|0|26,26.6,26.6.0,26.6.0-0|1\nnode-collector	d|debian13|apt|bash|root|0|0|0,0.3,0.3.1|0 r|debian13||bash|nonroot|0|0|0,0.3,0.3.1|1\nnode-exporter	d|alpine3.23|apk|busybox|root|2|1|1,1.12,1.12.1|7 r|alpine3.23|||nonroot|2|1|1,1.12,1.12.1|8 d|alpine3.24|apk|busybox|root|1|1|1,1.12,1.12.1|5 r|alpine3.24|||nonroot|1|1|1,1.12,1.12.1|6 d|debian13|apt|bash|root|0|0|1,1.12,1.12.1|0 r|debian13|||nonroot|0|0|1,1.12,1.12.1|1\nnode-feature-discovery	d|alpine3.23|apk|busybox|root|2|1|0,0.19,0.19.0|7 r|alpine3.23|||nonroot|2|1|0,0.19,0.19.0|8 d|alpine3.24|apk|busybox|root|1|1|0,0.19,0.19.0|5 r|alpine3.24|||nonroot|1|1|0,0.19,0.19.0|6 d|debian13|apt|bash|root|0|0|0,0.19,0.19.0|0 r|debian13|||nonroot|0|0|0,0.19,0.19.0|1\nnode-problem-detector	d|debian13|apt|bash|root|0|0|1,1.36,1.36.0|0 r|debian13||bash|nonroot|0|0|1,1.36,1.36.0|1\nnotation	d|alpine3.23|apk|busybox|root|2|1|1,1.3,1.3.2|7 r|alpine3.23|||nonroot|2|1|1,1.3,1.3.2|8 d|alpine3.24|apk|busybox|root|1|1|1,1.3,1.3.2|5 r|alpine3.24|||nonroot|1|1|1,1.3,1.3.2|6 d|debian13|apt|bash|root|0|0|1,1.3,1.3.2|0 r|debian13|||nonroot|0|0|1,1.3,1.3.2|1\nnotion-mcp	r|debian13|||node|0|0|2,2.5,2.5.0|1\nnvflare	d|alpine3.24|apk|busybox|root|1|1|2,2.8,2.8.1|5 r|alpine3.24|||nonroot|1|1|2,2.8,2.8.1|6 d|debian13|apt|bash|root|0|0|2,2.8,2.8.1|0 r|debian13|||nonroot|0|0|2,2.8,2.8.1|1\nnvidia-cuda	d|debian13|apt|bash|root|17|8|13,13.2,13.2.1|141 r|debian13|||nonroot|17|8|13,13.2,13.2.1|142 d|debian13|apt|bash|root|17|8|13,13.2,13.2.1|0 r|debian13|||nonroot|17|8|13,13.2,13.2.1|1\nnvidia-gpu-operator	d|debian13|apt|bash,dash|root|0|0|26,26.3,26.3.3|0 r|debian13||dash|nonroot|0|0|26,26.3,26.3.3|1\noathkeeper	d|alpine3.24|apk|bash|root|1|1|26,26.2,26.2.0|5 r|alpine3.24|||nonroot|1|1|26,26.2,26.2.0|6 d|debian13|apt|bash|root|0|0|26,26.2,26.2.0|0 r|debian13|||nonroot|0|0|26,26.2,26.2.0|1\noauth2-proxy	d|debian13|apt|bash|root|0|0|7,7.15,7.15.4|0 r|debian13|||nonroot|0|0|7,7.15,7.15.4|1\nobjectstorage-sidecar	d|debian13|apt|bash|root|0|0|0,0.2,0.2.2|0 r|debian13|||nonroot|0|0|0,0.2,0.2.2|1\nopen-cluster-management-addon-manager	d|debian13|apt|bash|root|0|0|1,1.3,1.3.1|0 r|debian13|||65532|0|0|1,1.3,1.3.1|1\nopen-cluster-management-placement	d|debian13|apt|bash|root|0|0|1,1.3,1.3.1|0 r|debian13|||nonroot|0|0|1,1.3,1.3.1|1\nopen-cluster-management-registration	d|debian13|apt|bash|root|0|0|1,1.3,1.3.1|0 r|debian13|||nonroot|0|0|1,1.3,1.3.1|1\nopen-cluster-management-work	d|debian13|apt|bash|root|0|0|1,1.3,1.3.1|0 r|debian13|||nonroot|0|0|1,1.3,1.3.1|1\nopen-policy-agent	d|debian13|apt|bash|root|0|0|1,1.19,1.19.1|0 r|debian13|||nonroot|0|0|1,1.19,1.19.1|1\nopenbao	d|debian13|apt|bash|root|0|0|2,2.6,2.6.2|0 r|debian13|||openbao|0|0|2,2.6,2.6.2|1\nopencost	d|debian13|apt|bash|root|0|0|1,1.121,1.121.1|0 r|debian13|||opencost|0|0|1,1.121,1.121.1|1 d|debian13|apt|bash|root|0|0|2,2.5,2.5.3|0 r|debian13|||opencost|0|0|2,2.5,2.5.3|1\nopencost-ui	d|debian13|apt|bash|root|0|0|1,1.121,1.121.1|0 r|debian13||bash|nginx|0|0|1,1.121,1.121.1|1\nopenebs-lvm-driver	d|debian13|apt|bash|root|0|0|1,1.10,1.10.0|0 r|debian13|||nonroot|0|0|1,1.10,1.10.0|1\nopenfga	d|debian13|apt|bash|root|0|0|1,1.18,1.18.3|0 r|debian13|||nonroot|0|0|1,1.18,1.18.3|1\nopenmetadata	d|alpine3.24|apk|bash|root|1|1|1.12,1.12.14|5 r|alpine3.24||bash|openmetadata|1|1|1.12,1.12.14|6 d|alpine3.24|apk|bash|root|1|1|1,1.13,1.13.3|5 r|alpine3.24||bash|openmetadata|1|1|1,1.13,1.13.3|6 d|debian13|apt|bash|root|0|0|1.12,1.12.14|0 r|debian13||bash|openmetadata|0|0|1.12,1.12.14|1 d|debian13|apt|bash|root|0|0|1,1.13,1.13.3|0 r|debian13||bash|openmetadata|0|0|1,1.13,1.13.3|1\nopenresty	d|debian13|apt|bash|root|0|0|1,1.31,1.31.1|0 r|debian13||bash|nonroot|0|0|1,1.31,1.31.1|1\nopenscap	d|debian13|apt|bash|root|0|0|1,1.4,1.4.4|0 r|debian13|||nonroot|0|0|1,1.4,1.4.4|1\nopensearch	d|debian13|apt|bash|root|0|0|3,3.8,3.8.0|0 r|debian13||bash|opensearch|0|0|3,3.8,3.8.0|1\nopensearch-dashboards	r|debian13||bash|opensearch-dashboards|0|0|3,3.7,3.7.0|1\nopentelemetry-autoinstrumentation-go	d|debian13|apt|bash|root|0|0|0,0.24,0.24.0|0 r|debian13|||nonroot|0|0|0,0.24,0.24.0|1\nopentelemetry-collector	d|debian13|apt|bash|root|0|0|0,0.159,0.159.0|143 r|debian13|||nonroot|0|0|0,0.159,0.159.0|144 d|debian13|apt|bash|root|0|0|0,0.159,0.159.0|0 r|debian13|||nonroot|0|0|0,0.159,0.159.0|1\nopentelemetry-operator	d|debian13|apt|bash|root|0|0|0,0.158,0.158.0|0 r|debian13|||nonroot|0|0|0,0.158,0.158.0|1\nopentelemetry-target-allocator	d|debian13|apt|bash|root|0|0|0,0.158,0.158.0|0 r|debian13|||nonroot|0|0|0,0.158,0.158.0|1\noras	d|alpine3.23|apk|busybox|root|2|1|1,1.3,1.3.3|7 r|alpine3.23|||nonroot|2|1|1,1.3,1.3.3|8 d|alpine3.24|apk|busybox|root|1|1|1,1.3,1.3.3|5 r|alpine3.24|||nonroot|1|1|1,1.3,1.3.3|6 d|debian13|apt|bash|root|0|0|1,1.3,1.3.3|0 r|debian13|||nonroot|0|0|1,1.3,1.3.3|1\npatroni	d|debian13|apt|bash|root|5|2|4,4.1,4.1.5|145 r|debian13||bash|postgres|5|2|4,4.1,4.1.5|146\npercona-xtrabackup	d|debian13|apt|bash|root|5|2|8.0,8.0.35-36|0 r|debian13|||nonroot|5|2|8.0,8.0.35-36|1 d|debian13|apt|bash|root|5|2|8.4,8.4.0-6|0 r|debian13|||nonroot|5|2|8.4,8.4.0-6|1 d|debian13|apt|bash|root|5|2|9.6,9.6.0-1|0 r|debian13|||nonroot|5|2|9.6,9.6.0-1|1\nperl	d|alpine3.23|apk|busybox,bash|root|9|2|5.40,5.40.5|7 r|alpine3.23|||nonroot|9|2|5.40,5.40.5|8 d|alpine3.23|apk|busybox,bash|root|9|2|5,5.42,5.42.3|7 r|alpine3.23|||nonroot|9|2|5,5.42,5.42.3|8 d|alpine3.24|apk|busybox,bash|root|1|1|5.40,5.40.5|5 r|alpine3.24|||nonroot|1|1|5.40,5.40.5|6 d|alpine3.24|apk|busybox,bash|root|1|1|5,5.42,5.42.3|5 r|alpine3.24|||nonroot|1|1|5,5.42,5.42.3|6 d|debian13|apt|bash|root|5|2|5.40,5.40.5|0 r|debian13|||nonroot|5|2|5.40,5.40.5|1 d|debian13|apt|bash|root|5|2|5.42,5.42.3|0 r|debian13|||nonroot|5|2|5.42,5.42.3|1 d|debian13|apt|bash|root|5|2|5,5.44,5.44.0|0 r|debian13|||nonroot|5|2|5,5.44,5.44.0|1\nperplexity-mcp	d|debian13|apt|bash|root|0|0|1,1.2,1.2.0|0 r|debian13|||nonroot|0|0|1,1.2,1.2.0|1\npgbouncer	d|debian13|apt|bash|root|0|0|1,1.25,1.25.2|0 r|debian13|||nonroot|0|0|1,1.25,1.25.2|1\npgbouncer-exporter	d|alpine3.24|apk|busybox|root|1|1|0,0.12,0.12.1|5 r|alpine3.24|||nonroot|1|1|0,0.12,0.12.1|6 d|debian13|apt|bash|root|0|0|0,0.12,0.12.1|0 r|debian13|||nonroot|0|0|0,0.12,0.12.1|1\npgvector	d|debian13|apt|bash|root|5|2|pg14-dev,0.8-pg14-dev,0.8.6-pg14-dev,pg14-debian-dev,pg14-debian13-dev,0.8-pg14-debian-dev,0.8-pg14-debian13-dev,0.8.6-pg14-debian-dev,0.8.6-pg14-debian13-dev| r|debian13||bash|postgres|5|2|pg14,0.8-pg14,0.8.6-pg14,pg14-debian,pg14-debian13,0.8-pg14-debian,0.8-pg14-debian13,0.8.6-pg14-debian,0.8.6-pg14-debian13| d|debian13|apt|bash|root|5|2|pg15-dev,0.8-pg15-dev,0.8.6-pg15-dev,pg15-debian-dev,pg15-debian13-dev,0.8-pg15-debian-dev,0.8-pg15-debian13-dev,0.8.6-pg15-debian-dev,0.8.6-pg15-debian13-dev| r|debian13||bash|postgres|5|2|pg15,0.8-pg15,0.8.6-pg15,pg15-debian,pg15-debian13,0.8-pg15-debian,0.8-pg15-debian13,0.8.6-pg15-debian,0.8.6-pg15-debian13| d|debian13|apt|bash|root|5|2|pg16-dev,0.8-pg16-dev,0.8.6-pg16-dev,pg16-debian-dev,pg16-debian13-dev,0.8-pg16-debian-dev,0.8-pg16-debian13-dev,0.8.6-pg16-debian-dev,0.8.6-pg16-debian13-dev| r|debian13||bash|postgres|5|2|pg16,0.8-pg16,0.8.6-pg16,pg16-debian,pg16-debian13,0.8-pg16-debian,0.8-pg16-debian13,0.8.6-pg16-debian,0.8.6-pg16-debian13| d|debian13|apt|bash|root|5|2|pg17-dev,0.8-pg17-dev,0.8.6-pg17-dev,pg17-debian-dev,pg17-debian13-dev,0.8-pg17-debian-dev,0.8-pg17-debian13-dev,0.8.6-pg17-debian-dev,0.8.6-pg17-debian13-dev| r|debian13||bash|postgres|5|2|pg17,0.8-pg17,0.8.6-pg17,pg17-debian,pg17-debian13,0.8-pg17-debian,0.8-pg17-debian13,0.8.6-pg17-debian,0.8.6-pg17-debian13| d|debian13|apt|bash|root|5|2|pg18-dev,0.8-pg18-dev,0.8.6-pg18-dev,pg18-debian-dev,pg18-debian13-dev,0.8-pg18-debian-dev,0.8-pg18-debian13-dev,0.8.6-pg18-debian-dev,0.8.6-pg18-debian13-dev| r|debian13||bash|postgres|5|2|pg18,0.8-pg18,0.8.6-pg18,pg18-debian,pg18-debian13,0.8-pg18-debian,0.8-pg18-debian13,0.8.6-pg18-debian,0.8.6-pg18-debian13|\nphp	d|alpine3.22|apk|busybox|root|3|2|8.2,8.2.33|15 r|alpine3.22|||nonroot|3|2|8.2,8.2.33|147 r|alpine3.22|||nonroot|3|2|8.2,8.2.33|16 d|alpine3.22|apk|busybox|root|3|2|8.3,8.3.33|15 r|alpine3.22|||nonroot|3|2|8.3,8.3.33|147 r|alpine3.22|||nonroot|3|2|8.3,8.3.33|16 d|alpine3.22|apk|busybox|root|3|2|8.4,8.4.24|15 r|alpine3.22|||nonroot|3|2|8.4,8.4.24|147 r|alpine3.22|||nonroot|3|2|8.4,8.4.24|16 d|alpine3.22|apk|busybox|root|3|2|8,8.5,8.5.9|15 r|alpine3.22|||nonroot|3|2|8,8.5,8.5.9|147 r|alpine3.22|||nonroot|3|2|8,8.5,8.5.9|16 d|alpine3.23|apk|busybox|root|2|1|8.2,8.2.33|7 r|alpine3.23|||nonroot|2|1|8.2,8.2.33|148 r|alpine3.23|||nonroot|2|1|8.2,8.2.33|8 d|alpine3.23|apk|busybox|root|2|1|8.3,8.3.33|7 r|alpine3.23|||nonroot|2|1|8.3,8.3.33|148 r|alpine3.23|||nonroot|2|1|8.3,8.3.33|8 d|alpine3.23|apk|busybox|root|2|1|8.4,8.4.24|7 r|alpine3.23|||nonroot|2|1|8.4,8.4.24|148 r|alpine3.23|||nonroot|2|1|8.4,8.4.24|8 d|alpine3.23|apk|busybox|root|2|1|8,8.5,8.5.9|7 r|alpine3.23|||nonroot|2|1|8,8.5,8.5.9|148 r|alpine3.23|||nonroot|2|1|8,8.5,8.5.9|8 d|alpine3.24|apk|busybox|root|1|1|8.2,8.2.33|5 r|alpine3.24|||nonroot|1|1|8.2,8.2.33|149 r|alpine3.24|||nonroot|1|1|8.2,8.2.33|6 d|alpine3.24|apk|busybox|root|1|1|8.3,8.3.33|5 r|alpine3.24|||nonroot|1|1|8.3,8.3.33|149 r|alpine3.24|||nonroot|1|1|8.3,8.3.33|6 d|alpine3.24|apk|busybox|root|1|1|8.4,8.4.24|5 r|alpine3.24|||nonroot|1|1|8.4,8.4.24|149 r|alpine3.24|||nonroot|1|1|8.4,8.4.24|6 d|alpine3.24|apk|busybox|root|1|1|8,8.5,8.5.9|5 r|alpine3.24|||nonroot|1|1|8,8.5,8.5.9|149 r|alpine3.24|||nonroot|1|1|8,8.5,8.5.9|6 d|debian13|apt|bash|root|0|0|8.2,8.2.33|0 r|debian13|||nonroot|0|0|8.2,8.2.33|150 r|debian13|||nonroot|0|0|8.2,8.2.33|1 d|debian13|apt|bash|root|0|0|8.3,8.3.33|0 r|debian13|||nonroot|0|0|8.3,8.3.33|150 r|debian13|||nonroot|0|0|8.3,8.3.33|1 d|debian13|apt|bash|root|0|0|8.4,8.4.24|0 r|debian13|||nonroot|0|0|8.4,8.4.24|150 r|debian13|||nonroot|0|0|8.4,8.4.24|1 d|debian13|apt|bash|root|0|0|8,8.5,8.5.9|0 r|debian13|||nonroot|0|0|8,8.5,8.5.9|150 r|debian13|||nonroot|0|0|8,8.5,8.5.9|1\npinniped-cli	d|debian13|apt|bash|root|0|0|0,0.47,0.47.0|0 r|debian13|||nonroot|0|0|0,0.47,0.47.0|1\npiraeus-csi	d|debian13|apt|bash|root|0|0|1,1.12,1.12.0|0 r|debian13|||nonroot|0|0|1,1.12,1.12.0|1\npiraeus-csi-nfs-server	d|debian13|apt|bash|root|0|0|1,1.12,1.12.0|0 r|debian13||bash|root|0|0|1,1.12,1.12.0|1\npiraeus-ha-controller	d|debian13|apt|bash|root|0|0|1,1.3,1.3.3|0 r|debian13|||nonroot|0|0|1,1.3,1.3.3|1\npiraeus-operator	d|debian13|apt|bash|root|0|0|2,2.11,2.11.0|0 r|debian13|||nonroot|0|0|2,2.11,2.11.0|1\npiraeus-server	d|debian13|apt|bash|root|18|9|1,1.34,1.34.2|0 r|debian13||bash|nonroot|18|9|1,1.34,1.34.2|1\nplaywright	d|debian13|apt|bash|root|0|0|1,1.62,1.62.1|0 r|debian13||bash|nonroot|0|0|1,1.62,1.62.1|1\npolaris	r|debian13||bash|1200|0|0|10,10.1,10.1.8|24 d|debian13|apt|bash|root|0|0|10,10.1,10.1.8|0 r|debian13|||1200|0|0|10,10.1,10.1.8|1\npostgres	d|alpine3.22|apk|busybox,bash|root|3|2|14,14.24|15 r|alpine3.22||busybox,bash|postgres|3|2|14,14.24|16 d|alpine3.22|apk|busybox,bash|root|3|2|15,15.19|15 r|alpine3.22||busybox,bash|postgres|3|2|15,15.19|16 d|alpine3.22|apk|busybox,bash|root|3|2|16,16.15|15 r|alpine3.22||busybox,bash|postgres|3|2|16,16.15|16 d|alpine3.22|apk|busybox,bash|root|3|2|17,17.11|15 r|alpine3.22||busybox,bash|postgres|3|2|17,17.11|16 d|alpine3.22|apk|busybox,bash|root|3|2|18,18.6|15 r|alpine3.22||busybox,bash|postgres|3|2|18,18.6|16 d|alpine3.23|apk|busybox,bash|root|2|1|14,14.17|7 r|alpine3.23||busybox,bash|postgres|2|1|14,14.17|8 d|alpine3.23|apk|busybox,bash|root|2|1|15,15.19|7 r|alpine3.23||busybox,bash|postgres|2|1|15,15.19|8 d|alpine3.23|apk|busybox,bash|root|2|1|16,16.15|7 r|alpine3.23||busybox,bash|postgres|2|1|16,16.15|8 d|alpine3.23|apk|busybox,bash|root|2|1|17,17.11|7 r|alpine3.23||busybox,bash|postgres|2|1|17,17.11|8 d|alpine3.23|apk|busybox,bash|root|2|1|18,18.6|7 r|alpine3.23||busybox,bash|postgres|2|1|18,18.6|8 d|alpine3.24|apk|busybox,bash|root|1|1|14,14.17|5 r|alpine3.24||busybox,bash|postgres|1|1|14,14.17|6 d|alpine3.24|apk|busybox,bash|root|1|1|15,15.19|5 r|alpine3.24||busybox,bash|postgres|1|1|15,15.19|6 d|alpine3.24|apk|busybox,bash|root|1|1|16,16.15|5 r|alpine3.24||busybox,bash|postgres|1|1|16,16.15|6 d|alpine3.24|apk|busybox,bash|root|1|1|17,17.11|5 r|alpine3.24||busybox,bash|postgres|1|1|17,17.11|6 d|alpine3.24|apk|busybox,bash|root|1|1|18,18.6|5 r|alpine3.24||busybox,bash|postgres|1|1|18,18.6|6 d|debian13|apt|bash|root|5|2|14,14.24|0 r|debian13||bash|postgres|5|2|14,14.24|1 d|debian13|apt|bash|root|5|2|15,15.19|0 r|debian13||bash|postgres|5|2|15,15.19|1 d|debian13|apt|bash|root|5|2|16,16.15|0 r|debian13||bash|postgres|5|2|16,16.15|1 d|debian13|apt|bash|root|5|2|17,17.11|0 r|debian13||bash|postgres|5|2|17,17.11|1 d|debian13|apt|bash|root|5|2|18,18.6|0 r|debian13||bash|postgres|5|2|18,18.6|1\npostgres-exporter	d|debian13|apt|bash|root|0|0|0,0.20,0.20.1|0 r|debian13|||nonroot|0|0|0,0.20,0.20.1|1\npostman-mcp	r|alpine3.24|||nonroot|1|1|2,2.12,2.12.0|6 r|debian13|||nonroot|0|0|2,2.12,2.12.0|1\nprometheus	r|debian13|||nonroot|0|0|3.14,3.14.0|1 r|debian13|||nonroot|0|0|3,3.5,3.5.5|1\nprometheus-adapter	d|debian13|apt|bash|root|0|0|0,0.12,0.12.0|0 r|debian13|||nonroot|0|0|0,0.12,0.12.0|1\nprometheus-config-reloader	d|alpine3.23|apk|busybox|root|2|1|0,0.93,0.93.1|7 r|alpine3.23|||nonroot|2|1|0,0.93,0.93.1|8 d|alpine3.24|apk|busybox|root|1|1|0,0.93,0.93.1|5 r|alpine3.24|||nonroot|1|1|0,0.93,0.93.1|6 d|debian13|apt|bash|root|0|0|0,0.93,0.93.1|0 r|debian13|||nonroot|0|0|0,0.93,0.93.1|1\nprometheus-nats-exporter	d|debian13|apt|bash|root|0|0|0,0.20,0.20.2|0 r|debian13|||nonroot|0|0|0,0.20,0.20.2|1\nprometheus-operator	d|debian13|apt|bash|root|0|0|0,0.93,0.93.1|0 r|debian13|||nonroot|0|0|0,0.93,0.93.1|1\nprometheus-operator-admission-webhook	d|debian13|apt|bash|root|0|0|0,0.93,0.93.1|0 r|debian13|||nonroot|0|0|0,0.93,0.93.1|1\nprometheus-statsd-exporter	d|debian13|apt|bash|root|0|0|0,0.30,0.30.0|0 r|debian13|||nonroot|0|0|0,0.30,0.30.0|1\npushgateway	d|alpine3.23|apk|busybox|root|2|1|1,1.11,1.11.3|7 r|alpine3.23|||nonroot|2|1|1,1.11,1.11.3|8 d|alpine3.24|apk|busybox|root|1|1|1,1.11,1.11.3|5 r|alpine3.24|||nonroot|1|1|1,1.11,1.11.3|6 d|debian13|apt|bash|root|0|0|1,1.11,1.11.3|0 r|debian13|||nonroot|0|0|1,1.11,1.11.3|1\npyroscope	d|debian13|apt|bash|root|0|0|1.15,1.15.3|0 r|debian13|||pyroscope|0|0|1.15,1.15.3|1 d|debian13|apt|bash|root|0|0|1.16,1.16.2|0 r|debian13|||pyroscope|0|0|1.16,1.16.2|1 d|debian13|apt|bash|root|0|0|1.17,1.17.4|0 r|debian13|||pyroscope|0|0|1.17,1.17.4|1 d|debian13|apt|bash|root|0|0|1.18,1.18.2|0 r|debian13|||pyroscope|0|0|1.18,1.18.2|1 d|debian13|apt|bash|root|0|0|1.19,1.19.3|0 r|debian13|||pyroscope|0|0|1.19,1.19.3|1 d|debian13|apt|bash|root|0|0|1.20,1.20.4|0 r|debian13|||pyroscope|0|0|1.20,1.20.4|1 d|debian13|apt|bash|root|0|0|1,1.21,1.21.1|0 r|debian13|||pyroscope|0|0|1,1.21,1.21.1|1 d|debian13|apt|bash|root|0|0|2,2.2,2.2.1|0 r|debian13|||pyroscope|0|0|2,2.2,2.2.1|1\npython	d|alpine3.22|apk|busybox|root|3|2|3.10,3.10.21|15 d|alpine3.22|apk|busybox|root|3|2|3.10,3.10.21|137 d|alpine3.22|apk|busybox|root|3|2|3.10,3.10.21|105 r|alpine3.22|||nonroot|3|2|3.10,3.10.21|16 d|alpine3.22|apk|busybox|root|3|2|3.11,3.11.16|15 d|alpine3.22|apk|busybox|root|3|2|3.11,3.11.16|137 d|alpine3.22|apk|busybox|root|3|2|3.11,3.11.16|105 r|alpine3.22|||nonroot|3|2|3.11,3.11.16|16 d|alpine3.22|apk|busybox|root|3|2|3.12,3.12.14|15 d|alpine3.22|apk|busybox|root|3|2|3.12,3.12.14|137 d|alpine3.22|apk|busybox|root|3|2|3.12,3.12.14|105 r|alpine3.22|||nonroot|3|2|3.12,3.12.14|16 d|alpine3.22|apk|busybox|root|3|2|3.13,3.13.15|15 d|alpine3.22|apk|busybox|root|3|2|3.13,3.13.15|137 d|alpine3.22|apk|busybox|root|3|2|3.13,3.13.15|105 r|alpine3.22|||nonroot|3|2|3.13,3.13.15|16 d|alpine3.22|apk|busybox|root|3|2|3,3.14,3.14.7|15 d|alpine3.22|apk|busybox|root|3|2|3,3.14,3.14.7|137 d|alpine3.22|apk|busybox|root|3|2|3,3.14,3.14.7|105 r|alpine3.22|||nonroot|3|2|3,3.14,3.14.7|16 d|alpine3.23|apk|busybox|root|2|1|3.10,3.10.21|7 d|alpine3.23|apk|busybox|root|2|1|3.10,3.10.21|138 d|alpine3.23|apk|busybox|root|2|1|3.10,3.10.21|106 r|alpine3.23|||nonroot|2|1|3.10,3.10.21|8 d|alpine3.23|apk|busybox|root|2|1|3.11,3.11.16|7 d|alpine3.23|apk|busybox|root|2|1|3.11,3.11.16|138 d|alpine3.23|apk|busybox|root|2|1|3.11,3.11.16|106 r|alpine3.23|||nonroot|2|1|3.11,3.11.16|8 d|alpine3.23|apk|busybox|root|2|1|3.12,3.12.14|7 d|alpine3.23|apk|busybox|root|2|1|3.12,3.12.14|138 d|alpine3.23|apk|busybox|root|2|1|3.12,3.12.14|106 r|alpine3.23|||nonroot|2|1|3.12,3.12.14|8 d|alpine3.23|apk|busybox|root|2|1|3.13,3.13.15|7 d|alpine3.23|apk|busybox|root|2|1|3.13,3.13.15|138 d|alpine3.23|apk|busybox|root|2|1|3.13,3.13.15|106 r|alpine3.23|||nonroot|2|1|3.13,3.13.15|8 d|alpine3.23|apk|busybox|root|2|1|3,3.14,3.14.7|7 d|alpine3.23|apk|busybox|root|2|1|3,3.14,3.14.7|138 d|alpine3.23|apk|busybox|root|2|1|3,3.14,3.14.7|106 r|alpine3.23|||nonroot|2|1|3,3.14,3.14.7|8 d|alpine3.24|apk|busybox|root|1|1|3.10,3.10.21|5 d|alpine3.24|apk|busybox|root|1|1|3.10,3.10.21|139 d|alpine3.24|apk|busybox|root|1|1|3.10,3.10.21|107 r|alpine3.24|||nonroot|1|1|3.10,3.10.21|6 d|alpine3.24|apk|busybox|root|1|1|3.11,3.11.16|5 d|alpine3.24|apk|busybox|root|1|1|3.11,3.11.16|139 d|alpine3.24|apk|busybox|root|1|1|3.11,3.11.16|107 r|alpine3.24|||nonroot|1|1|3.11,3.11.16|6 d|alpine3.24|apk|busybox|root|1|1|3.12,3.12.14|5 d|alpine3.24|apk|busybox|root|1|1|3.12,3.12.14|139 d|alpine3.24|apk|busybox|root|1|1|3.12,3.12.14|107 r|alpine3.24|||nonroot|1|1|3.12,3.12.14|6 d|alpine3.24|apk|busybox|root|1|1|3.13,3.13.15|5 d|alpine3.24|apk|busybox|root|1|1|3.13,3.13.15|139 d|alpine3.24|apk|busybox|root|1|1|3.13,3.13.15|107 r|alpine3.24|||nonroot|1|1|3.13,3.13.15|6 d|alpine3.24|apk|busybox|root|1|1|3,3.14,3.14.7|5 d|alpine3.24|apk|busybox|root|1|1|3,3.14,3.14.7|139 d|alpine3.24|apk|busybox|root|1|1|3,3.14,3.14.7|107 r|alpine3.24|||nonroot|1|1|3,3.14,3.14.7|6 d|debian12|apt|bash|root|5|2|3.10,3.10.21|108 r|debian12|||nonroot|5|2|3.10,3.10.21|27 d|debian12|apt|bash|root|5|2|3.11,3.11.16|108 r|debian12|||nonroot|5|2|3.11,3.11.16|27 d|debian12|apt|bash|root|5|2|3.12,3.12.14|108 r|debian12|||nonroot|5|2|3.12,3.12.14|27 d|debian12|apt|bash|root|5|2|3.13,3.13.15|108 r|debian12|||nonroot|5|2|3.13,3.13.15|27 d|debian12|apt|bash|root|5|2|3,3.14,3.14.7|108 r|debian12|||nonroot|5|2|3,3.14,3.14.7|27 d|debian13|apt|bash|root|0|0|3.10,3.10.21|0 d|debian13|apt|bash|root|0|0|3.10,3.10.21|140 d|debian13|apt|bash|root|0|0|3.10,3.10.21|110 r|debian13|||nonroot|0|0|3.10,3.10.21|1 d|debian13|apt|bash|root|0|0|3.11,3.11.16|0 d|debian13|apt|bash|root|0|0|3.11,3.11.16|140 d|debian13|apt|bash|root|0|0|3.11,3.11.16|110 r|debian13|||nonroot|0|0|3.11,3.11.16|1 d|debian13|apt|bash|root|0|0|3.12,3.12.14|0 d|debian13|apt|bash|root|0|0|3.12,3.12.14|140 d|debian13|apt|bash|root|0|0|3.12,3.12.14|110 r|debian13|||nonroot|0|0|3.12,3.12.14|1 d|debian13|apt|bash|root|0|0|3.13,3.13.15|0 d|debian13|apt|bash|root|0|0|3.13,3.13.15|140 d|debian13|apt|bash|root|0|0|3.13,3.13.15|110 r|debian13|||nonroot|0|0|3.13,3.13.15|1 d|debian13|apt|bash|root|0|0|3,3.14,3.14.7,3.14.7-0|0 d|debian13|apt|bash|root|0|0|3,3.14,3.14.7,3.14.7-0|140 d|debian13|apt|bash|root|0|0|3,3.14,3.14.7,3.14.7-0|110 r|debian13|||nonroot|0|0|3,3.14,3.14.7|1\npytorch	d|debian13|apt|bash|root|0|0|2.13,2.13.0|151 r|debian13|||nonroot|0|0|2.13,2.13.0|152 d|debian13|apt|bash|root|0|0|2.11,2.11.0|153 r|debian13|||nonroot|0|0|2.11,2.11.0|154 d|debian13|apt|bash|root|0|0|2.11.0|155 r|debian13|||nonroot|0|0|2.11.0|156 d|debian13|apt|bash|root|0|0|2.11,2.11.0|157 r|debian13|||nonroot|0|0|2.11,2.11.0|158\nqdrant	d|debian13|apt|bash|root|0|0|1,1.19,1.19.0|0 r|debian13|||nonroot|0|0|1,1.19,1.19.0|1\nr-base	d|debian13|apt|bash,dash|root|0|0|4,4.6,4.6.1|0 r|debian13||dash|nonroot|0|0|4,4.6,4.6.1|1\nrabbitmq	d|debian13|apt|bash|root|5|2|4,4.3,4.3.5|0 r|debian13||bash|rabbitmq|5|2|4,4.3,4.3.5|1\nredis	d|alpine3.23|apk|busybox,bash|root|2|1|8.6,8.6.6|7 r|alpine3.23|||nonroot|2|1|8.6,8.6.6|8 d|alpine3.23|apk|busybox,bash|root|2|1|8,8.8,8.8.2|7 r|alpine3.23|||nonroot|2|1|8,8.8,8.8.2|8 d|alpine3.24|apk|busybox,bash|root|1|1|8.6,8.6.6|5 r|alpine3.24|||nonroot|1|1|8.6,8.6.6|6 d|alpine3.24|apk|busybox,bash|root|1|1|8,8.8,8.8.2|5 r|alpine3.24|||nonroot|1|1|8,8.8,8.8.2|6 d|debian13|apt|bash|root|0|0|7,7.4,7.4.11|159 r|debian13||bash|nonroot|0|0|7,7.4,7.4.11|24 d|debian13|apt|bash|root|0|0|7,7.4,7.4.11|0 r|debian13|||nonroot|0|0|7,7.4,7.4.11|1 r|debian13||bash|nonroot|0|0|8,8.10,8.10.1|24 d|debian13|apt|bash|root|0|0|8,8.10,8.10.1|0 r|debian13|||nonroot|0|0|8,8.10,8.10.1|1 d|debian13|apt|bash|root|0|0|8.4,8.4.6|159 r|debian13||bash|nonroot|0|0|8.4,8.4.6|24 d|debian13|apt|bash|root|0|0|8.4,8.4.6|0 r|debian13|||nonroot|0|0|8.4,8.4.6|1 d|debian13|apt|bash|root|0|0|8.6,8.6.6|159 r|debian13||bash|nonroot|0|0|8.6,8.6.6|24 d|debian13|apt|bash|root|0|0|8.6,8.6.6|0 r|debian13|||nonroot|0|0|8.6,8.6.6|1 d|debian13|apt|bash|root|0|0|8.8,8.8.2|159 r|debian13||bash|nonroot|0|0|8.8,8.8.2|24 d|debian13|apt|bash|root|0|0|8.8,8.8.2|0 r|debian13|||nonroot|0|0|8.8,8.8.2|1\nredis-exporter	d|debian13|apt|bash|root|0|0|1,1.89,1.89.0|159 r|debian13||bash|nonroot|0|0|1,1.89,1.89.0|24 d|debian13|apt|bash|root|0|0|1,1.89,1.89.0|0 r|debian13|||nonroot|0|0|1,1.89,1.89.0|1\nredis-mcp	d|alpine3.24|apk|busybox,bash|root|1|1|0,0.5,0.5.1|5 r|alpine3.24|||nonroot|1|1|0,0.5,0.5.1|6 d|debian13|apt|bash|root|0|0|0,0.5,0.5.1|0 r|debian13|||nonroot|0|0|0,0.5,0.5.1|1\nregctl	d|alpine3.23|apk|busybox|root|2|1|0,0.11,0.11.5|7 r|alpine3.23|||nonroot|2|1|0,0.11,0.11.5|8 d|alpine3.24|apk|busybox|root|1|1|0,0.11,0.11.5|5 r|alpine3.24|||nonroot|1|1|0,0.11,0.11.5|6 d|debian13|apt|bash|root|0|0|0,0.11,0.11.5|0 r|debian13|||nonroot|0|0|0,0.11,0.11.5|1\nregistration-operator	d|debian13|apt|bash|root|0|0|1,1.3,1.3.1|0 r|debian13|||nonroot|0|0|1,1.3,1.3.1|1\nrook-ceph	d|debian13|apt|bash|root|0|0|1.17,1.17.9|0 r|debian13|||rook|0|0|1.17,1.17.9|1 d|debian13|apt|bash|root|0|0|1.18,1.18.11|0 r|debian13|||rook|0|0|1.18,1.18.11|1 d|debian13|apt|bash|root|0|0|1.19,1.19.10|0 r|debian13|||rook|0|0|1.19,1.19.10|1 d|debian13|apt|bash|root|0|0|1,1.20,1.20.6|0 r|debian13|||rook|0|0|1,1.20,1.20.6|1\nruby	d|alpine3.22|apk|busybox|root|3|2|3.3,3.3.12|15 r|alpine3.22|||nonroot|3|2|3.3,3.3.12|16 d|alpine3.22|apk|busybox|root|3|2|3,3.4,3.4.10|15 r|alpine3.22|||nonroot|3|2|3,3.4,3.4.10|16 d|alpine3.22|apk|busybox|root|3|2|4,4.0,4.0.6|15 r|alpine3.22|||nonroot|3|2|4,4.0,4.0.6|16 d|alpine3.23|apk|busybox|root|2|1|3.3,3.3.12|7 r|alpine3.23|||nonroot|2|1|3.3,3.3.12|8 d|alpine3.23|apk|busybox|root|2|1|3.4,3.4.10|7 r|alpine3.23|||nonroot|2|1|3.4,3.4.10|8 d|alpine3.23|apk|busybox|root|2|1|4,4.0,4.0.6|7 r|alpine3.23|||nonroot|2|1|4,4.0,4.0.6|8 d|alpine3.24|apk|busybox|root|1|1|3.3,3.3.12|5 r|alpine3.24|||nonroot|1|1|3.3,3.3.12|6 d|alpine3.24|apk|busybox|root|1|1|3.4,3.4.10|5 r|alpine3.24|||nonroot|1|1|3.4,3.4.10|6 d|alpine3.24|apk|busybox|root|1|1|4,4.0,4.0.6|5 r|alpine3.24|||nonroot|1|1|4,4.0,4.0.6|6 d|debian13|apt|bash|root|5|2|3.3,3.3.12|0 r|debian13|||nonroot|5|2|3.3,3.3.12|1 d|debian13|apt|bash|root|5|2|3,3.4,3.4.10|0 r|debian13|||nonroot|5|2|3,3.4,3.4.10|1 d|debian13|apt|bash|root|5|2|4,4.0,4.0.6|0 r|debian13|||nonroot|5|2|4,4.0,4.0.6|1\nrundeck	d|alpine3.24|apk|bash|root|1|1|6,6.1,6.1.0|5 r|alpine3.24||bash|nonroot|1|1|6,6.1,6.1.0|6 d|debian13|apt|bash|root|0|0|6,6.1,6.1.0|0 r|debian13||bash|nonroot|0|0|6,6.1,6.1.0|1\nrust	d|alpine3.22|apk|busybox|root|3|2|1,1.98,1.98.0|15 d|alpine3.22|apk|busybox|root|3|2|1,1.98,1.98.0|137 d|alpine3.22|apk|busybox|root|3|2|1,1.98,1.98.0|105 r|alpine3.22||busybox|nonroot|3|2|1,1.98,1.98.0|16 d|alpine3.23|apk|busybox|root|2|1|1,1.97,1.97.0|7 d|alpine3.23|apk|busybox|root|2|1|1,1.97,1.97.0|138 d|alpine3.23|apk|busybox|root|2|1|1,1.97,1.97.0|106 r|alpine3.23||busybox|nonroot|2|1|1,1.97,1.97.0|8 d|alpine3.24|apk|busybox|root|1|1|1,1.96,1.96.1|5 d|alpine3.24|apk|busybox|root|1|1|1,1.96,1.96.1|139 d|alpine3.24|apk|busybox|root|1|1|1,1.96,1.96.1|107 r|alpine3.24||busybox|nonroot|1|1|1,1.96,1.96.1|6 d|debian12|apt|bash|root|5|2|1,1.98,1.98.0|108 d|debian12|apt|bash|root|5|2|1,1.98,1.98.0|160 d|debian12|apt|bash|root|5|2|1,1.98,1.98.0|109 r|debian12||bash|nonroot|5|2|1,1.98,1.98.0|27 d|debian13|apt|bash|root|5|2|1,1.98,1.98.0|0 d|debian13|apt|bash|root|5|2|1,1.98,1.98.0|140 d|debian13|apt|bash|root|5|2|1,1.98,1.98.0|110 r|debian13||bash|nonroot|5|2|1,1.98,1.98.0|1\ns3proxy	d|alpine3.24|apk|busybox,bash|root|1|1|4,4.0,4.0.0|5 r|alpine3.24||busybox|nonroot|1|1|4,4.0,4.0.0|6 d|debian13|apt|bash,dash|root|0|0|4,4.0,4.0.0|0 r|debian13||dash|nonroot|0|0|4,4.0,4.0.0|1\nsapmachine	d|debian13|apt|bash|root|5|2|17,17.0,17.0.20|67 d|debian13|apt|bash|root|5|2|21,21.0,21.0.12|67 d|debian13|apt|bash|root|5|2|25,25.0,25.0.4|67 d|debian13|apt|bash|root|5|2|26,26.0,26.0.2|67 r|debian13|apt||nonroot|5|2|17,17.0,17.0.20|1 r|debian13|apt||nonroot|5|2|21,21.0,21.0.12|1 r|debian13|apt||nonroot|5|2|25,25.0,25.0.4|1 r|debian13|apt||nonroot|5|2|26,26.0,26.0.2|1\nsbx-templates	d|debian13|apt|bash,dash|agent|19|10|claude|161 d|debian13|apt|bash,dash|agent|19|10|claude|162 d|debian13|apt|bash,dash|agent|19|10|claude|163 d|debian13|apt|bash,dash|agent|19|10|codex,codex-0,codex-0.149,codex-0.149.0|164 d|debian13|apt|bash,dash|agent|19|10|codex,codex-0,codex-0.149,codex-0.149.0|165 d|debian13|apt|bash,dash|agent|19|10|copilot,copilot-1,copilot-1.0,copilot-1.0.80|164 d|debian13|apt|bash,dash|agent|19|10|copilot,copilot-1,copilot-1.0,copilot-1.0.80|165 d|debian13|apt|bash,dash|agent|19|10|cursor|166 d|debian13|apt|bash,dash|agent|19|10|cursor|167 d|debian13|apt|bash,dash|agent|19|10|docker|168 d|debian13|apt|bash,dash|agent|19|10|docker|169 d|debian13|apt|bash,dash|agent|19|10|droid,droid-0.202.0|164 d|debian13|apt|bash,dash|agent|19|10|droid,droid-0.202.0|165 d|debian13|apt|bash,dash|agent|19|10|gemini,gemini-0,gemini-0.56,gemini-0.56.0|164 d|debian13|apt|bash,dash|agent|19|10|gemini,gemini-0,gemini-0.56,gemini-0.56.0|165 d|debian13|apt|bash,dash|agent|19|10|kiro,kiro-2,kiro-2.19,kiro-2.19.1|164 d|debian13|apt|bash,dash|agent|19|10|kiro,kiro-2,kiro-2.19,kiro-2.19.1|165 d|debian13|apt|bash,dash|agent|19|10|opencode,opencode-1,opencode-1.18,opencode-1.18.21|164 d|debian13|apt|bash,dash|agent|19|10|opencode,opencode-1,opencode-1.18,opencode-1.18.21|165 d|debian13|apt|bash,dash|agent|19|10|shell|164 d|debian13|apt|bash,dash|agent|19|10|shell|165\nscout-cli	d|debian13|apt|bash|root|0|0|1,1.23,1.23.1|0 r|debian13|||nonroot|0|0|1,1.23,1.23.1|1\nscout-sbom-indexer	d|debian13|apt|bash|root|0|0|1,1.23,1.23.1|0 r|debian13|||nonroot|0|0|1,1.23,1.23.1|1\nscrapegraph-mcp	d|debian13|apt|bash|root|0|0|3,3.0,3.0.0|0 r|debian13|||nonroot|0|0|3,3.0,3.0.0|1\nsealed-secrets-controller	d|debian13|apt|bash|root|0|0|0,0.39,0.39.1|0 r|debian13|||nonroot|0|0|0,0.39,0.39.1|1\nsealed-secrets-kubeseal	d|debian13|apt|bash|root|0|0|0,0.39,0.39.1|0 r|debian13|||nonroot|0|0|0,0.39,0.39.1|1\nseaweedfs	r|debian13||bash,dash|nonroot|0|0|4,4.43|24 d|debian13|apt|bash|root|0|0|4,4.43|0 r|debian13|||nonroot|0|0|4,4.43|1\nseaweedfs-cosi-driver	d|debian13|apt|bash|root|0|0|0,0.3,0.3.1|0 r|debian13|||nonroot|0|0|0,0.3,0.3.1|1\nsecrets-store-csi-driver	d|alpine3.23|apk|busybox|root|2|1|1,1.6,1.6.0|33 r|alpine3.23|||nonroot|2|1|1,1.6,1.6.0|38 d|debian13|apt|bash|root|0|0|1,1.6,1.6.0|0 r|debian13|||nonroot|0|0|1,1.6,1.6.0|1\nselenium-hub	d|debian13|apt|bash|root|0|0|4,4.47,4.47.0|0 r|debian13||bash|nonroot|0|0|4,4.47,4.47.0|1\nselenium-node-chromium	d|debian13|apt|bash|root|0|0|4,4.47,4.47.0|0 r|debian13||bash|nonroot|0|0|4,4.47,4.47.0|1\nshellcheck	d|debian13||bash|root|5|2|0,0.11,0.11.0|0 r|debian13|||nonroot|5|2|0,0.11,0.11.0|1\nsmartbear-mcp	d|alpine3.23|apk|busybox|root|2|1|0,0.37,0.37.0|33 r|alpine3.23|||node|2|1|0,0.37,0.37.0|38 d|debian13|apt|bash|root|0|0|0,0.37,0.37.0|0 r|debian13|||node|0|0|0,0.37,0.37.0|1\nsnapshot-controller	d|debian13|apt|bash|root|0|0|8,8.6,8.6.0|0 d|debian13|apt|bash|root|0|0|8.3,8.3.0|0 r|debian13|||nonroot|0|0|8.3,8.3.0|1 r|debian13|||nonroot|0|0|8,8.6,8.6.0|1\nsnyk	d|alpine3.24|apk|bash|root|1|1|1,1.1306,1.1306.4|5 r|alpine3.24|||nonroot|1|1|1,1.1306,1.1306.4|6 d|debian13|apt|bash|root|0|0|1,1.1306,1.1306.4|0 r|debian13|||nonroot|0|0|1,1.1306,1.1306.4|1\nsocat	d|alpine3.23|apk|busybox|root|2|1|1,1.8,1.8.1|7 r|alpine3.23|||nonroot|2|1|1,1.8,1.8.1|8 d|alpine3.24|apk|busybox|root|1|1|1,1.8,1.8.1|5 r|alpine3.24|||nonroot|1|1|1,1.8,1.8.1|6 d|debian13|apt|bash|root|5|2|1,1.8,1.8.0|0 r|debian13|||nonroot|5|2|1,1.8,1.8.0|1\nsolr	d|debian13|apt|bash|root|5|2|10,10.0,10.0.0|0 r|debian13||bash|solr|5|2|10,10.0,10.0.0|1 d|debian13|apt|bash|root|5|2|9,9.10,9.10.1|0 r|debian13||bash|solr|5|2|9,9.10,9.10.1|1\nsonarqube	d|debian13|apt|bash|root|0|0|26,26.8,26.8.0|0 r|debian13||bash|sonarqube|0|0|26,26.8,26.8.0|1\nspark	r|debian13||bash|nonroot|0|0|4.0,4.0.4|170 r|debian13||bash|nonroot|0|0|4.0,4.0.4|1 r|debian13||bash|nonroot|0|0|4.1,4.1.3|1 r|debian13||bash|nonroot|0|0|4,4.2,4.2.0|170 r|debian13||bash|nonroot|0|0|4,4.2,4.2.0|1\nspark-kubernetes-operator	d|debian13|apt|bash|root|0|0|1,1.0,1.0.0|0 r|debian13|||spark|0|0|1,1.0,1.0.0|1\nspicedb	d|alpine3.24|apk|busybox|root|1|1|1,1.56,1.56.0|5 r|alpine3.24|||nonroot|1|1|1,1.56,1.56.0|6 d|debian13|apt|bash|root|0|0|1,1.56,1.56.0|0 r|debian13|||nonroot|0|0|1,1.56,1.56.0|1\nspicedb-operator	d|alpine3.24|apk|busybox|root|1|1|1,1.26,1.26.0|5 r|alpine3.24|||nonroot|1|1|1,1.26,1.26.0|6 d|debian13|apt|bash|root|0|0|1,1.26,1.26.0|0 r|debian13|||nonroot|0|0|1,1.26,1.26.0|1\nspiffe-csi-driver	d|debian13|apt|bash|root|0|0|0,0.2,0.2.13|0 r|debian13|||nonroot|0|0|0,0.2,0.2.13|1\nspiffe-helper	d|debian13|apt|bash|root|0|0|0,0.11,0.11.0|0 r|debian13|||nonroot|0|0|0,0.11,0.11.0|1\nspire-agent	d|debian13|apt|bash|root|0|0|1.13,1.13.6|0 r|debian13|||nonroot|0|0|1.13,1.13.6|1 d|debian13|apt|bash|root|0|0|1.14,1.14.7|0 r|debian13|||nonroot|0|0|1.14,1.14.7|1 d|debian13|apt|bash|root|0|0|1,1.15,1.15.2|0 r|debian13|||nonroot|0|0|1,1.15,1.15.2|1\nspire-server	d|debian13|apt|bash|root|0|0|1.13,1.13.6|0 r|debian13|||nonroot|0|0|1.13,1.13.6|1 d|debian13|apt|bash|root|0|0|1.14,1.14.7|0 r|debian13|||nonroot|0|0|1.14,1.14.7|1 d|debian13|apt|bash|root|0|0|1.15,1.15.2|0 r|debian13|||nonroot|0|0|1.15,1.15.2|1\nstackhawk-mcp	d|alpine3.24|apk|busybox|root|1|1|1,1.2,1.2.4|5 r|alpine3.24|||nonroot|1|1|1,1.2,1.2.4|6 d|debian13|apt|bash|root|0|0|1,1.2,1.2.4|0 r|debian13|||nonroot|0|0|1,1.2,1.2.4|1\nstakater-reloader	d|debian13|apt|bash|root|0|0|1-dev,1.4-dev,1.4.21-dev,v1.4.21-dev,1-debian-dev,1-debian13-dev,1.4-debian-dev,1.4-debian13-dev,1.4.21-debian-dev,1.4.21-debian13-dev| r|debian13|||nonroot|0|0|1,1.4,1.4.21,v1.4.21,1-debian,1-debian13,1.4-debian,1.4-debian13,1.4.21-debian,1.4.21-debian13|\nstargate	d|debian13|apt|bash|root|0|0|1,1.0,1.0.91|0 r|debian13||bash|nonroot|0|0|1,1.0,1.0.91|1 d|debian13|apt|bash|root|0|0|2,2.0,2.0.51|0 r|debian13||bash|nonroot|0|0|2,2.0,2.0.51|1\nstatic	r|alpine3.22|||nonroot|3|2|20260611|171 r|alpine3.22|||nonroot|3|2|20260611|16 r|alpine3.23|||nonroot|2|1|20260611|172 r|alpine3.23|||nonroot|2|1|20260611|8 r|alpine3.24|||nonroot|1|1|20260611|173 r|alpine3.24|||nonroot|1|1|20260611|6 r|debian12|||nonroot|5|2|20250419|174 r|debian12|||nonroot|5|2|20250419|27 r|debian13|||nonroot|0|0|20250419|175 r|debian13|||nonroot|0|0|20250419|1\nstrimzi-kafka	d|debian13|apt|bash|root|0|0|1,1.2,1.2.0|176 r|debian13||bash|kafka|0|0|1,1.2,1.2.0|177 d|debian13|apt|bash|root|0|0|1,1.2,1.2.0|178 r|debian13||bash|kafka|0|0|1,1.2,1.2.0|179\nstrimzi-kafka-bridge	d|debian13|apt|bash|root|0|0|0,0.33,0.33.1|0 r|debian13||bash|kafka|0|0|0,0.33,0.33.1|1 d|debian13|apt|bash|root|0|0|1,1.1,1.1.0|0 r|debian13||bash|kafka|0|0|1,1.1,1.1.0|1\nstrimzi-operator	d|debian13|apt|bash|root|0|0|1,1.2,1.2.0|0 r|debian13||bash|nonroot|0|0|1,1.2,1.2.0|1\nstunnel	d|debian13|apt|bash|root|5|2|5,5.80|0 r|debian13|||nonroot|5|2|5,5.80|1\nsuperset	d|debian13|apt|bash,dash|root|0|0|6,6.1,6.1.0|0 r|debian13||dash|nonroot|0|0|6,6.1,6.1.0|1\nsyft	d|alpine3.23|apk|busybox|root|2|1|1,1.51,1.51.0|7 r|alpine3.23|||nonroot|2|1|1,1.51,1.51.0|8 d|alpine3.24|apk|busybox|root|1|1|1,1.51,1.51.0|5 r|alpine3.24|||nonroot|1|1|1,1.51,1.51.0|6 d|debian13|apt|bash|root|0|0|1,1.51,1.51.0|0 r|debian13|||nonroot|0|0|1,1.51,1.51.0|1\ntailscale	r|debian13||dash|root|0|0|1,1.102,1.102.3|24 d|debian13|apt|bash|root|0|0|1,1.102,1.102.3|0 r|debian13|||root|0|0|1,1.102,1.102.3|1\ntailscale-operator	d|debian13|apt|bash|root|0|0|1,1.102,1.102.3|0 r|debian13|||nonroot|0|0|1,1.102,1.102.3|1\ntelegraf	d|debian13|apt|bash|root|0|0|1,1.39,1.39.3|0 r|debian13|||nonroot|0|0|1,1.39,1.39.3|1\ntempo	d|debian13|apt|bash|root|0|0|2,2.10,2.10.8|0 r|debian13|||nonroot|0|0|2,2.10,2.10.8|1 d|debian13|apt|bash|root|0|0|3,3.0,3.0.3|0 r|debian13|||nonroot|0|0|3,3.0,3.0.3|1\ntempo-query	d|debian13|apt|bash|root|0|0|2,2.10,2.10.8|0 r|debian13|||nonroot|0|0|2,2.10,2.10.8|1 d|debian13|apt|bash|root|0|0|3,3.0,3.0.3|0 r|debian13|||nonroot|0|0|3,3.0,3.0.3|1\ntemporalio-admin-tools	r|debian12||bash|temporal|5|2|1.28-debian12,1.28.4-debian12,1.28.4-cli-1.7.3-debian12| r|debian12||bash|temporal|5|2|1.29-debian12,1.29.7-debian12,1.29.7-cli-1.7.3-debian12| d|debian13|apt|bash|root|0|0|1.28-dev,1.28.4-dev,1.28-debian-dev,1.28-debian13-dev,1.28.4-debian-dev,1.28.4-debian13-dev,1.28.4-cli-1.8.2-dev,1.28.4-cli-1.8.2-debian-dev,1.28.4-cli-1.8.2-debian13-dev| r|debian13||bash|temporal|0|0|1.28,1.28.4,1.28-debian,1.28-debian13,1.28.4-debian,1.28.4-debian13,1.28.4-cli-1.8.2,1.28.4-cli-1.8.2-debian,1.28.4-cli-1.8.2-debian13| d|debian13|apt|bash|root|0|0|1.29-dev,1.29.7-dev,1.29-debian-dev,1.29-debian13-dev,1.29.7-debian-dev,1.29.7-debian13-dev,1.29.7-cli-1.8.2-dev,1.29.7-cli-1.8.2-debian-dev,1.29.7-cli-1.8.2-debian13-dev| r|debian13||bash|temporal|0|0|1.29,1.29.7,1.29-debian,1.29-debian13,1.29.7-debian,1.29.7-debian13,1.29.7-cli-1.8.2,1.29.7-cli-1.8.2-debian,1.29.7-cli-1.8.2-debian13| d|debian13|apt|bash|root|0|0|1.30-dev,1.30.6-dev,1.30-debian-dev,1.30-debian13-dev,1.30.6-debian-dev,1.30.6-debian13-dev,1.30.6-cli-1.8.2-dev,1.30.6-cli-1.8.2-debian-dev,1.30.6-cli-1.8.2-debian13-dev| r|debian13||bash|temporal|0|0|1.30,1.30.6,1.30-debian,1.30-debian13,1.30.6-debian,1.30.6-debian13,1.30.6-cli-1.8.2,1.30.6-cli-1.8.2-debian,1.30.6-cli-1.8.2-debian13| d|debian13|apt|bash|root|0|0|1-dev,1.31-dev,1.31.2-dev,1-debian-dev,1-debian13-dev,1.31-debian-dev,1.31-debian13-dev,1.31.2-debian-dev,1.31.2-debian13-dev,1.31.2-cli-1.8.2-dev,1.31.2-cli-1.8.2-debian-dev,1.31.2-cli-1.8.2-debian13-dev| r|debian13||bash|temporal|0|0|1,1.31,1.31.2,1-debian,1-debian13,1.31-debian,1.31-debian13,1.31.2-debian,1.31.2-debian13,1.31.2-cli-1.8.2,1.31.2-cli-1.8.2-debian,1.31.2-cli-1.8.2-debian13|\ntemporalio-server	r|debian12||bash|temporal|5|2|1.28-debian12,1.28.4-debian12,1.28.4-cli-1.8.2-debian12| r|debian12||bash|temporal|5|2|1-debian12,1.29-debian12,1.29.7-debian12,1.29.7-cli-1.8.2-debian12| d|debian13|apt|bash|root|0|0|1.28-dev,1.28.4-dev,1.28-debian-dev,1.28-debian13-dev,1.28.4-debian-dev,1.28.4-debian13-dev,1.28.4-cli-1.8.2-dev,1.28.4-cli-1.8.2-debian-dev,1.28.4-cli-1.8.2-debian13-dev| r|debian13||bash|temporal|0|0|1.28,1.28.4,1.28-debian,1.28-debian13,1.28.4-debian,1.28.4-debian13,1.28.4-cli-1.8.2,1.28.4-cli-1.8.2-debian,1.28.4-cli-1.8.2-debian13| d|debian13|apt|bash|root|0|0|1.29-dev,1.29.7-dev,1.29-debian-dev,1.29-debian13-dev,1.29.7-debian-dev,1.29.7-debian13-dev,1.29.7-cli-1.8.2-dev,1.29.7-cli-1.8.2-debian-dev,1.29.7-cli-1.8.2-debian13-dev| r|debian13||bash|temporal|0|0|1.29,1.29.7,1.29-debian,1.29-debian13,1.29.7-debian,1.29.7-debian13,1.29.7-cli-1.8.2,1.29.7-cli-1.8.2-debian,1.29.7-cli-1.8.2-debian13| d|debian13|apt|bash|root|5|2|1.30,1.30.6|0 r|debian13||bash|temporal|5|2|1.30,1.30.6|1 d|debian13|apt|bash|root|5|2|1,1.31,1.31.2|0 r|debian13||bash|temporal|5|2|1,1.31,1.31.2|1\ntemporalio-ui	r|debian12||bash|temporal|5|2|2.53,2.53.3|27 r|debian13||bash|temporal|0|0|2.53,2.53.3|1\ntensorflow-serving	r|debian13|||nonroot|5|2|2,2.20,2.20.0|1\nterraform	d|debian13|apt|bash|root|0|0|1.14,1.14.9|0 r|debian13|||nonroot|0|0|1.14,1.14.9|1 d|debian13|apt|bash|root|0|0|1,1.15,1.15.9|0 r|debian13|||nonroot|0|0|1,1.15,1.15.9|1\nthanos	d|alpine3.24|apk|busybox|root|1|1|0,0.42,0.42.4|5 r|alpine3.24|||nonroot|1|1|0,0.42,0.42.4|6 d|debian13|apt|bash|root|0|0|0,0.42,0.42.4|0 r|debian13|||nonroot|0|0|0,0.42,0.42.4|1\ntigera-operator	d|debian13|apt|bash|root|0|0|1.36,1.36.16|0 r|debian13|||nonroot|0|0|1.36,1.36.16|1 d|debian13|apt|bash|root|0|0|1.38,1.38.16|0 r|debian13|||nonroot|0|0|1.38,1.38.16|1 d|debian13|apt|bash|root|0|0|1.40,1.40.15|0 r|debian13|||nonroot|0|0|1.40,1.40.15|1 d|debian13|apt|bash|root|0|0|1.41,1.41.1|0 r|debian13|||nonroot|0|0|1.41,1.41.1|1 d|debian13|apt|bash|root|0|0|1.42,1.42.4|0 r|debian13|||nonroot|0|0|1.42,1.42.4|1 d|debian13|apt|bash|root|0|0|1.43,1.43.0|0 r|debian13|||nonroot|0|0|1.43,1.43.0|1\ntime-mcp	r|debian13|||nonroot|0|0|2026,2026.8,latest,2026.8.18,2026-debian,2026-debian13,2026.8-debian,2026.8-debian13,2026.8.18-debian,2026.8.18-debian13|\ntkn	d|alpine3.24|apk|busybox|root|1|1|0,0.46,0.46.0|5 r|alpine3.24|||nonroot|1|1|0,0.46,0.46.0|6 d|debian13|apt|bash|root|0|0|0,0.46,0.46.0|0 r|debian13|||nonroot|0|0|0,0.46,0.46.0|1\ntomcat	d|alpine3.22|apk|busybox|root|3|2|10,10.1,10.1.59|180 r|alpine3.22||busybox|nonroot|3|2|10,10.1,10.1.59|181 d|alpine3.22|apk|busybox|root|3|2|10,10.1,10.1.59|182 r|alpine3.22||busybox|nonroot|3|2|10,10.1,10.1.59|183 d|alpine3.22|apk|busybox|root|3|2|10,10.1,10.1.59|184 r|alpine3.22||busybox|nonroot|3|2|10,10.1,10.1.59|185 d|alpine3.22|apk|busybox|root|3|2|9,9.0,9.0.121|180 r|alpine3.22||busybox|nonroot|3|2|9,9.0,9.0.121|181 d|alpine3.22|apk|busybox|root|3|2|9,9.0,9.0.121|182 r|alpine3.22||busybox|nonroot|3|2|9,9.0,9.0.121|183 d|alpine3.22|apk|busybox|root|3|2|9,9.0,9.0.121|184 r|alpine3.22||busybox|nonroot|3|2|9,9.0,9.0.121|185 d|alpine3.22|apk|busybox|root|3|2|11,11.0,11.0.25|180 r|alpine3.22||busybox|nonroot|3|2|11,11.0,11.0.25|181 d|alpine3.22|apk|busybox|root|3|2|11,11.0,11.0.25|182 r|alpine3.22||busybox|nonroot|3|2|11,11.0,11.0.25|183 d|alpine3.22|apk|busybox|root|3|2|11,11.0,11.0.25|184 r|alpine3.22||busybox|nonroot|3|2|11,11.0,11.0.25|185 d|debian13|apt|bash|root|5|2|10,10.1,10.1.59|124 r|debian13||bash|nonroot|5|2|10,10.1,10.1.59|186 d|debian13|apt|bash|root|5|2|10,10.1,10.1.59|125 r|debian13||bash|nonroot|5|2|10,10.1,10.1.59|187 d|debian13|apt|bash|root|5|2|10,10.1,10.1.59|126 r|debian13||bash|nonroot|5|2|10,10.1,10.1.59|188 d|debian13|apt|bash|root|5|2|9,9.0,9.0.121|124 r|debian13||bash|nonroot|5|2|9,9.0,9.0.121|186 d|debian13|apt|bash|root|5|2|9,9.0,9.0.121|125 r|debian13||bash|nonroot|5|2|9,9.0,9.0.121|187 d|debian13|apt|bash|root|5|2|9,9.0,9.0.121|126 r|debian13||bash|nonroot|5|2|9,9.0,9.0.121|188 d|debian13|apt|bash|root|5|2|11,11.0,11.0.25|124 r|debian13||bash|nonroot|5|2|11,11.0,11.0.25|186 d|debian13|apt|bash|root|5|2|11,11.0,11.0.25|125 r|debian13||bash|nonroot|5|2|11,11.0,11.0.25|187 d|debian13|apt|bash|root|5|2|11,11.0,11.0.25|126 r|debian13||bash|nonroot|5|2|11,11.0,11.0.25|188\ntraefik	d|alpine3.23|apk|busybox|root|2|1|3,3.7,3.7.11|7 r|alpine3.23|||nonroot|2|1|3,3.7,3.7.11|8 d|alpine3.24|apk|busybox|root|1|1|3,3.7,3.7.11|5 r|alpine3.24|||nonroot|1|1|3,3.7,3.7.11|6 d|debian13|apt|bash|root|0|0|3,3.7,3.7.11|0 r|debian13|||nonroot|0|0|3,3.7,3.7.11|1\ntrigger-dev	d|debian13|apt|bash,dash|root|0|0|4,4.5,4.5.11|0 r|debian13||dash|nonroot|0|0|4,4.5,4.5.11|1\ntrino	d|debian13|apt|bash|root|0|0|483|159 r|debian13||bash|trino|0|0|483|24 d|debian13|apt|bash|root|0|0|483|0 r|debian13||bash|trino|0|0|483|1\ntrivy	r|alpine3.23||dash|nonroot|2|1|0,0.74,0.74.0|189 d|alpine3.23|apk|busybox|root|2|1|0,0.74,0.74.0|7 r|alpine3.23|||nonroot|2|1|0,0.74,0.74.0|8 r|alpine3.24||dash|nonroot|1|1|0,0.74,0.74.0|190 d|alpine3.24|apk|busybox|root|1|1|0,0.74,0.74.0|5 r|alpine3.24|||nonroot|1|1|0,0.74,0.74.0|6 r|debian13||dash|nonroot|0|0|0,0.74,0.74.0|24 d|debian13|apt|bash|root|0|0|0,0.74,0.74.0|0 r|debian13|||nonroot|0|0|0,0.74,0.74.0|1\ntrivy-operator	d|debian13|apt|bash|root|0|0|0,0.31,0.31.1|0 r|debian13|||trivyoperator|0|0|0,0.31,0.31.1|1\ntrufflehog	d|alpine3.23|apk|busybox|root|2|1|3,3.97,3.97.0|7 r|alpine3.23|||nonroot|2|1|3,3.97,3.97.0|8 d|alpine3.24|apk|busybox|root|1|1|3,3.97,3.97.0|5 r|alpine3.24|||nonroot|1|1|3,3.97,3.97.0|6 d|debian13|apt|bash|root|0|0|3,3.97,3.97.0|0 r|debian13|||nonroot|0|0|3,3.97,3.97.0|1\ntrust-manager	d|debian13|apt|bash|root|0|0|0,0.24,0.24.0|0 r|debian13|||65532|0|0|0,0.24,0.24.0|1\ntrust-manager-package	r|debian12|||65532|5|2|bookworm-debian12,bookworm-20250419-debian12,bookworm-20250419-deb12u1-debian12| r|debian13|||65532|5|2|trixie,trixie-20250419|1\nunleash	d|debian13|apt|bash|root|0|0|7,7.6,7.6.5|0 r|debian13|||nonroot|0|0|7,7.6,7.6.5|1 d|debian13|apt|bash|root|0|0|8,8.1,8.1.0|0 r|debian13|||nonroot|0|0|8,8.1,8.1.0|1\nuptime-kuma	d|debian13|apt|bash|root|0|0|1,1.23,1.23.17|0 r|debian13|||node|0|0|1,1.23,1.23.17|1 d|debian13|apt|bash|root|0|0|2,2.5,2.5.0|0 r|debian13|||node|0|0|2,2.5,2.5.0|1\nuv	d|debian12|apt|bash|root|5|2|0,0.12,0.12.5|108 r|debian12|||nonroot|5|2|0,0.12,0.12.5|27 d|debian13|apt|bash|root|0|0|0,0.12,0.12.5|0 r|debian13|||nonroot|0|0|0,0.12,0.12.5|1\nvalkey	d|debian13|apt|bash|root|0|0|7,7.2,7.2.14|0 d|debian13|apt|bash|root|0|0|7,7.2,7.2.14|191 r|debian13||bash|nonroot|0|0|7,7.2,7.2.14|192 r|debian13||bash|nonroot|0|0|7,7.2,7.2.14|1 d|debian13|apt|bash|root|0|0|8.0,8.0.10|0 d|debian13|apt|bash|root|0|0|8.0,8.0.10|191 r|debian13||bash|nonroot|0|0|8.0,8.0.10|192 r|debian13||bash|nonroot|0|0|8.0,8.0.10|1 d|debian13|apt|bash|root|0|0|8,8.1,8.1.9|0 d|debian13|apt|bash|root|0|0|8,8.1,8.1.9|191 r|debian13||bash|nonroot|0|0|8,8.1,8.1.9|192 r|debian13||bash|nonroot|0|0|8,8.1,8.1.9|1 d|debian13|apt|bash|root|0|0|9,9.1,9.1.1|0 d|debian13|apt|bash|root|0|0|9,9.1,9.1.1|191 r|debian13||bash|nonroot|0|0|9,9.1,9.1.1|192 r|debian13||bash|nonroot|0|0|9,9.1,9.1.1|1\nvalkey-operator	d|alpine3.24|apk|busybox|root|1|1|0,0.5,0.5.0|5 r|alpine3.24|||nonroot|1|1|0,0.5,0.5.0|6 d|debian13|apt|bash|root|0|0|0,0.5,0.5.0|0 r|debian13|||nonroot|0|0|0,0.5,0.5.0|1\nvarnish	d|debian13|apt|bash,dash|root|0|0|8,8.0,8.0.0|0 r|debian13||dash|nonroot|0|0|8,8.0,8.0.0|1 d|debian13|apt|bash,dash|root|0|0|9,9.0,9.0.3|0 r|debian13||dash|nonroot|0|0|9,9.0,9.0.3|1\nvault	d|debian13|apt|bash|root|0|0|2,2.0,2.0.4|159 r|debian13||bash|vault|0|0|2,2.0,2.0.4|24 d|debian13|apt|bash|root|0|0|2,2.0,2.0.4|0 r|debian13||bash|vault|0|0|2,2.0,2.0.4|193 r|debian13|||vault|0|0|2,2.0,2.0.4|1\nvault-csi-provider	d|debian13|apt|bash|root|0|0|1,1.7,1.7.4|0 r|debian13|||nonroot|0|0|1,1.7,1.7.4|1\nvault-k8s	d|debian13|apt|bash|root|0|0|1.6,1.6.2|0 r|debian13|||nonroot|0|0|1.6,1.6.2|1 d|debian13|apt|bash|root|0|0|1,1.7,1.7.6|0 r|debian13|||nonroot|0|0|1,1.7,1.7.6|1\nvector	d|debian13|apt|bash|root|0|0|0,0.57,0.57.0|0 r|debian13|||nonroot|0|0|0,0.57,0.57.0|1\nvelero	d|debian13|apt|bash|root|0|0|1,1.18,1.18.2|0 r|debian13|||cnb|0|0|1,1.18,1.18.2|1\nvelero-plugin-for-aws	d|debian13|apt|bash|root|0|0|1,1.14,1.14.2|0 r|debian13|||nonroot|0|0|1,1.14,1.14.2|1\nvelero-plugin-for-gcp	d|debian13|apt|bash|root|0|0|1,1.14,1.14.2|0 r|debian13|||nonroot|0|0|1,1.14,1.14.2|1\nvelero-plugin-for-microsoft-azure	d|debian13|apt|bash|root|0|0|1,1.14,1.14.2|0 r|debian13|||nonroot|0|0|1,1.14,1.14.2|1\nversitygw	d|debian13|apt|bash|root|0|0|1,1.7,1.7.0|0 r|debian13|||nonroot|0|0|1,1.7,1.7.0|1\nvictoriametrics-vmagent	d|debian13|apt|bash|root|0|0|1,1.150,1.150.0|0 r|debian13|||nonroot|0|0|1,1.150,1.150.0|1\nvictoriametrics-vmalert	d|debian13|apt|bash|root|0|0|1,1.150,1.150.0|0 r|debian13|||nonroot|0|0|1,1.150,1.150.0|1\nvictoriametrics-vmauth	d|debian13|apt|bash|root|0|0|1,1.150,1.150.0|0 r|debian13|||nonroot|0|0|1,1.150,1.150.0|1\nvictoriametrics-vminsert	d|debian13|apt|bash|root|0|0|1,1.150,1.150.0|0 r|debian13|||nonroot|0|0|1,1.150,1.150.0|1\nvictoriametrics-vmselect	d|debian13|apt|bash|root|0|0|1,1.150,1.150.0|0 r|debian13|||nonroot|0|0|1,1.150,1.150.0|1\nvictoriametrics-vmstorage	d|debian13|apt|bash|root|0|0|1,1.150,1.150.0|0 r|debian13|||nonroot|0|0|1,1.150,1.150.0|1\nvirt-api	d|debian13|apt|bash|root|0|0|1.6,1.6.6|0 r|debian13|||65532|0|0|1.6,1.6.6|1 d|debian13|apt|bash|root|0|0|1.7,1.7.4|0 r|debian13|||65532|0|0|1.7,1.7.4|1 d|debian13|apt|bash|root|0|0|1.8,1.8.4|0 r|debian13|||65532|0|0|1.8,1.8.4|1 d|debian13|apt|bash|root|0|0|1,1.9,1.9.0|0 r|debian13|||65532|0|0|1,1.9,1.9.0|1\nvirt-controller	d|debian13|apt|bash|root|0|0|1.6,1.6.6|0 r|debian13|||65532|0|0|1.6,1.6.6|1 d|debian13|apt|bash|root|0|0|1.7,1.7.4|0 r|debian13|||65532|0|0|1.7,1.7.4|1 d|debian13|apt|bash|root|0|0|1.8,1.8.4|0 r|debian13|||65532|0|0|1.8,1.8.4|1 d|debian13|apt|bash|root|0|0|1,1.9,1.9.0|0 r|debian13|||65532|0|0|1,1.9,1.9.0|1\nvirt-exportproxy	d|debian13|apt|bash|root|0|0|1.6,1.6.6|0 r|debian13|||65532|0|0|1.6,1.6.6|1 d|debian13|apt|bash|root|0|0|1.7,1.7.4|0 r|debian13|||65532|0|0|1.7,1.7.4|1 d|debian13|apt|bash|root|0|0|1.8,1.8.4|0 r|debian13|||65532|0|0|1.8,1.8.4|1 d|debian13|apt|bash|root|0|0|1,1.9,1.9.0|0 r|debian13|||65532|0|0|1,1.9,1.9.0|1\nvirt-exportserver	d|debian13|apt|bash|root|0|0|1.6,1.6.6|0 r|debian13|||65532|0|0|1.6,1.6.6|1 d|debian13|apt|bash|root|0|0|1.7,1.7.4|0 r|debian13|||65532|0|0|1.7,1.7.4|1 d|debian13|apt|bash|root|0|0|1.8,1.8.4|0 r|debian13|||65532|0|0|1.8,1.8.4|1 d|debian13|apt|bash|root|0|0|1,1.9,1.9.0|0 r|debian13|||65532|0|0|1,1.9,1.9.0|1\nvirt-handler	d|debian13|apt|bash|root|0|0|1.6,1.6.6|0 r|debian13|||root|0|0|1.6,1.6.6|1 d|debian13|apt|bash|root|0|0|1.7,1.7.4|0 r|debian13|||root|0|0|1.7,1.7.4|1 d|debian13|apt|bash|root|0|0|1.8,1.8.4|0 r|debian13|||root|0|0|1.8,1.8.4|1 d|debian13|apt|bash|root|0|0|1,1.9,1.9.0|0 r|debian13|||root|0|0|1,1.9,1.9.0|1\nvirt-launcher	d|debian13|apt|bash|root|0|0|1.6,1.6.6|0 r|debian13|apt|bash|root|0|0|1.6,1.6.6|1 d|debian13|apt|bash|root|0|0|1.7,1.7.4|0 r|debian13|apt|bash|root|0|0|1.7,1.7.4|1 d|debian13|apt|bash|root|0|0|1.8,1.8.4|0 r|debian13|apt|bash|root|0|0|1.8,1.8.4|1 d|debian13|apt|bash|root|0|0|1,1.9,1.9.0|0 r|debian13|apt|bash|root|0|0|1,1.9,1.9.0|1\nvirt-operator	d|debian13|apt|bash|root|0|0|1.6,1.6.6|0 r|debian13|||65532|0|0|1.6,1.6.6|1 d|debian13|apt|bash|root|0|0|1.7,1.7.4|0 r|debian13|||65532|0|0|1.7,1.7.4|1 d|debian13|apt|bash|root|0|0|1.8,1.8.4|0 r|debian13|||65532|0|0|1.8,1.8.4|1 d|debian13|apt|bash|root|0|0|1,1.9,1.9.0|0 r|debian13|||65532|0|0|1,1.9,1.9.0|1\nvpa-admission-controller	d|debian13|apt|bash|root|0|0|1,1.7,1.7.1|0 r|debian13|||nonroot|0|0|1,1.7,1.7.1|1\nvpa-recommender	d|debian13|apt|bash|root|0|0|1,1.7,1.7.1|0 r|debian13|||nonroot|0|0|1,1.7,1.7.1|1\nvpa-updater	d|debian13|apt|bash|root|0|0|1,1.7,1.7.1|0 r|debian13|||nonroot|0|0|1,1.7,1.7.1|1\nwait-for-it	d|debian13|apt|bash|root|5|2|0,0.20200822|0 r|debian13||bash|nonroot|5|2|0,0.20200822|1\nwbitt-network-multitool	d|alpine3.23|apk|bash|root|9|2|3,3.22,3.22.2|194 r|alpine3.23||bash|nginx|9|2|3,3.22,3.22.2|195 d|alpine3.23|apk|bash|root|9|2|3,3.22,3.22.2|33 r|alpine3.23||bash|nginx|9|2|3,3.22,3.22.2|38\nwiremock	d|debian13|apt|bash|root|0|0|3,3.13|0 r|debian13|||nonroot|0|0|3,3.13|1\nwiremock-gui	d|debian13|apt|bash|root|20|11|3,3.13|0 r|debian13|||nonroot|0|0|3,3.13|1\nwordpress	d|alpine3.22|apk|busybox,bash|root|3|2|6.9.7|196 r|alpine3.22||bash|nonroot|3|2|6.9.7|197 d|alpine3.22|apk|busybox,bash|root|3|2|6.9.7|198 r|alpine3.22||bash|nonroot|3|2|6.9.7|199 d|alpine3.22|apk|busybox,bash|root|3|2|6.9.7|200 r|alpine3.22||bash|nonroot|3|2|6.9.7|201 d|alpine3.22|apk|busybox,bash|root|3|2|7.0.4|196 r|alpine3.22||bash|nonroot|3|2|7.0.4|197 d|alpine3.22|apk|busybox,bash|root|3|2|7.0.4|198 r|alpine3.22||bash|nonroot|3|2|7.0.4|199 d|alpine3.22|apk|busybox,bash|root|3|2|7.0.4|200 r|alpine3.22||bash|nonroot|3|2|7.0.4|201 d|debian13|apt|bash|root|0|0|6.9.7|202 r|debian13||bash|nonroot|0|0|6.9.7|203 d|debian13|apt|bash|root|0|0|6.9.7|204 r|debian13||bash|nonroot|0|0|6.9.7|205 d|debian13|apt|bash|root|0|0|6.9.7|206 r|debian13||bash|nonroot|0|0|6.9.7|207 d|debian13|apt|bash|root|0|0|7.0.4|202 r|debian13||bash|nonroot|0|0|7.0.4|203 d|debian13|apt|bash|root|0|0|7.0.4|204 r|debian13||bash|nonroot|0|0|7.0.4|205 d|debian13|apt|bash|root|0|0|7.0.4|206 r|debian13||bash|nonroot|0|0|7.0.4|207\nx509-certificate-exporter	d|debian13|apt|bash|root|0|0|3,3.21,3.21.0|0 r|debian13|||nonroot|0|0|3,3.21,3.21.0|1 d|debian13|apt|bash|root|0|0|4,4.2,4.2.0|0 r|debian13|||nonroot|0|0|4,4.2,4.2.0|1\nyet-another-cloudwatch-exporter	d|alpine3.24|apk|busybox|root|1|1|0,0.67,0.67.0|5 r|alpine3.24|||nonroot|1|1|0,0.67,0.67.0|6 d|debian13|apt|bash|root|0|0|0,0.67,0.67.0|0 r|debian13|||nonroot|0|0|0,0.67,0.67.0|1\nzookeeper	r|debian13||bash|nonroot|5|2|3.8,3.8.6|1 r|debian13||bash|nonroot|5|2|3,3.9,3.9.5|104\nzot	d|debian13|apt|bash|root|0|0|2,2.1,2.1.20|0 d|debian13|apt|bash|root|0|0|2,2.1,2.1.20|208 r|debian13|||nonroot|0|0|2,2.1,2.1.20|209 r|debian13|||nonroot|0|0|2,2.1,2.1.20|1\nzscaler-mcp	d|debian13|apt|bash|root|0|0|0,0.15,0.15.4|0 r|debian13|||nonroot|0|0|0,0.15,0.15.4|1\nztunnel	d|debian13|apt|bash|root|0|0|1.29,1.29.6|0 r|debian13|||nonroot|0|0|1.29,1.29.6|1 d|debian13|apt|bash|root|0|0|1.30,1.30.3|0 r|debian13|||nonroot|0|0|1.30,1.30.3|1";
}

// src/own.ts
function own(table, key) {
  return Object.hasOwn(table, key) ? table[key] : void 0;
}
function record() {
  return /* @__PURE__ */ Object.create(null);
}

// src/policy/dhi-catalog.ts
var tables = null;
var images = null;
var names = null;
var entries = /* @__PURE__ */ new Map();
function imageLines() {
  images ??= dhiCatalogImages();
  return images;
}
function lineOf(text, key) {
  const needle = `${key}	`;
  let at = text.indexOf(needle);
  while (at > 0 && text[at - 1] !== "\n") at = text.indexOf(needle, at + 1);
  return at;
}
function decodeRow(name, row, data, parts) {
  const [variant, distroRelease, pm, shells, runAs, repos, keys, tags, suffixes] = row.split("|");
  const distro = distroRelease.startsWith("alpine") ? "alpine" : "debian";
  const versions = tags.split(",");
  const suffixList = suffixes === "" ? null : data.suffixes[Number(suffixes)];
  parts.push({ versions, suffixes: suffixList ?? [""] });
  return {
    image: name,
    variant: variant === "d" ? "dev" : "runtime",
    distro,
    release: distroRelease.slice(distro.length),
    packageManager: pm === "apk" || pm === "apt" ? pm : null,
    shell: shells === "" ? null : shells.split(","),
    runAs,
    repositories: data.repositories[Number(repos)],
    keyring: data.keyrings[Number(keys)],
    tags: suffixList ? versions.flatMap((v) => suffixList.map((s) => v + s)) : versions
  };
}
function entry(name) {
  const key = name.toLowerCase();
  let e = entries.get(key);
  if (e !== void 0) return e;
  e = null;
  const text = imageLines();
  const at = /^[a-z0-9][a-z0-9._-]*$/.test(key) ? lineOf(text, key) : -1;
  if (at !== -1) {
    const start = at + key.length + 1;
    const end = text.indexOf("\n", start);
    tables ??= JSON.parse(dhiCatalogTables());
    const data = tables;
    const parts = [];
    e = { definitions: text.slice(start, end === -1 ? text.length : end).split(" ").map((r) => decodeRow(key, r, data, parts)), parts, shapes: [], all: null };
  }
  if (entries.size < 1e3) entries.set(key, e);
  return e;
}
function dhiDefinitions(name) {
  return entry(name)?.definitions ?? [];
}
function dhiImageNames() {
  names ??= imageLines().split("\n").map((line) => line.slice(0, line.indexOf("	")));
  return names;
}
function isDhiCatalogImage(name) {
  return entry(name) !== null;
}
function nearestDhiImageNames(name, limit = 3) {
  const key = name.toLowerCase();
  return dhiImageNames().map((n) => ({ n, d: editDistance(key, n, 2) })).filter((x) => x.d <= 2).sort((a, b) => a.d - b.d || byCode(a.n, b.n)).slice(0, limit).map((x) => x.n);
}
function editDistance(a, b, cap) {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...cur) > cap) return cap + 1;
    prev = cur;
  }
  return prev[b.length];
}
var CODENAME_RELEASES = { buster: "10", bullseye: "11", bookworm: "12", trixie: "13", forky: "14" };
var FIPS = "fips";
function distroToken(token) {
  const alpine = /^alpine(\d+\.\d+)?$/.exec(token);
  if (alpine) return { distro: "alpine", release: alpine[1] ?? null, form: token };
  const debian = /^debian(\d+)?$/.exec(token);
  if (debian) return { distro: "debian", release: debian[1] ?? null, form: token };
  const codename = own(CODENAME_RELEASES, token);
  return codename ? { distro: "debian", release: codename, form: `debian${codename}` } : null;
}
function splitTag(tag) {
  const tokens2 = tag.toLowerCase().split("-");
  let n = 1;
  while (n < tokens2.length && /^(?:\d|r\d+$)/.test(tokens2[n])) n++;
  return [tokens2.slice(0, n).join("-"), tokens2.slice(n)];
}
function suffixShape(rest) {
  const shape = { form: "", distro: null, release: null, rest, variants: [], fips: false };
  for (const token of rest) {
    const d = shape.form === "" ? distroToken(token) : null;
    if (d) Object.assign(shape, d);
    else if (token === FIPS) shape.fips = true;
    else shape.variants.push(/^\d/.test(token) ? "#" : token);
  }
  return shape;
}
function versionParts(version) {
  return version.replace(/^v(?=\d)/, "").split(/[.-]/);
}
function parseDhiTag(tag) {
  const [version, rest] = splitTag(tag);
  return { version, parts: versionParts(version), ...suffixShape(rest) };
}
var suffixShapes = /* @__PURE__ */ new Map();
function shapesAt(e, i) {
  let out = e.shapes[i];
  if (out) return out;
  out = [];
  const definition = e.definitions[i];
  const { versions, suffixes } = e.parts[i];
  for (const v of versions) {
    const [version, own2] = suffixes.length === 1 && suffixes[0] === "" ? splitTag(v) : [v, null];
    const parts = versionParts(version);
    for (const suffix of suffixes) {
      let ss = own2 ? null : suffixShapes.get(suffix);
      if (!ss) {
        ss = suffixShape(own2 ?? (suffix === "" ? [] : suffix.slice(1).split("-")));
        if (!own2) suffixShapes.set(suffix, ss);
      }
      out.push({ definition, tag: v + suffix, shape: { version, parts, ...ss } });
    }
  }
  e.shapes[i] = out;
  return out;
}
function shapesOf(e) {
  e.all ??= e.definitions.flatMap((_, i) => shapesAt(e, i));
  return e.all;
}
var byCode = (a, b) => a < b ? -1 : a > b ? 1 : 0;
var sameList = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
var isPrefix = (short, long) => short.length <= long.length && short.every((x, i) => x === long[i]);
function covers(catalogParts, parts) {
  return isPrefix(catalogParts, parts);
}
function compareVersions(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === void 0 || y === void 0) return x === void 0 ? -1 : 1;
    const d = /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : byCode(x, y);
    if (d !== 0) return d;
  }
  return 0;
}
function resolvedRelease(e, shape) {
  if (shape.distro && shape.release) return { distro: shape.distro, release: shape.release };
  const distro = shape.distro ?? "debian";
  const releases = e.definitions.filter((d) => d.distro === distro).map((d) => d.release);
  if (releases.length === 0) return null;
  if (distro === "debian") return releases.includes("13") ? { distro, release: "13" } : null;
  return { distro, release: releases.sort((a, b) => compareVersions(a.split("."), b.split("."))).at(-1) };
}
function userShape(tag, options) {
  const shape = parseDhiTag(tag);
  if (options.mirror) while (shape.variants.at(-1) === "#") shape.variants.pop();
  return shape;
}
function matchDhiTag(name, tag, options = {}) {
  return memo(matches, `${name}	${tag}	${options.mirror === true}`, () => findMatch(name, tag, options));
}
function memo(cache, key, compute) {
  if (cache.has(key)) return cache.get(key);
  const value = compute();
  if (cache.size >= 2e3) cache.clear();
  cache.set(key, value);
  return value;
}
var matches = /* @__PURE__ */ new Map();
var nearest = /* @__PURE__ */ new Map();
var buildTags = /* @__PURE__ */ new Map();
function findMatch(name, tag, options) {
  const e = entry(name);
  if (!e) return null;
  const [v, rest] = splitTag(tag);
  const suffix = rest.length ? `-${rest.join("-")}` : "";
  const exact = e.definitions.findIndex((_, i) => {
    const p = e.parts[i];
    return p.suffixes.length === 1 && p.suffixes[0] === "" ? p.versions.includes(tag) : p.versions.includes(v) && p.suffixes.includes(suffix);
  });
  if (exact !== -1 && tag === tag.toLowerCase()) return { definition: e.definitions[exact], tag };
  const u = userShape(tag, options);
  const all = shapesOf(e);
  const sameVariants = all.filter((c) => sameList(c.shape.variants, u.variants));
  const byForm = sameVariants.filter((c) => c.shape.form === u.form);
  const wanted = resolvedRelease(e, u);
  const byRelease = wanted ? sameVariants.filter((c) => c.definition.distro === wanted.distro && c.definition.release === wanted.release) : [];
  for (const candidates2 of [byForm, byRelease]) {
    const knownMajor = candidates2.some((c) => c.shape.parts[0] === u.parts[0]);
    const covering = candidates2.filter((c) => covers(c.shape.parts, u.parts));
    if (covering.length > 0) {
      const best = covering.reduce((a, b) => b.shape.parts.length > a.shape.parts.length || b.shape.parts.length === a.shape.parts.length && preferForm(b, a, u) ? b : a);
      return { definition: best.definition, tag: best.tag };
    }
    if (!knownMajor && /^\d/.test(u.parts[0] ?? "") && candidates2.length > 0) {
      const newest = candidates2.reduce((a, b) => compareVersions(b.shape.parts, a.shape.parts) > 0 ? b : a);
      return { definition: newest.definition, tag: newest.tag };
    }
    const near = candidates2.filter((c) => commonPrefix(c.shape.parts, u.parts) > 0 && c.shape.version !== c.definition.release);
    if (near.length > 0) {
      const rank = (c) => [commonPrefix(c.shape.parts, u.parts), -versionDistance(c.shape.parts, u.parts)];
      const best = near.reduce((a, b) => {
        const [pa, da] = rank(a);
        const [pb, db] = rank(b);
        return pb > pa || pb === pa && db > da ? b : a;
      });
      return { definition: best.definition, tag: best.tag };
    }
  }
  return null;
}
function preferForm(b, a, u) {
  return b.shape.form === u.form && a.shape.form !== u.form;
}
function hasDhiTagShape(name, tag, options = {}) {
  const e = entry(name);
  if (!e) return false;
  if (matchDhiTag(name, tag, options)) return true;
  const u = userShape(tag, options);
  const all = shapesOf(e);
  const tokens2 = new Set(all.flatMap((c) => c.shape.variants));
  const wordVersion = !/^\d/.test(u.parts[0] ?? "");
  if (wordVersion && !all.some((c) => c.shape.parts[0] === u.parts[0])) return false;
  return u.variants.every((v) => tokens2.has(v) || v === "dev" || v === "sdk");
}
function variantScore(u, c, definition) {
  const want = new Set(u.variants);
  const have = new Set(c.variants);
  let score = 0;
  for (const v of want) if (!have.has(v)) score -= 2;
  for (const v of have) if (!want.has(v)) score -= 1;
  if ((want.has("dev") || want.has("sdk")) && definition.packageManager) score += 2;
  return score;
}
function commonPrefix(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
function nearestDhiTags(name, tag, limit = 3, options = {}) {
  return memo(nearest, `${name}	${tag}	${limit}	${options.mirror === true}`, () => findNearest(name, tag, limit, options));
}
function findNearest(name, tag, limit, options) {
  const e = entry(name);
  if (!e) return [];
  const u = userShape(tag, options);
  const wanted = resolvedRelease(e, u);
  const best = /* @__PURE__ */ new Map();
  for (const c of shapesOf(e)) {
    let score = Math.min(commonPrefix(c.shape.parts, u.parts), 3) + (c.shape.version === u.version ? 1 : 0);
    if (wanted && c.definition.distro === wanted.distro) score += c.definition.release === wanted.release ? 4 : 2;
    if (c.shape.form === u.form) score += 1;
    score += variantScore(u, c.shape, c.definition);
    const prev = best.get(c.definition);
    if (!prev || score > prev.score || score === prev.score && c.tag.length < prev.tag.length) best.set(c.definition, { definition: c.definition, tag: c.tag, score, distance: versionDistance(c.shape.parts, u.parts) });
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.distance - b.distance || a.tag.length - b.tag.length || byCode(a.tag, b.tag)).slice(0, limit).map((s) => u.fips ? withFips(s.tag) : s.tag);
}
function versionDistance(a, b) {
  const i = commonPrefix(a, b);
  const x = Number(a[i]);
  const y = Number(b[i]);
  return Number.isFinite(x) && Number.isFinite(y) ? Math.abs(x - y) : Number.MAX_SAFE_INTEGER;
}
function suggestedDhiTags(name) {
  const e = entry(name);
  if (!e) return [];
  const out = [];
  for (const variant of ["runtime", "dev"]) {
    const shapes = shapesOf(e).filter((c) => c.definition.variant === variant);
    const major = shapes.map((c) => c.shape.parts.slice(0, 1)).sort(compareVersions).at(-1);
    const best = shapes.filter((c) => c.shape.parts[0] === major?.[0]).sort((a, b) => a.tag.length - b.tag.length || byCode(a.tag, b.tag))[0];
    if (best) out.push(best.tag);
  }
  return out;
}
function withFips(tag) {
  const s = parseDhiTag(tag);
  const rest = [...s.rest];
  const at = s.form === "" ? 0 : rest.findIndex((t) => distroToken(t) !== null) + 1;
  rest.splice(at, 0, FIPS);
  return [s.version, ...rest].join("-");
}
function buildVariantTag(match, tag, options = {}) {
  return memo(buildTags, `${match.definition.image}	${match.tag}	${tag}	${options.mirror === true}`, () => findBuildVariant(match, tag, options));
}
function findBuildVariant(match, tag, options) {
  const from = match.definition;
  const e = entry(from.image);
  if (!e) return null;
  const u = userShape(tag, options);
  const want = { ...u, variants: [...u.variants, "dev"] };
  const written = tag.slice(0, u.version.length);
  const shapes = e.definitions.flatMap((d, i) => d === from || d.packageManager && d.distro === from.distro && d.release === from.release ? shapesAt(e, i) : []);
  const versions = /* @__PURE__ */ new Map();
  for (const c of shapes) {
    const list = versions.get(c.definition) ?? [];
    if (!list.includes(c.shape.version)) list.push(c.shape.version);
    versions.set(c.definition, list);
  }
  for (const list of versions.values()) list.sort();
  const versionsOf = (d) => versions.get(d);
  const fromVersions = versionsOf(from);
  let best = null;
  for (const c of shapes) {
    const d = c.definition;
    if (!d.packageManager || d.distro !== from.distro || d.release !== from.release) continue;
    const own2 = versionsOf(d);
    const sameLine = sameList(own2, fromVersions);
    const version = sameLine ? written : own2.filter((v) => covers(versionParts(v), u.parts)).sort((a, b) => b.length - a.length)[0];
    if (!version || !sameLine && c.shape.version !== version) continue;
    const score = (sameLine ? 20 : 10) + (c.shape.form === u.form ? 5 : 0) + variantScore(want, c.shape, d);
    const text = [version, ...c.shape.rest].join("-");
    if (!best || score > best.score || score === best.score && text.length < best.tag.length) best = { score, tag: text };
  }
  return best ? u.fips ? withFips(best.tag) : best.tag : null;
}

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
  let path = rest.toLowerCase();
  if ((registry === null || registry === "docker.io" || registry === "index.docker.io") && path.startsWith("library/")) {
    path = path.slice("library/".length);
  }
  if (registry === "docker.io" || registry === "index.docker.io") registry = null;
  return { text, registry, path, tag, digest };
}
var DEBIAN_CODENAMES = { "7": "wheezy", "8": "jessie", "9": "stretch", "10": "buster", "11": "bullseye", "12": "bookworm", "13": "trixie", "14": "forky" };
var CODENAMES = new Set(Object.values(DEBIAN_CODENAMES).concat(["sid"]));
var UBUNTU = /^(?:ubuntu|.*\/ubuntu)$/;
var UBUNTU_CODENAMES = {
  "18.04": "bionic",
  "20.04": "focal",
  "22.04": "jammy",
  "24.04": "noble",
  "24.10": "oracular",
  "25.04": "plucky",
  "25.10": "questing"
};
function ubuntuRelease(tag) {
  const words = (tag ?? "").split("-");
  const word = words[0];
  const named = words.find((w) => UBUNTU_BY_CODENAME.has(w));
  const version = /^\d+\.\d+$/.test(word) ? word : named !== void 0 ? UBUNTU_BY_CODENAME.get(named) : null;
  return { version, codename: version ? own(UBUNTU_CODENAMES, version) ?? null : null };
}
var UBUNTU_BY_CODENAME = new Map(Object.entries(UBUNTU_CODENAMES).map(([v, c]) => [c, v]));
var UBUNTU_IN_TAG = new RegExp(`(?:^|-)(?:ubuntu|${Object.values(UBUNTU_CODENAMES).join("|")})(?=-|$)`);
function describeBase(ref, policy, dhiImage = dhiImageOf(ref, policy)) {
  const dhi = dhiImage !== null;
  if (dhiImage?.definition) return describeDhiDefinition(ref, dhiImage);
  const name = dhiImage ? dhiImage.name : ref.path.split("/").at(-1);
  const tag = ref.tag;
  const out = { distro: "unknown", release: null, releaseUnknownReason: null, dhi, dhiVariant: null };
  if (dhiImage && dhiImage.unmatched !== "digest-only") out.dhiVariant = tag !== null && /-(?:dev|sdk)(?:-|$)|^(?:dev|sdk)$/.test(tag) ? "dev" : "runtime";
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
    if (debianInTag) out.release = debianInTag[2] ?? own(DEBIAN_CODENAMES, debianInTag[1]) ?? null;
    else if (tag) {
      const word = tag.split("-")[0];
      out.release = CODENAMES.has(word) ? word : own(DEBIAN_CODENAMES, word.split(".")[0]) ?? null;
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
function describeDhiDefinition(ref, image) {
  const def = image.definition;
  const form = /(?:^|-)(alpine|debian)(\d+(?:\.\d+)?)?(?=-|$)/.exec(ref.tag ?? "");
  const dhiVariant = def.packageManager ? "dev" : "runtime";
  const release = form?.[1] === "alpine" && !form[2] ? null : def.distro === "alpine" ? def.release : own(DEBIAN_CODENAMES, def.release) ?? null;
  return { distro: def.distro, release, releaseUnknownReason: release === null ? "unpinned" : null, dhi: true, dhiVariant };
}
function dhiImageOf(ref, policy) {
  const full = ref.registry ? `${ref.registry}/${ref.path}` : ref.path;
  if (ref.registry !== null && policy.dhiRegistries.includes(ref.registry)) return lookUp(ref, ref.path, "registry");
  const prefix = policy.dhiMirrorPrefixes.find((p) => full.startsWith(p.toLowerCase()));
  if (prefix) return lookUp(ref, full.slice(prefix.length), "configured-mirror");
  const parts = ref.path.split("/");
  const last = parts.at(-1);
  const { namePrefix, directory } = policy.dhiMirrorLayouts;
  const name = parts.length >= 2 && last.startsWith(namePrefix) ? last.slice(namePrefix.length) : ref.registry !== null && parts.at(-2) === directory ? last : null;
  if (name === null || ref.tag === null || !isDhiCatalogImage(name) || !hasDhiTagShape(name, ref.tag, { mirror: true })) return null;
  return lookUp(ref, name, "mirror-layout");
}
function lookUp(ref, name, via) {
  const image = { name, reference: ref, via, definition: null, tag: null, unmatched: null, nearest: [] };
  if (!isDhiCatalogImage(name)) {
    image.unmatched = "unknown-image";
    image.nearest = via === "registry" ? nearestDhiImageNames(name) : [];
  } else if (ref.tag === null) image.unmatched = ref.digest ? "digest-only" : "no-tag";
  else {
    const options = { mirror: via !== "registry" };
    const match = matchDhiTag(name, ref.tag, options);
    if (match) Object.assign(image, { definition: match.definition, tag: match.tag });
    else Object.assign(image, { unmatched: "unknown-tag", nearest: nearestDhiTags(name, ref.tag, 3, options) });
  }
  return image;
}
function declaredBase(policy, ref) {
  const name = ref.registry ? `${ref.registry}/${ref.path}` : ref.path;
  const value = (ref.tag !== null ? own(policy.baseImages, `${name}:${ref.tag.toLowerCase()}`) : void 0) ?? own(policy.baseImages, name);
  if (value === void 0 || value.includes("{tag}") && ref.tag === null) return null;
  return parseImageRef(value.replaceAll("{tag}", ref.tag ?? ""));
}
var BARE_IMAGES = /* @__PURE__ */ new Set(["alpine", "debian", "ubuntu", "busybox"]);
function hasBareEnvironment(ref) {
  return ref.registry === null && BARE_IMAGES.has(ref.path);
}

// src/model/vars.ts
var MAX_VALUE_LENGTH = 64 * 1024;
var NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
var MAX_NESTING = 64;
function expandVariables(text, lookup, escape = "\\", depth = 0) {
  const used = [];
  if (depth > MAX_NESTING) return { value: null, used, tooDeep: true };
  let unknown = false;
  let tooLarge = false;
  let tooDeep = false;
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
    let large = false;
    const sub = (t) => {
      const e = expandVariables(t, lookup, escape, depth + 1);
      used.push(...e.used);
      if (e.tooLarge) large = true;
      if (e.tooDeep) tooDeep = true;
      return e.value;
    };
    let replacement;
    if (op === ":-") replacement = value ? value : sub(operand);
    else if (op === "-") replacement = value !== void 0 && value !== null ? value : sub(operand);
    else if (op === ":+") replacement = value ? sub(operand) : value === void 0 ? null : "";
    else if (op === "+") replacement = value !== void 0 && value !== null ? sub(operand) : "";
    else replacement = value ?? null;
    if (replacement === null) unknown = true;
    if (large || out.length + (replacement?.length ?? 0) > MAX_VALUE_LENGTH) tooLarge = true;
    if (!tooLarge) out += replacement ?? "";
    i = next;
  }
  if (tooLarge || out.length > MAX_VALUE_LENGTH) return { value: null, used, tooLarge: true, ...tooDeep ? { tooDeep: true } : {} };
  return { value: unknown ? null : out, used, ...tooDeep ? { tooDeep: true } : {} };
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
var PREDEFINED_ARGS = {
  TARGETPLATFORM: void 0,
  TARGETOS: "linux",
  TARGETARCH: void 0,
  TARGETVARIANT: void 0,
  BUILDPLATFORM: void 0,
  BUILDOS: "linux",
  BUILDARCH: void 0,
  BUILDVARIANT: void 0
};
function expandWord(text, lookup, escape = "\\") {
  const used = [];
  let out = "";
  let unknown = false;
  let large = false;
  let deep = false;
  let piece = "";
  const flush = () => {
    if (piece === "") return;
    const e = expandVariables(piece, lookup, escape);
    used.push(...e.used);
    if (e.tooLarge || e.value !== null && out.length + e.value.length > MAX_VALUE_LENGTH) large = true;
    if (e.tooDeep) deep = true;
    if (e.value === null) unknown = true;
    else if (!large) out += e.value;
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
  if (large || out.length > MAX_VALUE_LENGTH) return { value: null, used, tooLarge: true, ...deep ? { tooDeep: true } : {} };
  return { value: unknown ? null : out, used, ...deep ? { tooDeep: true } : {} };
}
function largestVariable(used, lookup) {
  let best = null;
  let length = 0;
  for (const name of used) {
    const n = lookup(name)?.length ?? 0;
    if (n > length) [best, length] = [name, n];
  }
  return best;
}

// src/model/environment.ts
var NONE = [];
var Environment = class _Environment {
  constructor(below, own2, replacesExport) {
    this.below = below;
    this.own = own2;
    this.replacesExport = replacesExport;
  }
  below;
  own;
  replacesExport;
  static EMPTY = new _Environment([], [], false);
  memo = /* @__PURE__ */ new Map();
  /** This environment with `bindings` after its own. */
  with(bindings) {
    return bindings.length === 0 ? this : new _Environment([this], bindings, false);
  }
  /** This environment with an `export` of the binding's name, in place of an earlier one. */
  exporting(binding) {
    return new _Environment([this], [binding], true);
  }
  /** This environment, then all of `over`'s bindings after it. */
  then(over) {
    if (over === _Environment.EMPTY) return this;
    if (this === _Environment.EMPTY) return over;
    return new _Environment([this, over], [], false);
  }
  /** The bindings of `name`, in the order they were made (the last one is in force). */
  named(name) {
    const done = this.known(name);
    if (done !== void 0) return done;
    const stack = [[this, 0]];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const [layer, next] = top;
      if (layer.known(name) !== void 0) stack.pop();
      else if (next < layer.below.length) {
        top[1]++;
        stack.push([layer.below[next], 0]);
      } else {
        layer.memo.set(name, layer.compute(name));
        stack.pop();
      }
    }
    return this.memo.get(name);
  }
  /**
   * The answer already known here. The empty environment knows every answer and remembers none: it
   * is shared by every file (and a language server's whole session), so a memo there would only grow.
   */
  known(name) {
    return this === _Environment.EMPTY ? NONE : this.memo.get(name);
  }
  has(name) {
    return this.named(name).length > 0;
  }
  compute(name) {
    let out = [];
    for (const b of this.below) {
      const got = b.known(name);
      out = out.length === 0 ? got : got.length === 0 ? out : [...out, ...got];
    }
    const mine = this.own.filter((b) => b.name === name);
    if (mine.length === 0) return out;
    if (this.replacesExport) out = out.filter((b) => b.how !== "export");
    return out.length === 0 ? mine : [...out, ...mine];
  }
};

// src/model/words.ts
var RELEASE_FILE = /\/etc\/(?:alpine-release|os-release)/;
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
    if (out.text.length > MAX_VALUE_LENGTH) {
      for (const p of word.parts) if (p.kind === "variable" && !out.variables.includes(p.name)) out.variables.push(p.name);
      return { text: word.raw, dynamic: true, releaseFromImage: out.releaseFromImage, variables: out.variables, tooLarge: true };
    }
  }
  return out;
}
var Written = class {
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
function staticValue(word, lookup) {
  const v = evalWord(word, lookup);
  return v.dynamic ? null : v.text;
}
function commandBase(name) {
  const slash = name.lastIndexOf("/");
  return slash === -1 ? name : name.slice(slash + 1);
}
function resolvePath(cwd, path) {
  const joined = path.startsWith("/") ? path : `${cwd.replace(/\/$/, "")}/${path}`;
  const parts = [];
  for (const p of joined.split("/")) {
    if (p === "" || p === ".") continue;
    if (p === "..") parts.pop();
    else parts.push(p);
  }
  return "/" + parts.join("/") + (path.endsWith("/") && parts.length ? "/" : "");
}
var TRAILING_SLASHES = /(?<!\/)\/+$/;
function basename(path) {
  const clean = withoutQuery(path).replace(TRAILING_SLASHES, "");
  return clean.slice(clean.lastIndexOf("/") + 1);
}
function withoutQuery(path) {
  const lastLine = Math.max(path.lastIndexOf("\n"), path.lastIndexOf("\r"), path.lastIndexOf("\u2028"), path.lastIndexOf("\u2029")) + 1;
  const q = path.slice(lastLine).search(/[?#]/);
  return q === -1 ? path : path.slice(0, lastLine + q);
}
function dirname(path) {
  const clean = path.replace(TRAILING_SLASHES, "");
  const i = clean.lastIndexOf("/");
  return i <= 0 ? "/" : clean.slice(0, i);
}

// src/model/files.ts
var FileTracker = class _FileTracker {
  files = /* @__PURE__ */ new Map();
  /** Files a RUN saved a mounted secret into, and whether that RUN removes them again (then they last only while it runs). */
  secrets = /* @__PURE__ */ new Map();
  clone() {
    const t = new _FileTracker();
    t.files = new Map(this.files);
    t.secrets = new Map([...this.secrets].filter(([, s]) => !s.removed));
    return t;
  }
  setSecretCopy(path, instruction, removed) {
    this.secrets.set(path, { instruction, removed });
  }
  /** Files holding a secret that a command of `instruction` can read: saved by it, or by an earlier RUN that kept them. */
  secretCopiesAt(instruction) {
    if (this.secrets.size === 0) return [];
    return [...this.secrets].filter(([, s]) => s.instruction === instruction || !s.removed).map(([p]) => p);
  }
  setKey(path, fact) {
    this.files.set(path, { kind: "key", fact });
  }
  keyAt(path) {
    const f = this.files.get(path);
    return f?.kind === "key" ? f.fact : null;
  }
  setDownload(path, download2) {
    this.files.set(path, { kind: "download", download: download2 });
  }
  /** The downloaded file at `path`, or the first one a `*`/`?` glob there matches. */
  downloadAt(path) {
    const f = this.files.get(path);
    if (f?.kind === "download") return f.download;
    if (!/[*?]/.test(path) || path.length > 200) return null;
    const re = new RegExp(`^${path.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]")}$`);
    for (const [p, t] of this.files) if (t.kind === "download" && re.test(p)) return t.download;
    return null;
  }
  setLines(path, lines, append) {
    const old = this.files.get(path);
    if (append && old?.kind === "lines" && old.lines && lines) this.files.set(path, { kind: "lines", lines: [...old.lines, ...lines] });
    else this.files.set(path, { kind: "lines", lines: append && old ? null : lines });
  }
  linesOf(path) {
    const f = this.files.get(path);
    return f?.kind === "lines" ? f.lines : null;
  }
  copy(from, to) {
    const f = this.files.get(from);
    if (f) this.files.set(to, f);
    else this.files.delete(to);
  }
  forget(path) {
    this.files.delete(path);
  }
  isDirectory(path, policy) {
    if (path === policy.deb.sourcesDir || path === policy.deb.confDir || path === policy.deb.trustedDir || policy.deb.keyringDirs.includes(path)) return true;
    return apkKeysDirRoot(policy, path) !== null || path === policy.apk.repositoriesDir || path === "/tmp" || path === "/etc/apk";
  }
};
function classifyFile(policy, path) {
  const apk = apkFile(policy, path);
  if (apk) return apk.kind === "key" ? null : apk.kind;
  if (path === policy.deb.sourcesFile) return "repositories";
  if (path.startsWith(policy.deb.sourcesDir + "/") && /\.(?:list|sources)$/.test(path)) return "repositories";
  if (path === policy.deb.confFile || path.startsWith(policy.deb.confDir + "/") && !path.slice(policy.deb.confDir.length + 1).includes("/")) return "config";
  return null;
}
function apkFile(policy, path) {
  const a = policy.apk;
  let root = rootOf(path, a.repositoriesFile);
  if (root) return { root, kind: "repositories" };
  root = rootOf(path, a.configFile);
  if (root) return { root, kind: "config" };
  const slash = path.lastIndexOf("/");
  const dir = path.slice(0, slash);
  if (slash <= 0 || slash === path.length - 1) return null;
  root = path.endsWith(".list") ? rootOf(dir, a.repositoriesDir) : null;
  if (root) return { root, kind: "repositories" };
  root = rootOf(dir, a.keysDir);
  return root ? { root, kind: "key" } : null;
}
function isApkKeyPath(policy, path) {
  return path.startsWith(policy.apk.keysDir + "/") || apkFile(policy, path)?.kind === "key";
}
function apkKeysDirRoot(policy, dir) {
  return rootOf(dir.replace(/(?<=[^/])\/+$/, ""), policy.apk.keysDir);
}
function apkKeysDirOf(policy, root) {
  return root === "/" ? policy.apk.keysDir : `${root}${policy.apk.keysDir}`;
}
function rootOf(path, own2) {
  if (path === own2) return "/";
  return path.length > own2.length + 1 && path.startsWith("/") && path.endsWith(own2) ? path.slice(0, -own2.length) : null;
}
function managerOfFile(policy, path) {
  return path.startsWith("/etc/apt/") || policy.deb.keyringDirs.some((d) => path.startsWith(d + "/")) ? "apt" : "apk";
}
function aptKeyPlace(policy, path) {
  if (path === policy.deb.trustedFile) return "apt-key";
  if (path.startsWith(policy.deb.trustedDir + "/")) return "trusted.gpg.d";
  if (policy.deb.keyringDirs.some((d) => path.startsWith(d + "/"))) return "keyring";
  return null;
}
function linesFromText(body, bodySpan, expand, lookup, baseVars = [], undeclared) {
  const out = [];
  let offset = 0;
  for (const raw of body.split("\n")) {
    const text = raw.replace(/\r$/, "");
    const lead = text.length - text.trimStart().length;
    const trimmed = text.trim();
    const expanded = expand ? expandVariables(trimmed, lookup) : { value: trimmed, used: [] };
    const fromImage = /\$\((?:[^)$]|\$(?!\())*\/etc\/(?:alpine|os)-release/.test(trimmed);
    const empty = undeclared ? expanded.used.filter((v) => undeclared.has(v)) : [];
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
function tooLargeLines(body, bodySpan, lookup) {
  const out = [];
  if (!body.includes("$")) return out;
  let offset = 0;
  for (const raw of body.split("\n")) {
    const text = raw.replace(/\r$/, "");
    const lead = text.length - text.trimStart().length;
    const trimmed = text.trim();
    const e = trimmed.includes("$") ? expandVariables(trimmed, lookup) : null;
    if (e?.tooLarge) out.push({ span: bodySpan ? { start: bodySpan.start + offset + lead, end: bodySpan.start + offset + lead + trimmed.length } : null, used: e.used });
    offset += raw.length + 1;
  }
  return out;
}

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

// src/model/commands/apk.ts
var apkCommand = { interpret: parseApk };
var VALUED = /* @__PURE__ */ new Set([
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
var RECORDED = /* @__PURE__ */ new Set(["--allow-untrusted", "--keys-dir", "--repositories-file", "--repository-config", "-p", "--root", "--force-broken-world", "--no-network", "--initdb"]);
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

// src/model/apt-formats.ts
var BYPASS_OPTIONS = [
  [/^apt::get::allowunauthenticated$/, true, "APT::Get::AllowUnauthenticated"],
  [/^acquire::allowinsecurerepositories$/, true, "Acquire::AllowInsecureRepositories"],
  [/^acquire::allowdowngradetoinsecurerepositories$/, true, "Acquire::AllowDowngradeToInsecureRepositories"],
  [/^acquire::https(?:::[^:]+)?::verify-peer$/, false, "Acquire::https::Verify-Peer"],
  [/^acquire::https(?:::[^:]+)?::verify-host$/, false, "Acquire::https::Verify-Host"]
];
var TRUE = /^(?:1|yes|true|on|with|enable)$/i;
var FALSE = /^(?:0|no|false|off|without|disable)$/i;
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
var SUITE_FROM_IMAGE = /os-release|lsb_release|VERSION_CODENAME/;
var DYNAMIC = /\$[{(A-Za-z_]/;
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
          const entry2 = withOptions(
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
          if (inline) entry2.signedByInline = true;
          out.push(entry2);
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

// src/model/repo-write.ts
function writeRepoFile(ctx, path, kind, mode, via, lines, modeSpan, span, edit) {
  const entries2 = lines ?? [{ text: "", dynamic: true, releaseFromImage: false, releaseFromBaseArg: false, span: null }];
  if (lines && mode !== "edit" && managerOfFile(ctx.policy, path) === "apt") {
    writeAptFile(ctx, path, kind, mode, via, lines, modeSpan, span);
    return;
  }
  const clean = entries2.map((l) => ({ ...l, text: l.text.trim() })).filter((l) => l.dynamic || l.text !== "" && !l.text.startsWith("#")).map((l) => {
    const m = /^@(\S+)\s+(\S+)$/.exec(l.text);
    return m ? { ...l, tag: m[1], text: m[2] } : l;
  });
  const fact = {
    kind: "repo-write",
    manager: managerOfFile(ctx.policy, path),
    file: path,
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
function writeAptFile(ctx, path, kind, mode, via, lines, modeSpan, span) {
  const parsed = kind === "config" ? lines.filter((l) => l.text.trim() !== "") : path.endsWith(".sources") ? parseDeb822Sources(lines) : parseOneLineSources(lines);
  ctx.emit({ kind: "repo-write", manager: "apt", file: path, fileKind: kind, mode, via, lines: parsed, modeSpan, instruction: ctx.instruction, span });
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

// src/model/commands/apt.ts
var aptCommand = {
  interpret(call) {
    parseApt(call);
    localPackages(call, aptLocalFiles(call.args, call.lookup));
  }
};
var dpkgCommand = {
  interpret: (call) => localPackages(call, dpkgInstallFiles(call.args, call.lookup))
};
var addAptRepositoryCommand = { interpret: addAptRepository };
var VALUED2 = /* @__PURE__ */ new Set(["-o", "--option", "-c", "--config-file", "-t", "--target-release", "-a", "--host-architecture", "-q", "--quiet"]);
var BYPASS_FLAGS = /* @__PURE__ */ new Set(["--allow-unauthenticated", "--allow-insecure-repositories", "--force-yes", "--allow-untrusted"]);
var RECORDED2 = /* @__PURE__ */ new Set([...BYPASS_FLAGS, "-o", "--option", "-c", "--config-file"]);
var DOWNLOADS_NOTHING = /* @__PURE__ */ new Set(["remove", "purge", "autoremove", "autopurge", "clean", "autoclean", "distclean", "check", "list", "show", "search", "policy", "depends", "rdepends", "mark", "markauto", "unmarkauto", "showhold"]);
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
    const path = resolvePath(cwd, pathOrGlob(w, lookup));
    const dl = ctx.files.downloadAt(path);
    ctx.emit({ kind: "local-package", manager: "apt", tool, path, downloaded: dl ? { ...dl } : null, instruction: ctx.instruction, span: w.span ?? span });
  }
}
var ADD_APT_VALUED = /* @__PURE__ */ new Set(["-c", "--component", "-p", "--pocket", "-k", "--keyserver", "--login"]);
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

// src/model/commands/pipeline.ts
var WRITE_OPS = /* @__PURE__ */ new Set([">", ">|", ">>", "&>", "&>>"]);
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

// src/policy/secrets.ts
var SECRET_SHAPES = [
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
  // PEM (`RSA`, `EC`, `OPENSSH`, `ENCRYPTED`, …) and OpenPGP armour (`PGP PRIVATE KEY BLOCK`).
  { id: "private-key", label: "private key", pattern: /-----BEGIN (?:[A-Z0-9]{1,20} ){0,3}PRIVATE KEY(?: BLOCK)?-----/g, keep: 0 }
];
var URL_CREDENTIALS = /\b[a-z][a-z0-9+.-]{0,20}:\/\/([^\s/?#\\'"`<>]*)@/gi;
var SECRET_NAME = /^(?:HTTP_AUTH|NETRC|.*(?:TOKEN|PASSWORD|PASSWD|PASSPHRASE|SECRET|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|LICENSE_?KEY|CREDENTIALS?|AUTH_?KEY)|.+_(?:PASS|PWD))$/i;
var NOT_SECRET_NAME = /^(?:.*_(?:FILE|PATH|DIR|URL|ID|NAME|LENGTH|TTL|TYPE))$/i;
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
var BESIDE = 200;
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
var MASK = "****";
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

// src/model/netrc.ts
var NETRC_PASSWORD = /(?:(?<!\w)|(?<=\\n))password(?:[ \t]|\\n)+([^\s"'\\;&|`$%][^\s"'\\;&|`]*)/g;
var NETRC_ENTRY = /\bmachine\b|\bdefault(?:[ \t]|\\n)+(?:login|password|account)\b/;
function netrcPasswords(text) {
  if (!NETRC_ENTRY.test(text)) return [];
  const spans = [];
  for (const m of text.matchAll(NETRC_PASSWORD)) {
    const end = m.index + m[0].length;
    spans.push({ start: end - m[1].length, end });
  }
  return spans;
}

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
    if (p.kind === "variable") return scope.mountedSecretVars.has(p.name) || ctx.env.named(p.name).some((e) => e.how === "mount-env");
    if (p.kind !== "substitution") return false;
    const text = substitutionText(p.raw, lookup);
    return ctx.mounts.some((m) => m.target !== "" && text.includes(m.target)) || ctx.files.secretCopiesAt(ctx.instruction).some((f) => text.includes(f));
  });
}
var SUBSTITUTED_SECRET = /(?<!\\)(?:\$\((?:[^)$]|\$(?!\())*|`[^`]*)(\/run\/secrets\/[\w.-]+)/;
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
var NPMRC_AUTH = /^[ \t]*(?:\/\/[^\s=]*:)?_(?:authToken|auth|password)[ \t]*=[ \t]*(\S(?:.*\S)?)[ \t]*$/;
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

// src/model/commands/writers.ts
var teeCommand = { interpret: tee };
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
    const path = resolvePath(cwd, v);
    const kind = classifyFile(ctx.policy, path);
    if (kind) writeRepoFile(ctx, path, kind, append ? "append" : "replace", "tee", lines, append ? appendSpan : null, span);
    else if (ctx.files.keyAt(path)?.instruction !== ctx.instruction) ctx.files.setLines(path, lines, append);
    if (secret && !/^\/(?:dev|proc)\//.test(path)) {
      ctx.emit({ kind: "secret-write", file: path, source: secret, removed: removed.has(path), instruction: ctx.instruction, span: f.span ?? span });
      if (fromMountedSecret(ctx, secret, scope)) ctx.files.setSecretCopy(path, ctx.instruction, removed.has(path));
    } else if (!removed.has(path)) literalAuthWrite(ctx, path, "tee", f.span ?? span);
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
    ...ctx.undeclaredArgs && vars.some((v) => ctx.undeclaredArgs.has(v)) && { emptyArgs: [...new Set(vars.filter((v) => ctx.undeclaredArgs.has(v)))] },
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
function literalAuthWrite(ctx, path, via, span) {
  const deb = ctx.policy.deb;
  const auth = path === deb.authConfFile || path.startsWith(deb.authConfDir + "/") && path.endsWith(".conf");
  if (!auth || ctx.mounts.length > 0) return;
  ctx.emit({ kind: "secret-write", file: path, source: via, literal: true, instruction: ctx.instruction, span });
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

// src/model/commands/checksums.ts
var checksumCommand = { interpret: checkSums };
var ALGORITHMS = { sha256sum: "sha256", sha384sum: "sha384", sha512sum: "sha512" };
var SHASUM_ALGORITHMS = { "256": "sha256", "384": "sha384", "512": "sha512" };
var HEX_LENGTH = { sha256: 64, sha384: 96, sha512: 128 };
function checkSums(call) {
  const { ctx, args, lookup } = call;
  let algorithm = own(ALGORITHMS, call.base) ?? null;
  let check = false;
  const operands = [];
  for (let i = 0; i < args.length; i++) {
    const v = staticValue(args[i], lookup);
    if (v === "-c" || v === "--check") check = true;
    else if (call.base === "shasum" && (v === "-a" || v === "--algorithm")) algorithm = own(SHASUM_ALGORITHMS, staticValue(args[++i] ?? args[i], lookup) ?? "") ?? null;
    else if (v !== null && /^-[a-z]+$/.test(v) && v !== "-") check ||= v.includes("c");
    else if (v !== null && v.startsWith("--")) continue;
    else operands.push(args[i]);
  }
  if (!check || algorithm === null || !gates(call)) return;
  const lines = checkedLines(call, operands);
  for (const line of lines ?? []) {
    const entry2 = parseSumLine(line.text, algorithm);
    if (!entry2) continue;
    const path = resolvePath(call.scope.cwd, entry2.file);
    const download2 = ctx.files.downloadAt(path);
    if (download2 && !download2.checksum) ctx.files.setDownload(path, { ...download2, checksum: entry2.digest });
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

// src/model/commands/child-shell.ts
var childShellCommand = { interpret: childShell };
function childShell(call) {
  const { ctx, args, lookup, scope } = call;
  const depth = ctx.depth ?? 0;
  if (depth >= MAX_CHILD_SHELLS) return;
  let command = false;
  let script;
  for (let i = 0; i < args.length && !script; i++) {
    const v = staticValue(args[i], lookup);
    if (v === "-o" || v === "+o") i++;
    else if (v !== null && /^[-+][A-Za-z]+$/.test(v)) command ||= v[0] === "-" && v.includes("c");
    else if (v === null || !v.startsWith("--")) script = args[i];
  }
  if (!command || !script) return;
  const raw = script.raw;
  const quote = raw[0];
  let start = script.at;
  let end = script.at + raw.length;
  if ((quote === "'" || quote === '"') && raw.length >= 2 && raw.endsWith(quote) && !raw.slice(1, -1).includes(quote) && (quote === "'" || !raw.includes("\\"))) {
    start += 1;
    end -= 1;
  } else if (script.value !== raw) return;
  const run = parseShell(subScript(ctx.run.script, start, end), ctx.tick);
  const childLookup = (name) => scope.vars.has(name) && scope.exports.has(name) ? scope.vars.get(name) : ctx.lookup(name);
  call.walk({
    ...ctx,
    run,
    cwd: scope.cwd,
    lookup: childLookup,
    env: ctx.env.then(scope.exports),
    depth: depth + 1,
    // Lines inserted before a command inside the quoted script could break its quoting: fixes of
    // these package commands go before the instruction instead (see insertShellLinesBefore).
    emit: (fact) => {
      if (fact.kind === "package-command") fact.commandSpan = null;
      ctx.emit(fact);
    }
  });
}
var MAX_CHILD_SHELLS = 3;

// src/policy/index.ts
var DEB_KEY_ID = "D46852F6925E9F71";
var DEB_POLICY = {
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
var DHI_KEY_SHA256 = "0003d0ae2bf20db9669f784d6ccd5d52265cb1b73fdb14f5186b348b3308f0cd";
var KEY_SUFFIX = "docker-0F81AD7700D99184.rsa.pub";
var DHI_POLICY = {
  hosts: ["dhi.io"],
  dhiRegistries: ["dhi.io"],
  dhiMirrorPrefixes: [],
  dhiMirrorLayouts: { namePrefix: "dhi-", directory: "dhi" },
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
var templateCache = /* @__PURE__ */ new Map();
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
  return remembered(apkMatches, policy, given, matchApkRepositoryOnce);
}
function remembered(memo2, policy, url, compute) {
  let answers = memo2.get(policy);
  if (!answers) memo2.set(policy, answers = /* @__PURE__ */ new Map());
  const known = answers.get(url);
  if (known !== void 0 || answers.has(url)) return known;
  const answer = compute(policy, url);
  if (answers.size >= 1e4) answers.clear();
  answers.set(url, answer !== null && typeof answer === "object" ? Object.freeze(answer) : answer);
  return answer;
}
var apkMatches = /* @__PURE__ */ new WeakMap();
var debMatches = /* @__PURE__ */ new WeakMap();
function matchApkRepositoryOnce(policy, given) {
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
  return remembered(debMatches, policy, given, matchDebSourceOnce);
}
function matchDebSourceOnce(policy, given) {
  const url = withoutUserinfo(given);
  const trim = (u) => u.replace(/^http:/i, "https:").replace(/(?<!\/)\/+$/, "");
  const normal = trim(url);
  const insecure = /^http:/i.test(url);
  const source = policy.deb.sources.find((s) => s.url === normal);
  if (source) return { source: "dhi", channel: source.channel, ...debKey(policy, source), auth: source.auth, insecure };
  const mirror = policy.deb.mirrors.find((m) => trim(m.url) === normal);
  return mirror ? { source: "mirror", channel: mirror.auth ? "security" : "main", ...debKey(policy, mirror), auth: mirror.auth, insecure } : null;
}
function debSourceMissingRepository(policy, url) {
  const main = policy.deb.sources.find((s) => s.channel === "main");
  const parent = main.url.slice(0, main.url.lastIndexOf("/"));
  let end = url.length;
  while (end > 0 && url[end - 1] === "/") end--;
  const bare = url.slice(0, end);
  if (bare.length > parent.length + 5) return null;
  if (bare.replace(/^http:/i, "https:").toLowerCase() !== parent) return null;
  return `${bare}${main.url.slice(parent.length)}${url.slice(bare.length)}`;
}
function debKeyByUrl(policy, url) {
  const normal = url.replace(/^http:/i, "https:");
  const known = [...policy.deb.sources, ...policy.deb.mirrors].find((s) => s.keyUrl !== null && s.keyUrl.replace(/^http:/i, "https:") === normal);
  return known ? debKey(policy, known) : null;
}
function debSetupSource(policy) {
  const mirror = policy.deb.mirrors.find((m) => !m.auth);
  const main = policy.deb.sources.find((s) => s.channel === "main");
  return { url: (mirror ?? main).url, ...debKey(policy, mirror ?? main) };
}
function isServedSuite(policy, suite) {
  return policy.deb.servedSuites.includes(suite);
}

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

// src/model/commands/copy.ts
var copyCommand = { interpret: copyOrMove };
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

// src/model/commands/docker.ts
var registryLoginCommand = { interpret: login };
var whole = (value) => value === "" ? null : [0, value.length];
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

// src/model/commands/keys.ts
var aptKeyCommand = { interpret: aptKey };
var gpgCommand = { interpret: gpg };
function verifySignature(call) {
  const { ctx, args, lookup } = call;
  const values = args.map((a) => staticValue(a, lookup));
  if (!values.includes("--verify")) return false;
  const operands = values.filter((v, i) => v !== null && !v.startsWith("-") && !GPG_VALUED.has(values[i - 1] ?? ""));
  const file = operands.length >= 2 ? operands.at(-1) : null;
  if (file === null || !gates(call)) return true;
  const path = resolvePath(call.scope.cwd, file);
  const download2 = ctx.files.downloadAt(path);
  if (download2 && !download2.checksum) ctx.files.setDownload(path, { ...download2, checksum: "gpg" });
  return true;
}
var GPG_VALUED = /* @__PURE__ */ new Set(["--keyring", "--homedir", "--trustdb-name", "--status-fd", "--logger-fd", "-o", "--output", "--default-key", "-u", "--local-user", "--keyserver"]);
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
  const input = operandAt !== -1 ? values[operandAt] : stdin ? staticValue(stdin.target, lookup) : null;
  if (input === null) return;
  const from = resolvePath(cwd, input);
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

// src/model/commands/downloads.ts
var downloadCommand = { interpret: download, ownsStdout: true };
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
var whole2 = (value) => value === "" ? null : [0, value.length];
var CURL_SECRETS = /* @__PURE__ */ new Map([
  ["-u", { label: "password given to curl -u", pick: afterColon }],
  ["--user", { label: "password given to curl --user", pick: afterColon }],
  ["-U", { label: "proxy password given to curl -U", pick: afterColon }],
  ["--proxy-user", { label: "proxy password given to curl --proxy-user", pick: afterColon }],
  ["-H", { label: "credential in a curl header", pick: headerSecret }],
  ["--header", { label: "credential in a curl header", pick: headerSecret }],
  ["--proxy-header", { label: "credential in a curl header", pick: headerSecret }],
  ["--oauth2-bearer", { label: "bearer token given to curl", pick: whole2 }]
]);
var WGET_SECRETS = /* @__PURE__ */ new Map([
  ["--password", { label: "password given to wget", pick: whole2 }],
  ["--http-password", { label: "password given to wget", pick: whole2 }],
  ["--ftp-password", { label: "password given to wget", pick: whole2 }],
  ["--proxy-password", { label: "proxy password given to wget", pick: whole2 }],
  ["--header", { label: "credential in a wget header", pick: headerSecret }]
]);
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
var WGET_VALUED = /* @__PURE__ */ new Set(["-T", "--timeout", "-t", "--tries", "--header", "-U", "--user-agent", "--user", "--password", "--http-password", "--http-user", "--ftp-password", "--ftp-user", "--proxy-password", "--proxy-user", "-e", "--execute", "-o", "--output-file", "-a", "--append-output", "--post-data", "--ca-certificate", "-Y"]);
var CURL_VALUED = /* @__PURE__ */ new Set([
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

// src/model/commands/npm.ts
var npmConfigCommand = { interpret: config };
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

// src/model/commands/sed.ts
var sedCommand = { interpret: sedEdit };
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
        ...ctx.undeclaredArgs && text.variables.some((v) => ctx.undeclaredArgs.has(v)) && { emptyArgs: text.variables.filter((v) => ctx.undeclaredArgs.has(v)) },
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

// src/model/commands/registry.ts
var COMMANDS = /* @__PURE__ */ new Map([
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

// src/model/run-facts.ts
function extractRunFacts(ctx) {
  const deep = ctx.run.nestedTooDeep;
  if (deep !== void 0) {
    const at = Math.min(ctx.run.script.toFile(deep), ctx.instructionSpan.end - 1);
    ctx.limit({ kind: "too-deep", max: MAX_SHELL_DEPTH, instruction: ctx.instruction, span: { start: at, end: at + 1 } });
  }
  const scopes = /* @__PURE__ */ new Map();
  const scopeOf = (c) => {
    let s = scopes.get(c.scope);
    if (!s) {
      const parent = c.parentScope !== null ? scopes.get(c.parentScope) ?? null : null;
      s = {
        parent,
        cwd: parent?.cwd ?? ctx.cwd,
        // A layer, shared until the subshell exports something of its own.
        exports: parent?.exports ?? Environment.EMPTY,
        // The parent's, shared until one of the two writes (copied then): a RUN of many variables
        // and many subshells stays linear.
        vars: parent?.vars ?? /* @__PURE__ */ new Map(),
        secretVars: parent?.secretVars ?? /* @__PURE__ */ new Set(),
        mountedSecretVars: parent?.mountedSecretVars ?? /* @__PURE__ */ new Set(),
        shared: parent !== null
      };
      if (parent) parent.shared = true;
      scopes.set(c.scope, s);
    }
    return s;
  };
  const removed = collectRemovals(ctx);
  const commands = ctx.run.commands;
  const arms = new ArmValues();
  commands.forEach((cmd, index) => {
    ctx.tick();
    const scope = scopeOf(cmd);
    arms.leaveTo(cmd.branch);
    const lookup = (name) => scope.vars.has(name) ? scope.vars.get(name) : ctx.lookup(name);
    const before = cmd.branch.length > 0 ? cmd.assignments.map((a) => lookup(a.name)) : [];
    visitCommand(ctx, cmd, index, scope, lookup, removed);
    cmd.assignments.forEach((a, i) => arms.assigned(cmd.branch, scope, a.name, before[i], scope.vars.get(a.name)));
  });
  arms.leaveTo([]);
}
function ownState(scope) {
  if (scope.shared) {
    scope.vars = new Map(scope.vars);
    scope.secretVars = new Set(scope.secretVars);
    scope.mountedSecretVars = new Set(scope.mountedSecretVars);
    scope.shared = false;
  }
  return scope;
}
var ArmValues = class {
  /** Per open construct: each variable's possible values when it is left, and the scope it lives in. */
  open = /* @__PURE__ */ new Map();
  /** Closes the constructs the next command is no longer inside. */
  leaveTo(branch) {
    for (const [construct, vars] of this.open) {
      if (branch.some((b) => b.construct === construct)) continue;
      for (const [name, { scope, values }] of vars) if (values.size > 1) ownState(scope).vars.set(name, null);
      this.open.delete(construct);
    }
  }
  /** `before`: the value before the assignment, undefined when the variable was never set. */
  assigned(branch, scope, name, before, after) {
    if (after === void 0) return;
    for (const { construct } of branch) {
      let vars = this.open.get(construct);
      if (!vars) this.open.set(construct, vars = /* @__PURE__ */ new Map());
      let entry2 = vars.get(name);
      if (!entry2) {
        entry2 = { scope, values: /* @__PURE__ */ new Set() };
        if (before !== void 0) entry2.values.add(before);
        vars.set(name, entry2);
      }
      entry2.values.add(after);
    }
  }
};
function visitCommand(ctx, cmd, index, scope, lookup, removed) {
  const span = cmd.span ?? cmd.extent;
  noteTooLarge(ctx, cmd, lookup, span);
  recordSecretReads(ctx, cmd, lookup, span);
  const nameWord = cmd.name;
  const name = nameWord ? staticValue(nameWord, lookup) : null;
  const base = name ? commandBase(name) : null;
  if (!nameWord || base === "export" || base === "readonly" || base === "declare" || base === "local") {
    if (cmd.assignments.length > 0) ownState(scope);
    for (const a of cmd.assignments) {
      const value = a.value ? evalWord(a.value, lookup, ctx.release) : null;
      scope.vars.set(a.name, value && !value.dynamic ? value.text : null);
      if (a.value && holdsSecret(a.value, scope, lookup)) scope.secretVars.add(a.name);
      const secret = a.value !== null && readsMountedSecret(ctx, a.value, scope, lookup);
      if (secret) scope.mountedSecretVars.add(a.name);
      else scope.mountedSecretVars.delete(a.name);
      if (base === "export") scope.exports = scope.exports.exporting({ name: a.name, how: "export", span: a.span, fromCommand: index, secret });
      if (a.name === "SSL_NO_VERIFY_HOSTNAME") trustEnv(ctx, a.span ?? span);
    }
    if (base === "export") {
      for (const w of cmd.args) {
        const v = staticValue(w, lookup);
        if (v && /^[A-Za-z_]\w*$/.test(v)) scope.exports = scope.exports.exporting({ name: v, how: "export", span: w.span, fromCommand: index, secret: scope.mountedSecretVars.has(v) });
      }
    }
    if (!nameWord) return;
  }
  for (const a of cmd.assignments) if (a.name === "SSL_NO_VERIFY_HOSTNAME" && nameWord && !["export", "readonly", "declare", "local"].includes(base ?? "")) trustEnv(ctx, a.span ?? span);
  if (base === null) return;
  const { base: realBase, args } = unwrap(base, cmd.args, lookup);
  const env = ctx.env.then(scope.exports).with(cmd.assignments.map((a) => ({ name: a.name, how: "prefix", span: a.span, fromCommand: index, secret: a.value !== null && readsMountedSecret(ctx, a.value, scope, lookup) })));
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
function noteTooLarge(ctx, cmd, lookup, span) {
  const note = (variable, at) => ctx.limit({ kind: "too-large", variable, max: MAX_VALUE_LENGTH, instruction: ctx.instruction, span: at ?? span });
  for (const word of wordsOf2(cmd)) {
    const v = evalWord(word, lookup);
    if (!v.tooLarge) continue;
    const assigned = cmd.assignments.find((a) => a.value === word);
    note(assigned ? assigned.name : largestVariable(v.variables, lookup), word.span ?? assigned?.span ?? null);
  }
  for (const r of cmd.redirects) {
    if (!r.heredoc || r.heredoc.quoted) continue;
    for (const l of tooLargeLines(r.heredoc.body, r.heredoc.span, lookup)) note(largestVariable(l.used, lookup), l.span);
  }
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
      const path = m[0];
      const id = m[1];
      const assignment = cmd.assignments.find((a) => a.value === word);
      ctx.emit({
        kind: "secret-read",
        id,
        path,
        mounted: mounted.has(path),
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

// src/model/redaction.ts
var MIN_VALUE_LENGTH = 4;
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
    build.tick();
    const end = m.shape === "private-key" ? keyEnd(m.end) : m.end;
    spans.push(view.rawSpan(m.hideFrom, end));
    if (m.shape !== "private-key") values.add(view.text.slice(m.hideFrom, m.end));
  }
  const stored = [...build.globalArgs, ...build.stages.flatMap((s) => s.facts.filter((f) => f.kind === "variable" || f.kind === "label"))];
  for (const v of stored) {
    build.tick();
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
      build.tick();
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
      build.tick();
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
var ValueFinder = class {
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
var Masker = class {
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

// src/model/sed-regex.ts
var MAX_SED_SUBJECT = 256;
var MAX_REPEATS = 2;
var MAX_CHOICES = 4;
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

// src/model/state.ts
function computeState(stage, build, policy, endStates) {
  const parent = stage.parent !== null ? endStates.get(stage.parent) : void 0;
  let repos = parent ? [...parent.repos] : [...baseRepositories(stage, policy), ...baseAptSources(stage, policy)];
  let keys = parent ? [...parent.keys] : [...baseKeys(stage, policy), ...baseAptKeys(stage, policy)];
  const aptBaseKnown = aptBaseIsKnown(stage);
  const managerOf = (file) => file === null ? "apk" : managerOfFile(policy, file);
  const unknownFor = (manager) => [...unknownFiles].some((f) => managerOf(f) === manager);
  const apkRootOf = (file) => file === null ? null : managerOf(file) === "apk" ? apkFile(policy, file)?.root ?? null : null;
  const knownRoots = new Set(parent?.knownRoots ?? []);
  const keysFor = (manager) => keys.filter((k) => (k.fact ? k.fact.manager : managerOf(k.path)) === manager);
  const unknownFiles = new Set(parent?.unknownFiles ?? baseUnknownFiles(stage, policy));
  for (const fact of stage.facts) {
    build.tick();
    switch (fact.kind) {
      case "repo-write": {
        if (fact.fileKind !== "repositories") break;
        fact.before = unknownFiles.has(fact.file) ? null : repos.filter((r) => r.file === fact.file);
        if (fact.mode === "edit") {
          const edited = applyEdit(repos, fact);
          if (edited) repos = edited;
          else unknownFiles.add(fact.file);
          break;
        }
        if (fact.mode === "replace") {
          repos = repos.filter((r) => r.file !== fact.file);
          unknownFiles.delete(fact.file);
          const root = apkRootOf(fact.file);
          if (root !== null && root !== "/") knownRoots.add(root);
        }
        for (const line of fact.lines) {
          if (line.dynamic && !line.releaseFromImage) {
            unknownFiles.add(fact.file);
            continue;
          }
          const entry2 = { url: line.text, origin: "write", file: fact.file, span: line.span, fact };
          if (line.tag) entry2.tag = line.tag;
          if (line.emptyArgs) entry2.emptyArgs = line.emptyArgs;
          if (line.format) Object.assign(entry2, { suite: line.suite ?? null, signedBy: line.signedBy ?? null, trusted: line.trusted ?? false });
          repos.push(entry2);
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
          {
            fact.repositories = repos.filter((r) => managerOf(r.file) === "apt");
            fact.keys = keysFor("apt");
            fact.repositoriesUnknown = !aptBaseKnown || unknownFor("apt") || fact.options.some((o) => o.name === "-c" || o.name === "--config-file");
          }
          break;
        }
        const root = fact.root;
        if (fact.initdb && root !== "/") knownRoots.add(root);
        {
          fact.repositories = [
            ...repos.filter((r) => apkRootOf(r.file) === root),
            ...fact.extraRepositories.map((x) => ({ url: x.url, origin: "flag", file: null, span: x.span ?? x.optionSpan, fact }))
          ];
          const apkKeys = keysFor("apk");
          fact.keys = apkKeys.filter((k) => dirname(k.path) === fact.keysDir);
          const ownDir = apkKeysDirOf(policy, root);
          fact.rootKeys = fact.keysDir === ownDir ? fact.keys : apkKeys.filter((k) => dirname(k.path) === ownDir);
          fact.repositoriesUnknown = [...unknownFiles].some((f) => apkRootOf(f) === root) || fact.repositoriesFile !== null || root !== "/" && !knownRoots.has(root);
        }
        const installsConf = (fact.subcommand === "add" || fact.subcommand === "install") && fact.packages.some((p) => p.value !== null && p.value.split("=")[0] === policy.apk.enterpriseConfPackage);
        if (installsConf) {
          const release = repos.map((r) => apkRootOf(r.file) === root ? matchApkRepository(policy, r.url)?.release : void 0).find((r) => r) ?? stage.release;
          if (release) {
            const sec = apkRepositoryUrl(policy, release, "security");
            const file = root === "/" ? policy.apk.repositoriesFile : `${root}${policy.apk.repositoriesFile}`;
            repos.push({ url: sec.url, origin: "enterprise-conf", file, span: null, fact });
            keys.push({ path: `${apkKeysDirOf(policy, root)}/${sec.keyName}`, origin: "enterprise-conf", fact: null });
          }
        }
        break;
      }
      default:
        break;
    }
  }
  endStates.set(stage.index, { repos, keys, unknownFiles, knownRoots });
}
function catalogBase(stage) {
  return stage.dhiImage?.definition ?? null;
}
function baseUnknownFiles(stage, policy) {
  const def = catalogBase(stage);
  return def?.packageManager === "apk" && def.repositories.length === 0 ? [policy.apk.repositoriesFile] : [];
}
function baseRepositories(stage, policy) {
  const def = catalogBase(stage);
  if (def) return def.packageManager !== "apk" ? [] : def.repositories.map((url) => ({ url, origin: "base", file: policy.apk.repositoriesFile, span: null, fact: null }));
  if (stage.dhi) {
    if (stage.dhiVariant !== "dev" || stage.distro !== "alpine" || !stage.release) return [];
    return [{ url: apkRepositoryUrl({ ...policy, apk: { ...policy.apk, mirrors: [] } }, stage.release).url, origin: "base", file: policy.apk.repositoriesFile, span: null, fact: null }];
  }
  const v = stage.release ? stage.release === "edge" ? "edge" : `v${stage.release}` : "latest-stable";
  const host = policy.apk.upstreamHosts[0];
  return ["main", "community"].map((c) => ({ url: `https://${host}/alpine/${v}/${c}`, origin: "base", file: policy.apk.repositoriesFile, span: null, fact: null }));
}
function aptBaseIsKnown(stage) {
  const def = catalogBase(stage);
  if (def) return def.packageManager === "apt" && def.repositories.length > 0;
  if (stage.dhi) return stage.dhiVariant === "dev" && stage.distro === "debian";
  return stage.distro === "debian" || stage.distro === "ubuntu";
}
function baseAptSources(stage, policy) {
  const deb = policy.deb;
  const entry2 = (url, suite, signedBy, file) => ({ url, origin: "base", file, span: null, fact: null, suite, signedBy, trusted: false });
  if (stage.distro === "ubuntu" && !stage.dhi) {
    const u = deb.ubuntu;
    const { codename } = ubuntuRelease(stage.image?.tag ?? null);
    const modern = ubuntuIsDeb822(policy, stage);
    const file = modern ? u.sourcesFile : deb.sourcesFile;
    const signedBy = modern ? u.keyring : null;
    return [
      ...u.suiteSuffixes.map((s) => entry2(u.archiveUrl, codename && codename + s, signedBy, file)),
      entry2(u.securityUrl, codename && codename + u.securitySuffix, signedBy, file)
    ];
  }
  const def = catalogBase(stage);
  if (def) return def.packageManager === "apt" ? catalogAptSources(def.repositories, `${deb.sourcesDir}/dhi.list`) : [];
  if (stage.distro !== "debian" || stage.dhi && stage.dhiVariant !== "dev") return [];
  if (stage.dhi) {
    const main = deb.sources.find((s) => s.channel === "main");
    return [entry2(main.url, stage.release, deb.keyringPath, `${deb.sourcesDir}/dhi.list`)];
  }
  const host = deb.upstreamHosts[0];
  const r = stage.release;
  return [
    entry2(`http://${host}/debian`, r, deb.upstreamKeyring, deb.baseSourcesFile),
    entry2(`http://${host}/debian`, r && `${r}-updates`, deb.upstreamKeyring, deb.baseSourcesFile),
    entry2(`http://${host}/debian-security`, r && `${r}-security`, deb.upstreamKeyring, deb.baseSourcesFile)
  ];
}
function ubuntuIsDeb822(policy, stage) {
  const { version } = ubuntuRelease(stage.image?.tag ?? null);
  if (version === null) return true;
  const [a, b] = version.split(".").map(Number);
  const [x, y] = policy.deb.ubuntu.deb822Since.split(".").map(Number);
  return a > x || a === x && b >= y;
}
var readSources = /* @__PURE__ */ new WeakMap();
function catalogAptSources(lines, file) {
  let read = readSources.get(lines);
  if (!read) {
    read = parseOneLineSources(lines.map((text) => ({ text, dynamic: false, releaseFromImage: false, releaseFromBaseArg: false, span: null })));
    readSources.set(lines, read);
  }
  return read.map((l) => ({ url: l.text, origin: "base", file, span: null, fact: null, suite: l.suite ?? null, signedBy: l.signedBy ?? null, trusted: l.trusted ?? false }));
}
function baseAptKeys(stage, policy) {
  const def = catalogBase(stage);
  if (def) {
    if (def.packageManager !== "apt") return [];
    const keyrings = catalogAptSources(def.repositories, "").flatMap((r) => r.signedBy ? [r.signedBy] : []);
    return [...new Set(keyrings)].map((path) => ({ path, origin: "base", fact: null }));
  }
  if (stage.distro === "ubuntu" && !stage.dhi) return [{ path: ubuntuIsDeb822(policy, stage) ? policy.deb.ubuntu.keyring : policy.deb.ubuntu.legacyKey, origin: "base", fact: null }];
  if (stage.distro !== "debian" || stage.dhi && stage.dhiVariant !== "dev") return [];
  return [{ path: stage.dhi ? policy.deb.keyringPath : policy.deb.upstreamKeyring, origin: "base", fact: null }];
}
function baseKeys(stage, policy) {
  const def = catalogBase(stage);
  if (def) return def.packageManager !== "apk" ? [] : def.keyring.map((url) => ({ path: `${policy.apk.keysDir}/${basename(url)}`, origin: "base", fact: null }));
  if (stage.dhi && stage.dhiVariant === "dev") {
    const main = policy.apk.repositories.find((r) => r.channel === "main");
    return [{ path: `${policy.apk.keysDir}/${main.keyName}`, origin: "base", fact: null }];
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

// src/model/query.ts
function factsOf(stage, kind) {
  const indexes = stage.indexes ??= {};
  let memo2 = indexes.byKind;
  if (!memo2 || memo2.length !== stage.facts.length) {
    memo2 = { length: stage.facts.length, kinds: /* @__PURE__ */ new Map() };
    for (const f of stage.facts) {
      const list = memo2.kinds.get(f.kind);
      if (list) list.push(f);
      else memo2.kinds.set(f.kind, [f]);
    }
    indexes.byKind = memo2;
  }
  return [...memo2.kinds.get(kind) ?? []];
}
function eachFact(build, kind) {
  const out = [];
  for (const stage of build.stages) for (const f of factsOf(stage, kind)) out.push([f, stage]);
  return out;
}
var INSTALLING = /* @__PURE__ */ new Set(["add", "upgrade", "fix", "install"]);
var FETCHING = /* @__PURE__ */ new Set(["add", "upgrade", "fix", "install", "update", "fetch", "search", "dot", "policy", "list", "cache"]);
var APT_INSTALLING = /* @__PURE__ */ new Set(["install", "upgrade", "dist-upgrade", "full-upgrade", "reinstall", "build-dep", "safe-upgrade"]);
function installsPackages(cmd) {
  return cmd.subcommand !== null && (cmd.manager === "apt" ? APT_INSTALLING : INSTALLING).has(cmd.subcommand);
}
function fetchesIndexes(cmd) {
  if (cmd.manager === "apt") return cmd.subcommand !== null && (APT_INSTALLING.has(cmd.subcommand) || ["update", "download", "source"].includes(cmd.subcommand));
  return cmd.subcommand !== null && FETCHING.has(cmd.subcommand);
}
function debSourceMatch(policy, entry2) {
  return matchDebSource(policy, typeof entry2 === "string" ? entry2 : entry2.url);
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
function hardenedMatch(policy, entry2) {
  return matchApkRepository(policy, typeof entry2 === "string" ? entry2 : entry2.url);
}
function isHardened(policy, entry2) {
  return hardenedMatch(policy, entry2) !== null;
}
function activeRepositories(cmd) {
  const tags = new Set(cmd.packages.flatMap((p) => p.value && p.value.includes("@") ? [p.value.split("@")[1]] : []));
  return cmd.repositories.filter((r) => !r.tag || tags.has(r.tag));
}
function stageAbove(build, stage) {
  build.tick();
  return stage.parent === null ? void 0 : build.stages[stage.parent];
}
function alongChain(build, step) {
  const answers = /* @__PURE__ */ new Map();
  return (stage) => {
    const path = [];
    for (let s = stage; s; s = stageAbove(build, s)) {
      if (answers.has(s.index)) break;
      path.push(s);
    }
    if (path.length === 0) return answers.get(stage.index);
    const top = path.at(-1);
    let value = top.parent !== null && answers.has(top.parent) ? answers.get(top.parent) : void 0;
    for (let i = path.length - 1; i >= 0; i--) {
      value = step(value, path[i]);
      answers.set(path[i].index, value);
    }
    return answers.get(stage.index);
  };
}
function inheritedFacts(build, kind) {
  const upTo = alongChain(build, (inherited, stage) => {
    const own2 = factsOf(stage, kind);
    return own2.length === 0 ? inherited ?? [] : [...inherited ?? [], ...own2];
  });
  return (stage) => stage.parent === null ? [] : upTo(build.stages[stage.parent]);
}
function factPosition(stage, fact) {
  const indexes = stage.indexes ??= {};
  let map = indexes.positions;
  if (!map) {
    map = new Map(stage.facts.map((f, i) => [f, i]));
    indexes.positions = map;
  }
  return map.get(fact) ?? -1;
}
function factsBefore(stage, kind, fact) {
  const at = factPosition(stage, fact);
  return factsOf(stage, kind).filter((f) => factPosition(stage, f) < at);
}
function commandsOfInstruction(stage, manager, instruction) {
  const indexes = stage.indexes ??= {};
  const managers = indexes.commandsByInstruction ??= /* @__PURE__ */ new Map();
  let map = managers.get(manager);
  if (!map) {
    map = /* @__PURE__ */ new Map();
    for (const c of packageCommands(stage, manager)) {
      const list = map.get(c.instruction);
      if (list) list.push(c);
      else map.set(c.instruction, [c]);
    }
    managers.set(manager, map);
  }
  return map.get(instruction) ?? [];
}
function stageInstructions(build, stage) {
  let map = build.instructionsByStage;
  if (!map) {
    map = /* @__PURE__ */ new Map();
    for (const info of build.instructions) {
      if (info.stage < 0) continue;
      const list = map.get(info.stage);
      if (list) list.push(info);
      else map.set(info.stage, [info]);
    }
    build.instructionsByStage = map;
  }
  return map.get(stage.index) ?? [];
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
  const names2 = [fact.contextSource, fact.path, fact.url].flatMap((n) => n ? [basename(n)] : []);
  const exact = names2.find((n) => trusted.includes(n));
  if (exact) return exact;
  const stale = fact.url !== null && fact.url.replace(/^http:/i, "https:").startsWith(policy.apk.keyringUrlPrefix);
  if (!stale && !names2.some((n) => policy.apk.knownWrongKeyNames.includes(n))) return null;
  const bySuffix = trusted.filter((t) => names2.some((n) => n.endsWith(t) || n.includes("@") && t.endsWith(n))).sort((a, b) => b.length - a.length)[0];
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
function commandStart(command) {
  const first = command.assignments[0] ?? null;
  return first ? first.span?.start ?? null : command.name?.span?.start ?? null;
}
function variableAt(build, instruction, name) {
  const stageIndex = build.instructions[instruction]?.stage ?? -1;
  const before = (v) => v.kind === "variable" && v.name === name && v.instruction < instruction && !v.onbuild;
  if (stageIndex < 0) return build.globalArgs.filter(before).at(-1) ?? null;
  const stage = build.stages[stageIndex];
  const own2 = stage.facts.filter(before).at(-1);
  if (own2) return own2;
  for (let s = stageAbove(build, stage); s; s = stageAbove(build, s)) {
    const env = s.facts.filter((f) => before(f) && f.keyword === "ENV").at(-1);
    if (env) return env;
  }
  return null;
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

// src/model/build.ts
function buildModel(text, options) {
  const tick = options.tick ?? (() => {
  });
  const doc = parseDockerfile(text, tick);
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
    comments: doc.comments,
    tick,
    limits: []
  };
  const globals = /* @__PURE__ */ new Map();
  const scopes = /* @__PURE__ */ new Map();
  let current = null;
  const mountsFrom = /* @__PURE__ */ new Map();
  const globalLookup = (name) => {
    if (globals.has(name)) return Object.hasOwn(buildArgs, name) ? buildArgs[name] : globals.get(name);
    return own(PREDEFINED_ARGS, name);
  };
  doc.instructions.forEach((raw) => {
    tick();
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
        if (!from) continue;
        const list = mountsFrom.get(current.stage.index);
        if (list) list.push(from);
        else mountsFrom.set(current.stage.index, [from]);
      }
    }
  });
  const endStates = /* @__PURE__ */ new Map();
  for (const stage of build.stages) computeState(stage, build, policy, endStates);
  assignRoles(build, mountsFrom);
  analyseSecrets(build, buildArgs);
  build.limits = limitsInOrder(build.limits);
  return build;
}
function noteExpansion(build, e, instruction, span, lookup, variable = null) {
  if (e.tooLarge) addLimit(build, { kind: "too-large", variable: variable ?? largestVariable(e.used, lookup), max: MAX_VALUE_LENGTH, instruction, span });
  if (e.tooDeep) addLimit(build, { kind: "value-too-deep", max: MAX_NESTING, instruction, span });
  return e;
}
function addLimit(build, limit) {
  build.limits.push(limit);
}
function limitsInOrder(limits) {
  const seen = /* @__PURE__ */ new Set();
  return limits.filter((l) => {
    const key = `${l.kind} ${l.span.start} ${l.span.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).sort((a, b) => a.span.start - b.span.start);
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
  for (let at = last; at; at = stageAbove(build, at)) at.role = "final";
  const queue = build.stages.filter((s) => s.role === "final");
  const seen = new Set(queue.map((s) => s.index));
  while (queue.length > 0) {
    const s = queue.pop();
    const refs = [...s.facts.flatMap((f) => f.kind === "copy" && f.from !== null ? [f.from] : []), ...mountsFrom.get(s.index) ?? []];
    for (const ref of refs) {
      const i = resolve(ref);
      if (i === null || i >= s.index) continue;
      for (let t = build.stages[i]; t; t = stageAbove(build, t)) {
        if (seen.has(t.index)) break;
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
  const expansion = noteExpansion(build, expandWord(imageRaw, lookup, build.directives.escape), build.instructions.length - 1, imageWord?.span ?? raw.span, lookup);
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
    dhiImage: null,
    windows: false,
    facts: [],
    role: "unused"
  };
  if (parentScope) {
    const p = parentScope.stage;
    Object.assign(stage, { distro: p.distro, release: p.release, releaseUnknownReason: p.releaseUnknownReason, dhi: p.dhi, dhiVariant: p.dhiVariant, dhiImage: p.dhiImage, image: p.image });
    stage.imageVariables = [.../* @__PURE__ */ new Set([...stage.imageVariables, ...p.imageVariables])];
  } else if (expansion.value === null) {
    stage.releaseUnknownReason = "variable";
  } else {
    stage.image = parseImageRef(expansion.value);
    const described = declaredBase(policy, stage.image) ?? stage.image;
    stage.dhiImage = dhiImageOf(described, policy);
    Object.assign(stage, describeBase(described, policy, stage.dhiImage));
  }
  stage.windows = parentScope?.windowsShell ?? (build.directives.escape === "`" && stage.distro === "unknown");
  build.stages.push(stage);
  return {
    stage,
    vars: /* @__PURE__ */ new Map(),
    inherited: parentScope ?? null,
    resolved: /* @__PURE__ */ new Map(),
    // Shared, not copied: a chain of stages that each add an ENV stays linear.
    env: parentScope ? parentScope.env : Environment.EMPTY,
    workdir: parentScope?.workdir ?? "/",
    files: parentScope ? parentScope.files.clone() : new FileTracker(),
    windowsShell: stage.windows,
    bareEnvironment: parentScope ? parentScope.bareEnvironment : stage.image !== null && hasBareEnvironment(stage.image)
  };
}
function varOf(scope, name) {
  if (scope.vars.has(name)) return scope.vars.get(name);
  const passed = [];
  let value;
  for (let up = scope.inherited; ; up = up.inherited) {
    if (up === null || !up.env.has(name)) break;
    if (up.vars.has(name)) {
      value = up.vars.get(name);
      break;
    }
    if (up.resolved.has(name)) {
      value = up.resolved.get(name);
      break;
    }
    passed.push(up);
  }
  for (const s of passed) s.resolved.set(name, value);
  return value;
}
function visitInstruction(build, scope, raw, info, globals, buildArgs, policy) {
  const stage = scope.stage;
  const lookup = (name) => {
    const value = varOf(scope, name);
    if (value !== void 0) return value;
    return Object.hasOwn(PREDEFINED_ARGS, name) ? PREDEFINED_ARGS[name] : scope.bareEnvironment && globals.has(name) ? "" : void 0;
  };
  const emit = (fact) => stage.facts.push(fact);
  switch (raw.keyword) {
    case "ARG":
      for (const v of variableFacts(build, raw, info.index, false, lookup)) {
        const value = Object.hasOwn(buildArgs, v.name) ? buildArgs[v.name] : v.value ?? (globals.has(v.name) ? globals.get(v.name) : null);
        scope.vars.set(v.name, value);
        emit(v);
      }
      return;
    case "ENV":
      for (const v of variableFacts(build, raw, info.index, false, lookup)) {
        scope.vars.set(v.name, v.value);
        scope.env = scope.env.with([{ name: v.name, how: "env-instruction", span: v.nameSpan, fromCommand: null }]);
        emit(v);
        if (v.name === "SSL_NO_VERIFY_HOSTNAME") emit({ kind: "trust-bypass", manager: "apk", what: "SSL_NO_VERIFY_HOSTNAME", instruction: info.index, span: v.span });
      }
      return;
    case "WORKDIR": {
      const w = raw.args[0];
      if (w) {
        const v = noteExpansion(build, expandVariables(w.text, lookup, build.directives.escape), info.index, w.span, lookup).value;
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
      visitRun(build, scope, raw, info, lookup, emit, policy, false, scope.bareEnvironment && globals.size > 0 ? { has: (n) => globals.has(n) && varOf(scope, n) === void 0 } : void 0);
      return;
    case "ONBUILD":
      if (raw.trigger?.keyword === "RUN") {
        const kept = (fact) => {
          if (TRIGGER_FACTS.has(fact.kind)) emit(fact);
        };
        const envOnly = (name) => scope.env.has(name) ? varOf(scope, name) : void 0;
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
var TRIGGER_FACTS = /* @__PURE__ */ new Set(["trust-bypass", "download", "local-package", "secret-write", "literal-secret"]);
function visitRun(build, scope, raw, info, lookup, emit, policy, trigger = false, undeclaredArgs) {
  info.mounts = secretMounts(raw);
  if (scope.windowsShell || !raw.argsSpan) return;
  const heredocs = raw.heredocs.map((h) => ({ name: h.name, start: h.startSpan.start, end: h.startSpan.end }));
  const script = buildRunScript(build.text, raw.argsSpan.start, raw.span.end, build.directives.escape, heredocs);
  if (!trigger) info.needsShell = script !== null;
  const run = script ? parseShell(script, build.tick) : parseExecForm(build.text, raw.argsSpan.start, raw.span.end, build.directives.escape);
  if (!run) return;
  if (trigger) info.triggerRun = run;
  else info.run = run;
  const env = scope.env.with(info.mounts.flatMap((m) => m.env ? [{ name: m.env, how: "mount-env", span: m.span, fromCommand: null, secret: true }] : []));
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
    limit: (l) => addLimit(build, l),
    ...undeclaredArgs && { undeclaredArgs },
    files: scope.files,
    instructionSpan: raw.span,
    emit,
    tick: build.tick
  });
}
function secretMounts(raw) {
  const out = [];
  for (const f of raw.flags) {
    if (f.name !== "mount") continue;
    const opt = (...names2) => [...f.options].reverse().find((o) => names2.includes(o.name.toLowerCase())) ?? null;
    const value = (...names2) => opt(...names2)?.value ?? null;
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
  const dest = noteExpansion(build, expandVariables(unquote(destWord.text), lookup, build.directives.escape), info.index, destWord.span, lookup).value;
  if (dest === null) return;
  const destPath = resolvePath(scope.workdir, dest);
  const from = raw.flags.find((f) => f.name === "from")?.value ?? null;
  const checksum = raw.flags.find((f) => f.name === "checksum")?.value ?? null;
  const ctx = { emit, instruction: info.index, files: scope.files, policy, tick: build.tick };
  const sources = words.slice(0, -1).map((w) => ({ text: noteExpansion(build, expandVariables(w.text, lookup, build.directives.escape), info.index, w.span, lookup).value ?? w.text, span: w.span }));
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
      if (heredoc.expand) for (const l of tooLargeLines(body, heredoc.contentSpan, lookup)) noteExpansion(build, { value: null, used: l.used, tooLarge: true }, info.index, l.span ?? raw.span, lookup);
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
    value: p.value === null ? null : noteExpansion(build, expandVariables(p.value, lookup), instruction, p.valueSpan ?? p.nameSpan, lookup, p.name).value,
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
    value: p.value === null ? null : noteExpansion(build, expandVariables(p.value, lookup), instruction, p.valueSpan ?? p.nameSpan, lookup, p.name).value,
    valueSpan: p.valueSpan,
    instruction,
    span: { start: p.nameSpan.start, end: p.valueSpan?.end ?? p.nameSpan.end }
  }));
}

// src/rule.ts
function defineRule(rule) {
  return rule;
}

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
var styleCache = /* @__PURE__ */ new WeakMap();
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
var commentStarts = /* @__PURE__ */ new WeakMap();
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
  for (const { names: names2, value } of set) {
    const option = mount.options.find((o) => names2.includes(o.name));
    if (!option) appended += `,${names2[0]}=${value}`;
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

// rules/auth-scope.ts
var auth_scope_default = defineRule({
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
      if (cmd.manager !== "apk") continue;
      const list = byRun.get(cmd.instruction);
      if (list) list.push(cmd);
      else byRun.set(cmd.instruction, [cmd]);
    }
    for (const cmds of byRun.values()) {
      let prefixed = null;
      for (const cmd of cmds) {
        const own2 = cmd.env.named(name).find((e) => e.how === "prefix");
        if (own2) {
          prefixed = { cmd, binding: own2 };
          continue;
        }
        if (!prefixed || !downloadsFromRepositories(cmd) || cmd.env.has(name)) continue;
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
function describe(cmd) {
  return cmd.subcommand ? `${cmd.manager} ${cmd.subcommand}` : cmd.manager;
}
function commandRange(build, cmd) {
  const whole3 = build.instructions[cmd.instruction].span;
  return cmd.span.start === whole3.start && cmd.span.end === whole3.end && cmd.commandSpan ? cmd.commandSpan : cmd.span;
}
function exportFix(build, name, binding, cmd) {
  const command = binding.fromCommand !== null ? build.instructions[cmd.instruction]?.run?.commands[binding.fromCommand] : void 0;
  const assignment = command?.assignments[0];
  if (!command || !assignment?.span || !binding.span || assignment.span.start !== binding.span.start) return null;
  if (command.inSubstitution || !(command.joinedBy === null || command.joinedBy === "&&" || command.joinedBy === ";")) return null;
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

// rules/credentials-in-url.ts
var PASSWORD_REFERENCE = /\b[a-z][a-z0-9+.-]{0,20}:\/\/([^\s/:@'"]{1,200}):\$(?:\{([A-Za-z_][A-Za-z0-9_]{0,127})(?:[:?+-]{1,2}[^}\s/@'"]{0,200})?\}|([A-Za-z_][A-Za-z0-9_]{0,127}))@/gi;
var STAYS = { ARG: "the image history of the steps that use it", ENV: "the image configuration" };
var credentials_in_url_default = defineRule({
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

// rules/enterprise-without-auth.ts
var enterprise_without_auth_default = defineRule({
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
    const writes = { inherited: inheritedFacts(build, "secret-write") };
    for (const stage of build.stages) {
      ctx.tick();
      for (const cmd of packageCommands(stage)) {
        ctx.tick();
        if (!downloadsFromRepositories(cmd) || hasCredentials(policy, stage, cmd, writes)) continue;
        const repo = activeRepositories(cmd).find((r) => hardenedMatch(policy, r)?.auth);
        if (!repo) continue;
        const sameRun = commandsOfInstruction(stage, "apk", cmd.instruction);
        const before = sameRun.slice(0, sameRun.indexOf(cmd));
        if (before.some((c) => c.env.named(policy.auth.env).some((e) => e.how === "prefix"))) continue;
        ctx.report({
          messageId: "noAuth",
          data: { command: cmd.subcommand ? `apk ${cmd.subcommand}` : "apk", url: urlForMessage(repo.url), env: policy.auth.env },
          span: commandRange2(build, cmd),
          fix: authFix(build, policy, sameRun)
        });
      }
      checkApt(ctx, stage, writes);
    }
  }
});
var TARGET_NAMES = ["target", "dst", "destination"];
function checkApt(ctx, stage, writes) {
  const { build, policy } = ctx;
  const report = (r) => ctx.report(r);
  const deb = policy.deb;
  const isAuthFile = (path) => path === deb.authConfFile || path.startsWith(deb.authConfDir + "/") && path.endsWith(".conf");
  const reported = /* @__PURE__ */ new Set();
  for (const cmd of packageCommands(stage, "apt")) {
    ctx.tick();
    if (reported.has(cmd.instruction) || !downloadsFromRepositories(cmd)) continue;
    if (cmd.mounts.some((m) => isAuthFile(m.target))) continue;
    if (credentialWrites(stage, cmd, writes).some((f) => isAuthFile(f.file))) continue;
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
function hasCredentials(policy, stage, cmd, writes) {
  return cmd.env.named(policy.auth.env).some((e) => e.secret === true) || cmd.mounts.some((m) => basename(m.target) === ".netrc") || credentialWrites(stage, cmd, writes).some((f) => basename(f.file) === ".netrc");
}
function credentialWrites(stage, cmd, writes) {
  return [...writes.inherited(stage), ...factsBefore(stage, "secret-write", cmd)].filter((f) => f.instruction === cmd.instruction || !f.removed);
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
  const exported = [...new Set(sameRun.flatMap((c) => c.env.named(env).filter((e) => e.how === "export")).map((e) => e.span))];
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

// rules/hardcoded-secret.ts
var hardcoded_secret_default = defineRule({
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
function instructionAt(instructions, at) {
  const hit = instructions.find((i) => i.span.start <= at && at < i.span.end);
  return hit ? `in ${hit.keyword}` : "outside any instruction";
}

// rules/insecure-package-source.ts
var HTTP = /^http:\/\//i;
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
var insecure_package_source_default = defineRule({
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
        if (write.manager === "apt" && (line.signedBy || line.signedByInline) && debSourceMatch(policy, line.text)?.auth === false) continue;
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

// rules/missing-signing-key.ts
var CONTEXT_KEYWORDS = /* @__PURE__ */ new Set(["ARG", "ENV", "WORKDIR", "USER", "SHELL", "ONBUILD"]);
var KEY_ONLY_FACTS = /* @__PURE__ */ new Set(["key-install", "download", "copy"]);
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
var missing_signing_key_default = defineRule({
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
    const inherited = { keys: inheritedFacts(build, "key-install"), downloads: inheritedFacts(build, "download") };
    for (const stage of build.stages) {
      ctx.tick();
      const done = new Set(stage.parent !== null ? checkedIn.get(stage.parent) ?? [] : []);
      checkedIn.set(stage.index, done);
      checkApt2(ctx, stage, done, lines);
      for (const cmd of packageCommands(stage)) {
        ctx.tick();
        const keysDir = cmd.keysDir;
        if (!fetchesIndexes(cmd) || keysDir === null || keysDir !== policy.apk.keysDir && apkKeysDirRoot(policy, keysDir) === null) continue;
        for (const repo of cmd.repositories) {
          const match = hardenedMatch(policy, repo);
          const id = `${keysDir}/${match?.keyName}`;
          if (!match || done.has(id)) continue;
          done.add(id);
          if (cmd.keys.some((k) => k.path === id)) continue;
          if (earlierInstalls(stage, cmd, inherited).some((f) => intendedKeyName(policy, f) === match.keyName)) continue;
          const downloads = [...inherited.downloads(stage), ...factsBefore(stage, "download", cmd)];
          if (downloads.some((f) => f.urlAsOutput && keyByUrl(policy, f.url)?.keyName === match.keyName)) continue;
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
function keyInstalls(facts, manager = "apk") {
  return facts.filter((f) => f.kind === "key-install" && f.manager === manager);
}
function checkApt2(ctx, stage, done, lines) {
  const { build, policy } = ctx;
  for (const cmd of packageCommands(stage, "apt")) {
    ctx.tick();
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
function earlierInstalls(stage, cmd, inherited) {
  return keyInstalls([...inherited.keys(stage), ...factsBefore(stage, "key-install", cmd)]);
}
function laterInstalls(stage, cmd, manager = "apk") {
  const at = factPosition(stage, cmd);
  return keyInstalls(factsOf(stage, "key-install").filter((f) => factPosition(stage, f) > at), manager);
}

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
var APT_CA_BOOTSTRAP = "RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*";
function aptSetupInstructions(policy, suite, style) {
  if (!policy.deb.servedSuites.includes(suite)) return null;
  const main = debSetupSource(policy);
  const list = `${policy.deb.sourcesDir}/dhi.list`;
  const line = (keyring2) => `echo "deb [signed-by=${keyring2}] ${main.url} ${suite} main" > ${list}`;
  if (style === "add-asc" && main.keySha256) {
    const keyring2 = policy.deb.armouredKeyringPath;
    return [`ADD --chmod=644 --checksum=sha256:${main.keySha256} ${main.keyUrl} ${keyring2}`, `RUN ${line(keyring2)}`];
  }
  const keyring = policy.deb.keyringPath;
  return [`RUN curl -fsSL ${main.keyUrl} | gpg --dearmor -o ${keyring} && \\
    ${line(keyring)}`];
}

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
function sourceSpan(cmd, entry2) {
  if (entry2.origin === "flag") {
    const x = cmd.extraRepositories.find((e) => e.url === entry2.url);
    return x?.optionSpan ?? entry2.span ?? cmd.span;
  }
  return entry2.span ?? entry2.fact?.span ?? cmd.span;
}
var mixed_package_sources_default = defineRule({
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
      aptMixed: "apt uses {upstream} beside the hardened source {hardened}; with strict, only hardened sources may be active.",
      dhiBaseKept: "The base image {image} keeps Docker's upstream repositories ({upstream}) beside the hardened repository {hardened}; with strict, only hardened repositories may be active."
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
          const plain = cmd.repositories.filter((r) => !debSourceMatch(policy, r));
          if (!hardened || plain.length === 0) continue;
          const upstream = [...new Set(plain.map((r) => urlForMessage(r.url)))].join(", ");
          report("aptMixed", cmd.span, { upstream, hardened: urlForMessage(hardened.url) });
        }
      }
      for (const cmd of packageCommands(stage, "apk")) {
        if (!installsPackages(cmd) || cmd.repositoriesUnknown) continue;
        const repos = activeRepositories(cmd);
        const hardened = repos.filter((r) => isHardened(policy, r));
        if (hardened.length === 0) continue;
        const plain = repos.filter((r) => !isHardened(policy, r) && r.origin !== "enterprise-conf");
        const shown = urlForMessage(hardened[0].url);
        const base = plain.filter((r) => r.origin === "base");
        if (base.length > 0 && stage.dhiImage?.definition) {
          if (ctx.options.strict) report("dhiBaseKept", sourceSpan(cmd, hardened[0]), { image: describeStageBase(stage), upstream: base.map((r) => urlForMessage(r.url)).join(", "), hardened: shown });
        } else if (base.length > 0) {
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
        for (const r of plain) {
          if (r.origin !== "write") continue;
          const at = r.span ?? (r.fact?.kind === "repo-write" ? r.fact.edit?.span ?? r.fact.span : cmd.span);
          report("unhardenedEntry", rangeOfText(build, at, r.url) ?? at, { url: urlForMessage(r.url), hardened: shown });
        }
      }
    }
  }
});

// rules/package-manager-in-runtime-image.ts
var package_manager_in_runtime_image_default = defineRule({
  id: "package-manager-in-runtime-image",
  meta: {
    description: "A RUN needs a package manager or a shell that the stage's Docker Hardened Images base image does not have.",
    severity: "error",
    fixable: "sometimes",
    tags: ["correctness"],
    messages: {
      runtimeImage: "`{command}` runs in a stage based on {image}, a DHI runtime image without a package manager; {advice}.",
      otherManager: "`{command}` runs in a stage based on {image}, whose package manager is {manager}, not {command0}: the command is not found.",
      noShell: 'This RUN is in shell form, but {image} has no shell: BuildKit cannot start /bin/sh and the build fails; use the exec form (RUN ["program", "argument"]), or {advice}.'
    },
    options: {}
  },
  check(ctx) {
    const { build } = ctx;
    for (const stage of build.stages) {
      const image = stage.dhiImage;
      const def = image?.definition;
      if (!image || !def) continue;
      const variant = buildVariant(build, stage);
      const reported = /* @__PURE__ */ new Set();
      for (const cmd of factsOf(stage, "package-command")) {
        if (reported.has(cmd.instruction) || def.packageManager === cmd.manager) continue;
        reported.add(cmd.instruction);
        const word = cmd.commandSpan ? build.text.slice(cmd.commandSpan.start, cmd.commandSpan.end) : cmd.manager;
        const command = cmd.subcommand ? `${word} ${cmd.subcommand}` : word;
        const span = commandRange3(build, cmd.instruction, cmd.span, cmd.commandSpan);
        if (def.packageManager) {
          ctx.report({ messageId: "otherManager", data: { command, command0: word, image: describeStageBase(stage), manager: def.packageManager }, span });
          continue;
        }
        const advice = variant ? `use ${variant.image}, its build variant, to install packages` : `the catalog has no variant of dhi.io/${image.name} with one, so install packages in another stage and copy the result`;
        ctx.report({ messageId: "runtimeImage", data: { command, image: describeStageBase(stage), advice }, span, fix: variant?.fix ?? null });
      }
      if (def.shell !== null) continue;
      for (const info of build.instructions) {
        if (info.stage !== stage.index || !info.needsShell || info.onbuild || reported.has(info.index)) continue;
        const advice = variant ? `run it in ${variant.image}` : "run it in another stage and copy the result";
        ctx.report({ messageId: "noShell", data: { image: describeStageBase(stage), advice }, span: info.argsSpan ?? info.span, fix: variant?.fix ?? null });
      }
    }
  }
});
function commandRange3(build, instruction, span, word) {
  const whole3 = build.instructions[instruction].span;
  return span.start === whole3.start && span.end === whole3.end && word ? word : span;
}
function withTag(ref, tag) {
  const name = ref.text.slice(0, ref.text.length - (ref.digest ? ref.digest.length + 1 : 0) - (ref.tag ? ref.tag.length + 1 : 0));
  return `${name}:${tag}`;
}
function buildVariant(build, stage) {
  const dhi = stage.dhiImage;
  const ref = dhi?.reference;
  if (!ref?.tag || !dhi?.definition || !dhi.tag) return null;
  const declared = ref !== stage.image;
  const suffixed = dhi.via !== "registry" && hasMirrorSuffix(dhi.definition.tags, ref.tag);
  const tag = buildVariantTag({ definition: dhi.definition, tag: dhi.tag }, suffixed ? dhi.tag : ref.tag, { mirror: dhi.via !== "registry" });
  if (!tag) return null;
  const image = withTag(ref, tag);
  const span = stage.imageSpan;
  if (stage.parent !== null || !span || ref.digest || stage.imageVariables.length > 0 || suffixed || declared) return { image, fix: null };
  if (!build.text.slice(span.start, span.end).endsWith(`:${ref.tag}`)) return { image, fix: null };
  const tagSpan = { start: span.end - ref.tag.length, end: span.end };
  return { image, fix: { title: `Build this stage from ${image}`, safety: "unsafe", edits: [replace(tagSpan, tag)] } };
}
function hasMirrorSuffix(catalogTags, tag) {
  const shape = parseDhiTag(tag);
  const longest = Math.max(...catalogTags.map((t) => parseDhiTag(t).parts.length));
  return shape.variants.at(-1) === "#" || shape.parts.length > longest;
}

// rules/repositories-overwritten.ts
var repositories_overwritten_default = defineRule({
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
function writtenBack(stage, write, entry2) {
  const later = stage.facts.slice(stage.facts.indexOf(write));
  return later.some((f) => f.kind === "repo-write" && f.instruction === write.instruction && f.file === write.file && f.lines.some((l) => l.text === entry2.url));
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
  const own2 = new Set(stage.facts);
  for (const cmd of packageCommands(stage)) {
    if (cmd.root !== "/") continue;
    for (const x of cmd.extraRepositories) out.push({ url: x.url, span: x.span ?? x.optionSpan ?? cmd.span });
    for (const r of cmd.repositories) {
      const f = r.fact;
      if (f?.kind === "repo-write" && f.mode === "edit" && own2.has(f)) out.push({ url: r.url, span: f.edit?.span ?? f.span });
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
  const first = stageInstructions(build, stage)[1];
  const declared = /* @__PURE__ */ new Set();
  for (const write of factsOf(stage, "repo-write")) {
    if (write.fileKind !== "repositories") continue;
    for (const line of write.lines) {
      const names2 = line.emptyArgs?.filter((n) => !declared.has(n)) ?? [];
      if (names2.length === 0 || !isPolicyHost(policy, line.text)) continue;
      const span = line.span ?? write.span;
      const fix = first && first.stage === stage.index ? { title: `Declare ${names2.map((n) => `ARG ${n}`).join(", ")} in the stage`, safety: "safe", edits: [insertInstructionsBefore(build, first, names2.map((n) => `ARG ${n}`))] } : null;
      for (const n of names2) declared.add(n);
      const variable = names2.join(", ");
      ctx.report({ messageId: "undeclaredArg", data: { variable, name: names2.join(" "), url: urlForMessage(line.text) }, span, fix });
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
var repository_version_mismatch_default = defineRule({
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
      ctx.tick();
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

// rules/secret-file-in-image.ts
var CREDENTIAL_NAMES = /* @__PURE__ */ new Set([
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
var CREDENTIAL_DIRS = /* @__PURE__ */ new Set([".ssh"]);
var ENV_EXAMPLE = /^\.env\.(?:example|sample|template|dist|defaults?)$/i;
var TEMPLATE = /[._-](?:example|sample|template|tmpl|dist|defaults?)(?:[._-]|$)/i;
var PUBLIC_KEY = /\.(?:pub|asc|gpg)$|keyring|[._-]pub(?:lic)?[._-]/i;
function isPublicKey(path) {
  const name = basename(path);
  return PUBLIC_KEY.test(name) && !/secring|secret|priv/i.test(name);
}
function credentialFile(policy, path, source) {
  const name = basename(path);
  const parent = basename(dirname(path));
  const lower = name.toLowerCase();
  if (source && CREDENTIAL_DIRS.has(name)) return name;
  if (CREDENTIAL_NAMES.has(name) || lower === `${policy.auth.secretId}.txt`) return name;
  if (lower.startsWith(".env.") && !ENV_EXAMPLE.test(lower)) return name;
  if (parent === "auth.conf.d" && lower.endsWith(".conf")) return `auth.conf.d/${name}`;
  if (parent === ".docker" && lower === "config.json") return `.docker/${name}`;
  if (/\.(?:p12|pfx)$/.test(lower)) return name;
  if (lower.endsWith(".key") && !/gpg|pub|keyring|asc|\/etc\/apt\/|\/etc\/apk\/keys\//i.test(path)) return name;
  if (lower.endsWith(".pem") && /key|priv/.test(lower) && !/pub/.test(lower)) return name;
  return null;
}
var secret_file_in_image_default = defineRule({
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
    let layout;
    const layoutOnce = () => layout ??= layoutOf(build);
    for (const [copy, stage] of eachFact(build, "copy")) {
      const many = copy.sources.length > 1 || copy.dest.endsWith("/");
      for (const src of copy.sources) {
        const heredoc = /^<<-?["']?[^"'\s]+["']?$/.test(src.text);
        const target = many ? resolvePath(copy.dest, heredoc ? "" : basename(src.text)) : copy.dest;
        if (src.key || !heredoc && (isPublicKey(src.text) || TEMPLATE.test(basename(src.text))) || isPublicKey(target)) continue;
        const file = (heredoc ? null : credentialFile(policy, src.text, true)) ?? (many && heredoc ? null : credentialFile(policy, target, false));
        if (!file) continue;
        const fix = copy.sources.length === 1 && !heredoc ? mountInstead(build, policy, stage, copy, target, layoutOnce) : null;
        ctx.report({ messageId: "copied", data: { keyword: copy.keyword, file, dest: target }, span: src.span, fix });
      }
    }
    for (const [write] of eachFact(build, "secret-write")) {
      if (write.removed) continue;
      ctx.report({ messageId: write.literal ? "authConfWritten" : "written", data: { source: write.source, file: write.file }, span: write.span });
    }
  }
});
function layoutOf(build) {
  const children = new Set(build.stages.flatMap((s) => s.parent === null ? [] : [s.parent]));
  const fromAt = build.instructions.filter((i) => /--from=/.test(build.text.slice(i.span.start, i.span.end))).map((i) => i.index);
  return { children, fromAt: fromAt.length > 1 ? fromAt.slice(0, 2) : fromAt };
}
function mountInstead(build, policy, stage, copy, target, layout) {
  const info = build.instructions[copy.instruction];
  const flagged = build.text.slice(info.keywordSpan.end, info.argsSpan?.start ?? info.span.end).includes("--");
  if (copy.keyword !== "COPY" || copy.from !== null || flagged || /^[a-z]+:\/\//i.test(copy.sources[0].text)) return null;
  const { children, fromAt } = layout();
  if (children.has(stage.index) || fromAt.some((i) => i !== info.index)) return null;
  const later = stageInstructions(build, stage).filter((i) => i.index > info.index);
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

// rules/secret-in-arg-or-env.ts
var STAYS2 = {
  ARG: "the image history of the steps that use it",
  ENV: "the image configuration",
  LABEL: "the image configuration",
  "ONBUILD ARG": "the image history of every image built from this one",
  "ONBUILD ENV": "the configuration of every image built from this one",
  "ONBUILD LABEL": "the configuration of every image built from this one"
};
var secret_in_arg_or_env_default = defineRule({
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
    const names2 = inheritedNames(build);
    const stageVars = build.stages.flatMap((s) => factsOf(s, "variable").map((v) => [v, s]));
    const all = [...build.globalArgs.map((v) => [v, null]), ...stageVars];
    for (const [v, stage] of all) {
      ctx.tick();
      const keyword = v.onbuild ? `ONBUILD ${v.keyword}` : v.keyword;
      const data = { keyword, name: v.name, stays: STAYS2[keyword] };
      if (isCredentialName(v.name) && (v.keyword === "ARG" || stores(build, v))) {
        ctx.report({ messageId: "secretName", data, span: v.nameSpan, fix: stage && !v.onbuild ? secretMountFix(build, policy, stage, v, names2) : null });
        continue;
      }
      const shape = shapeOf(build, v);
      if (shape) ctx.report({ messageId: "secretValue", data: { ...data, label: shape }, span: v.nameSpan });
    }
    for (const stage of build.stages) {
      for (const l of factsOf(stage, "label")) {
        ctx.tick();
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
function stores(build, v) {
  if (!v.valueSpan) return false;
  const written = build.text.slice(v.valueSpan.start, v.valueSpan.end);
  return isReference(written.replace(/^["']/, "")) || isCredentialValue(written);
}
function shapeOf(build, v) {
  if (!v.valueSpan) return null;
  return findSecrets(build.text.slice(v.valueSpan.start, v.valueSpan.end)).find((m) => m.shape !== "url-credentials" && m.shape !== "url-token-user")?.label ?? null;
}
function inheritedNames(build) {
  const upTo = alongChain(build, (inherited, stage) => {
    const own2 = factsOf(stage, "variable").filter((f) => !inherited?.has(f.name));
    return own2.length === 0 ? inherited ?? /* @__PURE__ */ new Set() : /* @__PURE__ */ new Set([...inherited ?? [], ...own2.map((f) => f.name)]);
  });
  return (stage) => stage.parent === null ? /* @__PURE__ */ new Set() : upTo(build.stages[stage.parent]);
}
function secretMountFix(build, policy, stage, v, inherited) {
  if (v.keyword !== "ARG" || v.valueSpan || stage.windows || !syntaxAllowsEnvMount(build.directives.syntax)) return null;
  if (build.globalArgs.some((g) => g.name === v.name && g.value !== null)) return null;
  if (inherited(stage).has(v.name) || stage.facts.some((f) => f !== v && f.kind === "variable" && (f.name === v.name || f.instruction === v.instruction))) return null;
  const id = v.name === policy.auth.env ? policy.auth.secretId : v.name;
  const readers = [];
  for (const info of stageInstructions(build, stage)) {
    build.tick();
    if (info.index <= v.instruction) continue;
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

// rules/shell-too-deep.ts
var shell_too_deep_default = defineRule({
  id: "shell-too-deep",
  meta: {
    description: "A RUN's shell is nested deeper than hardenfile reads, so its commands are not checked.",
    severity: "error",
    fixable: "never",
    messages: {
      tooDeep: "Shell nested deeper than {max} levels: the commands from here to the end of the script are not checked."
    },
    options: {}
  },
  check(ctx) {
    for (const limit of ctx.build.limits) {
      if (limit.kind === "too-deep") ctx.report({ messageId: "tooDeep", data: { max: limit.max }, span: limit.span });
    }
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
  const path = fact.path;
  const expected = path.replace(/(?:\.(?:gpg|key|pub|pgp))?$/, ".asc");
  const name = basename(path);
  const nameRange = rangeAtEnd(build, fact.destSpan, name);
  const edits = nameRange ? [replace(nameRange, basename(expected))] : [];
  let complete = nameRange !== null;
  for (const stage of build.stages) {
    for (const { line } of aptSourceLines(stage)) {
      if (line.signedBy !== path) continue;
      const at = rangeInside(build, line.format === "deb822" ? line.signedBySpan ?? null : line.span, path);
      if (at && !edits.some((e) => e.start === at.start)) edits.push(replace(at, expected));
      else if (!at) complete = false;
    }
  }
  const fix = complete ? { title: `Save the key as ${expected}`, safety: "safe", edits } : null;
  ctx.report({ messageId: "aptArmouredName", data: { path, expected }, span: nameRange ?? fact.destSpan ?? fact.span, fix });
}
var signing_key_name_default = defineRule({
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

// rules/trust-bypass.ts
var APT_KEY_GONE = /* @__PURE__ */ new Set(["trixie", "forky", "sid"]);
var SAME = (a, b) => a !== null && a.start === b.start && a.end === b.end;
function removeFlag(build, policy, stage, bypass, cmd) {
  if (!cmd) return null;
  const local = cmd.packages.some((p) => p.value === null || p.value.endsWith(".apk"));
  const safety = !local && apkKeysCover(policy, stage, cmd) ? "safe" : "unsafe";
  return { title: `Remove ${bypass.what}`, safety, edits: [removeWord(build, bypass.span)] };
}
var APT_KIND = {
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
  const messageId = own(APT_KIND, bypass.what) ?? "aptUnauthenticated";
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
var trust_bypass_default = defineRule({
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
          const prefixOf = sameRun.find((c) => c.env.named("SSL_NO_VERIFY_HOSTNAME").some((e) => e.how === "prefix" && SAME(e.span, bypass.span)));
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

// rules/unknown-dhi-tag.ts
var CATALOG = `Docker's DHI catalog (commit ${DHI_CATALOG_COMMIT.slice(0, 7)})`;
var unknown_dhi_tag_default = defineRule({
  id: "unknown-dhi-tag",
  meta: {
    description: "A Docker Hardened Images base image names a tag or image that Docker's catalog does not have.",
    severity: "warning",
    fixable: "sometimes",
    tags: ["correctness"],
    messages: {
      unknownTag: "{image}: {catalog} has no tag of dhi.io/{name} with these variants, distro and release, so the pull would fail; nearest: {nearest}.",
      noTag: "{image} names no tag, and dhi.io/{name} has no `latest`: the pull would fail; name one, such as {nearest}.",
      unknownImage: "{catalog} has no image dhi.io/{name}{hint}."
    },
    options: {}
  },
  check(ctx) {
    const { build } = ctx;
    for (const stage of build.stages) {
      const dhi = stage.dhiImage;
      if (!dhi || stage.parent !== null || dhi.definition || dhi.unmatched === "digest-only") continue;
      const span = stage.imageSpan ?? stage.fromSpan;
      const declared = stage.image !== dhi.reference;
      const image = declared ? `${describeStageBase(stage)} (declared as ${dhi.reference.text})` : describeStageBase(stage);
      if (dhi.unmatched === "unknown-tag") {
        const fix = dhi.nearest[0] ? retag(build, stage, dhi.nearest[0]) : null;
        ctx.report({ messageId: "unknownTag", data: { image, catalog: CATALOG, name: dhi.name, nearest: dhi.nearest.join(", ") }, span, fix });
      } else if (dhi.unmatched === "no-tag") {
        if (dhiDefinitions(dhi.name).some((d) => d.tags.includes("latest"))) continue;
        ctx.report({ messageId: "noTag", data: { image, name: dhi.name, nearest: suggestedDhiTags(dhi.name).join(", ") }, span });
      } else if (dhi.unmatched === "unknown-image" && dhi.via === "registry") {
        const hint = dhi.nearest.length > 0 ? `; did you mean ${dhi.nearest.map((n) => `dhi.io/${n}`).join(", ")}?` : "";
        ctx.report({ messageId: "unknownImage", data: { catalog: CATALOG, name: dhi.name, hint }, span });
      }
    }
  }
});
function retag(build, stage, tag) {
  const ref = stage.image;
  const span = stage.imageSpan;
  if (!ref?.tag || !span || ref.digest || stage.imageVariables.length > 0 || stage.dhiImage?.reference !== ref) return null;
  if (!build.text.slice(span.start, span.end).endsWith(`:${ref.tag}`)) return null;
  const name = ref.text.slice(0, ref.text.length - ref.tag.length);
  return { title: `Use ${name}${tag}`, safety: "unsafe", edits: [replace({ start: span.end - ref.tag.length, end: span.end }, tag)] };
}

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
var unpinned_base_image_default = defineRule({
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
    const rootOf2 = alongChain(build, (inherited, stage) => inherited ?? stage);
    for (const stage of build.stages) {
      ctx.tick();
      const root = rootOf2(stage);
      const reason = root.releaseUnknownReason;
      if (root.release !== null || reported.has(root.index)) continue;
      if (reason !== "unpinned" && reason !== "variable" && reason !== "digest-only") continue;
      const releases = literalReleases(stage, policy);
      if (releases.length === 0) continue;
      reported.add(root.index);
      const release = releases[0];
      const messageId = reason === "unpinned" ? "unpinned" : reason === "variable" ? "variable" : "digestOnly";
      const servable = isServedRelease(policy, release) || policy.apk.mirrors.length > 0;
      const fix = reason === "unpinned" && releases.length === 1 && servable ? pinFix(build, root, release) : null;
      ctx.report({ messageId, data: { release, image: describeStageBase(root), variable: root.imageVariables.join(", ") }, span: root.imageSpan ?? root.fromSpan, fix });
    }
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
    const meant = debSourceMissingRepository(policy, line.text);
    if (meant) {
      const at = rangeOfText(build, line.span, line.text);
      const fix = at ? { title: `Use ${urlForMessage(meant)}`, safety: "safe", edits: [replace(at, meant)] } : null;
      ctx.report({ messageId: "aptNoRepository", data: { url: urlForMessage(line.text), meant: urlForMessage(meant) }, span: at ?? line.span ?? write.span, fix });
      continue;
    }
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
var unsupported_release_default = defineRule({
  id: "unsupported-release",
  meta: {
    description: "A hardened repository is used for an Alpine or Debian release that Docker does not serve.",
    severity: "error",
    fixable: "sometimes",
    tags: ["security", "supply-chain"],
    messages: {
      repositoryRelease: "{url} names Alpine {release}, which the hardened repositories do not serve (served: {served}).",
      baseRelease: "The base image {image} is Alpine {release}, which the hardened repositories do not serve (served: {served}); {url} cannot supply packages built for it.",
      aptSuite: "{url} is used with the suite {suite}, which the hardened Debian sources do not serve (served: {served}).",
      aptBaseRelease: "The base image {image} is Debian {release}, which the hardened Debian sources do not serve (served: {served}); {url} cannot supply packages built for it.",
      aptUbuntu: "The base image {image} is Ubuntu: {url} serves Debian packages, and there is no hardened source for Ubuntu.",
      aptNoRepository: "The source {url} names no repository: the hardened Debian packages are served under {meant}, and apt-get update fails on this one (404)."
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

// src/policy/hardened-packages-data.ts
var APK_MAIN_SOURCES = {
  "3.23": "7zip aaudit abi-compliance-checker abseil-cpp abuild acct acf-alpine-baselayout acf-alpine-conf acf-amavisd-new acf-apk-tools acf-asterisk acf-awall acf-chrony acf-core acf-dansguardian acf-db acf-dnscache acf-dnsmasq acf-dovecot acf-freeradius3 acf-freeswitch acf-freeswitch-vmail acf-gross acf-heimdal acf-iproute2-qos acf-iptables acf-jquery acf-kamailio acf-lib acf-lighttpd acf-lvm2 acf-mariadb acf-mdadm acf-nsd acf-openldap acf-opennhrp acf-openntpd acf-openssh acf-openssl acf-openvpn acf-pingu acf-postfix acf-postgresql acf-ppp acf-provisioning acf-quagga acf-samba acf-skins acf-snort acf-squid acf-tinydns acf-unbound acf-weblog ack acl aconf acpi acpica acpid ada akms alpine-base alpine-baselayout alpine-conf alpine-git-mirror-syncd alpine-keys alpine-make-rootfs alpine-sdk alsa-lib alsa-ucm-conf alsa-utils altermime amavis amavisd-milter amazoncorretto aom apache-mod-auth-kerb apache-mod-auth-ntlm-winbind apache-mod-auth-radius apache-mod-fcgid apache2 apache2-mod-wsgi apcupsd apg api-sanity-checker apk-cron apk-tools aports-build apparmor apr apr-util argon2 argp-standalone argtable2 arm-trusted-firmware arpon arpwatch asciidoc asciidoctor aspell aspell-de aspell-en aspell-fr aspell-ru aspell-uk asterisk astroterm at-spi2-core atf atop attr audit augeas aumix autoconf autoconf-archive automake avahi avahi-ui awall aws-cli axel b43-fwcutter bacula base64 bash bash-completion batctl bats-core bc bcache-tools bcnm bctoolbox bdftopcf bearssl beep benchmark bind binutils bison bluez bluez-firmware bluez-headers bmd-tools bonding boost1.84 botan3 bridge bridge-utils brotli bsd-compat-headers btrfs-progs bubblewrap build-base buildkit bun busybox bwm-ng byacc byobu bzip2 c-ares ca-certificates cairo cargo-auditable cargo-nextest catch2 cbindgen ccache cciss_vol_status cdparanoia cgdb cgit check chrony chrpath cifs-utils cjson ckbcomp cksfv clang-rtlib clang16 clang20 clang21 clang22 clucene cmake cmocka cmph command-not-found confuse conky conntrack-tools corepack coreutils cppunit cracklib cramfs crconf cryptsetup cunit cups curl cutter cvechecker cvs cxxopts cyrus-sasl cython czmq dansguardian daq darkhttpd dart-stage0 dash datefudge dav1d db dbus dbus-glib dconf ddate debian-archive-keyring debian-devscripts debootstrap dejagnu dev86 devicemaster-linux dhcpcd dialog diffutils distcc djbdns dkimproxy dmidecode dmraid dmvpn dns-root-hints dnsfunnel dnsmasq dnssec-root dnstop doas doas-sudo-shim docbook-xml docbook-xsl docbook2mdoc docbook2x docker docker-cli-buildx docs doctest dosfstools dotnet10-runtime dotnet10-sdk dotnet10-stage0 dotnet8-runtime dotnet8-sdk dotnet8-stage0 dotnet9-runtime dotnet9-sdk dotnet9-stage0 dovecot doxygen dpkg drbd-utils dropbear dtach dtc e2fsprogs ecl eclipse-temurin ed edbrowse efi-mkkeys efi-mkuki efibootmgr efitools efivar eggdrop elfutils elinks ell email encfs encodings erlang27 erlang28 erofs-utils esh espeak etckeeper ethtool eudev eventlog execline expat expect ez-ipupdate f2fs-tools fail2ban fakeroot fcgi fcgiwrap ferm fftw file findutils fish flac flashcache-utils flashrom flex flite fmt font-adobe-100dpi font-adobe-75dpi font-adobe-utopia-100dpi font-adobe-utopia-75dpi font-adobe-utopia-type1 font-alias font-arabic-misc font-bh-100dpi font-bh-75dpi font-bitstream-100dpi font-bitstream-75dpi font-bitstream-type1 font-cantarell font-cronyx-cyrillic font-cursor-misc font-dec-misc font-dejavu font-droid font-freefont font-ibm-type1 font-isas-misc font-jis-misc font-liberation font-liberation-sans-narrow font-linux-libertine font-micro-misc font-misc-cyrillic font-misc-ethiopic font-misc-misc font-mutt-misc font-schumacher-misc font-screen-cyrillic font-sony-misc font-sun-misc font-terminus font-tlwg font-unifont font-util font-vollkorn font-winitzki-cyrillic font-xfree86-type1 fontconfig fortify-headers fping fprobe fprobe-ulog freeradius freeradius-client freeswitch freeswitch-sounds-en-us-callie-32000 freeswitch-sounds-en-us-callie-8000 freeswitch-sounds-es-mx-maria-44100 freeswitch-sounds-fr-ca-june-8000 freeswitch-sounds-fr-fr-sibylle-8000 freeswitch-sounds-music-32000 freeswitch-sounds-music-8000 freeswitch-sounds-pt-br-karina-8000 freeswitch-sounds-ru-RU-elena-32000 freeswitch-sounds-ru-RU-elena-8000 freetdm freetds freetype fribidi fsarchiver fstrm fuse fuse3 gawk gc gcc gcompat gcr gd gdb gdbm gdk-pixbuf gengetopt gensio geoip gettext gettext-tiny ghi ghostscript ghostscript-fonts giflib git gitolite glib glslang glu gmp gn gnu-efi gnu-libiconv gnupg gnutls go go-md2man goaccess gobject-introspection golang gperf gpm gpsd gptfdisk gradle gradle-stage0 graphene graphite2 graphviz grep groff gross grpc grub gsm gst-plugins-base gstreamer gtest gtk+3.0 gtk-doc guile gvpe gyp gzip haproxy harfbuzz haserl haveged hdparm heimdal help2man hicolor-icon-theme highlight hiredis hostapd htop hunspell hunspell-en hunspell-pt hunspell-pt-br hvtools hwdata hwloc hylafaxplus hypermail iaxmodem icecast icon-naming-utils icu iftop ifupdown-ng igmpproxy imake imap imlib2 in-sync indent inih iniparser inotify-tools installkernel intel-ucode intltool iperf3 iproute2 iproute2-qos ipset iptables iputils ipvsadm irqbalance iscsi-scst isl25 isl26 iso-codes itstool iucode-tool ivykis iw jack jansson java-cacerts java-common jbig2dec jemalloc jfsutils jitterentropy-library joe jpeg jq json-c judy kamailio kbd kea kernel-hooks keyutils kmod knock knot krb5 krb5-conf kubectl kyua lame lang lcms2 ldapvi lddtree ldns ldoc less lftp libaio libarchive libart-lgpl libassuan libatomic_ops libavif libbpf libbsd libburn libcap libcap-ng libcbor libclc libconfig libdaemon libdbi libde265 libdisplay-info libdnet libdrm libdwarf libeatmydata libeconf libedit libepoxy libestr libev libevent libfastjson libffi libfido2 libfontenc libgcc-static libgcrypt libgpg-error libical libice libid3tag libidn libidn2 libisoburn libisofs libjpeg-turbo libkcapi libks libksba liblockfile liblogging liblognorm libmaxminddb libmd libmemcached libmilter libmnl libnet libnetfilter_acct libnetfilter_conntrack libnetfilter_cthelper libnetfilter_cttimeout libnetfilter_log libnetfilter_queue libnfnetlink libnftnl libnl3 libnsl libnvme libogg libotr libpaper libpcap libpciaccess libpng libpsl librdkafka librelp libresample librsync librtlsdr libsamplerate libseccomp libsecret libselinux libsepol libshout libsm libsndfile libsodium libspf2 libsrtp libssh2 libtasn1 libtheora libtirpc libtool libtraceevent libucontext libudev-zero libunistring libunwind liburing libusb libusb-compat libutempter libuv libva libvdpau libverto libvorbis libwebp libwebsockets libx11 libxau libxaw libxcb libxcomposite libxcursor libxdamage libxdmcp libxext libxfixes libxft libxi libxinerama libxkbcommon libxkbfile libxml2 libxmu libxpm libxrandr libxrender libxshmfence libxslt libxt libxtst libxv libxxf86vm libyuv lighttpd limine linenoise links linux-firmware linux-headers linux-lts linux-pam linux-rpi linux-tools lksctp-tools lld20 lld21 lld22 llvm llvm-runtimes llvm16 llvm20 llvm21 llvm22 lm-sensors lmdb lockfile-progs log4cplus logcheck logrotate logtail lsof lsyncd ltrace lttng-ust lua-alt-getopt lua-aports lua-asn1 lua-augeas lua-b64 lua-bit32 lua-busted lua-cjson lua-cliargs lua-cmsgpack lua-cqueues lua-curl lua-dbi lua-discount lua-dns lua-evdev lua-expat lua-feedparser lua-file-magic lua-filesize lua-filesystem lua-gversion lua-hashids lua-iconv lua-inspect lua-json4 lua-ldap lua-ldbus lua-luassert lua-luaxml lua-lub lua-lustache lua-lxc lua-lyaml lua-lzlib lua-lzmq lua-maxminddb lua-md5 lua-mediator lua-microlight lua-mosquitto lua-mqtt-publish lua-openrc lua-optarg lua-ossl lua-pc lua-penlight lua-posix lua-posixtz lua-pty lua-resty-core lua-resty-lrucache lua-rex lua-say lua-schema lua-sec lua-soap lua-socket lua-sql lua-sqlite lua-stdlib lua-stdlib-debug lua-stdlib-normalize lua-stringy lua-struct lua-subprocess lua-system lua-term lua-unit lua-uuid lua-xctrl lua-yaml lua5.1 lua5.2 lua5.3 lua5.4 luajit lutok lvm2 lxc lxc-templates-legacy lynx lz4 lzip lzo m4 macifrename mailcap mailx make makedepend man-pages man-pages-posix mandoc mariadb mariadb-connector-c maturin maven maven-stage0 mawk mbedtls mc mdadm mdev-conf mdevd memcached merge-usr mesa meson mg mini_httpd minicom mkfontscale mkinitfs mksh mlmmj monit mosh mosquitto mpc1 mpdecimal mpfr4 mpg123 mqtt-exec mrtg mt-st mtd-utils mtools mtx multipath-tools muon musl musl-fts musl-legacy-error musl-locales musl-nscd musl-obstack nagios nagios-plugins nano nasm ncdu ncftp ncurses ndisc6 neon net-snmp net-tools netcat-openbsd netcf nettle network-extras newt nfdump nfs-utils nftables nghttp2 nghttp3 nginx ngircd ngrep ngtcp2 nikto ninja-build nload nmap node nodejs npm npth nrpe nsd nspr nss nss-pam-ldapd ntfs-3g numactl nvme-cli obex-data-server ocaml5 oidentd one-context oniguruma open-iscsi open-isns open-lldp openjade openjdk11 openjdk17 openjdk21 openjdk25 openjpeg openldap opennhrp openntpd openobex openrc openresolv opensp openssh openssl openvpn openvpn-ad-check openvpn-auth-ldap opus opusfile orc ortp p11-kit pahole pam-pgsql pango parallel parted patch patchelf patchutils pax-utils paxrelabel pciutils pcmciautils pcre pcre2 pcsc-lite perdition perl perl-apache-logformat-compiler perl-apache-session perl-archive-zip perl-astro-suntime perl-async-mergepoint perl-authen-sasl perl-b-cow perl-b-hooks-endofscope perl-bit-vector perl-boolean perl-business-hours perl-cache-cache perl-cache-simple-timedexpiry perl-canary-stability perl-capture-tiny perl-carp perl-carp-clan perl-cgi perl-cgi-emulate-psgi perl-cgi-fast perl-cgi-psgi perl-cgi-session perl-class-accessor perl-class-accessor-chained perl-class-container perl-class-data-inheritable perl-class-inspector perl-class-load perl-class-method-modifiers perl-class-mix perl-class-returnvalue perl-class-singleton perl-class-tiny perl-clone perl-common-sense perl-compress-raw-bzip2 perl-compress-raw-zlib perl-config-autoconf perl-config-grammar perl-config-inifiles perl-control-x10 perl-convert-asn1 perl-convert-binhex perl-convert-color perl-convert-tnef perl-convert-uulib perl-cpan-meta-check perl-cpan-requirements-dynamic perl-cpanel-json-xs perl-cps perl-crypt-des perl-crypt-eksblowfish perl-crypt-openssl-guess perl-crypt-openssl-random perl-crypt-openssl-rsa perl-crypt-rijndael perl-crypt-ssleay perl-crypt-x509 perl-cryptx perl-css-minifier-xs perl-css-squish perl-data-guid perl-data-hexdump perl-data-optlist perl-data-page perl-data-page-pageset perl-data-uuid perl-date-calc perl-date-manip perl-datetime perl-datetime-format-mail perl-datetime-format-w3cdtf perl-datetime-locale perl-datetime-timezone perl-dbd-mysql perl-dbd-odbc perl-dbd-pg perl-dbd-sqlite perl-dbi perl-dbix-dbschema perl-dbix-searchbuilder perl-devel-checkbin perl-devel-checklib perl-devel-globaldestruction perl-devel-overloadinfo perl-devel-stacktrace perl-devel-stacktrace-ashtml perl-devel-symdump perl-device-serialport perl-digest-hmac perl-digest-md5 perl-digest-sha1 perl-dist-checkconflicts perl-email-address perl-email-address-list perl-email-date-format perl-encode perl-encode-hanextra perl-encode-locale perl-error perl-eval-closure perl-exception-class perl-exporter-tiny perl-extutils-cchecker perl-extutils-config perl-extutils-hascompiler perl-extutils-helpers perl-extutils-installpaths perl-extutils-pkgconfig perl-fcgi perl-fcgi-procmanager perl-file-copy-recursive perl-file-listing perl-file-next perl-file-remove perl-file-rsync perl-file-sharedir perl-file-sharedir-install perl-file-slurp perl-file-slurp-tiny perl-file-slurper perl-file-tail perl-file-temp perl-file-which perl-filesys-notify-simple perl-font-afm perl-future perl-gd perl-gdgraph perl-gdtextutil perl-getopt-long perl-hash-multivalue perl-heap perl-html-formatter perl-html-formattext-withlinks perl-html-formattext-withlinks-andtables perl-html-mason perl-html-parser perl-html-quoted perl-html-rewriteattributes perl-html-scrubber perl-html-tagset perl-html-tree perl-http-body perl-http-cookiejar perl-http-cookies perl-http-daemon perl-http-daemon-ssl perl-http-date perl-http-message perl-http-negotiate perl-importer perl-inc-latest perl-inline perl-inline-c perl-io perl-io-html perl-io-multiplex perl-io-socket-inet6 perl-io-socket-ssl perl-io-stringy perl-io-tty perl-ipc-run perl-ipc-run3 perl-ipc-sharelite perl-ipc-system-simple perl-javascript-minifier perl-javascript-minifier-xs perl-json perl-json-maybexs perl-ldap perl-libwww perl-list-allutils perl-list-moreutils perl-list-moreutils-xs perl-list-someutils perl-list-someutils-xs perl-list-utilsby perl-locale-maketext-fuzzy perl-locale-maketext-lexicon perl-log-any perl-log-dispatch perl-lwp-mediatypes perl-lwp-protocol-https perl-lwp-useragent-determined perl-mail-authenticationresults perl-mail-dkim perl-mail-domainkeys perl-mail-imapclient perl-mail-spf perl-mailtools perl-math-round perl-meta perl-metrics-any perl-mime-base64 perl-mime-lite perl-mime-tools perl-mime-types perl-module-build perl-module-build-tiny perl-module-implementation perl-module-install perl-module-metadata perl-module-pluggable perl-module-refresh perl-module-runtime perl-module-scandeps perl-module-util perl-module-versions-report perl-moo perl-mozilla-ca perl-mro-compat perl-namespace-autoclean perl-namespace-clean perl-net-cidr perl-net-cidr-lite perl-net-dns perl-net-dns-resolver-mock perl-net-dns-resolver-programmable perl-net-http perl-net-ip perl-net-libidn perl-net-openssh perl-net-rblclient perl-net-server perl-net-smtp-ssl perl-net-smtp-tls-butmaintained perl-net-snmp perl-net-snpp perl-net-ssleay perl-net-telnet perl-netaddr-ip perl-package-anon perl-package-deprecationmanager perl-package-stash perl-package-stash-xs perl-parallel-forkmanager perl-params-classify perl-params-util perl-params-validate perl-params-validationcompiler perl-parse-recdescent perl-parse-syslog perl-parse-yapp perl-path-class perl-path-tiny perl-pathtools perl-php-serialization perl-pod-coverage perl-pod-parser perl-posix-strftime-compiler perl-probe-perl perl-proc-wait3 perl-protocol-websocket perl-regexp-common perl-regexp-ipv6 perl-role-basic perl-role-tiny perl-scope-guard perl-scope-upper perl-server-starter perl-set-intspan perl-snmp-session perl-socket perl-socket-getaddrinfo perl-socket6 perl-specio perl-stream-buffered perl-string-shellquote perl-struct-dumb perl-sub-exporter perl-sub-exporter-progressive perl-sub-identify perl-sub-info perl-sub-install perl-sub-name perl-sub-quote perl-sub-uplevel perl-super perl-switch perl-symbol-global-name perl-syntax-keyword-try perl-sys-hostname-long perl-sys-mmap perl-term-readkey perl-term-table perl-test-cpan-meta perl-test-deep perl-test-eol perl-test-exception perl-test-failwarnings perl-test-fatal perl-test-file-sharedir perl-test-fork perl-test-harness perl-test-identity perl-test-leaktrace perl-test-longstring perl-test-manifest perl-test-metrics-any perl-test-mockmodule perl-test-mockobject perl-test-mockrandom perl-test-mocktime perl-test-needs perl-test-notabs perl-test-nowarnings perl-test-number-delta perl-test-output perl-test-pod perl-test-pod-coverage perl-test-refcount perl-test-requires perl-test-requiresinternet perl-test-script perl-test-sharedfork perl-test-simple perl-test-taint perl-test-tcp perl-test-warn perl-test-warnings perl-test-without perl-test-without-module perl-test2-plugin-nowarnings perl-text-autoformat perl-text-csv perl-text-password-pronounceable perl-text-reform perl-text-soundex perl-text-vfile-asdata perl-text-wikiformat perl-text-wrapper perl-time-hires perl-time-parsedate perl-timedate perl-tk perl-tree-dag_node perl-try-tiny perl-type-tiny perl-universal-can perl-universal-isa perl-unix-syslog perl-uri perl-variable-magic perl-want perl-www-robotrules perl-x10 perl-xml-namespacesupport perl-xml-parser perl-xml-rss perl-xml-sax perl-xml-sax-base perl-xml-simple perl-xml-xpath perl-xs-parse-keyword perl-yaml perl-yaml-libyaml perl-yaml-syck perl-yaml-tiny pgpool pgtcl php picolisp pigz pinentry pingu pixman pjproject pkgconf pm-utils po4a policyd-spf-fs poppler popt portaudio postfix postfix-policyd-spf-perl postgresql-common postgresql14 postgresql15 postgresql16 postgresql17 postgresql18 ppp privoxy procps-ng protobuf protobuf-c proxychains-ng psmisc pspg psqlodbc pssh pstree pwgen py3-alabaster py3-appdirs py3-attrs py3-awscrt py3-babel py3-build py3-cairo py3-calver py3-certifi py3-cffi py3-chardet py3-charset-normalizer py3-colorama py3-coverage py3-cparser py3-cryptography py3-dateutil py3-dbus py3-distlib py3-distro py3-dnspython py3-docutils py3-editables py3-elasticsearch py3-elementpath py3-elftools py3-execnet py3-extras py3-fastjsonschema py3-filelock py3-fixtures py3-flaky py3-flit-core py3-freezegun py3-funcsigs py3-future py3-genty py3-gobject3 py3-gpep517 py3-hatch-vcs py3-hatchling py3-html5lib py3-hypothesis py3-idna py3-imagesize py3-iniconfig py3-installer py3-iso8601 py3-jinja2 py3-jmespath py3-lark-parser py3-lxc py3-lxml py3-mako py3-markdown py3-markdown-it-py py3-markupsafe py3-maturin py3-mdit-py-plugins py3-mdurl py3-meld3 py3-mimeparse py3-mock py3-more-itertools py3-myst-parser py3-olefile py3-ordered-set py3-packaging py3-parsing py3-pathspec py3-pbr py3-pefile py3-pexpect py3-pip py3-platformdirs py3-pluggy py3-ply py3-poetry-core py3-pretend py3-prompt_toolkit py3-protobuf py3-psutil py3-ptyprocess py3-py py3-py-cpuinfo py3-pybind11 py3-pygal py3-pygaljs py3-pygments py3-pyo py3-pyproject-hooks py3-pytest py3-pytest-benchmark py3-pytest-cov py3-pytest-env py3-pytest-forked py3-pytest-mock py3-pytest-rerunfailures py3-pytest-subtests py3-pytest-timeout py3-pytest-xdist py3-requests py3-roman-numerals py3-ruamel-yaml py3-ruamel.yaml.clib py3-scripttest py3-semantic-version py3-setproctitle py3-setuptools py3-setuptools-rust py3-setuptools_scm py3-six py3-snowballstemmer py3-sortedcontainers py3-sphinx py3-sphinx-copybutton py3-sphinx-inline-tabs py3-sphinx-issues py3-sphinxcontrib-applehelp py3-sphinxcontrib-devhelp py3-sphinxcontrib-htmlhelp py3-sphinxcontrib-jsmath py3-sphinxcontrib-qthelp py3-sphinxcontrib-serializinghtml py3-sphinxcontrib-websupport py3-tappy py3-testpath py3-testtools py3-time-machine py3-tomli py3-tomli-w py3-trove-classifiers py3-typing-extensions py3-tz py3-urllib3 py3-virtualenv py3-wcwidth py3-webencodings py3-werkzeug py3-wheel py3-xmlschema py3-yaml py3-zipp python python3 python3-tkinter quagga quickjs-ng rabbitmq-c radvd rapidjson rarian razor rdfind rdiff-backup re2 re2c readline rgb rhash ripgrep rlog rng-tools rp-pppoe rpcbind rpcsvc-proto rrdcollect rrdtool rsnapshot rsync rsyslog rtapd rtmpdump rtnppd rtpproxy ruby ruby-abbrev ruby-augeas ruby-base64 ruby-bigdecimal ruby-bundler ruby-csv ruby-debug ruby-drb ruby-getoptlong ruby-matrix ruby-minitest ruby-mutex_m ruby-net-ftp ruby-net-imap ruby-net-pop ruby-net-smtp ruby-nkf ruby-observer ruby-power_assert ruby-prime ruby-racc ruby-rake ruby-rake-compiler ruby-rbs ruby-repl_type_completor ruby-resolv-replace ruby-rexml ruby-rinda ruby-rr ruby-rss ruby-syslog ruby-test-unit ruby-test-unit-rr ruby-test-unit-ruby-core ruby-typeprof ruby3 run-parts runc rust rust-bindgen rust-stage0 s390-tools s6 s6-dns s6-linux-init s6-linux-utils s6-networking s6-portable-utils s6-rc samba samurai sanlock sbsigntool sc scdoc scons screen scstadmin scudo-malloc seabios secureboot-hook sed sendpage ser2net serf setup-box sfic sfw-ent sfw-free shared-mime-info sharutils shorewall shorewall-core shorewall6 simdjson simdutf sipcalc sipp sipsak sircbot skalibs skytraq-datalogger slang smartmontools smokeping snappy sngtc_client snmptt snort snort-extra snowball sntpc socat sofia-sip softhsm source-highlight spamassassin spandsp spandsp3 spawn-fcgi speex speexdsp spice spice-protocol spirv-headers spirv-llvm-translator spirv-tools sqlite sqlite-tools sqsh squark squashfs-tools squid ssh-getkey-ldap sshfs sshguard sshpass ssmtp static-routing statserial strace strongswan su-exec subunit subversion sudo supervisor swatch swig swish-e sysfsutils sysklogd syslinux syslog-ng systemd-boot talloc tar tcl tcl-tls tcl9 tcpdump tcpflow tdb termrec testdisk tevent texinfo tftp-hpa tiff tig tinc tini tiny-cloud tinyproxy tinyxml2 tipidee tk tmux tolua++ tpaste tree treescan tunnel txr tzdata ucarp udev-init-scripts udns ulogd umix unbound unfs3 unionfs-fuse unixodbc unzip usb-modeswitch usbutils userspace-rcu util-linux util-macros utmps uvncrepeater uwsgi v86d vala valgrind valkey vanessa_adt vanessa_logger vanessa_socket varnish vim vlan volk vulkan-headers vulkan-loader vulkan-tools w3m wasi-compiler-rt wasi-libc wasi-libcxx wasi-sdk wayland wayland-protocols wget which wipe wireguard-tools wireless-regdb wireless-tools wpa_supplicant x265 xapian-core xcb-proto xcb-util xfsprogs xkbcomp xkeyboard-config xl2tpd xmlindent xmlrpc-c xmlsec xmlto xorg-server xorgproto xtables-addons xtrans xvfb-run xxhash xz yajl yaml yarn yarn-berry yash yx zd1211-firmware zeromq zfs zip zlib zlib-ng zmap zonenotify zsh zstd",
  "3.24": "7zip aaudit abi-compliance-checker abseil-cpp abuild acct acf-alpine-baselayout acf-alpine-conf acf-amavisd-new acf-apk-tools acf-asterisk acf-awall acf-chrony acf-core acf-dansguardian acf-db acf-dnscache acf-dnsmasq acf-dovecot acf-freeradius3 acf-freeswitch acf-freeswitch-vmail acf-gross acf-heimdal acf-iproute2-qos acf-iptables acf-jquery acf-kamailio acf-lib acf-lighttpd acf-lvm2 acf-mariadb acf-mdadm acf-nsd acf-openldap acf-opennhrp acf-openntpd acf-openssh acf-openssl acf-openvpn acf-pingu acf-postfix acf-postgresql acf-ppp acf-provisioning acf-quagga acf-samba acf-skins acf-snort acf-squid acf-tinydns acf-unbound acf-weblog ack acl aconf acpi acpica acpid ada akms alpine-base alpine-baselayout alpine-conf alpine-git-mirror-syncd alpine-keys alpine-make-rootfs alpine-sdk alsa-lib alsa-ucm-conf alsa-utils altermime amavis amavisd-milter amazoncorretto aom apache-mod-auth-kerb apache-mod-auth-ntlm-winbind apache-mod-auth-radius apache-mod-fcgid apache2 apache2-mod-wsgi apcupsd apg api-sanity-checker apk-cron apk-tools aports-build apparmor apr apr-util argon2 argp-standalone argtable2 arm-trusted-firmware arpon arpwatch asciidoc asciidoctor aspell aspell-de aspell-en aspell-fr aspell-ru aspell-uk asterisk astroterm at-spi2-core atf atop attr audit augeas aumix autoconf autoconf-archive automake avahi avahi-ui awall aws-cli axel b43-fwcutter bacula base64 bash bash-completion batctl bats-assert bats-core bats-file bats-support bc bcache-tools bcnm bctoolbox bdftopcf bearssl beep benchmark bind binutils bison bluez bluez-firmware bluez-headers bmd-tools bonding boost1.84 botan3 bridge bridge-utils brotli bsd-compat-headers btrfs-progs bubblewrap build-base buildkit bun busybox bwm-ng byacc byobu bzip2 c-ares ca-certificates cairo cargo-auditable cargo-nextest catch2 cbindgen ccache cciss_vol_status cdparanoia cgdb cgit check chrony chrpath cifs-utils cjson ckbcomp cksfv clang-rtlib clang16 clang20 clang21 clang22 clucene cmake cmocka cmph command-not-found confuse conky conntrack-tools corepack coreutils cppunit cracklib cramfs crconf cryptsetup cunit cups curl cutter cvechecker cvs cxxopts cyrus-sasl cython czmq dansguardian daq darkhttpd dart-stage0 dash datefudge dav1d db dbus dbus-glib dconf ddate debian-archive-keyring debian-devscripts debootstrap dejagnu dev86 device-mapper devicemaster-linux dhcpcd dialog diffutils distcc djbdns dkimproxy dmidecode dmraid dmvpn dns-root-hints dnsfunnel dnsmasq dnssec-root dnstop doas doas-sudo-shim docbook-xml docbook-xsl docbook2mdoc docbook2x docker docker-cli-buildx docs doctest dosfstools dotnet10-runtime dotnet10-sdk dotnet10-stage0 dotnet8-runtime dotnet8-sdk dotnet8-stage0 dotnet9-runtime dotnet9-sdk dotnet9-stage0 dovecot doxygen dpkg drbd-utils dropbear dtach dtc e2fsprogs ecl eclipse-temurin ed edbrowse efi-mkkeys efi-mkuki efibootmgr efitools efivar eggdrop elfutils elinks ell email encfs encodings erlang27 erlang28 erofs-utils esh espeak etckeeper ethtool eudev eventlog execline expat expect ez-ipupdate f2fs-tools fail2ban fakeroot fcgi fcgiwrap ferm fftw file findutils fish flac flashcache-utils flashrom flex flite fmt font-adobe-100dpi font-adobe-75dpi font-adobe-utopia-100dpi font-adobe-utopia-75dpi font-adobe-utopia-type1 font-alias font-arabic-misc font-bh-100dpi font-bh-75dpi font-bitstream-100dpi font-bitstream-75dpi font-bitstream-type1 font-cantarell font-cronyx-cyrillic font-cursor-misc font-dec-misc font-dejavu font-droid font-freefont font-ibm-type1 font-isas-misc font-jis-misc font-liberation font-liberation-sans-narrow font-linux-libertine font-micro-misc font-misc-cyrillic font-misc-ethiopic font-misc-misc font-mutt-misc font-schumacher-misc font-screen-cyrillic font-sony-misc font-sun-misc font-terminus font-tlwg font-unifont font-util font-vollkorn font-winitzki-cyrillic font-xfree86-type1 fontconfig fortify-headers fping fprobe fprobe-ulog freeradius freeradius-client freeswitch freeswitch-sounds-en-us-callie-32000 freeswitch-sounds-en-us-callie-8000 freeswitch-sounds-es-mx-maria-44100 freeswitch-sounds-fr-ca-june-8000 freeswitch-sounds-fr-fr-sibylle-8000 freeswitch-sounds-music-32000 freeswitch-sounds-music-8000 freeswitch-sounds-pt-br-karina-8000 freeswitch-sounds-ru-RU-elena-32000 freeswitch-sounds-ru-RU-elena-8000 freetdm freetds freetype fribidi fsarchiver fstrm fuse fuse3 gawk gc gcc gcompat gcr gd gdb gdbm gdk-pixbuf gengetopt gensio geoip gettext gettext-tiny ghi ghostscript ghostscript-fonts giflib git gitolite glib glslang glu gmp gn gnu-efi gnu-libiconv gnupg gnutls go go-md2man goaccess gobject-introspection golang gperf gpm gpsd gptfdisk gradle gradle-stage0 graphene graphite2 graphviz grep groff gross grpc grub gsm gst-plugins-base gstreamer gtest gtk+3.0 gtk-doc guile gvpe gyp gzip haproxy harfbuzz haserl haveged hdparm heimdal help2man hicolor-icon-theme highlight hiredis hostapd htop hunspell hunspell-en hunspell-pt hunspell-pt-br hvtools hwdata hwloc hylafaxplus hypermail iaxmodem icecast icon-naming-utils icu iftop ifupdown-ng igmpproxy imake imap imlib2 in-sync indent inih iniparser inotify-tools installkernel intel-ucode intltool iperf3 iproute2 iproute2-qos ipset iptables iputils ipvsadm irqbalance iscsi-scst isl25 isl26 iso-codes itstool iucode-tool ivykis iw jack jansson java-cacerts java-common jbig2dec jemalloc jfsutils jitterentropy-library joe jpeg jq json-c judy kamailio kbd kea kernel-hooks keyutils kmod knock knot krb5 krb5-conf kubectl kyua lame lang lcms2 ldapvi lddtree ldns ldoc less lftp libaio libarchive libart-lgpl libassuan libatomic_ops libavif libbpf libbsd libburn libcap libcap-ng libcbor libclc libconfig libdaemon libdbi libde265 libdisplay-info libdnet libdrm libdwarf libeatmydata libeconf libedit libepoxy libestr libev libevent libfastjson libffi libfido2 libfontenc libgcc-static libgcrypt libgit2 libgpg-error libical libice libid3tag libidn libidn2 libigloo libisoburn libisofs libjpeg-turbo libkcapi libks libksba liblockfile liblogging liblognorm libmaxminddb libmd libmemcached libmicrohttpd libmilter libmnl libnet libnetfilter_acct libnetfilter_conntrack libnetfilter_cthelper libnetfilter_cttimeout libnetfilter_log libnetfilter_queue libnfnetlink libnftnl libnl3 libnsl libnvme libogg libotr libpaper libpcap libpciaccess libpng libpsl librdkafka librelp libresample librsync librtlsdr libsamplerate libseccomp libsecret libselinux libsepol libshout libsm libsndfile libsodium libspf2 libsrtp libssh2 libtasn1 libtheora libtirpc libtool libtraceevent libucontext libudev-zero libunistring libunwind liburing libusb libusb-compat libutempter libuv libva libvdpau libverto libvorbis libwebp libwebsockets libx11 libxau libxaw libxcb libxcomposite libxcursor libxdamage libxdmcp libxext libxfixes libxft libxi libxinerama libxkbcommon libxkbfile libxml2 libxmu libxpm libxrandr libxrender libxshmfence libxslt libxt libxtst libxv libxxf86vm libyuv lighttpd limine linenoise links linux-firmware linux-headers linux-lts linux-pam linux-rpi linux-tools lksctp-tools lld20 lld21 lld22 lldb llvm llvm-runtimes llvm16 llvm20 llvm21 llvm22 lm-sensors lmdb lockfile-progs log4cplus logcheck logrotate logtail lsof lsyncd ltrace lttng-ust lua-alt-getopt lua-aports lua-asn1 lua-augeas lua-b64 lua-bit32 lua-busted lua-cjson lua-cliargs lua-cmsgpack lua-cqueues lua-curl lua-dbi lua-discount lua-dns lua-evdev lua-expat lua-feedparser lua-file-magic lua-filesize lua-filesystem lua-gversion lua-hashids lua-iconv lua-inspect lua-json4 lua-ldap lua-ldbus lua-luassert lua-luaxml lua-lub lua-lustache lua-lxc lua-lyaml lua-lzlib lua-lzmq lua-maxminddb lua-md5 lua-mediator lua-microlight lua-mosquitto lua-mqtt-publish lua-openrc lua-optarg lua-ossl lua-pc lua-penlight lua-posix lua-posixtz lua-pty lua-resty-core lua-resty-lrucache lua-rex lua-say lua-schema lua-sec lua-soap lua-socket lua-sql lua-sqlite lua-stdlib lua-stdlib-debug lua-stdlib-normalize lua-stringy lua-struct lua-subprocess lua-system lua-term lua-unit lua-uuid lua-xctrl lua-yaml lua5.1 lua5.2 lua5.3 lua5.4 lua5.5 luajit lutok lvm2 lxc lxc-templates-legacy lynx lz4 lzip lzo m4 macifrename mailcap mailx make makedepend man-pages man-pages-posix mandoc mariadb mariadb-connector-c maturin maven maven-stage0 mawk mbedtls mc mdadm mdev-conf mdevd memcached merge-usr mesa meson mg mini_httpd minicom mkfontscale mkinitfs mksh mlmmj monit mosh mosquitto mpc1 mpdecimal mpfr4 mpg123 mqtt-exec mrtg mt-st mtd-utils mtools mtx multipath-tools muon musl musl-fts musl-legacy-error musl-locales musl-nscd musl-obstack nagios nagios-plugins nano nasm ncdu ncftp ncurses ndisc6 neon net-snmp net-tools netcat-openbsd netcf nettle network-extras newt nfs-utils nftables nghttp2 nghttp3 nginx ngircd ngrep ngtcp2 nikto ninja-build nload nmap node nodejs npm npth nrpe nsd nspr nss nss-pam-ldapd ntfs-3g numactl nvme-cli obex-data-server ocaml5 oidentd one-context oniguruma open-iscsi open-isns open-lldp openjade openjdk11 openjdk17 openjdk21 openjdk25 openjpeg openldap opennhrp openntpd openobex openrc openresolv opensp openssh openssl openvpn openvpn-ad-check openvpn-auth-ldap opus opusfile orc ortp p11-kit pahole pam-pgsql pango parallel parted patch patchelf patchutils pax-utils paxrelabel pciutils pcmciautils pcre pcre2 pcsc-lite perdition perl perl-apache-logformat-compiler perl-apache-session perl-archive-zip perl-astro-suntime perl-async-mergepoint perl-authen-sasl perl-b-cow perl-b-hooks-endofscope perl-bit-vector perl-boolean perl-business-hours perl-cache-cache perl-cache-simple-timedexpiry perl-canary-stability perl-capture-tiny perl-carp perl-carp-clan perl-cgi perl-cgi-emulate-psgi perl-cgi-fast perl-cgi-psgi perl-cgi-session perl-class-accessor perl-class-accessor-chained perl-class-container perl-class-data-inheritable perl-class-inspector perl-class-load perl-class-method-modifiers perl-class-mix perl-class-returnvalue perl-class-singleton perl-class-tiny perl-clone perl-common-sense perl-compress-raw-bzip2 perl-compress-raw-zlib perl-config-autoconf perl-config-grammar perl-config-inifiles perl-control-x10 perl-convert-asn1 perl-convert-binhex perl-convert-color perl-convert-tnef perl-convert-uulib perl-cpan-meta-check perl-cpan-requirements-dynamic perl-cpanel-json-xs perl-cps perl-crypt-des perl-crypt-eksblowfish perl-crypt-openssl-guess perl-crypt-openssl-random perl-crypt-openssl-rsa perl-crypt-rijndael perl-crypt-ssleay perl-crypt-urandom perl-crypt-x509 perl-cryptx perl-css-minifier-xs perl-css-squish perl-data-guid perl-data-hexdump perl-data-optlist perl-data-page perl-data-page-pageset perl-data-uuid perl-date-calc perl-date-manip perl-datetime perl-datetime-format-mail perl-datetime-format-w3cdtf perl-datetime-locale perl-datetime-timezone perl-dbd-mysql perl-dbd-odbc perl-dbd-pg perl-dbd-sqlite perl-dbi perl-dbix-dbschema perl-dbix-searchbuilder perl-devel-checkbin perl-devel-checklib perl-devel-globaldestruction perl-devel-overloadinfo perl-devel-stacktrace perl-devel-stacktrace-ashtml perl-devel-symdump perl-device-serialport perl-digest-hmac perl-digest-md5 perl-digest-sha1 perl-dist-checkconflicts perl-email-address perl-email-address-list perl-email-date-format perl-encode perl-encode-hanextra perl-encode-locale perl-error perl-eval-closure perl-exception-class perl-exporter-tiny perl-extutils-cchecker perl-extutils-config perl-extutils-hascompiler perl-extutils-helpers perl-extutils-installpaths perl-extutils-pkgconfig perl-fcgi perl-fcgi-procmanager perl-file-copy-recursive perl-file-listing perl-file-next perl-file-remove perl-file-rsync perl-file-sharedir perl-file-sharedir-install perl-file-slurp perl-file-slurp-tiny perl-file-slurper perl-file-tail perl-file-temp perl-file-which perl-filesys-notify-simple perl-font-afm perl-future perl-gd perl-gdgraph perl-gdtextutil perl-getopt-long perl-hash-multivalue perl-heap perl-html-formatter perl-html-formattext-withlinks perl-html-formattext-withlinks-andtables perl-html-mason perl-html-parser perl-html-quoted perl-html-rewriteattributes perl-html-scrubber perl-html-tagset perl-html-tree perl-http-body perl-http-cookiejar perl-http-cookies perl-http-daemon perl-http-daemon-ssl perl-http-date perl-http-message perl-http-negotiate perl-importer perl-inc-latest perl-inline perl-inline-c perl-io perl-io-html perl-io-multiplex perl-io-socket-inet6 perl-io-socket-ssl perl-io-stringy perl-io-tty perl-ipc-run perl-ipc-run3 perl-ipc-sharelite perl-ipc-system-simple perl-javascript-minifier perl-javascript-minifier-xs perl-json perl-json-maybexs perl-ldap perl-libwww perl-list-allutils perl-list-moreutils perl-list-moreutils-xs perl-list-someutils perl-list-someutils-xs perl-list-utilsby perl-locale-maketext-fuzzy perl-locale-maketext-lexicon perl-log-any perl-log-dispatch perl-lwp-mediatypes perl-lwp-protocol-https perl-lwp-useragent-determined perl-mail-authenticationresults perl-mail-dkim perl-mail-domainkeys perl-mail-imapclient perl-mail-spf perl-mailtools perl-math-round perl-meta perl-metrics-any perl-mime-base32 perl-mime-base64 perl-mime-lite perl-mime-tools perl-mime-types perl-mixin-linewise perl-module-build perl-module-build-tiny perl-module-implementation perl-module-install perl-module-metadata perl-module-pluggable perl-module-refresh perl-module-runtime perl-module-scandeps perl-module-util perl-module-versions-report perl-moo perl-mozilla-ca perl-mro-compat perl-namespace-autoclean perl-namespace-clean perl-net-cidr perl-net-cidr-lite perl-net-dns perl-net-dns-resolver-mock perl-net-dns-resolver-programmable perl-net-http perl-net-ip perl-net-libidn perl-net-openssh perl-net-rblclient perl-net-server perl-net-smtp-ssl perl-net-smtp-tls-butmaintained perl-net-snmp perl-net-snpp perl-net-ssleay perl-net-telnet perl-netaddr-ip perl-package-anon perl-package-deprecationmanager perl-package-stash perl-package-stash-xs perl-parallel-forkmanager perl-params-classify perl-params-util perl-params-validate perl-params-validationcompiler perl-parse-recdescent perl-parse-syslog perl-parse-yapp perl-path-class perl-path-tiny perl-pathtools perl-perlio-utf8_strict perl-php-serialization perl-pod-coverage perl-pod-coverage-trustpod perl-pod-eventual perl-pod-parser perl-posix-strftime-compiler perl-probe-perl perl-proc-wait3 perl-protocol-websocket perl-regexp-common perl-regexp-ipv6 perl-role-basic perl-role-tiny perl-scope-guard perl-scope-upper perl-server-starter perl-set-intspan perl-snmp-session perl-socket perl-socket-getaddrinfo perl-socket6 perl-specio perl-stream-buffered perl-string-shellquote perl-struct-dumb perl-sub-exporter perl-sub-exporter-progressive perl-sub-identify perl-sub-info perl-sub-install perl-sub-name perl-sub-quote perl-sub-uplevel perl-super perl-switch perl-symbol-global-name perl-syntax-keyword-try perl-sys-hostname-long perl-sys-mmap perl-term-readkey perl-term-table perl-test-cpan-meta perl-test-deep perl-test-eol perl-test-exception perl-test-failwarnings perl-test-fatal perl-test-file-sharedir perl-test-fork perl-test-harness perl-test-identity perl-test-leaktrace perl-test-longstring perl-test-manifest perl-test-metrics-any perl-test-mockmodule perl-test-mockobject perl-test-mockrandom perl-test-mocktime perl-test-needs perl-test-notabs perl-test-nowarnings perl-test-number-delta perl-test-output perl-test-pod perl-test-pod-coverage perl-test-refcount perl-test-requires perl-test-requiresinternet perl-test-script perl-test-sharedfork perl-test-simple perl-test-taint perl-test-tcp perl-test-warn perl-test-warnings perl-test-without perl-test-without-module perl-test2-plugin-nowarnings perl-text-autoformat perl-text-csv perl-text-password-pronounceable perl-text-reform perl-text-soundex perl-text-vfile-asdata perl-text-wikiformat perl-text-wrapper perl-time-hires perl-time-parsedate perl-timedate perl-tk perl-tree-dag_node perl-try-tiny perl-type-tiny perl-universal-can perl-universal-isa perl-unix-syslog perl-uri perl-variable-magic perl-want perl-www-robotrules perl-x10 perl-xml-namespacesupport perl-xml-parser perl-xml-rss perl-xml-sax perl-xml-sax-base perl-xml-simple perl-xml-xpath perl-xs-parse-keyword perl-yaml perl-yaml-libyaml perl-yaml-syck perl-yaml-tiny pgpool pgtcl php picolisp pigz pinentry pingu pixman pjproject pkcs11-helper pkgconf pm-utils po4a policyd-spf-fs poppler popt portaudio postfix postfix-policyd-spf-perl postgresql-common postgresql14 postgresql15 postgresql16 postgresql17 postgresql18 ppp privoxy procps-ng protobuf protobuf-c proxychains-ng psmisc pspg psqlodbc pssh pstree pwgen py3-alabaster py3-appdirs py3-attrs py3-awscrt py3-babel py3-build py3-cairo py3-calver py3-certifi py3-cffi py3-chardet py3-charset-normalizer py3-click py3-colorama py3-coverage py3-cparser py3-cryptography py3-dateutil py3-dbus py3-distlib py3-distro py3-dnspython py3-docutils py3-dotenv py3-editables py3-elasticsearch py3-elementpath py3-elftools py3-execnet py3-extras py3-fastjsonschema py3-filelock py3-fixtures py3-flaky py3-flit-core py3-freezegun py3-funcsigs py3-genty py3-gobject3 py3-gpep517 py3-hatch-vcs py3-hatchling py3-html5lib py3-hypothesis py3-idna py3-imagesize py3-iniconfig py3-installer py3-iso8601 py3-jinja2 py3-jmespath py3-lark-parser py3-lxc py3-lxml py3-mako py3-markdown py3-markdown-it-py py3-markupsafe py3-maturin py3-mdit-py-plugins py3-mdurl py3-meld3 py3-mimeparse py3-mock py3-more-itertools py3-myst-parser py3-olefile py3-ordered-set py3-packaging py3-parsing py3-pathspec py3-pbr py3-pefile py3-pexpect py3-pip py3-platformdirs py3-pluggy py3-ply py3-poetry-core py3-pretend py3-prompt_toolkit py3-protobuf py3-psutil py3-ptyprocess py3-py py3-py-cpuinfo py3-pybind11 py3-pygal py3-pygaljs py3-pygments py3-pyo py3-pyproject-hooks py3-pytest py3-pytest-benchmark py3-pytest-cov py3-pytest-env py3-pytest-forked py3-pytest-freezegun py3-pytest-mock py3-pytest-rerunfailures py3-pytest-timeout py3-pytest-xdist py3-python-discovery py3-requests py3-roman-numerals py3-ruamel-yaml py3-ruamel.yaml.clib py3-scripttest py3-semantic-version py3-setproctitle py3-setuptools py3-setuptools-rust py3-setuptools_scm py3-six py3-snowballstemmer py3-sortedcontainers py3-sphinx py3-sphinx-copybutton py3-sphinx-issues py3-sphinxcontrib-applehelp py3-sphinxcontrib-devhelp py3-sphinxcontrib-htmlhelp py3-sphinxcontrib-jsmath py3-sphinxcontrib-qthelp py3-sphinxcontrib-serializinghtml py3-sphinxcontrib-websupport py3-tappy py3-testpath py3-testtools py3-time-machine py3-tomli py3-tomli-w py3-trove-classifiers py3-typing-extensions py3-tz py3-urllib3 py3-virtualenv py3-wcwidth py3-webencodings py3-werkzeug py3-wheel py3-xmlschema py3-yaml py3-zipp python python3 python3-tkinter quagga quickjs-ng rabbitmq-c radvd rapidjson rarian razor rdfind rdiff-backup re2 re2c readline rgb rhash ripgrep rlog rng-tools rp-pppoe rpcbind rpcsvc-proto rrdcollect rrdtool rsnapshot rsync rsyslog rtapd rtmpdump rtnppd rtpproxy ruby ruby-abbrev ruby-augeas ruby-base64 ruby-bigdecimal ruby-bundler ruby-csv ruby-debug ruby-drb ruby-getoptlong ruby-matrix ruby-minitest ruby-mutex_m ruby-net-ftp ruby-net-imap ruby-net-pop ruby-net-smtp ruby-nkf ruby-observer ruby-power_assert ruby-prime ruby-rake ruby-rake-compiler ruby-rbs ruby-repl_type_completor ruby-resolv-replace ruby-rexml ruby-rinda ruby-rr ruby-rss ruby-test-unit ruby-test-unit-rr ruby-test-unit-ruby-core ruby-typeprof ruby3 run-parts runc rust rust-bindgen rust-stage0 s390-tools s6 s6-dns s6-linux-init s6-linux-utils s6-networking s6-portable-utils s6-rc samba samurai sanlock sbsigntool sc scdoc scons screen scstadmin scudo-malloc secureboot-hook sed sendpage ser2net serf setup-box sfic sfw-ent sfw-free shared-mime-info sharutils shorewall shorewall-core shorewall6 simdjson simdutf sipcalc sipp sipsak sircbot skalibs skytraq-datalogger slang smartmontools smokeping snappy snmptt snort snort-extra snowball sntpc socat sofia-sip softhsm source-highlight spamassassin spandsp spandsp3 spawn-fcgi speex speexdsp spice spice-protocol spirv-headers spirv-llvm-translator spirv-tools sqlite sqlite-tools sqsh squark squashfs-tools squid ssh-getkey-ldap sshfs sshguard sshpass ssmtp static-routing statserial strace strongswan su-exec subunit subversion sudo supervisor swatch swig swish-e sysfsutils sysklogd syslinux syslog-ng systemd-boot talloc tar tcl tcl-tls tcl9 tcpdump tcpflow tdb termrec testdisk tevent texinfo tftp-hpa tiff tig tinc tini tiny-cloud tinyproxy tinyxml2 tipidee tk tmux tolua++ tpaste tree treescan tunnel txr tzdata ucarp udev-init-scripts udns ulogd umix unbound unfs3 unionfs-fuse unixodbc unzip usb-modeswitch usbutils userspace-rcu util-linux util-macros utmps uvncrepeater uwsgi v86d vala valgrind valkey vanessa_adt vanessa_logger vanessa_socket varnish vlan volk vulkan-headers vulkan-loader vulkan-tools w3m wasi-compiler-rt wasi-libc wasi-libcxx wasi-sdk wayland wayland-protocols wget which wipe wireguard-tools wireless-regdb wireless-tools wpa_supplicant x265 xapian-core xcb-proto xcb-util xfsprogs xkbcomp xkeyboard-config xl2tpd xmlindent xmlrpc-c xmlsec xmlto xmltoman xorg-server xorgproto xtables-addons xtrans xvfb-run xxhash xz yajl yaml yarn yarn-berry yash yx zd1211-firmware zeromq zfs zip zlib zlib-ng zmap zonenotify zsh zstd"
};

// src/policy/hardened-packages.ts
var sets = /* @__PURE__ */ new Map();
var SUBPACKAGE = /-(?:dev|doc|libs|static|openrc|utils|tools|dbg|lang|pyc|bash-completion|zsh-completion|fish-completion)$/;
function isHardenedApkPackage(release, name) {
  const list = own(APK_MAIN_SOURCES, release);
  if (list === void 0) return null;
  let set = sets.get(release);
  if (!set) sets.set(release, set = new Set(list.split(" ")));
  if (set.has(name)) return true;
  const source = name.replace(SUBPACKAGE, "");
  return source !== name && set.has(source);
}

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
function aptInstalled(cmd) {
  return installsPackages(cmd) ? cmd.packages.map((p) => (p.value ?? "").split(/[=:]/)[0]) : [];
}
function aptInheritedInstalls(build) {
  const upTo = alongChain(build, (inherited, stage) => {
    const added = packageCommands(stage, "apt").flatMap(aptInstalled).filter((p) => !inherited?.has(p));
    return added.length === 0 ? inherited ?? /* @__PURE__ */ new Set() : /* @__PURE__ */ new Set([...inherited ?? [], ...added]);
  });
  return (stage) => stage.parent === null ? /* @__PURE__ */ new Set() : upTo(build.stages[stage.parent]);
}
function installedBeforeEach(stage, inherited) {
  const own2 = packageCommands(stage, "apt");
  const sets2 = /* @__PURE__ */ new Map();
  let current = inherited;
  let i = 0;
  return (instruction) => {
    const known = sets2.get(instruction);
    if (known) return known;
    let added = [];
    for (; i < own2.length && own2[i].instruction < instruction; i++) added.push(...aptInstalled(own2[i]));
    added = added.filter((p) => !current.has(p));
    if (added.length > 0) current = /* @__PURE__ */ new Set([...current, ...added]);
    sets2.set(instruction, current);
    return current;
  };
}
function aptFix(build, stage, suite, ctx, inherited) {
  const own2 = packageCommands(stage, "apt");
  const installedBefore = installedBeforeEach(stage, inherited);
  const startsWithUpdate = (c) => commandsOfInstruction(stage, "apt", c.instruction)[0] === c && c.subcommand === "update";
  const safeAt = own2.find((c) => startsWithUpdate(c) && installedBefore(c.instruction).has("ca-certificates"));
  const at = safeAt ?? own2.find((c) => fetchesIndexes(c));
  if (!at) return null;
  const have = at === safeAt ? installedBefore(at.instruction) : installedBeforeEach(stage, inherited)(at.instruction);
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
function configuresHardened(ctx) {
  const hardened = (url) => debSourceMatch(ctx.policy, url) !== null || debSourceMissingRepository(ctx.policy, url) !== null;
  const judged = /* @__PURE__ */ new Map();
  const isHardenedUrl = (url) => {
    let v = judged.get(url);
    if (v === void 0) judged.set(url, v = hardened(url));
    return v;
  };
  return alongChain(ctx.build, (inherited, stage) => {
    if (inherited) return true;
    return stage.facts.some((f) => {
      ctx.tick();
      return f.kind === "repo-write" && f.manager === "apt" && f.lines.some((l) => isHardenedUrl(l.text)) || f.kind === "package-command" && f.repositories.some((r) => isHardenedUrl(r.url));
    });
  });
}
function checkApt5(ctx) {
  const { build, policy } = ctx;
  const fixedStages = /* @__PURE__ */ new Set();
  const configures = configuresHardened(ctx);
  const inheritedInstalls = aptInheritedInstalls(build);
  for (const stage of build.stages) {
    ctx.tick();
    if (configures(stage)) continue;
    let fixed = stage.parent !== null && fixedStages.has(stage.parent);
    if (fixed) fixedStages.add(stage.index);
    const reported = /* @__PURE__ */ new Set();
    const unknownBase = stage.distro === "unknown";
    for (const cmd of packageCommands(stage, "apt")) {
      ctx.tick();
      if (!installsPackages(cmd) || cmd.repositoriesUnknown && !unknownBase || reported.has(cmd.instruction)) continue;
      if (stage.dhi && (cmd.repositoriesUnknown || cmd.repositories.some((r) => debSourceMatch(policy, r)))) continue;
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
        const fix = fixed ? null : aptFix(build, stage, release, ctx, inheritedInstalls(stage));
        if (fix) {
          fixed = true;
          fixedStages.add(stage.index);
        }
        ctx.report({ messageId: "aptUpstream", data: { image }, span: cmd.span, fix });
      }
    }
  }
}
var upstream_package_source_default = defineRule({
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
      ctx.tick();
      if (stage.dhi && stage.dhiImage?.definition?.packageManager !== "apk" || stage.distro === "debian" || stage.distro === "ubuntu" || stage.distro === "scratch") continue;
      let fixed = stage.parent !== null && fixedStages.has(stage.parent);
      if (fixed) fixedStages.add(stage.index);
      const reported = /* @__PURE__ */ new Set();
      const own2 = packageCommands(stage);
      for (const cmd of own2) {
        ctx.tick();
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
        const rewrittenFrom = (at) => repos.some((r) => r.fact?.kind === "repo-write" && r.fact.mode !== "edit" && r.fact.instruction === cmd.instruction && r.fact.span.start >= at);
        const overwrittenInside = rewrittenFrom(0);
        const instruction = build.instructions[cmd.instruction];
        const haveKey = stageHasKey(policy, cmd.keys, apkRepositoryUrl(policy, release).keyName);
        const shell = fixed || !cmd.commandSpan ? null : apkSetupShell(policy, release, ctx.options.keyInstall, haveKey);
        const first = commandsOfInstruction(stage, "apk", cmd.instruction)[0] ?? cmd;
        const inScript = shell && !rewrittenFrom(first.span.start) ? insertShellLinesBefore(build, instruction, first.span.start, shell) : null;
        const lines = fixed || inScript || overwrittenInside ? null : apkSetupInstructions(policy, release, ctx.options.keyInstall, haveKey);
        const edit = inScript ?? (lines ? insertInstructionsBefore(build, instruction, lines) : null);
        if (edit) {
          const unconfirmed = unhardenedPackages(own2, release);
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

// rules/value-too-large.ts
var value_too_large_default = defineRule({
  id: "value-too-large",
  meta: {
    description: "A value is too large to expand, so what depends on it is not checked.",
    severity: "info",
    fixable: "never",
    messages: {
      variable: "{name} is too large to expand (over {max} characters): its value is taken as unknown, and what depends on it is not checked.",
      value: "This value is too large to expand (over {max} characters): it is taken as unknown, and what depends on it is not checked.",
      nested: "This value nests ${\u2026:-\u2026} deeper than {max} levels: it is taken as unknown, and what depends on it is not checked."
    },
    options: {}
  },
  check(ctx) {
    for (const limit of ctx.build.limits) {
      if (limit.kind === "value-too-deep") ctx.report({ messageId: "nested", data: { max: limit.max }, span: limit.span });
      if (limit.kind !== "too-large") continue;
      if (limit.variable === null) ctx.report({ messageId: "value", data: { max: limit.max }, span: limit.span });
      else ctx.report({ messageId: "variable", data: { name: limit.variable, max: limit.max }, span: limit.span });
    }
  }
});

// rules/index.ts
var RULES = [
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
  shell_too_deep_default,
  signing_key_name_default,
  trust_bypass_default,
  unknown_dhi_tag_default,
  unpinned_base_image_default,
  unsupported_release_default,
  upstream_package_source_default,
  value_too_large_default
];

// src/engine/input.ts
var DEFAULT_MAX_SIZE = 1024 * 1024;
var MAX_LINE_BYTES = 64 * 1024 - 1;
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

// src/engine/ignores.ts
var HEAD = /^\s*#\s*hardenfile-ignore(-file)?(?=\s)/;
var RULE_LIST = /^[A-Za-z0-9_,\s-]+$/;
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
  let next = 0;
  for (const comment of build.comments) {
    build.tick();
    const directive = readDirective(comment.text);
    if (!directive) continue;
    const rules = new Set(directive.rules);
    if (directive.file) {
      for (const r of rules) fileRules.add(r);
      continue;
    }
    while (next < build.instructions.length && build.instructions[next].span.start <= comment.span.start) next++;
    const info = build.instructions[next];
    if (info) ranges.push({ rules, span: info.span });
  }
  const file = Object.assign(fileRules, {
    has(id) {
      return Set.prototype.has.call(fileRules, id) || Set.prototype.has.call(fileRules, "all");
    }
  });
  return {
    file,
    suppressed(ruleId, span) {
      let lo = 0;
      let hi = ranges.length;
      while (lo < hi) {
        const mid = lo + hi >> 1;
        if (ranges[mid].span.start <= span.start) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo - 1; i >= 0 && ranges[i].span.start === ranges[lo - 1].span.start; i--) {
        const r = ranges[i];
        if ((r.rules.has(ruleId) || r.rules.has("all")) && span.start < r.span.end) return true;
      }
      return false;
    }
  };
}
var ANY_DIRECTIVE = /^\s*#\s*(hardenfile-[\w-]*)/;
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

// src/engine/budget.ts
var BudgetExceeded = class extends Error {
  constructor(ms) {
    super(`took longer than ${ms} ms (the time budget, --timeout)`);
    this.ms = ms;
    this.name = "BudgetExceeded";
  }
  ms;
};
function now() {
  return Number(process.hrtime.bigint()) / 1e6;
}
function deadlineIn(ms) {
  return { at: now() + ms, ms };
}
function checkDeadline(deadline) {
  if (deadline !== void 0 && (deadline.now ?? now)() > deadline.at) throw new BudgetExceeded(deadline.ms);
}
var STRIDE = 1024;
var NO_BUDGET = () => {
};
function budgetTick(deadline) {
  if (deadline === void 0) return NO_BUDGET;
  let count = 0;
  return () => {
    if (++count < STRIDE) return;
    count = 0;
    checkDeadline(deadline);
  };
}

// src/engine/lint.ts
function lintText(text, options) {
  const bad = checkInput(text, options.maxSize);
  if (bad) return { findings: [], secretSpans: [], error: bad };
  try {
    const withTick = { ...options, tick: options.tick ?? budgetTick(options.deadline) };
    return lintBuild(buildModel(text, modelOptions(withTick)), withTick);
  } catch (err) {
    if (err instanceof BudgetExceeded) return { findings: [], secretSpans: [], error: err.message };
    throw err;
  }
}
function modelOptions(options) {
  const tick = options.tick ?? (options.deadline && budgetTick(options.deadline));
  return { buildArgs: options.config.buildArgs, policy: options.config.policy, ...tick && { tick } };
}
function lintBuild(build, options) {
  const tick = options.tick ?? (options.deadline ? budgetTick(options.deadline) : build.tick);
  const before = build.tick;
  build.tick = tick;
  try {
    return { findings: runRules(build, options, tick), secretSpans: build.redaction.spans, secretValues: build.redaction.values };
  } finally {
    build.tick = before;
  }
}
function runRules(build, options, tick) {
  const masker = new Masker(build.redaction.spans, build.redaction.values);
  const ignores = parseIgnores(build);
  const findings = [];
  const exec = build.instructions.flatMap((i) => i.run?.execForm && i.argsSpan ? [i.argsSpan] : []);
  const editsExec = (fix) => fix.edits.some((e) => overlapsAny(exec, e.start, e.end));
  const stageOf = stageFinder(build);
  const buildStages = options.config.buildStages ?? "same";
  for (const rule of options.rules ?? RULES) {
    checkDeadline(options.deadline);
    if (options.only && !options.only.includes(rule.id)) continue;
    const setting = options.config.rules[rule.id];
    const severity = setting?.severity ?? rule.meta.severity;
    if (severity === "off") continue;
    if (ignores.file.has(rule.id)) continue;
    const ruleOptions = { ...rule.meta.options, ...setting?.options ?? {} };
    const report = (r) => {
      tick();
      if (ignores.suppressed(rule.id, r.span)) return;
      const stage = stageOf(r.span.start);
      let level = severity;
      if (stage && stage.role !== "final" && buildStages !== "same") {
        if (buildStages === "off") return;
        if (RANK[buildStages] < RANK[level]) level = buildStages;
      }
      const finding = toFinding(rule, level, r.fix && exec.length > 0 && editsExec(r.fix) ? { ...r, fix: null } : r, build, masker);
      if (stage && stage.role !== "final") finding.message += stageNote(stage, masker);
      findings.push(finding);
    };
    rule.check({ build, policy: options.config.policy, options: ruleOptions, report, tick });
  }
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}
function overlapsAny(spans, start, end) {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (spans[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo].start < end;
}
var RANK = { info: 0, warning: 1, error: 2 };
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
function toFinding(rule, severity, r, build, masker) {
  const template = rule.meta.messages[r.messageId];
  if (template === void 0) throw new Error(`rule ${rule.id} reported unknown messageId ${r.messageId}`);
  const fill = (whole3, key) => {
    if (!r.data || !Object.hasOwn(r.data, key)) return whole3;
    const value = r.data[key];
    return typeof value === "number" ? String(value) : shortened(masker.data(value));
  };
  const message = template.replace(/\{(\w+)\}/g, fill);
  const finding = {
    ruleId: rule.id,
    messageId: r.messageId,
    severity,
    message,
    span: r.span,
    start: build.lines.position(r.span.start),
    end: build.lines.position(r.span.end)
  };
  if (r.fix && !writesCredential(r.fix, build.text, masker)) finding.fix = normaliseFix({ ...r.fix, title: masker.prose(r.fix.title) });
  return finding;
}
var MAX_MESSAGE_VALUE = 1024;
function shortened(value) {
  if (value.length <= MAX_MESSAGE_VALUE) return value;
  const code = value.charCodeAt(MAX_MESSAGE_VALUE - 1);
  const cut = code >= 55296 && code <= 56319 ? MAX_MESSAGE_VALUE - 1 : MAX_MESSAGE_VALUE;
  return `${value.slice(0, cut)}\u2026 (${value.length} characters)`;
}
function writesCredential(fix, text, masker) {
  return fix.edits.some((e) => masker.secretsIn(e.text).some((secret) => !text.includes(secret)));
}
function normaliseFix(fix) {
  return { ...fix, edits: [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end) };
}

// vendored-require:node:module
var node_module_exports = {};
__export(node_module_exports, {
  createRequire: () => createRequire
});
__reExport(node_module_exports, node_module_star);
import { createRequire as nodeCreateRequire } from "node:module";
import * as node_module_star from "node:module";
var VENDORED = { "yaml": "./vendor/yaml.cjs", "fast-glob": "./vendor/fast-glob.cjs" };
function createRequire(from) {
  const load = nodeCreateRequire(from);
  return (id) => load(Object.hasOwn(VENDORED, id) ? VENDORED[id] : id);
}

// src/config/load.ts
var import_ignore = __toESM(require_ignore(), 1);

// src/config/types.ts
var DEFAULT_FAIL_LEVEL = "warning";

// src/config/load.ts
var MAX_CONFIG_SIZE = 1024 * 1024;
function normaliseEntry(entry2) {
  if (typeof entry2 === "string") return { severity: entry2 };
  const [severity, options] = Array.isArray(entry2) ? entry2 : [entry2.severity, entry2.options];
  const out = {};
  if (severity !== void 0) out.severity = severity;
  if (options !== void 0) out.options = { ...options };
  return out;
}
function resolveConfig(file, overrides = {}) {
  const rules = {};
  for (const [id, entry2] of Object.entries(file.rules ?? {})) rules[id] = normaliseEntry(entry2);
  for (const [id, severity] of Object.entries(overrides.rules ?? {})) rules[id] = { ...rules[id], severity };
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
      buildArgs: Object.assign(record(), file.buildArgs, overrides.buildArgs),
      ...file.buildStages && { buildStages: file.buildStages }
    },
    failLevel: overrides.failLevel ?? file.failLevel ?? DEFAULT_FAIL_LEVEL
  };
}

// src/fix/apply.ts
var MAX_PASSES = 10;
function applyEdits(text, edits, tick = () => {
}) {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || b.i - a.i);
  const parts = [];
  let at = 0;
  for (const { e } of sorted) {
    tick();
    parts.push(text.slice(at, e.start), e.text);
    at = Math.max(at, e.end);
  }
  parts.push(text.slice(at));
  return parts.join("");
}
function overlaps2(a, b) {
  return a.start < b.end && b.start < a.end ? true : a.start === b.start && a.end === a.start && b.end === b.start;
}
function selectFixes(findings, unsafe, tick = () => {
}) {
  const taken = [];
  const edits = [];
  const lowerBound = (start) => {
    let lo = 0;
    let hi = edits.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (edits[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const overlapsTaken = (e) => {
    const at = lowerBound(e.start);
    const last = at > 0 ? edits[at - 1].start : null;
    for (let i = at - 1; i >= 0 && edits[i].start === last; i--) if (overlaps2(e, edits[i])) return true;
    for (let i = at; i < edits.length && edits[i].start <= e.end; i++) if (overlaps2(e, edits[i])) return true;
    return false;
  };
  for (const finding of findings) {
    tick();
    const fix = finding.fix;
    if (!fix || fix.edits.length === 0 || fix.safety === "unsafe" && !unsafe) continue;
    if (fix.edits.some(overlapsTaken)) continue;
    taken.push({ finding, fix });
    for (const e of fix.edits) edits.splice(lowerBound(e.start), 0, e);
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
    return fixPasses(text, { ...options, tick: options.tick ?? budgetTick(options.deadline) });
  } catch (err) {
    if (err instanceof BudgetExceeded) return { output: text, applied: [], remaining: [], passes: 0, problem: err.message, outOfTime: true };
    throw err;
  }
}
function fixPasses(text, options) {
  const { tick } = options;
  const model = (t) => buildModel(t, modelOptions(options));
  let current = text;
  let build = model(current);
  const baseErrors = shellErrors(build);
  let findings = lintBuild(build, options).findings;
  const seen = /* @__PURE__ */ new Set([current]);
  const initial = findings;
  const applied = [];
  let passes = 0;
  let problem;
  while (passes < MAX_PASSES) {
    const chosen = selectFixes(findings, options.unsafe, tick);
    if (chosen.length === 0) break;
    passes++;
    const next = applyEdits(current, chosen.flatMap((c) => c.fix.edits), tick);
    if (next === current) break;
    if (seen.has(next)) {
      const rules = [...new Set(chosen.map((c) => c.finding.ruleId))].sort().join(", ");
      return { output: text, applied: [], remaining: initial, passes, problem: `fixes undo each other (a cycle, ${rules}); nothing fixed, the file is left as it was` };
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
  const unsettled = passes === MAX_PASSES ? selectFixes(findings, options.unsafe, tick) : [];
  if (unsettled.length > 0 && problem === void 0) {
    const rules = [...new Set(unsettled.map((c) => c.finding.ruleId))].sort().join(", ");
    return { output: text, applied: [], remaining: initial, passes, problem: `fixes did not settle in ${MAX_PASSES} passes (${rules} kept offering a fix); nothing fixed, the file is left as it was` };
  }
  const outcome = { output: current, applied, remaining: findings, passes };
  if (problem) outcome.problem = problem;
  return outcome;
}

// src/lsp/pool.ts
function crashOf(error) {
  return error instanceof Error ? { crash: error.message, ...error.stack !== void 0 && { stack: error.stack } } : { crash: String(error) };
}
function runHere(job, ruleIds) {
  const options = { config: job.config, maxSize: job.maxSize, deadline: deadlineIn(job.timeout) };
  if (job.kind === "fix") return { fix: fixText(job.text, { ...options, unsafe: false }) };
  const result = lintText(job.text, options);
  return { lint: { result, ignoreProblems: result.error === void 0 ? ignoreProblems(job.text, ruleIds) : [] } };
}

// src/cli/lint-worker.ts
var WARM_UP = "FROM alpine:3.23\nRUN apk add curl\nFROM debian:bookworm\nRUN apt-get update && apt-get install -y curl\n";
if (workerData?.serve === true) serve();
else lintStream(workerData);
function lintStream(request) {
  const configs = /* @__PURE__ */ new Map();
  parentPort.on("message", (task) => {
    if (task.config) configs.set(task.configId, task.config);
    let reply;
    const deadline = deadlineIn(request.timeout);
    try {
      reply = { id: task.id, at: deadline.at, result: lintText(task.text, { config: configs.get(task.configId), maxSize: request.maxSize, deadline }) };
    } catch (error) {
      reply = { id: task.id, at: deadline.at, crash: error instanceof Error ? error.message : String(error) };
    }
    parentPort.postMessage(reply);
  });
}
function serve() {
  const ruleIds = RULES.map((r) => r.id);
  const stall = { lint: process.env.HARDENFILE_TEST_STALL, fix: process.env.HARDENFILE_TEST_STALL_FIX };
  const grow = process.env.HARDENFILE_TEST_GROW;
  const exit = process.env.HARDENFILE_TEST_EXIT;
  lintText(WARM_UP, { config: resolveConfig({}).config });
  parentPort.on("message", (job) => {
    parentPort.postMessage({ id: job.id, started: true });
    let reply;
    try {
      const marker = stall[job.kind];
      if (marker && job.text.includes(marker)) for (; ; ) ;
      if (grow && job.text.includes(grow)) for (const held = []; ; ) held.push(new Array(1024).fill(held.length));
      if (exit && job.text.includes(exit)) process.exit(70);
      reply = { id: job.id, ...runHere(job, ruleIds) };
    } catch (error) {
      reply = { id: job.id, ...crashOf(error) };
    }
    parentPort.postMessage(reply);
  });
}
