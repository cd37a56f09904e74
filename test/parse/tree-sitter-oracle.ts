// The shell layer as it was built on web-tree-sitter and the tree-sitter-bash grammar, kept as the
// oracle of test/parse/shell-oracle.test.ts after src/parse/shell.ts replaced it at run time.
//
//   initShellParser(): Promise<void>      loads the runtime and grammar once; await before parsing
//   isShellParserReady(): boolean
//   parseShell(script: ShellScript): ParsedRun   synchronous; throws if initShellParser was not awaited
//
// Heredocs are found by a small scanner of our own before tree-sitter runs, and hidden from it
// (operator shortened to `<`, bodies blanked, offsets kept): the grammar mis-nests everything
// written after `<<EOF` on its line (tree-sitter-bash: redirects and `&& cmd` end up inside the
// heredoc node, `;` becomes an ERROR, two heredocs on a line break the parse).
// Two more grammar bugs are corrected in the walker: a redirect on a whole `&&` list or pipeline
// goes to its last command (#345), and words after a mid-command redirect are arguments (#233).
// A redirect on a `{ …; }`, subshell, `if` or loop is copied to every command inside (`group`).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import v8 from 'node:v8';
import type { Language, Node as TsNode, Parser } from 'web-tree-sitter';
import type {
  Assignment,
  Command,
  ParsedRun,
  Redirect,
  ShellScript,
  Span,
  Word,
  WordPart,
} from '../../src/parse/shell-types.js';
import { decodeAnsiC, expansionPart, mergeLiterals, pushUnquoted, unescapeDouble } from '../../src/parse/shell.js';

let parser: Parser | null = null;
let loading: Promise<void> | null = null;

export function isShellParserReady(): boolean {
  return parser !== null;
}

