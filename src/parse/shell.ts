// The shell layer: a reader of POSIX sh (with the bash words RUN scripts use) that turns the text
// of one RUN into the simple commands of shell-types.ts.
//
//   parseShell(script: ShellScript): ParsedRun    synchronous, pure, never throws on bad input
//
// One recursive-descent pass over the script text, emitting commands as it meets them: no syntax
// tree is built. It replaced web-tree-sitter with the tree-sitter-bash grammar at run time
// (issue 7: the grammar cost ~25 ms to start and a third of each lint); that adapter is kept in
// test/parse/tree-sitter-oracle.ts as the oracle of the differential test.
//
// What it models, and how the output reads:
// - lists (`;` `&` newline), and-or lists (`&&` `||`), pipelines (`|` `|&`) are one flat list per
//   compound list, each command carrying the operator before it (`joinedBy`);
// - `{ …; }`, `( … )`, if/while/until/for/case, function definitions and `(( … ))` take one slot in
//   the enclosing list and open lists of their own; a redirect written after one of them holds for
//   every command inside (`group`);
// - a pipeline stage, a subshell, a command put in the background and a `$( … )` / backtick /
//   `<( … )` body each get a new scope; substitution bodies are parsed where they stand, their
//   commands following the one they are in;
// - commands that may not run carry the arms they are in (`branch`): if/elif/else bodies, case
//   items, and what follows `||` or `&&` behind a test;
// - heredoc bodies are read at the next newline outside quotes, also inside `$( … )`;
// - words keep their raw text and are split into literal, variable, substitution and dynamic parts.
// Syntax it cannot read sets `hasErrors`; the commands read so far are kept.

import type {
  Assignment,
  Branch,
  Command,
  ParsedRun,
  Redirect,
  ShellScript,
  Span,
  Word,
  WordPart,
} from './shell-types.js';

/** `tick`: called once a command and once a word read, to let a time budget stop the read (it throws). */
export function parseShell(script: ShellScript, tick: () => void = () => {}): ParsedRun {
  const parser = new ShellParser(script, tick);
  try {
    parser.parseProgram();
  } catch (error) {
    // Nesting beyond MAX_DEPTH (hundreds of `(` or `$(`), or a stack that ran out first: the
    // commands read to their end before it are kept (one still being read has an empty extent),
    // and where it stopped is said (`nestedTooDeep`).
    if (error instanceof NestingTooDeep || error instanceof RangeError) {
      const stop = script.toFile(parser.position);
      const done = parser.commands.filter((c) => c.extent.end > c.extent.start && c.extent.end <= stop);
      return { script, commands: done, hasErrors: true, nestedTooDeep: parser.position };
    }
    throw error;
  }
  return { script, commands: parser.commands, hasErrors: parser.errors };
}

class NestingTooDeep extends Error {}

/**
 * Where, in `text[from, end)`, an operand follows another with only blanks between (`apk add`),
 * which no arithmetic expression has; -1 when there is none. Operands are words of name
 * characters, `$…` expansions and quoted strings (skipped whole); `)` ends one too.
 */
function juxtaposedOperands(text: string, from: number, end: number): number {
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
      // `$(…)`, `${…}`: to the matching close, counting the bracket only.
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

/** Levels of nesting the reader follows: each `(`, `{`, compound command, and `$(` (with its command) is one. */
export const MAX_SHELL_DEPTH = 400;
const MAX_DEPTH = MAX_SHELL_DEPTH;

// Character codes.
const TAB = 9;
const NL = 10;
const CR = 13;
const SP = 32;
const BANG = 33;
const DQ = 34;
const HASH = 35;
const DOLLAR = 36;
const AMP = 38;
const SQ = 39;
const LP = 40;
const RP = 41;
const SEMI = 59;
const LT = 60;
const GT = 62;
const LB = 91;
const BS = 92;
const BT = 96;
const LC = 123;
const PIPE = 124;
const RC = 125;

/** Ends an unquoted word: blanks, newline and the operator characters. */
const META = new Uint8Array(128);
for (const c of [TAB, NL, CR, SP, SEMI, AMP, PIPE, LT, GT, LP, RP]) META[c] = 1;

/** Reserved words that close a compound list (recognised only where a command could start). */
const CLOSERS = new Set(['then', 'elif', 'else', 'fi', 'do', 'done', 'esac', '}']);
const OPENERS = new Set(['if', 'while', 'until', 'for', 'select', 'case', '{', 'function', '!', '[[']);
/** The reserved words (closers, openers and `in`) by length: a word is compared without being sliced out. */
const RESERVED_BY_LENGTH: readonly (readonly string[])[] = [[], [], [], [], [], [], [], [], [], []];
for (const word of [...CLOSERS, ...OPENERS, 'in']) (RESERVED_BY_LENGTH[word.length] as string[]).push(word);

/** Commands whose `NAME=value` arguments are assignments. */
const DECLARATIONS = new Set(['export', 'local', 'declare', 'readonly', 'typeset']);

const ASSIGNMENT = /([A-Za-z_][A-Za-z0-9_]*(?:\[[^\]\s]*\])?)\+?=/y;
const FUNCTION_DEF = /[A-Za-z_][A-Za-z0-9_.:-]*[ \t]*\([ \t]*\)/y;
/** What may follow a `$`: 1 for the characters of a name (`[A-Za-z0-9_]`), 2 for `@*#?$!-`. */
const PARAM = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) PARAM[c] = 1;
}
for (const c of '@*#?$!-') PARAM[c.charCodeAt(0)] = 2;

