export interface RunFinding {
  rule: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  lineText: string;
  fix?: string;
}
export interface RunFile {
  findings: RunFinding[];
  error?: string;
  crash?: string;
}
export interface Run {
  version: 1;
  tool?: { commit: string | null; describe: string };
  corpus?: string;
  createdAt?: string;
  durationMs?: number;
  files: Record<string, RunFile>;
  crashes?: { file: string; reason: string }[];
}
export interface RuleRow {
  rule: string;
  baseline: number;
  current: number;
  appeared: number;
  disappeared: number;
  changed: number;
}
export type Located = RunFinding & { file: string };
export interface Comparison {
  files: { common: number; crashed: number; onlyBaseline: string[]; onlyCurrent: string[] };
  rules: RuleRow[];
  appeared: Located[];
  disappeared: Located[];
  changed: { file: string; before: RunFinding; after: RunFinding }[];
  errors: {
    appeared: { file: string; error: string }[];
    disappeared: { file: string; error: string }[];
    changed: { file: string; before: string; after: string }[];
  };
  crashes: { baseline: { file: string; reason: string }[]; current: { file: string; reason: string }[] };
}
export function lineTextAt(text: string, line: number): string;
export function compareRuns(base: Run, cur: Run): Comparison;
export function countByRule(run: Run): { rule: string; count: number }[];
export function describeRun(label: string, run: Run): string;
export function formatComparison(cmp: Comparison, base: Run, cur: Run): string;
