/**
 * The language server: diagnostics and code actions from the same engine, config and fixer as the
 * CLI. vscode-languageserver does the JSON-RPC framing, capability negotiation and document sync.
 */
import { fileURLToPath } from 'node:url';
import type { Readable, Writable } from 'node:stream';
import {
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type InitializeResult,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_MAX_SIZE } from '../engine/input.js';
import { DEFAULT_TIMEOUT } from '../engine/budget.js';
import { ignoreCommentEdit } from '../engine/ignore-edit.js';
import type { IgnoreProblem } from '../engine/ignores.js';
import type { Finding, LintResult, ResolvedConfig } from '../engine/types.js';
import type { FixOutcome } from '../fix/apply.js';
import { ConfigLoader, resolveConfig } from '../config/load.js';
import { CONFIG_FILE_NAMES } from '../config/schema.js';
import { ConfigError, type ConfigOverrides } from '../config/types.js';
import { maskerFor, shownPath } from '../format/safe-text.js';
import { maskShapes } from '../model/redaction.js';
import { RULES } from '../../rules/index.js';
import type { Edit } from '../rule.js';
import { FIX_ALL_KIND, changedLinesEdit, problemDiagnostic, SOURCE, toDiagnostic, toRange, toTextEdits } from './convert.js';
import { jobRunner, type JobAnswer, type JobInput, type Running } from './pool.js';

const RULE_IDS = RULES.map((r) => r.id);

/** How the language server is started. */
export interface LanguageServerOptions {
  input: Readable;
  output: Writable;
  /** Directory for relative `configFile` and for documents without a file path. */
  cwd: string;
  /** `--config`: one config file for every document, no lookup. */
  configFile?: string;
  overrides?: ConfigOverrides;
  /** Size cap in UTF-16 units (default 1 MiB). */
  maxSize?: number;
  /**
   * Time budget per lint or fix-all in ms (default 10 s): past it the document gets an error. The
   * client's `initializationOptions.timeout` overrides it. Each document's lint runs on its own
   * budget, off the server's thread (src/lsp/pool.ts).
   */
  timeout?: number;
  /** Delay before re-linting after an edit; edits within it are linted once (default 50 ms). */
  debounceMs?: number;
  /** Reported to the client as `serverInfo.version`. */
  version?: string;
}

export interface LanguageServer {
  connection: Connection;
  /** Resolves with the exit code: 0 after `shutdown` then `exit` (or end of input after `shutdown`), else 1. */
  exited: Promise<number>;
}

interface Linted {
  version: number;
  result: LintResult;
  ignoreProblems: IgnoreProblem[];
  /** Set when no lint ran because the config could not be loaded. */
  configProblem?: string;
}

/** A lint or fix-all of one version of a document, running or done. */
interface Job<T> {
  version: number;
  running?: Running;
  /** Null when a newer version superseded it, or the document was closed. */
  done: Promise<T | null>;
}