function isNameCode(c: number): boolean {
  return c >= 0 && c < 128 && PARAM[c] === 1;
}

interface Context {
  scope: number;
  inSubstitution: boolean;
}

interface ListState {
  id: number;
  next: number;
}

interface PendingHeredoc {
  op: '<<' | '<<-';
  name: string;
  heredoc: NonNullable<Redirect['heredoc']>;
}

class ShellParser {
  readonly commands: Command[] = [];
  errors = false;
  private pos = 0;
  private readonly text: string;
  private readonly n: number;
  /** Parent of each scope; scope 0 is the script's own. */
  private readonly scopeParents: (number | null)[] = [null];
  private nextList = 0;
  private pending: PendingHeredoc[] = [];
  /** How many backtick substitutions enclose the position: a backtick then ends words and lists. */
  private backticks = 0;
  private depth = 0;
  /** For each `(`, its closing `)` (built at the first `((`), and where two operands were last found side by side. */
  private parens: Int32Array | null = null;
  private juxtaposed = -1;
  /** The `if`/`case` arms enclosing the position (shared by the commands read there), and the next construct's id. */
  private branch: readonly Branch[] = [];
  private nextConstruct = 0;
  /** How many substitution bodies enclose the position, and for each command how many enclose it. */
  private substitutions = 0;
  private readonly substitutionsOf: number[] = [];

  /** Where the reader is in the script text. */
  get position(): number {
    return this.pos;
  }

  constructor(
    private readonly script: ShellScript,
    private readonly tick: () => void,
  ) {
    this.text = script.text;
    this.n = script.text.length;
  }

  parseProgram(): void {
    const ctx: Context = { scope: 0, inSubstitution: false };
    for (;;) {
      this.parseList(ctx);
      if (this.pos >= this.n) break;
      // A closer nothing opened (`fi`, `)`, `;;`): an error; read on after it.
      this.errors = true;
      this.skipStray();
    }
    this.endHeredocs();
  }

  // -------------------------------------------------------------------------------------------
  // Characters

  private code(at = this.pos): number {
    return at < this.n ? this.text.charCodeAt(at) : -1;
  }

  private isMeta(c: number): boolean {
    return c < 0 || (c < 128 && META[c] === 1) || (c === BT && this.backticks > 0);
  }

  /** Blanks, `\`+newline and comments; stops at a newline. */
  private skipBlanks(): void {
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
  private skipLinebreaks(): void {
    for (;;) {
      this.skipBlanks();
      if (this.code() !== NL) return;
      this.newline();
    }
  }

  /** Consumes a newline; the bodies of heredocs begun on the line that ends here follow it. */
  private newline(): void {
    this.pos++;
    if (this.pending.length > 0) this.readHeredocs();
  }

  /** The reserved word at the position, if the word there is exactly one. */
  private reservedAt(): string | null {
    const c = this.code();
    if (!((c >= 97 && c <= 122) || c === LC || c === RC || c === LB || c === BANG)) return null;
    let e = this.pos + 1;
    while (e < this.n && e - this.pos <= 8) {
      const d = this.text.charCodeAt(e);
      if (this.isMeta(d)) break;
      if (d === SQ || d === DQ || d === BS || d === DOLLAR || d === BT) return null;
      e++;
    }
    if (e < this.n && !this.isMeta(this.text.charCodeAt(e))) return null;
    // Most command names (`apt-get`, `apk`) have no reserved word of their length or start unlike them.
    for (const word of RESERVED_BY_LENGTH[e - this.pos]!) if (this.text.startsWith(word, this.pos)) return word;
    return null;
  }

  /** At the end of a compound list: EOF, `)`, `;;`, a closing backtick or a closing reserved word. */
  private atCloser(): boolean {
    const c = this.code();
    if (c < 0 || c === RP) return true;
    if (c === BT && this.backticks > 0) return true;
    if (c === SEMI && this.code(this.pos + 1) === SEMI) return true;
    if (c === SEMI && this.code(this.pos + 1) === AMP) return true;
    const word = this.reservedAt();
    return word !== null && CLOSERS.has(word);
  }

  private skipStray(): void {
    const word = this.reservedAt();
    this.pos += word ? word.length : 1;
  }

  private expectWord(word: string): boolean {
    this.skipLinebreaks();
    if (this.reservedAt() === word) {
      this.pos += word.length;
      return true;
    }
    this.errors = true;
    return false;
  }

  private expectChar(c: number): boolean {
    this.skipLinebreaks();
    if (this.code() === c) {
      this.pos++;
      return true;
    }
    this.errors = true;
    return false;
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) throw new NestingTooDeep();
  }