export function initShellParser(): Promise<void> {
  loading ??= load().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

async function load(): Promise<void> {
  // Without this the process waits ~1 s at exit for V8's optimising tier to finish compiling the
  // 1.3 MB grammar (PARSING.md, start-up trap). Must run before the wasm module is compiled.
  v8.setFlagsFromString('--liftoff-only');
  const { Parser: ParserClass, Language: LanguageClass } = await import('web-tree-sitter');
  const require = createRequire(import.meta.url);
  // Located through the package, so the runtime's wasm is found from a bundle as well.
  const runtime = require.resolve('web-tree-sitter/web-tree-sitter.wasm');
  // Both modules are compiled on this thread (~2 ms each with Liftoff). The library's own
  // asynchronous compile waits for V8's background threads, which a busy machine (a CI job, an
  // editor) may not give it for tens of milliseconds.
  await ParserClass.init({
    instantiateWasm(imports: WebAssembly.Imports, receive: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void) {
      const module = new WebAssembly.Module(readFileSync(runtime));
      receive(new WebAssembly.Instance(module, imports), module);
      return {};
    },
  });
  const wasm = require.resolve('tree-sitter-bash/tree-sitter-bash.wasm');
  const language: Language = LanguageClass.loadSync(new WebAssembly.Module(readFileSync(wasm)));
  const p = new ParserClass();
  p.setLanguage(language);
  typeNames = language.types;
  parser = p;
}

export function parseShell(script: ShellScript): ParsedRun {
  if (!parser) {
    throw new Error('parseShell: the shell parser is not loaded; await initShellParser() first');
  }
  const heredocs = scanHeredocs(script.text);
  const tree = parser.parse(heredocs.masked);
  if (!tree) throw new Error('parseShell: tree-sitter returned no tree');
  try {
    const walker = new Walker(script, heredocs.ops);
    walker.walkRoot(toPlain(tree.rootNode));
    return { script, commands: walker.commands, hasErrors: tree.rootNode.hasError };
  } catch (error) {
    // Thousands of nested `$(`/`(` exhaust the walker's recursion: such a script is reported as
    // unreadable (no commands) instead of failing the whole file.
    if (error instanceof RangeError) return { script, commands: [], hasErrors: true };
    throw error;
  } finally {
    tree.delete();
  }
}

// ---------------------------------------------------------------------------------------------
// The syntax tree as plain objects

/**
 * A syntax node copied out of the wasm heap. Every getter of a web-tree-sitter node is a call into
 * wasm that marshals the node again, and the walker reads most nodes several times: copying the
 * tree once costs less than half of walking it in place.
 */
interface Node {
  readonly type: string;
  readonly isNamed: boolean;
  readonly startIndex: number;
  readonly endIndex: number;
  readonly children: readonly Node[];
  readonly namedChildren: readonly Node[];
  /** The few fields the walker asks for (`body`, `name`, `value`). */
  readonly fields: Readonly<Record<string, Node>> | null;
}

const FIELDS: Record<string, readonly string[]> = {
  redirected_statement: ['body'],
  function_definition: ['body'],
  variable_assignment: ['name', 'value'],
};

/** Per type id of the grammar: its name and whether it is named (each a wasm call to ask). */
let typeNames: readonly string[] = [];
const typeIsNamed: boolean[] = [];

function toPlain(node: TsNode): Node {
  // One call for the type id instead of one each for `type` and `isNamed`.
  const id = node.typeId;
  const type = typeNames[id] ?? 'ERROR';
  const isNamed = (typeIsNamed[id] ??= node.isNamed);
  const children: Node[] = [];
  for (const c of node.children) if (c) children.push(toPlain(c));
  let fields: Record<string, Node> | null = null;
  for (const name of FIELDS[type] ?? []) {
    const f = node.childForFieldName(name);
    const copy = f && children.find((c) => c.startIndex === f.startIndex && c.endIndex === f.endIndex && c.type === f.type);
    if (copy) (fields ??= {})[name] = copy;
  }
  const named = children.filter((c) => c.isNamed);
  return {
    type,
    isNamed,
    startIndex: node.startIndex,
    endIndex: node.endIndex,
    children,
    namedChildren: named.length === children.length ? children : named,
    fields,
  };
}

// ---------------------------------------------------------------------------------------------
// Heredoc pre-pass

interface HeredocOp {
  /** Offset of the first `<` of the operator, and the end of `<<` / `<<-`. */
  opStart: number;
  opEnd: number;
  op: '<<' | '<<-';
  name: string;
  quoted: boolean;
  bodyStart: number;
  bodyEnd: number;
  /** End of the terminator line (without its newline); bodyEnd when unterminated. */
  end: number;
}

const WORD_END = /[\s;&|<>()]/;

/** Finds the heredocs of a script and returns the text with them hidden, offsets unchanged. */
function scanHeredocs(text: string): { ops: Map<number, HeredocOp>; masked: string } {
  const ops = new Map<number, HeredocOp>();
  if (!text.includes('<<')) return { ops, masked: text };
  const pending: HeredocOp[] = [];
  const n = text.length;
  const skipQuoted = (i: number): number => {
    const q = text[i];
    let j = i + 1;
    while (j < n && text[j] !== q) j += q === '"' && text[j] === '\\' ? 2 : 1;
    return j + 1;
  };
  let i = 0;
  while (i < n) {
    const c = text[i]!;
    if (c === '\\') {
      i += 2;
    } else if (c === "'" || c === '"') {
      i = skipQuoted(i);
    } else if (c === '$' && text[i + 1] === "'") {
      let j = i + 2;
      while (j < n && text[j] !== "'") j += text[j] === '\\' ? 2 : 1;
      i = j + 1;
    } else if (c === '#' && (i === 0 || /[\s;&|()]/.test(text[i - 1]!))) {
      while (i < n && text[i] !== '\n') i++;
    } else if ((c === '$' && text.startsWith('((', i + 1)) || (c === '(' && text[i + 1] === '(')) {
      // Arithmetic: `<<` there is a shift.
      let j = text.indexOf('(', i);
      let depth = 0;
      for (; j < n; j++) {
        if (text[j] === '(') depth++;
        else if (text[j] === ')' && --depth === 0) break;
      }
      i = j + 1;
    } else if (c === '<' && text[i + 1] === '<') {
      if (text[i + 2] === '<') {
        i += 3;
        continue;
      }
      const op = text[i + 2] === '-' ? '<<-' : '<<';
      let j = i + op.length;
      while (text[j] === ' ' || text[j] === '\t') j++;
      const delimStart = j;
      while (j < n && !WORD_END.test(text[j]!)) {
        if (text[j] === "'" || text[j] === '"') j = skipQuoted(j);
        else j += text[j] === '\\' ? 2 : 1;
      }
      j = Math.min(j, n);
      if (j > delimStart) {
        const raw = text.slice(delimStart, j);
        pending.push({
          opStart: i,
          opEnd: i + op.length,
          op,
          name: raw.replace(/\\(.)|['"]/g, '$1'),
          quoted: /['"\\]/.test(raw),
          bodyStart: 0,
          bodyEnd: 0,
          end: 0,
        });
      }
      i = j;
    } else if (c === '\n' && pending.length > 0) {
      i = readBodies(text, i + 1, pending);
      for (const doc of pending) ops.set(doc.opStart, doc);
      pending.length = 0;
    } else {
      i++;
    }
  }
  if (pending.length > 0) {
    // Heredocs on the last line: empty bodies.
    for (const doc of pending) {
      doc.bodyStart = doc.bodyEnd = doc.end = n;
      ops.set(doc.opStart, doc);
    }
  }
  if (ops.size === 0) return { ops, masked: text };
  const chars = text.split('');
  for (const doc of ops.values()) {
    for (let k = doc.opStart + 1; k < doc.opEnd; k++) chars[k] = ' ';
    for (let k = doc.bodyStart; k < doc.end; k++) if (chars[k] !== '\n') chars[k] = ' ';
  }
  return { ops, masked: chars.join('') };
}

/** Reads the bodies that start after a line with heredocs; returns where scanning resumes. */
function readBodies(text: string, from: number, docs: HeredocOp[]): number {
  let pos = from;
  let resume = from;
  for (const doc of docs) {
    doc.bodyStart = pos;
    doc.bodyEnd = doc.end = resume = text.length;
    while (pos < text.length) {
      const nl = text.indexOf('\n', pos);
      const le = nl === -1 ? text.length : nl;
      let line = text.slice(pos, le).replace(/\r+$/, '');
      if (doc.op === '<<-') line = line.replace(/^\t+/, '');
      if (line === doc.name) {
        doc.bodyEnd = pos;
        doc.end = resume = le;
        pos = Math.min(le + 1, text.length);
        break;
      }
      pos = Math.min(le + 1, text.length);
    }
  }
  return resume;
}

// ---------------------------------------------------------------------------------------------
// Tree walker

const STATEMENTS = new Set([
  'command',
  'declaration_command',
  'unset_command',
  'test_command',
  'variable_assignment',
  'variable_assignments',
  'list',
  'pipeline',
  'redirected_statement',
  'subshell',
  'compound_statement',
  'if_statement',
  'while_statement',
  'for_statement',
  'c_style_for_statement',
  'case_statement',
  'function_definition',
  'negated_command',
]);

const REDIRECTS = new Set(['file_redirect', 'heredoc_redirect', 'herestring_redirect']);

interface Context {
  scope: number;
  inSubstitution: boolean;
}

interface ListState {
  id: number;
  next: number;
}

class Walker {
  readonly commands: Command[] = [];
  private readonly scopeParents: (number | null)[] = [null];
  /** Script range of each command, to widen its span over trailing redirects. */
  private readonly commandStarts = new WeakMap<Command, number>();
  private readonly commandEnds = new WeakMap<Command, number>();
  private nextList = 0;

  constructor(
    private readonly script: ShellScript,
    private readonly heredocs: Map<number, HeredocOp>,
  ) {}

  walkRoot(root: Node): void {
    this.walkBlock(root.children, { scope: 0, inSubstitution: false });
  }

  private newScope(parent: number): number {
    this.scopeParents.push(parent);
    return this.scopeParents.length - 1;
  }

  private newList(): ListState {
    return { id: this.nextList++, next: 0 };
  }

  /**
   * Walks a sequence of statements. Keywords (`then`, `do`, `else`, …) and brackets start a new
   * list; `;`, `&` and newlines join statements within one.
   */
  private walkBlock(children: readonly (Node | null)[], ctx: Context): void {
    let list = this.newList();
    let joiner: string | null = null;
    for (const child of children) {
      if (!child) continue;
      if (!child.isNamed) {
        if (child.type === ';' || child.type === '&' || child.type === ';;' || child.type === '\n') {
          joiner = child.type === '\n' ? ';' : child.type;
        } else if (list.next > 0) {
          list = this.newList();
          joiner = null;
        }
        continue;
      }
      if (STATEMENTS.has(child.type)) {
        this.walkStatement(child, ctx, list, list.next === 0 ? null : (joiner ?? ';'));
        joiner = null;
      } else if (child.type === 'comment') {
        continue;
      } else if (
        child.type === 'do_group' ||
        child.type === 'elif_clause' ||
        child.type === 'else_clause' ||
        child.type === 'case_item' ||
        child.type === 'ERROR'
      ) {
        this.walkBlock(child.children, ctx);
        list = this.newList();
        joiner = null;
      } else {
        // A `for` or `case` value, a condition word: only its substitutions run.
        this.walkSubstitutions(child, ctx);
      }
    }
  }

  private walkStatement(node: Node, ctx: Context, list: ListState, joiner: string | null): void {
    switch (node.type) {
      case 'command':
        this.emitCommand(node, [], ctx, list, joiner);
        return;
      case 'declaration_command':
      case 'unset_command':
        this.emitDeclaration(node, ctx, list, joiner);
        return;
      case 'test_command':
        this.emitTest(node, ctx, list, joiner);
        return;
      case 'variable_assignment':
      case 'variable_assignments':
        this.emitAssignments(node, ctx, list, joiner);
        return;
      case 'negated_command': {
        const inner = node.namedChildren.find((c) => c && STATEMENTS.has(c.type));
        if (inner) this.walkStatement(inner, ctx, list, joiner);
        return;
      }
      case 'list': {
        let op = joiner;
        for (const child of node.children) {
          if (!child) continue;
          if (!child.isNamed) op = child.type;
          else if (STATEMENTS.has(child.type)) {
            this.walkStatement(child, ctx, list, op);
            op = null;
          } else this.walkSubstitutions(child, ctx);
        }
        return;
      }
      case 'pipeline': {
        let op = joiner;
        for (const child of node.children) {
          if (!child) continue;
          if (!child.isNamed) op = child.type;
          else if (STATEMENTS.has(child.type)) {
            const stage = { ...ctx, scope: this.newScope(ctx.scope) };
            this.walkStatement(child, stage, list, op);
            op = null;
          }
        }
        return;
      }
      case 'redirected_statement':
        this.walkRedirected(node, ctx, list, joiner);
        return;
      case 'subshell':
        list.next++;
        this.walkBlock(node.children, { ...ctx, scope: this.newScope(ctx.scope) });
        return;
      case 'function_definition': {
        list.next++;
        const body = node.fields?.body;
        if (body) this.walkBlock(body.children, ctx);
        return;
      }
      default:
        // if / while / for / case / `{ … }`: one slot in the outer list, their own lists inside.
        list.next++;
        this.walkBlock(node.children, ctx);
    }
  }

  private walkRedirected(node: Node, ctx: Context, list: ListState, joiner: string | null): void {
    const body = node.fields?.body;
    const redirects = node.children.filter((c): c is Node => !!c && REDIRECTS.has(c.type));
    const before = this.commands.length;
    if (body?.type === 'command') {
      this.emitCommand(body, redirects, ctx, list, joiner);
    } else if (body) {
      this.walkStatement(body, ctx, list, joiner);
      const inside = this.commands.slice(before).filter((c) => c.inSubstitution === ctx.inSubstitution);
      if (body.type === 'list' || body.type === 'pipeline' || body.type === 'negated_command') {
        // tree-sitter-bash #345: `a && b > f` hangs the redirect on the whole list; it is the
        // last command's.
        const last = inside[inside.length - 1];
        if (last) this.attachRedirects(last, redirects, ctx, false);
      } else {
        // `{ …; } > f`, `while …; done < f`: the redirect holds for every command inside.
        for (const command of inside) this.attachRedirects(command, redirects, ctx, true);
      }
    }
  }

  private emitCommand(
    node: Node,
    trailing: Node[],
    ctx: Context,
    list: ListState,
    joiner: string | null,
  ): void {
    const command = this.newCommand(node, ctx, list, joiner);
    const wordNodes: Node[] = [];
    const redirectNodes: Node[] = [];
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === 'variable_assignment') {
        command.assignments.push(this.assignment(child));
        wordNodes.push(child);
      } else if (REDIRECTS.has(child.type)) {
        redirectNodes.push(child);
      } else if (child.type === 'command_name') {
        const inner = child.namedChildren[0] ?? child;
        command.name = this.word(inner);
        wordNodes.push(inner);
      } else if (child.type !== 'comment') {
        command.args.push(this.word(child));
        wordNodes.push(child);
      }
    }
    this.commands.push(command);
    this.attachRedirects(command, redirectNodes, ctx, false);
    this.attachRedirects(command, trailing, ctx, false);
    for (const w of wordNodes) this.walkSubstitutions(w, ctx);
    for (const r of [...redirectNodes, ...trailing]) this.walkSubstitutions(r, ctx);
  }

  private emitDeclaration(node: Node, ctx: Context, list: ListState, joiner: string | null): void {
    const command = this.newCommand(node, ctx, list, joiner);
    const keyword = node.children[0];
    if (keyword) command.name = this.word(keyword);
    const trailing: Node[] = [];
    for (const child of node.children.slice(1)) {
      if (!child || child.type === 'comment') continue;
      if (REDIRECTS.has(child.type)) {
        trailing.push(child);
        continue;
      }
      command.args.push(this.word(child));
      if (child.type === 'variable_assignment') command.assignments.push(this.assignment(child));
    }
    this.commands.push(command);
    this.attachRedirects(command, trailing, ctx, false);
    this.walkSubstitutions(node, ctx);
  }

  private emitTest(node: Node, ctx: Context, list: ListState, joiner: string | null): void {
    const command = this.newCommand(node, ctx, list, joiner);
    const tokens: Node[] = [];
    const flatten = (n: Node): void => {
      for (const child of n.children) {
        if (!child) continue;
        if (/_expression$/.test(child.type) && child.type !== 'arithmetic_expansion') flatten(child);
        else tokens.push(child);
      }
    };
    flatten(node);
    const [open, ...rest] = tokens;
    if (open) command.name = this.word(open);
    for (const t of rest) command.args.push(this.word(t));
    this.commands.push(command);
    this.walkSubstitutions(node, ctx);
  }

  private emitAssignments(node: Node, ctx: Context, list: ListState, joiner: string | null): void {
    const command = this.newCommand(node, ctx, list, joiner);
    const nodes = node.type === 'variable_assignment' ? [node] : node.namedChildren;
    for (const child of nodes) {
      if (child?.type === 'variable_assignment') command.assignments.push(this.assignment(child));
    }
    this.commands.push(command);
    this.walkSubstitutions(node, ctx);
  }

  private newCommand(node: Node, ctx: Context, list: ListState, joiner: string | null): Command {
    const command: Command = {
      name: null,
      args: [],
      assignments: [],
      redirects: [],
      span: this.span(node.startIndex, node.endIndex),
      extent: this.extent(node.startIndex, node.endIndex),
      scope: ctx.scope,
      parentScope: this.scopeParents[ctx.scope] ?? null,
      inSubstitution: ctx.inSubstitution,
      list: list.id,
      listIndex: list.next++,
      joinedBy: joiner,
      // Not read by the oracle: the differential test compares the rest.
      branch: [],
    };
    this.commandStarts.set(command, node.startIndex);
    this.commandEnds.set(command, node.endIndex);
    return command;
  }

  /**
   * Adds redirects to a command. For a redirect written after the command (`echo y > f`), its
   * span is widened to cover it; a `group` redirect belongs to an enclosing `{ …; }` or loop.
   */
  private attachRedirects(command: Command, nodes: readonly Node[], ctx: Context, group: boolean): void {
    if (nodes.length === 0) return;
    const { redirects, args, end } = this.collectRedirects(nodes, command, ctx);
    if (group) {
      for (const r of redirects) command.redirects.push({ ...r, group: true });
      return;
    }
    command.redirects.push(...redirects);
    command.args.push(...args);
    const start = this.commandStarts.get(command);
    if (start !== undefined && end > start) {
      const wider = Math.max(end, this.commandEnds.get(command) ?? end);
      // Null when the wider stretch crosses a continuation, like any span.
      if (command.span) command.span = this.span(start, wider);
      command.extent = this.extent(start, wider);
    }
  }

  /**
   * Turns redirect nodes into Redirects. Words tree-sitter puts after the first destination are
   * the command's arguments (tree-sitter-bash #233: `grep 2>/dev/null -q pat`).
   */
  private collectRedirects(
    nodes: readonly Node[],
    command: Command,
    ctx: Context,
  ): { redirects: Redirect[]; args: Word[]; end: number } {
    const redirects: Redirect[] = [];
    const args: Word[] = [];
    let end = -1;
    for (const node of nodes) {
      if (node.type === 'heredoc_redirect') {
        redirects.push(...this.fallbackHeredoc(node, command, ctx));
        const start = node.children.find((c) => c?.type === 'heredoc_start');
        end = Math.max(end, start ? start.endIndex : node.startIndex + 2);
        continue;
      }
      let fd: number | null = null;
      let op = '';
      let opStart = node.startIndex;
      const targets: Node[] = [];
      for (const child of node.children) {
        if (!child) continue;
        if (child.type === 'file_descriptor') fd = Number(this.text(child));
        else if (!child.isNamed && op === '' && child.type !== 'ERROR') {
          op = child.type;
          opStart = child.startIndex;
        } else if (child.isNamed && child.type !== 'ERROR' && child.type !== 'comment') targets.push(child);
      }
      const [target, ...more] = targets;
      const redirect: Redirect = {
        op,
        fd,
        target: target ? this.word(target) : null,
        span: this.span(node.startIndex, target ? target.endIndex : node.endIndex),
      };
      const doc = this.heredocs.get(opStart);
      if (doc && op === '<') {
        redirect.op = doc.op;
        const raw = this.script.text.slice(doc.bodyStart, doc.bodyEnd);
        redirect.heredoc = {
          body: doc.op === '<<-' ? raw.replace(/^\t+/gm, '') : raw,
          span: this.script.spanToFile(doc.bodyStart, doc.bodyEnd),
          quoted: doc.quoted,
        };
      }
      redirects.push(redirect);
      for (const m of more) args.push(this.word(m));
      end = Math.max(end, (more[more.length - 1] ?? target ?? node).endIndex);
    }
    return { redirects, args, end };
  }

  /**
   * A heredoc the pre-pass missed (e.g. inside `"$(…)"`): tree-sitter nests the rest of the line
   * inside it. Pull the redirects back to the command and walk the rest as following commands.
   */
  private fallbackHeredoc(node: Node, command: Command, ctx: Context): Redirect[] {
    const redirects: Redirect[] = [];
    let op = '<<';
    let start: Node | null = null;
    let body: Node | null = null;
    let following: string | null = null;
    const list: ListState = { id: command.list, next: command.listIndex + 1 };
    for (const child of node.children) {
      if (!child) continue;
      if (child.type === '<<' || child.type === '<<-') op = child.type;
      else if (child.type === 'heredoc_start') start = child;
      else if (child.type === 'heredoc_body') body = child;
      else if (REDIRECTS.has(child.type)) {
        const extra = this.collectRedirects([child], command, ctx);
        redirects.push(...extra.redirects);
        command.args.push(...extra.args);
      } else if (!child.isNamed && child.type !== 'heredoc_end') following = child.type;
      else if (child.type === 'pipeline') {
        // `cat <<EOF | sh`: the pipeline node starts with the `|`.
        this.walkStatement(child, ctx, list, '|');
      } else if (STATEMENTS.has(child.type)) {
        this.walkStatement(child, ctx, list, following ?? ';');
        following = null;
      }
    }
    const startText = start ? this.text(start) : '';
    redirects.unshift({
      op,
      fd: null,
      target: start ? this.word(start) : null,
      heredoc: body
        ? {
            body: op === '<<-' ? this.text(body).replace(/^\t+/gm, '') : this.text(body),
            span: this.span(body.startIndex, body.endIndex),
            quoted: /['"\\]/.test(startText),
          }
        : { body: '', span: null, quoted: /['"\\]/.test(startText) },
      span: this.span(node.startIndex, start ? start.endIndex : node.startIndex + op.length),
    });
    return redirects;
  }

  /** Walks the `$(…)`, backtick and `<(…)` bodies inside a node: new scope, inSubstitution. */
  private walkSubstitutions(node: Node, ctx: Context): void {
    if (node.type === 'command_substitution' || node.type === 'process_substitution') {
      const inner = { scope: this.newScope(ctx.scope), inSubstitution: true };
      this.walkBlock(node.children, inner);
      return;
    }
    for (const child of node.namedChildren) if (child) this.walkSubstitutions(child, ctx);
  }

  private assignment(node: Node): Assignment {
    const nameNode = node.fields?.name;
    const valueNode = node.fields?.value;
    const name = nameNode ? this.text(nameNode) : this.text(node).split('=')[0]!;
    let value: Word | null;
    if (valueNode) value = this.word(valueNode);
    else {
      const end = node.endIndex;
      value = { raw: '', value: '', parts: [], span: this.span(end, end), at: end };
    }
    return { name, value, span: this.span(node.startIndex, node.endIndex) };
  }

  private word(node: Node): Word {
    const raw = this.text(node);
    const parts = mergeLiterals(this.parts(node));
    const value = parts.every((p) => p.kind === 'literal') ? parts.map((p) => (p as { text: string }).text).join('') : null;
    return { raw, value, parts, span: this.span(node.startIndex, node.endIndex), at: node.startIndex };
  }

  private parts(node: Node): WordPart[] {
    const raw = this.text(node);
    switch (node.type) {
      case 'heredoc_start':
        return [{ kind: 'literal', text: raw.replace(/\\(.)|['"]/g, '$1') }];
      case 'word':
      case 'command_name':
        if (node.namedChildren.length > 0) return node.namedChildren.flatMap((c) => (c ? this.parts(c) : []));
        return unquotedParts(raw);
      case 'number':
      case 'variable_name':
      case 'test_operator':
        return [{ kind: 'literal', text: raw }];
      case 'raw_string':
        return [{ kind: 'literal', text: raw.slice(1, -1) }];
      case 'ansi_c_string':
        return [{ kind: 'literal', text: decodeAnsiC(raw.slice(2, -1)) }];
      case 'string':
      case 'translated_string':
        return this.stringParts(node);
      case 'concatenation': {
        if (node.children.some((c) => c?.type === 'word' && (this.text(c) === '{' || this.text(c) === '}'))) {
          return [{ kind: 'dynamic', raw }];
        }
        return this.coveredParts(node, node.startIndex, node.endIndex, (s) => unquotedParts(s));
      }
      case 'simple_expansion':
        return [{ kind: 'variable', name: raw.slice(1) }];
      case 'expansion':
        return [expansionPart(raw)];
      case 'command_substitution': {
        const inner = raw.startsWith('$(') ? raw.slice(2, -1) : raw.slice(1, -1);
        return [{ kind: 'substitution', raw: inner }];
      }
      case 'variable_assignment':
        return this.coveredParts(node, node.startIndex, node.endIndex, (s) => unquotedParts(s));
      default:
        if (!node.isNamed) return [{ kind: 'literal', text: raw }];
        return [{ kind: 'dynamic', raw }];
    }
  }

  /** Parts of a node from its children, the text between them read with `gap`. */
  private coveredParts(node: Node, start: number, end: number, gap: (s: string) => WordPart[]): WordPart[] {
    const parts: WordPart[] = [];
    let at = start;
    for (const child of node.children) {
      if (!child || child.endIndex <= start || child.startIndex >= end) continue;
      if (child.startIndex > at) parts.push(...gap(this.script.text.slice(at, child.startIndex)));
      if (!child.isNamed || child.type === 'string_content') {
        parts.push(...gap(this.text(child)));
      } else {
        parts.push(...this.parts(child));
      }
      at = child.endIndex;
    }
    if (at < end) parts.push(...gap(this.script.text.slice(at, end)));
    return parts;
  }

  private stringParts(node: Node): WordPart[] {
    const open = node.type === 'translated_string' ? 2 : 1;
    const start = node.startIndex + open;
    const end = Math.max(start, node.endIndex - 1);
    return this.coveredParts(node, start, end, (s) => [{ kind: 'literal', text: unescapeDouble(s) }]);
  }

  private text(node: Node): string {
    return this.script.text.slice(node.startIndex, node.endIndex);
  }

  private span(start: number, end: number): Span | null {
    return this.script.spanToFile(start, end);
  }

  private extent(start: number, end: number): Span {
    const from = this.script.toFile(start);
    return { start: from, end: end > start ? this.script.toFile(end - 1) + 1 : from };
  }
}

/** The shared helper's stretch as an array of parts. */
function unquotedParts(raw: string): WordPart[] {
  const parts: WordPart[] = [];
  pushUnquoted(parts, raw);
  return parts;
}
