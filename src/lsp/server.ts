/**
 * The language server: diagnostics and code actions from the same engine, config and fixer as the
 * CLI. vscode-languageserver does the JSON-RPC framing, capability negotiation and document sync.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
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
import { lintText } from '../engine/lint.js';
import { DEFAULT_MAX_SIZE } from '../engine/input.js';
import { DEFAULT_TIMEOUT, deadlineIn } from '../engine/budget.js';
import { ignoreCommentEdit } from '../engine/ignore-edit.js';
import type { Finding, LintResult, ResolvedConfig } from '../engine/types.js';
import { fixText } from '../fix/apply.js';
import { ConfigLoader, resolveConfig } from '../config/load.js';
import { CONFIG_FILE_NAMES } from '../config/schema.js';
import { ConfigError, type ConfigOverrides } from '../config/types.js';
import { maskerFor } from '../format/safe-text.js';
import { maskShapes } from '../model/redaction.js';
import { RULES } from '../../rules/index.js';
import type { Edit } from '../rule.js';
import { FIX_ALL_KIND, changedLinesEdit, problemDiagnostic, SOURCE, toDiagnostic, toRange, toTextEdits } from './convert.js';

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
  /** Time budget per lint or fix-all in ms (default 10 s): past it the document gets an error. */
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
  /** Set when no lint ran because the config could not be loaded. */
  configProblem?: string;
}

/** Start a language server on a pair of streams (stdio in the CLI, in-memory pipes in tests). */
export function startLanguageServer(options: LanguageServerOptions): LanguageServer {
  const debounceMs = options.debounceMs ?? 50;
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
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
  const documents = new TextDocuments(TextDocument);
  const timers = new Map<string, NodeJS.Timeout>();
  const linted = new Map<string, Linted>();
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

  // Lints the document's current text, once per version.
  function lint(doc: TextDocument): Linted {
    const cached = linted.get(doc.uri);
    if (cached && cached.version === doc.version) return cached;
    let entry: Linted;
    try {
      const config = configFor(doc.uri);
      entry = { version: doc.version, result: lintText(doc.getText(), { config, maxSize, deadline: deadlineIn(timeout) }) };
    } catch (err) {
      if (err instanceof ConfigError) {
        entry = { version: doc.version, result: { findings: [], secretSpans: [] }, configProblem: err.problems.join('\n') };
      } else {
        const e = err instanceof Error ? err : new Error(String(err));
        connection.console.error(maskShapes(`hardenfile: internal error on ${doc.uri}: ${e.stack ?? e.message}`));
        entry = { version: doc.version, result: { findings: [], secretSpans: [], error: `internal error: ${e.message}` } };
      }
    }
    linted.set(doc.uri, entry);
    return entry;
  }

  function publish(uri: string): void {
    const pending = timers.get(uri);
    if (pending) clearTimeout(pending);
    timers.delete(uri);
    const doc = documents.get(uri);
    if (!doc || done) return;
    const { result, configProblem } = lint(doc);
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
    }
    connection.sendDiagnostics({ uri, version: doc.version, diagnostics }).catch(ignoreClosed);
  }

  function schedule(uri: string): void {
    const pending = timers.get(uri);
    if (pending) clearTimeout(pending);
    timers.set(
      uri,
      setTimeout(() => publish(uri), debounceMs),
    );
  }

  function relintAll(): void {
    loader = newLoader();
    linted.clear();
    shownProblems.clear();
    for (const doc of documents.all()) publish(doc.uri);
  }

  connection.onInitialize(async (params): Promise<InitializeResult> => {
    const caps = params.capabilities;
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
    publish(e.document.uri);
  });
  documents.onDidChangeContent((e) => {
    if (linted.get(e.document.uri)?.version !== e.document.version) schedule(e.document.uri);
  });
  documents.onDidSave((e) => {
    if (!watchConfigs && path.basename(fileURLPathOrEmpty(e.document.uri)).startsWith('.hardenfile.')) relintAll();
    else publish(e.document.uri);
  });
  documents.onDidClose((e) => {
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

  function codeActions(doc: TextDocument, params: CodeActionParams): CodeAction[] {
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const entry = lint(doc);
    if (entry.configProblem !== undefined || entry.result.error !== undefined) return [];
    const actions: CodeAction[] = [];
    const masker = maskerFor(entry.result, doc.getText());
    if (wants(CodeActionKind.QuickFix)) {
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
    if (wants(FIX_ALL_KIND) && entry.result.findings.some((f) => f.fix?.safety === 'safe')) {
      const text = doc.getText();
      const config = configFor(doc.uri);
      const outcome = fixText(text, { config, maxSize, unsafe: false, deadline: deadlineIn(timeout) });
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
    const ours = params.context.diagnostics.filter((d) => d.source === SOURCE && typeof d.code === 'string');
    const pairs: { diagnostic: Diagnostic; finding: Finding }[] = [];
    if (ours.length > 0) {
      const used = new Set<Finding>();
      for (const diagnostic of ours) {
        const finding = result.findings.find((f) => !used.has(f) && f.ruleId === diagnostic.code && sameRange(toRange(doc, f.span.start, f.span.end), diagnostic.range));
        if (!finding) continue;
        used.add(finding);
        pairs.push({ diagnostic, finding });
      }
      return pairs;
    }
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

function sameRange(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function fileURLPathOrEmpty(uri: string): string {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : '';
  } catch {
    return '';
  }
}