  // -------------------------------------------------------------------------------------------
  // Lists and compound commands

  private newScope(parent: number): number {
    this.scopeParents.push(parent);
    return this.scopeParents.length - 1;
  }

  /**
   * Moves what was read since `before` (commands) and `scopesBefore` (scopes) from `parent` into a
   * new scope under it, once it turns out to run in a subshell (a first pipeline stage, a `… &`).
   */
  private ownScope(before: number, scopesBefore: number, parent: number): void {
    const scope = this.newScope(parent);
    for (let k = scopesBefore; k < scope; k++) if (this.scopeParents[k] === parent) this.scopeParents[k] = scope;
    for (let i = before; i < this.commands.length; i++) {
      const command = this.commands[i]!;
      if (command.scope === parent) {
        command.scope = scope;
        command.parentScope = parent;
      } else if (command.parentScope === parent) {
        command.parentScope = scope;
      }
    }
  }

  /** A compound list that sh requires to hold a statement (`if`, `then`, `{`, `do`, …). */
  private parseBody(ctx: Context): void {
    if (this.parseList(ctx) === 0) this.errors = true;
  }

  /** A compound list: statements up to a closer, all in one list. Returns how many it read. */
  private parseList(ctx: Context): number {
    const list: ListState = { id: this.nextList++, next: 0 };
    let joiner: string | null = null;
    for (;;) {
      this.skipBlanks();
      const c = this.code();
      if (c === NL) {
        this.newline();
        if (list.next > 0) joiner ??= ';';
        continue;
      }
      if (this.atCloser()) return list.next;
      const start = this.pos;
      const before = this.commands.length;
      const scopesBefore = this.scopeParents.length;
      this.parseAndOr(ctx, list, list.next === 0 ? null : (joiner ?? ';'));
      joiner = null;
      this.skipBlanks();
      const d = this.code();
      if (d === SEMI && this.code(this.pos + 1) !== SEMI && this.code(this.pos + 1) !== AMP) {
        this.pos++;
        joiner = ';';
      } else if (d === AMP && this.code(this.pos + 1) !== AMP) {
        // An asynchronous list runs in a subshell: its `cd` and exports stay there.
        this.pos++;
        joiner = '&';
        this.ownScope(before, scopesBefore, ctx.scope);
      } else if (d !== NL && !this.atCloser()) {
        // Something no statement can start with (`a (b)`, a stray `;`): skip it.
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
  private parseAndOr(ctx: Context, list: ListState, joiner: string | null): void {
    let last = this.commands.length;
    this.parsePipeline(ctx, list, joiner);
    let construct = -1;
    let arm = 0;
    for (;;) {
      this.skipBlanks();
      const c = this.code();
      const d = this.code(this.pos + 1);
      let op: string;
      if (c === AMP && d === AMP) op = '&&';
      else if (c === PIPE && d === PIPE) op = '||';
      else return;
      this.pos += 2;
      this.skipLinebreaks();
      if (this.atCloser()) {
        this.errors = true;
        return;
      }
      if (op === '||' || (construct < 0 && this.isTest(this.commands[last]))) {
        if (construct < 0) construct = this.nextConstruct++;
        arm++;
      }
      last = this.commands.length;
      if (construct < 0) this.parsePipeline(ctx, list, op);
      else this.inArm(construct, arm, () => this.parsePipeline(ctx, list, op));
    }
  }

  private isTest(command: Command | undefined): boolean {
    const name = command?.name?.value;
    return name === '[' || name === '[[' || name === 'test';
  }

  private parsePipeline(ctx: Context, list: ListState, joiner: string | null): void {
    this.skipBlanks();
    while (this.reservedAt() === '!') {
      this.pos++;
      this.skipBlanks();
    }
    const before = this.commands.length;
    const scopesBefore = this.scopeParents.length;
    this.parseCommand(ctx, list, joiner);
    this.skipBlanks();
    if (!(this.code() === PIPE && this.code(this.pos + 1) !== PIPE)) return;
    // A pipeline: each stage runs in a scope of its own, the first one too.
    this.ownScope(before, scopesBefore, ctx.scope);
    while (this.code() === PIPE && this.code(this.pos + 1) !== PIPE) {
      const op = this.code(this.pos + 1) === AMP ? '|&' : '|';
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

  private parseCommand(ctx: Context, list: ListState, joiner: string | null): void {
    this.tick();
    this.enter();
    try {
      this.skipBlanks();
      while (this.reservedAt() === '!') {
        // `!` negates a whole pipeline and stands only before it (parsePipeline reads it there).
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
      if (word !== null && OPENERS.has(word) && word !== '!' && word !== '[[') {
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
  private parseCompound(word: string, ctx: Context): void {
    switch (word) {
      case '{':
        this.parseBody(ctx);
        this.expectWord('}');
        return;
      case 'if': {
        // The first condition always runs; each body, and each elif's condition, is an arm.
        const construct = this.nextConstruct++;
        let arm = 0;
        this.parseBody(ctx);
        this.expectWord('then');
        this.inArm(construct, arm++, () => this.parseBody(ctx));
        for (;;) {
          this.skipLinebreaks();
          const next = this.reservedAt();
          if (next === 'elif') {
            this.pos += 4;
            this.inArm(construct, arm++, () => {
              this.parseBody(ctx);
              this.expectWord('then');
              this.parseBody(ctx);
            });
          } else if (next === 'else') {
            this.pos += 4;
            this.inArm(construct, arm++, () => this.parseBody(ctx));
          } else break;
        }
        this.expectWord('fi');
        return;
      }
      case 'while':
      case 'until':
        this.parseBody(ctx);
        this.expectWord('do');
        this.parseBody(ctx);
        this.expectWord('done');
        return;
      case 'for':
      case 'select':
        this.parseFor(ctx);
        return;
      case 'case':
        this.parseCase(ctx);
        return;
      case 'function': {
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

  private parseFunctionBody(ctx: Context): void {
    this.skipLinebreaks();
    const word = this.reservedAt();
    if (this.code() === LP) {
      this.pos++;
      this.parseBody(ctx);
      this.expectChar(RP);
    } else if (word === '{') {
      this.pos++;
      this.parseBody(ctx);
      this.expectWord('}');
    } else if (word !== null && OPENERS.has(word) && word !== '!' && word !== '[[') {
      this.pos += word.length;
      this.parseCompound(word, ctx);
    } else {
      this.errors = true;
    }
  }

  private parseFor(ctx: Context): void {
    this.skipBlanks();
    if (this.code() === LP && this.code(this.pos + 1) === LP) {
      this.skipArithmetic(this.pos + 2, ctx);
    } else {
      const start = this.pos;
      while (!this.isMeta(this.code())) this.pos++;
      if (this.pos === start) this.errors = true;
      this.skipLinebreaks();
      if (this.reservedAt() === 'in') {
        this.pos += 2;
        // The words' substitutions run; the words themselves are values, not commands.
        for (;;) {
          this.skipBlanks();
          const c = this.code();
          if (c < 0 || c === NL || c === SEMI || this.isMeta(c)) break;
          this.parseWord(ctx);
        }
      }
    }
    this.skipBlanks();
    if (this.code() === SEMI) this.pos++;
    this.expectWord('do');
    this.parseBody(ctx);
    this.expectWord('done');
  }

  /** Parses inside one arm of an `if` or `case`: the commands read there carry it in `branch`. */
  private inArm(construct: number, arm: number, parse: () => void): void {
    const outer = this.branch;
    this.branch = [...outer, { construct, arm }];
    try {
      parse();
    } finally {
      this.branch = outer;
    }
  }

  private parseCase(ctx: Context): void {
    this.skipBlanks();
    if (this.isMeta(this.code())) this.errors = true;
    else this.parseWord(ctx);
    if (!this.expectWord('in')) return;
    const construct = this.nextConstruct++;
    for (let arm = 0; ; arm++) {
      this.skipLinebreaks();
      if (this.code() < 0 || this.reservedAt() === 'esac') break;
      if (this.code() === LP) this.pos++;
      // Patterns, `|`-separated, up to `)`.
      for (;;) {
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
        // `;;`, `;&` or `;;&`.
        this.pos += this.code(this.pos + 1) === SEMI && this.code(this.pos + 2) === AMP ? 3 : 2;
      } else if (this.reservedAt() !== 'esac') {
        this.errors = true;
        return;
      }
    }
    this.expectWord('esac');
  }

  /**
   * Whether the `((` just before `from` opens arithmetic. bash reads it so when the parenthesis
   * opened second closes right before a `)`, else as a subshell in a subshell (`((cd x && make) || true)`),
   * and `$((` likewise; dash reads every `((` at a command's start as two subshells, and the
   * arithmetic reading is only ever bash's, so it takes the bash rule. A scan of parentheses only.
   */
  private arithmeticAt(from: number): boolean {
    const close = this.closingParen(from - 1);
    return close === -1 || this.code(close + 1) === RP;
  }

  /**
   * A `((` at a command's start, read as arithmetic by the rule above unless what it holds cannot
   * be arithmetic: two operands with only blanks between (`((apk add curl))`). bash would fail on
   * it at run time, so a RUN that builds runs it with an sh (dash, busybox ash) that reads two
   * subshells, and its commands are read as such.
   */
  private arithmeticCommandAt(from: number): boolean {
    if (!this.arithmeticAt(from)) return false;
    const close = this.closingParen(from - 1);
    const end = close === -1 ? this.n : close;
    // Nested `((((…` all hold the same two operands: found once, it answers for each level.
    if (this.juxtaposed >= from && this.juxtaposed < end) return false;
    const at = juxtaposedOperands(this.text, from, end);
    if (at === -1) return true;
    this.juxtaposed = at;
    return false;
  }

  /** The `)` that closes the `(` at `open` (a count of parentheses only, as bash's first look is), or -1. */
  private closingParen(open: number): number {
    if (!this.parens) {
      this.parens = new Int32Array(this.n).fill(-1);
      const stack: number[] = [];
      for (let i = 0; i < this.n; i++) {
        const c = this.text.charCodeAt(i);
        if (c === LP) stack.push(i);
        else if (c === RP && stack.length > 0) this.parens[stack.pop()!] = i;
      }
    }
    return this.parens[open] ?? -1;
  }

  /**
   * `(( … ))`, from just after the opening `((`: its words are not commands, but the `$( … )` and
   * backtick substitutions in it run (`-j$(( $(nproc) + 1 ))`).
   */
  private skipArithmetic(from: number, ctx: Context): void {
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
        // Inside backticks the next one closes them, not a substitution of its own.
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
  private groupRedirects(before: number, ctx: Context): void {
    for (;;) {
      this.skipBlanks();
      if (!this.redirectAt()) return;
      const end = this.commands.length;
      const redirect = this.parseRedirect(ctx);
      for (let i = before; i < end; i++) {
        const command = this.commands[i]!;
        // Not to the commands of a `$( … )` in the group: their output goes to the substitution.
        if (this.substitutionsOf[i] === this.substitutions) command.redirects.push({ ...redirect, group: true });
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Simple commands

  private parseSimple(ctx: Context, list: ListState, joiner: string | null): void {
    const start = this.pos;
    const command: Command = {
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
      branch: this.branch,
    };
    const index = this.commands.length;
    this.commands.push(command);
    this.substitutionsOf.push(this.substitutions);
    let end = start;
    let declaration = false;
    let test = false;
    for (;;) {
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
      // Inside `[[ … ]]`, `<` and `>` compare strings: `[[ 2<3 ]]` has no redirect.
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
          test = command.name.raw === '[[';
        }
      } else {
        const assignment = declaration ? this.parseAssignment(ctx) : null;
        if (assignment) {
          command.args.push(assignment.word);
          command.assignments.push(assignment.assignment);
        } else {
          const word = this.parseWord(ctx);
          command.args.push(word);
          if (test && word.raw === ']]') test = false;
        }
      }
      end = this.pos;
    }
    if (test) this.errors = true;
    if (end === start) {
      // Nothing a command is made of (`&& &&`, `|` at the start): no command.
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
  private testToken(): Word | null {
    const c = this.code();
    const d = this.code(this.pos + 1);
    let length = 0;
    if ((c === AMP && d === AMP) || (c === PIPE && d === PIPE)) length = 2;
    // A single `|` too: bash reads `[[ $a =~ ^(x|y)$ ]]` as one regex.
    else if (c === LP || c === RP || c === LT || c === GT || c === PIPE) length = 1;
    if (length === 0) return null;
    const start = this.pos;
    this.pos += length;
    const raw = this.text.slice(start, this.pos);
    return { raw, value: raw, parts: [{ kind: 'literal', text: raw }], span: this.span(start, this.pos), at: start };
  }

  /** `NAME=value` at the position: reads it, with the whole word for declaration arguments. */
  private parseAssignment(ctx: Context): { assignment: Assignment; word: Word } | null {
    ASSIGNMENT.lastIndex = this.pos;
    const m = ASSIGNMENT.exec(this.text);
    if (!m) return null;
    const start = this.pos;
    this.pos = ASSIGNMENT.lastIndex;
    let value: Word;
    if (this.code() === LP) {
      // An array, `A=(a b)`: not statically known.
      const valueStart = this.pos;
      this.skipParens();
      const raw = this.text.slice(valueStart, this.pos);
      value = { raw, value: null, parts: [{ kind: 'dynamic', raw }], span: this.span(valueStart, this.pos), at: valueStart };
    } else if (this.isMeta(this.code())) {
      value = { raw: '', value: '', parts: [], span: this.span(this.pos, this.pos), at: this.pos };
    } else {
      value = this.parseWord(ctx);
    }
    const parts = mergeLiterals([{ kind: 'literal', text: m[0] }, ...value.parts]);
    const word: Word = { raw: this.text.slice(start, this.pos), value: literalValue(parts), parts, span: this.span(start, this.pos), at: start };
    return { assignment: { name: m[1]!, value, span: this.span(start, this.pos) }, word };
  }

  /** Skips `( … )` with nesting and quotes, from the `(`. */
  private skipParens(): void {
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

  private skipQuoted(q: number): void {
    let i = this.pos + 1;
    while (i < this.n && this.text.charCodeAt(i) !== q) i += q === DQ && this.text.charCodeAt(i) === BS ? 2 : 1;
    if (i >= this.n) this.errors = true;
    this.pos = Math.min(i + 1, this.n);
  }

  // -------------------------------------------------------------------------------------------
  // Redirects and heredocs

  /** A redirect operator at the position (with its fd digits); `<(` and `>(` are words. */
  private redirectAt(): boolean {
    let i = this.pos;
    while (i < this.n && this.text.charCodeAt(i) >= 48 && this.text.charCodeAt(i) <= 57) i++;
    const c = this.code(i);
    if (c === LT || c === GT) return this.code(i + 1) !== LP || i > this.pos;
    return i === this.pos && c === AMP && this.code(i + 1) === GT;
  }

  private parseRedirect(ctx: Context): Redirect {
    const start = this.pos;
    let fd: number | null = null;
    while (this.code() >= 48 && this.code() <= 57) this.pos++;
    if (this.pos > start) fd = Number(this.text.slice(start, this.pos));
    const op = this.redirectOperator();
    this.pos += op.length;
    const opEnd = this.pos;
    this.skipBlanks();
    if (op === '<<' || op === '<<-') return this.parseHeredoc(op, fd, start, opEnd, ctx);
    let target: Word | null = null;
    if (!this.isMeta(this.code()) || this.processAt()) target = this.parseWord(ctx);
    else this.errors = true;
    return { op, fd, target, span: this.span(start, target ? this.pos : opEnd) };
  }

  private redirectOperator(): string {
    const t = this.text;
    const p = this.pos;
    if (t.startsWith('<<<', p)) return '<<<';
    if (t.startsWith('<<-', p)) return '<<-';
    for (const op of ['<<', '<>', '<&', '>>', '>&', '>|', '&>>', '&>']) if (t.startsWith(op, p)) return op;
    return t[p]!;
  }

  private parseHeredoc(op: '<<' | '<<-', fd: number | null, start: number, opEnd: number, ctx: Context): Redirect {
    let target: Word | null = null;
    if (!this.isMeta(this.code())) target = this.parseWord(ctx);
    else this.errors = true;
    const raw = target?.raw ?? '';
    const heredoc = { body: '', span: null as Span | null, quoted: /['"\\]/.test(raw) };
    this.pending.push({ op, name: raw.replace(/\\(.)|['"]/g, '$1'), heredoc });
    return { op, fd, target, heredoc, span: this.span(start, target ? this.pos : opEnd) };
  }

  /** After the newline that ends a line with heredocs: their bodies, one after the other. */
  private readHeredocs(): void {
    const { text, n } = this;
    for (const doc of this.pending) {
      const bodyStart = this.pos;
      let bodyEnd = n;
      let pos = this.pos;
      while (pos < n) {
        const nl = text.indexOf('\n', pos);
        const lineEnd = nl === -1 ? n : nl;
        let line = text.slice(pos, lineEnd);
        if (line.endsWith('\r')) line = line.replace(/\r+$/, '');
        if (doc.op === '<<-') line = line.replace(/^\t+/, '');
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
      doc.heredoc.body = doc.op === '<<-' ? body.replace(/^\t+/gm, '') : body;
      doc.heredoc.span = this.script.spanToFile(bodyStart, bodyEnd);
    }
    this.pending = [];
  }

  /** Heredocs begun on the last line: empty bodies at the end. */
  private endHeredocs(): void {
    for (const doc of this.pending) doc.heredoc.span = this.script.spanToFile(this.n, this.n);
    this.pending = [];
  }

  // -------------------------------------------------------------------------------------------
  // Words

  private parseWord(ctx: Context): Word {
    this.tick();
    const { text } = this;
    const start = this.pos;
    const parts: WordPart[] = [];
    let run = -1;
    const flush = (): void => {
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
        parts.push({ kind: 'literal', text: text.slice(this.pos + 1, end) });
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

  private makeWord(start: number, parts: WordPart[]): Word {
    const merged = mergeLiterals(parts);
    return { raw: this.text.slice(start, this.pos), value: literalValue(merged), parts: merged, span: this.span(start, this.pos), at: start };
  }

  /** `"…"` (or `$"…"`, from its `"`): literal stretches and the expansions between them. */
  private parseDouble(ctx: Context, parts: WordPart[]): void {
    const { text } = this;
    this.pos++;
    let lit = this.pos;
    const flush = (): void => {
      if (this.pos > lit) parts.push({ kind: 'literal', text: unescapeDouble(text.slice(lit, this.pos)) });
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
  private expansionAt(quoted: boolean): boolean {
    const d = this.code(this.pos + 1);
    if (d === LC || d === LP) return true;
    if (d === SQ || d === DQ) return !quoted;
    return d >= 0 && d < 128 && PARAM[d] !== 0;
  }

  private parseDollar(ctx: Context, quoted: boolean): WordPart {
    const { text } = this;
    const start = this.pos;
    const d = this.code(start + 1);
    if (d === SQ && !quoted) {
      let i = start + 2;
      while (i < this.n && text.charCodeAt(i) !== SQ) i += text.charCodeAt(i) === BS ? 2 : 1;
      if (i >= this.n) this.errors = true;
      this.pos = Math.min(i + 1, this.n);
      return { kind: 'literal', text: decodeAnsiC(text.slice(start + 2, Math.min(i, this.n))) };
    }
    if (d === DQ && !quoted) {
      this.pos++;
      const parts: WordPart[] = [];
      this.parseDouble(ctx, parts);
      // A one-part translated string is that part; more are not one static value.
      const merged = mergeLiterals(parts);
      return merged.length === 1 ? merged[0]! : merged.length === 0 ? { kind: 'literal', text: '' } : { kind: 'dynamic', raw: text.slice(start, this.pos) };
    }
    if (d === LP) {
      if (this.code(start + 2) === LP && this.arithmeticAt(start + 3)) {
        this.skipArithmetic(start + 3, ctx);
        return { kind: 'dynamic', raw: text.slice(start, this.pos) };
      }
      this.pos = start + 2;
      const inner = this.parseSubstitutionBody(ctx, RP);
      return { kind: 'substitution', raw: inner };
    }
    if (d === LC) return this.parseBraced(ctx);
    // `$NAME`, `$1`, `$@` …
    let end = start + 2;
    if (d === 95 || (d >= 65 && d <= 90) || (d >= 97 && d <= 122)) {
      while (end < this.n && isNameCode(text.charCodeAt(end))) end++;
    }
    this.pos = end;
    return { kind: 'variable', name: text.slice(start + 1, end) };
  }

  /** `${…}`: its operand's substitutions run. */
  private parseBraced(ctx: Context): WordPart {
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
    return { kind: 'dynamic', raw: text.slice(start) };
  }

  /** `` `…` ``, from the opening backtick. */
  private parseBacktick(ctx: Context): WordPart {
    this.pos++;
    this.backticks++;
    const inner = this.parseSubstitutionBody(ctx, BT);
    this.backticks--;
    return { kind: 'substitution', raw: inner };
  }

  /** The statements of a substitution body, up to `close` (consumed); returns the inner text. */
  private parseSubstitutionBody(ctx: Context, close: number): string {
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

  private processAt(): boolean {
    const c = this.code();
    return (c === LT || c === GT) && this.code(this.pos + 1) === LP;
  }

  /** `<(…)` / `>(…)` in a word position. */
  private parseProcessSubstitution(ctx: Context): WordPart {
    const start = this.pos;
    this.pos += 2;
    this.parseSubstitutionBody(ctx, RP);
    return { kind: 'dynamic', raw: this.text.slice(start, this.pos) };
  }

  private span(start: number, end: number): Span | null {
    return this.script.spanToFile(start, end);
  }

  private extent(start: number, end: number): Span {
    const from = this.script.toFile(start);
    return { start: from, end: end > start ? this.script.toFile(end - 1) + 1 : from };
  }
}

// Word helpers, shared with the tree-sitter oracle of the tests.

function literalValue(parts: readonly WordPart[]): string | null {
  let value = '';
  for (const p of parts) {
    if (p.kind !== 'literal') return null;
    value += p.text;
  }
  return value;
}

export function mergeLiterals(parts: WordPart[]): WordPart[] {
  // Most words are one part, or parts already apart: no copy then.
  let merged = true;
  for (let i = 0; i < parts.length && merged; i++) {
    const p = parts[i]!;
    if (p.kind === 'literal' && (p.text === '' || parts[i - 1]?.kind === 'literal')) merged = false;
  }
  if (merged) return parts;
  const out: WordPart[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (p.kind === 'literal' && last?.kind === 'literal') out[out.length - 1] = { kind: 'literal', text: last.text + p.text };
    else if (p.kind !== 'literal' || p.text !== '') out.push(p);
  }
  return out;
}

const PLAIN_SPECIALS = /[\\*?[~{]/;

/** An unquoted stretch: backslash escapes removed; globs, a leading `~` and brace lists are dynamic. */
/** `wordStart`: the stretch begins the word, where a `~` is a home directory (`'a'~b` is literal). */
export function pushUnquoted(parts: WordPart[], raw: string, wordStart = true): void {
  // Most stretches have none of `\ * ? [ ~ {`: then they are their own literal text.
  if (!PLAIN_SPECIALS.test(raw)) parts.push({ kind: 'literal', text: raw });
  else if ((wordStart && raw[0] === '~') || isGlob(raw) || hasBraceList(raw)) parts.push({ kind: 'dynamic', raw });
  else parts.push({ kind: 'literal', text: raw.replace(/\\\n/g, '').replace(/\\(.)/gs, '$1') });
}

/** An unescaped `*` or `?`, or `[` with a `]` after it (a lone `[` is literal, as in `[ -f x ]`). */
function isGlob(raw: string): boolean {
  let bracket = -1;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\\') i++;
    else if (c === '*' || c === '?') return true;
    else if (c === '[' && bracket < 0) bracket = i;
  }
  return bracket >= 0 && raw.indexOf(']', bracket + 1) !== -1;
}

/** `{…,…}` (no `}` between): a scan, as `/\{[^}]*,[^}]*\}/` is quadratic on `{{{…`. */
function hasBraceList(raw: string): boolean {
  let open = false;
  let comma = false;
  for (const c of raw) {
    if (c === '{') open = true;
    else if (c === ',') comma ||= open;
    else if (c === '}') {
      if (comma) return true;
      open = comma = false;
    }
  }
  return false;
}

export function unescapeDouble(raw: string): string {
  if (!raw.includes('\\')) return raw;
  return raw.replace(/\\\n/g, '').replace(/\\([$`"\\])/g, '$1');
}

const ANSI_C: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '?': '?',
};

/**
 * The text of `$'…'` as bash decodes it: the escapes above, `\nnn` octal, `\xHH`, `\uHHHH`,
 * `\UHHHHHHHH` and `\cX` (`\c?` is DEL); any other escape keeps its backslash, and a NUL ends the string.
 */
export function decodeAnsiC(raw: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const slash = raw.indexOf('\\', i);
    if (slash === -1 || slash === raw.length - 1) return out + raw.slice(i);
    out += raw.slice(i, slash);
    const c = raw[slash + 1]!;
    i = slash + 2;
    const simple = ANSI_C[c];
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    let code = 0;
    if (c >= '0' && c <= '7') {
      let k = slash + 1;
      for (; k < slash + 4 && k < raw.length && raw[k]! >= '0' && raw[k]! <= '7'; k++) code = code * 8 + raw.charCodeAt(k) - 48;
      i = k;
    } else if (c === 'x' || c === 'u' || c === 'U') {
      const max = c === 'x' ? 2 : c === 'u' ? 4 : 8;
      let k = i;
      for (; k < i + max && k < raw.length && hexDigit(raw.charCodeAt(k)) >= 0; k++) code = code * 16 + hexDigit(raw.charCodeAt(k));
      if (k === i) {
        out += '\\' + c;
        continue;
      }
      i = k;
    } else if (c === 'c' && i < raw.length) {
      const x = raw.charCodeAt(i++);
      code = x === 63 ? 0x7f : x & 0x1f;
    } else {
      out += '\\' + c;
      continue;
    }
    if (code === 0) return out;
    out += String.fromCodePoint(code > 0x10ffff ? 0xfffd : code);
  }
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const lower = c | 0x20;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

const EXPANSION_OPERATORS = [':-', ':=', ':?', ':+', '##', '%%', '//', '/#', '/%', '^^', ',,', '-', '=', '?', '+', '#', '%', '/', '^', ',', ':'];

/** `${NAME}`, `${NAME:-x}`, …; `${#NAME}` and `${!NAME}` are dynamic. */
export function expansionPart(raw: string): WordPart {
  const inner = raw.slice(2, -1);
  const m = /^([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[@*#?$!-])([\s\S]*)$/.exec(inner);
  if (!m || (inner.length > 1 && (inner[0] === '#' || inner[0] === '!') && m[1] !== inner)) {
    return { kind: 'dynamic', raw };
  }
  const name = m[1]!;
  const rest = m[2]!;
  if (rest === '') return { kind: 'variable', name };
  const operator = EXPANSION_OPERATORS.find((op) => rest.startsWith(op));
  if (!operator) return { kind: 'dynamic', raw };
  return { kind: 'variable', name, operator, operand: rest.slice(operator.length) };
}
