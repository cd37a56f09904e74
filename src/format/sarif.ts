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
import { maskerFor, maskPathShapes, terminalSafeJson } from './safe-text.js';
import type { FileReport, FormatOptions } from './types.js';

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

export function formatSarif(results: FileReport[], _options?: FormatOptions): string {
  return `${terminalSafeJson(JSON.stringify(toSarifLog(results), null, 2))}\n`;
}

export function toSarifLog(results: FileReport[], tool: SarifTool = installedTool()): SarifLog {
  const rules = tool.rules.map((r) => describeRule(r, tool.readDoc(r.id)));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const indexOf = (id: string): number => {
    // A finding of a rule outside the registry (a plugin, a test) still needs its descriptor.
    if (!ruleIndex.has(id)) ruleIndex.set(id, rules.push(describeUnknownRule(id)) - 1);
    return ruleIndex.get(id)!;
  };

  const out: SarifResult[] = [];
  const notifications: SarifNotification[] = [];
  for (const file of results) {
    const masker = maskerFor(file.result, file.text);
    const hide = (s: string) => masker.prose(s);
    const path = maskPathShapes(file.path);
    const artifactLocation = artifact(path);
    if (file.result.error !== undefined) {
      notifications.push({ level: 'error', message: { text: `${path}: ${hide(file.result.error)}` }, locations: [{ physicalLocation: { artifactLocation } }] });
    }
    const index = linesOf(file);
    const keys = lineKeys(file);
    file.result.findings.forEach((f, i) => {
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
      out.push(result);
    });
  }

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'hardenfile', semanticVersion: tool.version, informationUri: REPOSITORY_URL, rules } },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        // Columns and fix offsets count UTF-16 code units, as the engine does.
        columnKind: 'utf16CodeUnits',
        results: out,
      },
    ],
  };
}

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