/** Start a language server on a pair of streams (stdio in the CLI, in-memory pipes in tests). */
export function startLanguageServer(options: LanguageServerOptions): LanguageServer {
  const debounceMs = options.debounceMs ?? 50;
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  let timeout = options.timeout ?? DEFAULT_TIMEOUT;
  // Told to the client's log (window/logMessage) when workers cannot start; the connection exists
  // by then (a worker first starts once the client is initialized).
  const runner = jobRunner(RULE_IDS, { maxSize, log: (message) => connection.console.warn(maskShapes(message)) });
  let shutdownReceived = false;
  let resolveExit!: (code: number) => void;
  const exited = new Promise<number>((resolve) => (resolveExit = resolve));
  let parentWatch: NodeJS.Timeout | undefined;
  let done = false;

  const finish = (code: number) => {
    if (done) return;
    done = true;
    for (const t of timers.values()) clearTimeout(t);
    timers.clear();
    for (const uri of [...lints.keys(), ...fixes.keys()]) forget(uri);
    runner.dispose();
    if (parentWatch) clearInterval(parentWatch);
    resolveExit(code);
  };

  const connection = createConnection(
    (logger) => createProtocolConnection(new StreamMessageReader(options.input), new StreamMessageWriter(options.output), logger),
    {
      get shutdownReceived() {
        return shutdownReceived;
      },
      set shutdownReceived(value: boolean) {
        shutdownReceived = value;
      },
      initialize(params) {
        const pid = params.processId;
        if (typeof pid !== 'number') return;
        // Like vscode-languageserver's own watchdog: leave when the editor is gone.
        parentWatch = setInterval(() => {
          try {
            process.kill(pid, 0);
          } catch {
            finish(shutdownReceived ? 0 : 1);
          }
        }, 3000);
        parentWatch.unref();
      },
      exit(code) {
        finish(code);
      },
    },
  );
  // Documents the editor opened without their text: reported, not linted, until a change sends
  // the whole text (an incremental change to an unknown text would only guess).
  const textless = new Set<string>();
  const documents = new TextDocuments<TextDocument>({
    create(uri, languageId, version, content) {
      if (typeof content === 'string') textless.delete(uri);
      else textless.add(uri);
      return TextDocument.create(uri, languageId, version, typeof content === 'string' ? content : '');
    },
    update(document, changes, version) {
      const usable = changes.filter((c) => typeof c?.text === 'string');
      if (usable.some((c) => !('range' in c) || c.range === undefined)) textless.delete(document.uri);
      return TextDocument.update(document, usable, version);
    },
  });
  const timers = new Map<string, NodeJS.Timeout>();
  // The latest lint and fix-all asked for each document (of its current version, or older while a
  // newer one waits for its debounce).
  const lints = new Map<string, Job<Linted>>();
  const fixes = new Map<string, Job<FixOutcome>>();
  const shownProblems = new Set<string>();
  let loader = newLoader();
  let versionedEdits = false;
  let watchConfigs = false;

  function newLoader(): ConfigLoader {
    return new ConfigLoader({
      rules: RULES,
      cwd: options.cwd,
      ...(options.configFile !== undefined && { configFile: options.configFile }),
      ...(options.overrides !== undefined && { overrides: options.overrides }),
    });
  }

  function configFor(uri: string): ResolvedConfig {
    const file = fileURLPathOrEmpty(uri);
    if (file !== '') return loader.forFile(file).config;
    if (options.configFile !== undefined) return loader.forDirectory(options.cwd).config;
    return resolveConfig({}, options.overrides).config;
  }

  // The lint of the document's current text, once per version: a job of an older version is
  // cancelled (its worker stopped if it has run for long), never waited for.
  function lint(doc: TextDocument): Promise<Linted | null> {
    const version = doc.version;
    const job = lints.get(doc.uri);
    if (job?.version === version) return job.done;
    job?.running?.cancel();
    if (textless.has(doc.uri)) {
      return settle(lints, doc.uri, { version, done: Promise.resolve({ version, result: { findings: [], secretSpans: [], error: 'the editor opened this document without its text; it is linted once the editor sends the whole text' }, ignoreProblems: [] }) });
    }
    const started = start(doc, 'lint');
    if (!('running' in started)) return settle(lints, doc.uri, { version, done: Promise.resolve({ version, result: { findings: [], secretSpans: [] }, ignoreProblems: [], configProblem: started.configProblem }) });
    const done = started.running.answer.then((answer): Linted | null => {
      if (answer === null) return null;
      if ('lint' in answer) return { version, ...answer.lint };
      return { version, result: { findings: [], secretSpans: [], error: internalError(doc.uri, answer) }, ignoreProblems: [] };
    });
    return settle(lints, doc.uri, { version, running: started.running, done });
  }

  // The fix-all of the document's current text (safe fixes), once per version, like its lint.
  function fixAll(doc: TextDocument): Promise<FixOutcome | null> {
    const version = doc.version;
    const job = fixes.get(doc.uri);
    if (job?.version === version) return job.done;
    job?.running?.cancel();
    const text = doc.getText();
    const started = start(doc, 'fix');
    if (!('running' in started)) return settle(fixes, doc.uri, { version, done: Promise.resolve(null) });
    const done = started.running.answer.then((answer): FixOutcome | null => {
      if (answer === null) return null;
      if ('fix' in answer) {
        // Out of time (or stopped otherwise) with nothing fixed: said once for this version, not
        // left as an absent action.
        if (answer.fix.problem !== undefined && answer.fix.output === text) {
          const message = `hardenfile: cannot fix ${shownPath(shownUri(doc.uri))}: ${answer.fix.problem}`;
          connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: maskShapes(message) }).catch(ignoreClosed);
        }
        return answer.fix;
      }
      internalError(doc.uri, answer);
      return null;
    });
    return settle(fixes, doc.uri, { version, running: started.running, done });
  }

  function start(doc: TextDocument, kind: JobInput['kind']): { running: Running } | { configProblem: string } {
    let config: ResolvedConfig;
    try {
      config = configFor(doc.uri);
    } catch (err) {
      if (err instanceof ConfigError) return { configProblem: err.problems.join('\n') };
      throw err;
    }
    return { running: runner.run({ kind, text: doc.getText(), config, maxSize, timeout }) };
  }

  function settle<T>(jobs: Map<string, Job<T>>, uri: string, job: Job<T>): Promise<T | null> {
    jobs.set(uri, job);
    return job.done;
  }

  function internalError(uri: string, answer: JobAnswer): string {
    const why = 'crash' in answer ? answer : { crash: 'the lint worker answered something else' };
    connection.console.error(maskShapes(`hardenfile: internal error on ${uri}: ${why.stack ?? why.crash}`));
    return `internal error: ${why.crash}`;
  }

  // Cancel what runs for the document and drop what is known of it.
  function forget(uri: string): void {
    lints.get(uri)?.running?.cancel();
    fixes.get(uri)?.running?.cancel();
    lints.delete(uri);
    fixes.delete(uri);
  }

  // Publish the diagnostics of the document's current version once its lint is done, unless a
  // newer version (or a close) came meanwhile: that one publishes instead.
  async function publish(uri: string): Promise<void> {
    const pending = timers.get(uri);
    if (pending) clearTimeout(pending);
    timers.delete(uri);
    const doc = documents.get(uri);
    if (!doc || done) return;
    let entry: Linted | null;
    try {
      entry = await lint(doc);
    } catch (err) {
      const e = err instanceof Error ? err : new Error(String(err));
      entry = { version: doc.version, result: { findings: [], secretSpans: [], error: internalError(uri, { crash: e.message, ...(e.stack !== undefined && { stack: e.stack }) }) }, ignoreProblems: [] };
    }
    if (!entry || done || documents.get(uri) !== doc || doc.version !== entry.version) return;
    const { result, configProblem } = entry;
    let diagnostics: Diagnostic[];
    if (configProblem !== undefined) {
      diagnostics = [problemDiagnostic(`hardenfile: config error: ${configProblem}`, DiagnosticSeverity.Error)];
      if (!shownProblems.has(configProblem)) {
        shownProblems.add(configProblem);
        // A notification, not window/showMessageRequest: nothing to answer, nothing to fail.
        connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: maskShapes(`hardenfile: ${configProblem}`) }).catch(ignoreClosed);
      }
    } else if (result.error !== undefined) {
      diagnostics = [problemDiagnostic(`hardenfile: cannot lint this file: ${result.error}`)];
    } else {
      diagnostics = result.findings.map((f) => toDiagnostic(doc, f, result));
      for (const p of entry.ignoreProblems) {
        diagnostics.push({ range: toRange(doc, p.span.start, p.span.end), severity: DiagnosticSeverity.Warning, source: SOURCE, message: p.message });
      }
    }
    connection.sendDiagnostics({ uri, version: doc.version, diagnostics }).catch(ignoreClosed);
  }

  function schedule(uri: string): void {
    const pending = timers.get(uri);
    if (pending) clearTimeout(pending);
    timers.set(
      uri,
      setTimeout(() => void publish(uri), debounceMs),
    );
  }

  function relintAll(): void {
    loader = newLoader();
    for (const uri of [...lints.keys(), ...fixes.keys()]) forget(uri);
    shownProblems.clear();
    for (const doc of documents.all()) void publish(doc.uri);
  }

  connection.onInitialize(async (params): Promise<InitializeResult> => {
    const caps = params.capabilities;
    const asked: unknown = (params.initializationOptions as { timeout?: unknown } | null | undefined)?.timeout;
    if (Number.isSafeInteger(asked) && (asked as number) > 0) timeout = asked as number;
    else if (asked !== undefined) {
      connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `hardenfile: initializationOptions.timeout must be a whole number of milliseconds above 0; using ${timeout} ms` }).catch(ignoreClosed);
    }
    versionedEdits = caps.workspace?.workspaceEdit?.documentChanges === true;
    watchConfigs = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
      },
      serverInfo: { name: SOURCE, ...(options.version !== undefined && { version: options.version }) },
    };
  });

  connection.onInitialized(() => {
    // The editor opens a document next: its lint need not wait for a thread to start.
    runner.warm();
    if (!watchConfigs) return;
    connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: CONFIG_FILE_NAMES.map((name) => ({ globPattern: `**/${name}` })) })
      .catch(() => {
        watchConfigs = false;
      });
  });
  connection.onDidChangeWatchedFiles(() => relintAll());

  documents.onDidOpen((e) => {
    // A config may have changed while no document was open.
    if (!watchConfigs) loader = newLoader();
    void publish(e.document.uri);
  });
  documents.onDidChangeContent((e) => {
    if (lints.get(e.document.uri)?.version !== e.document.version) schedule(e.document.uri);
  });
  documents.onDidSave((e) => {
    // Without file watching, a config edited anywhere (another editor, a buffer this server does not
    // see) is only noticed by reading it again: a save is when users expect that.
    if (!watchConfigs) relintAll();
    else void publish(e.document.uri);
  });
  documents.onDidClose((e) => {
    textless.delete(e.document.uri);
    const pending = timers.get(e.document.uri);
    if (pending) clearTimeout(pending);
    timers.delete(e.document.uri);
    forget(e.document.uri);
    connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }).catch(ignoreClosed);
  });

  connection.onCodeAction(async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    try {
      // Answered from this version's lint (waiting for it, within its budget): an editor that gave
      // up on the request, or a newer version, gets no actions for an old text.
      const cancelled = new Promise<null>((resolve) => token.onCancellationRequested(() => resolve(null)));
      const version = doc.version;
      const current = () => !token.isCancellationRequested && documents.get(doc.uri) === doc && doc.version === version;
      const entry = await Promise.race([lint(doc), cancelled]);
      if (!entry || !current()) return [];
      const outcome = wantsFixAll(params) && entry.result.findings.some((f) => f.fix?.safety === 'safe') ? await Promise.race([fixAll(doc), cancelled]) : null;
      if (!current()) return [];
      return codeActions(doc, params, entry, outcome);
    } catch (err) {
      const e = err instanceof Error ? err : new Error(String(err));
      connection.console.error(maskShapes(`hardenfile: code actions failed on ${doc.uri}: ${e.stack ?? e.message}`));
      return [];
    }
  });

  function wants(params: CodeActionParams, kind: string): boolean {
    // A client may leave out the context (or its diagnostics) that the protocol requires.
    const only = params.context?.only;
    return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  }

  function wantsFixAll(params: CodeActionParams): boolean {
    return wants(params, FIX_ALL_KIND);
  }

  function codeActions(doc: TextDocument, params: CodeActionParams, entry: Linted, outcome: FixOutcome | null): CodeAction[] {
    if (entry.configProblem !== undefined || entry.result.error !== undefined) return [];
    const actions: CodeAction[] = [];
    const masker = maskerFor(entry.result, doc.getText());
    if (wants(params, CodeActionKind.QuickFix)) {
      for (const { diagnostic, finding } of findingsFor(doc, entry.result, params)) {
        // An edit that holds a secret cannot be sent masked (the editor would write the mask), nor
        // as it is (a secret is never printed back): that fix is left to `hardenfile --fix`.
        if (finding.fix && finding.fix.edits.length > 0 && finding.fix.edits.every((e) => masker.value(e.text) === e.text)) {
          const safe = finding.fix.safety === 'safe';
          const title = masker.prose(finding.fix.title);
          actions.push({
            title: safe ? title : `${title} (unsafe)`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: safe,
            edit: workspaceEdit(doc, toTextEdits(doc, finding.fix.edits)),
          });
        }
        const ignore = ignoreCommentEdit(doc.getText(), finding.ruleId, finding.span.start);
        if (ignore) {
          actions.push({
            title: `Ignore ${finding.ruleId} for this instruction`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: workspaceEdit(doc, toTextEdits(doc, [ignore])),
          });
        }
      }
    }
    // No fix-all for a fix that ran out of time (its output is then the text as it was).
    if (outcome) {
      const text = doc.getText();
      if (outcome.output !== text) {
        let edit: Edit = changedLinesEdit(text, outcome.output);
        // Whole lines would carry a secret that shares a line with a fix: send the changed characters only.
        if (masker.value(edit.text) !== edit.text) edit = changedLinesEdit(text, outcome.output, false);
        if (masker.value(edit.text) === edit.text) actions.push({ title: 'Apply all safe hardenfile fixes', kind: FIX_ALL_KIND, edit: workspaceEdit(doc, toTextEdits(doc, [edit])) });
      }
    }
    return actions;
  }

  // The findings behind the client's diagnostics or, when it sent none, those in the range.
  function findingsFor(doc: TextDocument, result: LintResult, params: CodeActionParams): { diagnostic: Diagnostic; finding: Finding }[] {
    const sent: unknown = params.context?.diagnostics;
    const ours = (Array.isArray(sent) ? (sent as Diagnostic[]) : []).filter((d) => d?.source === SOURCE && typeof d.code === 'string' && isRange(d.range));
    const pairs: { diagnostic: Diagnostic; finding: Finding }[] = [];
    if (ours.length > 0) {
      const used = new Set<Finding>();
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

  function workspaceEdit(doc: TextDocument, edits: TextEdit[]): WorkspaceEdit {
    if (versionedEdits) return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
    return { changes: { [doc.uri]: edits } };
  }

  options.input.on('end', () => finish(shutdownReceived ? 0 : 1));
  options.input.on('close', () => finish(shutdownReceived ? 0 : 1));
  void exited.then(() => connection.dispose());

  documents.listen(connection);
  connection.listen();
  return { connection, exited };
}

// The client went away; the input's end or `exit` ends the server.
function ignoreClosed(): void {}

/**
 * The finding a diagnostic the client sent back stands for: the one of its rule at its exact range
 * or, when no range is equal, the nearest of its rule on the same lines. Clients do not always
 * send the range back as published: Neovim 0.7 turns UTF-16 columns into bytes and back on a line
 * with non-ASCII text, so a column can move by a few units.
 */
function matchingFinding(doc: TextDocument, findings: Finding[], diagnostic: Diagnostic, used: Set<Finding>): Finding | undefined {
  const candidates = findings.filter((f) => !used.has(f) && f.ruleId === diagnostic.code);
  const ranges = candidates.map((f) => toRange(doc, f.span.start, f.span.end));
  const exact = ranges.findIndex((r) => sameRange(r, diagnostic.range));
  if (exact !== -1) return candidates[exact];
  let best: Finding | undefined;
  let bestDistance = Infinity;
  for (const [i, r] of ranges.entries()) {
    if (r.start.line !== diagnostic.range.start.line || r.end.line !== diagnostic.range.end.line) continue;
    const distance = Math.abs(r.start.character - diagnostic.range.start.character) + Math.abs(r.end.character - diagnostic.range.end.character);
    if (distance < bestDistance) {
      best = candidates[i];
      bestDistance = distance;
    }
  }
  return best;
}

function sameRange(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function isRange(r: unknown): r is Diagnostic['range'] {
  const isPosition = (p: unknown) => typeof p === 'object' && p !== null && Number.isInteger((p as { line: unknown }).line) && Number.isInteger((p as { character: unknown }).character);
  return typeof r === 'object' && r !== null && isPosition((r as Diagnostic['range']).start) && isPosition((r as Diagnostic['range']).end);
}

/** A document as named in a message: its path, or the URI of one that has none. */
function shownUri(uri: string): string {
  return fileURLPathOrEmpty(uri) || uri;
}

function fileURLPathOrEmpty(uri: string): string {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : '';
  } catch {
    return '';
  }
}
