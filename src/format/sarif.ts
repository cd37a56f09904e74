/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, a rule descriptor per rule in
 * the registry (its doc as help), results with regions, line-hash fingerprints and fixes, and files
 * that could not be linted as tool execution notifications. Every text is redacted.
 */
import { RULES } from '../../rules/index.js';
import type { Finding } from '../engine/types.js';
import { packageVersion } from '../package.js';
import type { ActiveSeverity, AnyRule, Fix } from '../rule.js';
import { lineKeys } from './fingerprint.js';
import { linesOf, pathUri, isAbsolutePath, shownRange } from './location.js';
import { plainText, absoluteLinks, readRuleDoc, REPOSITORY_URL, ruleDocUrl, sectionText } from './rule-docs.js';
import type { Masker } from '../model/redaction.js';
import { maskerFor, maskPathShapes } from './safe-text.js';
import type { FileReport, ReportFormat } from './types.js';
import { formatAll, JsonDocument } from './writer.js';
import { NO_BUDGET } from '../engine/budget.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Repository-relative URIs resolve against this base; GitHub code scanning knows it. */
export const SRCROOT = '%SRCROOT%';

type Level = 'error' | 'warning' | 'note';

const LEVEL: Record<ActiveSeverity, Level> = { error: 'error', warning: 'warning', info: 'note' };

/** GitHub code scanning ranks alerts by this CVSS-like score (a string): critical ≥ 9, high ≥ 7, medium ≥ 4. */
const SECURITY_SEVERITY: Record<ActiveSeverity, string> = { error: '8.0', warning: '5.0', info: '2.0' };

interface Message {
  text: string;
}

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

export interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export interface SarifReportingDescriptor {
  id: string;
  name: string;
  shortDescription: Message;
  fullDescription: Message;
  help: { text: string; markdown: string };
  helpUri: string;
  defaultConfiguration: { level: Level };
  properties: { tags: string[]; 'security-severity': string };
}

export interface SarifFix {
  description: Message;
  artifactChanges: { artifactLocation: ArtifactLocation; replacements: { deletedRegion: { charOffset: number; charLength: number }; insertedContent: Message }[] }[];
  properties: { safety: Fix['safety'] };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: Level;
  message: Message;
  locations: { physicalLocation: { artifactLocation: ArtifactLocation; region: SarifRegion } }[];
  partialFingerprints: { primaryLocationLineHash: string };
  fixes?: SarifFix[];
  /** Set when the finding's fix is left out because its text holds a secret (`fixes` would show it masked). */
  properties?: { fixWithheld: string };
}

export interface SarifNotification {
  level: 'error';
  message: Message;
  locations: { physicalLocation: { artifactLocation: ArtifactLocation } }[];
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: [
    {
      tool: { driver: { name: string; semanticVersion: string; informationUri: string; rules: SarifReportingDescriptor[] } };
      invocations: [{ executionSuccessful: boolean; toolExecutionNotifications: SarifNotification[] }];
      columnKind: 'utf16CodeUnits';
      results: SarifResult[];
    },
  ];
}

/** What the log says about the tool; tests pass their own. */
export interface SarifTool {
  version: string;
  rules: readonly AnyRule[];
  /** The rule's Markdown doc, or null when there is none. */
  readDoc(id: string): string | null;
}

export function toSarifLog(results: FileReport[], tool: SarifTool = installedTool()): SarifLog {
  const parts = new SarifParts(tool);
  const out: SarifResult[] = [];
  const notifications: SarifNotification[] = [];
  for (const file of results) {
    const made = parts.file(file);
    out.push(...made.results);
    notifications.push(...made.notifications);
  }
  return parts.log(out, notifications, notifications.length > 0);
}

/**
 * A SARIF log made file by file. The rule table is the registry's, in its order; a finding of a
 * rule outside it (a plugin, a test) adds that rule's descriptor after the file it is first seen
 * in, at the index the whole-log function gives it.
 */
class SarifParts {
  private readonly rules: SarifReportingDescriptor[];
  private readonly ruleIndex: Map<string, number>;

  constructor(private readonly tool: SarifTool) {
    this.rules = tool.rules.map((r) => describeRule(r, tool.readDoc(r.id)));
    this.ruleIndex = new Map(this.rules.map((r, i) => [r.id, i]));
  }

  /** One file's results and notifications; `tick` is its budget, and when it throws nothing is kept. */
  file(file: FileReport, tick: () => void = NO_BUDGET): { results: SarifResult[]; notifications: SarifNotification[] } {
    const masker = maskerFor(file.result, file.text);
    const hide = (s: string) => masker.prose(s);
    const path = maskPathShapes(file.path);
    const artifactLocation = artifact(path);
    const notifications: SarifNotification[] = [];
    if (file.result.error !== undefined) {
      notifications.push({ level: 'error', message: { text: `${path}: ${hide(file.result.error)}` }, locations: [{ physicalLocation: { artifactLocation } }] });
    }
    const index = linesOf(file);
    const keys = lineKeys(file, tick, index);
    const unknown = new Map<string, number>();
    const indexOf = (id: string): number => {
      const known = this.ruleIndex.get(id) ?? unknown.get(id);
      if (known !== undefined) return known;
      unknown.set(id, this.rules.length + unknown.size);
      return this.rules.length + unknown.size - 1;
    };
    const results = file.result.findings.map((f, i): SarifResult => {
      tick();
      const range = shownRange(f, index);
      const result: SarifResult = {
        ruleId: f.ruleId,
        ruleIndex: indexOf(f.ruleId),
        level: LEVEL[f.severity],
        message: { text: hide(f.message) },
        locations: [{ physicalLocation: { artifactLocation, region: { startLine: range.line, startColumn: range.column, endLine: range.endLine, endColumn: range.endColumn } } }],
        partialFingerprints: { primaryLocationLineHash: `${keys[i]!.hash.slice(0, 16)}:${keys[i]!.occurrence}` },
      };
      const fix = f.fix && sarifFix(f, artifactLocation, masker);
      if (fix) result.fixes = [fix];
      else if (f.fix) result.properties = { fixWithheld: `the fix "${hide(f.fix.title)}" writes text that holds a secret; run hardenfile --fix to apply it` };
      return result;
    });
    // Only with the whole file done: a file that ran out of time leaves no descriptor behind.
    for (const [id, at] of unknown) this.ruleIndex.set(id, at);
    this.rules.push(...[...unknown.keys()].map(describeUnknownRule));
    return { results, notifications };
  }

  log(results: SarifResult[], notifications: SarifNotification[], failed: boolean): SarifLog {
    return {
      $schema: SARIF_SCHEMA,
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'hardenfile', semanticVersion: this.tool.version, informationUri: REPOSITORY_URL, rules: this.rules } },
          invocations: [{ executionSuccessful: !failed, toolExecutionNotifications: notifications }],
          // Columns and fix offsets count UTF-16 code units, as the engine does.
          columnKind: 'utf16CodeUnits',
          results,
        },
      ],
    };
  }
}

/** The SARIF log, each file's results written in its turn. */
export function sarifReport(tool?: SarifTool): ReportFormat {
  return () => {
    const parts = new SarifParts(tool ?? installedTool());
    const results: string[] = [];
    const notifications: string[] = [];
    // The arrays are filled by JsonDocument; the layout only marks where they go.
    const doc = new JsonDocument<'results' | 'notifications'>((hole) => parts.log(hole('results') as SarifResult[], hole('notifications') as SarifNotification[], notifications.length > 0));
    return {
      add(file, tick) {
        const made = parts.file(file, tick);
        for (const r of made.results) results.push(doc.item('results', r));
        for (const n of made.notifications) notifications.push(doc.item('notifications', n));
      },
      end: () => doc.text({ results, notifications }),
    };
  };
}

export const formatSarif = formatAll(sarifReport());

function installedTool(): SarifTool {
  return { version: packageVersion(), rules: RULES, readDoc: (id) => readRuleDoc(id) };
}

function artifact(path: string): ArtifactLocation {
  const uri = pathUri(path);
  return isAbsolutePath(path) ? { uri } : { uri, uriBaseId: SRCROOT };
}

/**
 * A fix is left out when a text it inserts holds a secret: shown masked, a viewer would write the
 * mask into the file. The result says so; its message still stands.
 */
function sarifFix(f: Finding, artifactLocation: ArtifactLocation, masker: Masker): SarifFix | null {
  const fix = f.fix!;
  if (fix.edits.some((e) => masker.value(e.text) !== e.text)) return null;
  return {
    description: { text: masker.prose(fix.title) },
    artifactChanges: [
      {
        artifactLocation,
        replacements: fix.edits.map((e) => ({ deletedRegion: { charOffset: e.start, charLength: e.end - e.start }, insertedContent: { text: e.text } })),
      },
    ],
    properties: { safety: fix.safety },
  };
}

function describeRule(rule: AnyRule, doc: string | null): SarifReportingDescriptor {
  const { description, severity, tags } = rule.meta;
  const helpUri = ruleDocUrl(rule.id);
  const markdown = doc === null ? `${description}\n\nSee [${rule.id}](${helpUri}).` : absoluteLinks(doc).trim();
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: description },
    fullDescription: { text: (doc && sectionText(doc, 'What it does')) ?? description },
    help: { text: doc === null ? `${description}\n\nSee ${helpUri}.` : plainText(doc), markdown },
    helpUri,
    defaultConfiguration: { level: LEVEL[severity] },
    properties: { tags: [...new Set(['security', ...(tags ?? [])])], 'security-severity': SECURITY_SEVERITY[severity] },
  };
}

function describeUnknownRule(id: string): SarifReportingDescriptor {
  return describeRule({ id, meta: { description: id, severity: 'warning', fixable: 'never', messages: {}, options: {} }, check: () => {} }, null);
}

/** `upstream-package-source` → `UpstreamPackageSource`: SARIF's friendly rule names are Pascal identifiers. */
function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}
