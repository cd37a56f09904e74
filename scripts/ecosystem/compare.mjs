// Compares two ecosystem runs. A finding is identified by its file, rule and the text of the line it
// flags (not the line number), so a line moved by an unrelated edit does not count as a change.

/** The text of a finding's first line in `text`, trimmed; '' when the line is out of range. */
export function lineTextAt(text, line) {
  const lines = text.split(/\r\n|\r|\n/);
  return (lines[line - 1] ?? '').trim();
}

const sameKey = (file, f) => `${file}\0${f.rule}\0${f.lineText}`;
const exactKey = (file, f) => `${sameKey(file, f)}\0${f.severity}\0${f.message}\0${f.fix ?? ''}`;

function byKey(entries, key) {
  const map = new Map();
  for (const e of entries) {
    const k = key(e.file, e.finding);
    const list = map.get(k);
    if (list) list.push(e);
    else map.set(k, [e]);
  }
  return map;
}

// Takes from both sides, in order, the entries whose keys are equal; returns the pairs taken and
// leaves the rest.
function pairOff(left, right, key) {
  const rightBy = byKey(right, key);
  const pairs = [];
  const leftRest = [];
  for (const e of left) {
    const list = rightBy.get(key(e.file, e.finding));
    if (list && list.length > 0) pairs.push([e, list.shift()]);
    else leftRest.push(e);
  }
  const rightRest = [...rightBy.values()].flat();
  rightRest.sort(byPosition);
  return { pairs, leftRest, rightRest };
}

function byPosition(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.finding.line - b.finding.line || a.finding.column - b.finding.column ||
    (a.finding.rule < b.finding.rule ? -1 : a.finding.rule > b.finding.rule ? 1 : 0);
}

function entries(run, files) {
  const out = [];
  for (const file of files) {
    for (const finding of run.files[file].findings ?? []) out.push({ file, finding });
  }
  return out.sort(byPosition);
}

/**
 * Compares a baseline run with a current one, over the files both have linted.
 * Returns per-rule counts, the findings that appeared, disappeared or changed (same file, rule and
 * line text, but another message, severity or fix), the files whose error changed, and the crashes
 * of each side.
 */
export function compareRuns(base, cur) {
  const baseFiles = Object.keys(base.files);
  const curFiles = new Set(Object.keys(cur.files));
  // A file that crashed on either side has no findings to compare; it is listed under crashes.
  const crashed = baseFiles.filter((f) => curFiles.has(f) && (base.files[f].crash || cur.files[f].crash));
  const crashedSet = new Set(crashed);
  const common = baseFiles.filter((f) => curFiles.has(f) && !crashedSet.has(f)).sort();
  const commonSet = new Set(common);
  const onlyBase = baseFiles.filter((f) => !curFiles.has(f)).sort();
  const onlyCur = [...curFiles].filter((f) => !commonSet.has(f) && !crashedSet.has(f)).sort();

  const exact = pairOff(entries(base, common), entries(cur, common), exactKey);
  const loose = pairOff(exact.leftRest, exact.rightRest, sameKey);
  const changed = loose.pairs.map(([b, c]) => ({ file: b.file, before: b.finding, after: c.finding }));
  const disappeared = loose.leftRest.map((e) => ({ file: e.file, ...e.finding }));
  const appeared = loose.rightRest.map((e) => ({ file: e.file, ...e.finding }));

  const rules = new Map();
  const row = (rule) => {
    let r = rules.get(rule);
    if (!r) rules.set(rule, (r = { rule, baseline: 0, current: 0, appeared: 0, disappeared: 0, changed: 0 }));
    return r;
  };
  for (const file of common) {
    for (const f of base.files[file].findings ?? []) row(f.rule).baseline++;
    for (const f of cur.files[file].findings ?? []) row(f.rule).current++;
  }
  for (const f of appeared) row(f.rule).appeared++;
  for (const f of disappeared) row(f.rule).disappeared++;
  for (const c of changed) row(c.before.rule).changed++;

  const errors = { appeared: [], disappeared: [], changed: [] };
  for (const file of common) {
    const b = base.files[file].error;
    const c = cur.files[file].error;
    if (b === c) continue;
    if (b === undefined) errors.appeared.push({ file, error: c });
    else if (c === undefined) errors.disappeared.push({ file, error: b });
    else errors.changed.push({ file, before: b, after: c });
  }

  return {
    files: { common: common.length, crashed: crashed.length, onlyBaseline: onlyBase, onlyCurrent: onlyCur },
    rules: [...rules.values()].sort((a, b) => (a.rule < b.rule ? -1 : 1)),
    appeared,
    disappeared,
    changed,
    errors,
    crashes: { baseline: base.crashes ?? [], current: cur.crashes ?? [] },
  };
}

/** Per-rule finding counts of one run, sorted by rule. */
export function countByRule(run) {
  const counts = new Map();
  for (const entry of Object.values(run.files)) {
    for (const f of entry.findings ?? []) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  }
  return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([rule, count]) => ({ rule, count }));
}

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const where = (f) => `${f.file}:${f.line}:${f.column}`;

/** One run's summary lines: its tool, files, findings, errors, crashes and time. */
export function describeRun(label, run) {
  const files = Object.values(run.files);
  const findings = files.reduce((n, f) => n + (f.findings?.length ?? 0), 0);
  const errored = files.filter((f) => f.error !== undefined).length;
  const secs = (run.durationMs ?? 0) / 1000;
  const rate = secs > 0 ? ` (${Math.round(files.length / secs)} files/s)` : '';
  return `${label}: ${run.tool?.describe ?? 'unknown tool'} — ${files.length} files, ${findings} findings, ` +
    `${errored} files with errors, ${(run.crashes ?? []).length} crashes, ${secs.toFixed(1)} s${rate}`;
}

/** The comparison as text: counts per rule, then every finding and error that changed. */
export function formatComparison(cmp, base, cur) {
  const out = [describeRun('baseline', base), describeRun('current ', cur), ''];
  if (cmp.files.onlyBaseline.length || cmp.files.onlyCurrent.length) {
    out.push(`Compared the ${cmp.files.common} files both runs linted; ${cmp.files.onlyBaseline.length} only in the baseline, ` +
      `${cmp.files.onlyCurrent.length} only in the current run.`, '');
  }
  const rows = cmp.rules.map((r) => [r.rule, r.baseline, r.current, r.current - r.baseline, `+${r.appeared}`, `-${r.disappeared}`, `~${r.changed}`]);
  out.push(table(['rule', 'baseline', 'current', 'delta', 'new', 'gone', 'changed'], rows), '');

  if (cmp.appeared.length + cmp.disappeared.length + cmp.changed.length === 0) out.push('No finding changed.');
  for (const f of cmp.appeared) out.push(`+ ${where(f)}  ${f.rule}  ${f.message}`);
  for (const f of cmp.disappeared) out.push(`- ${where(f)}  ${f.rule}  ${f.message}`);
  for (const c of cmp.changed) {
    out.push(`~ ${where({ file: c.file, ...c.after })}  ${c.after.rule}`);
    if (c.before.severity !== c.after.severity) out.push(`    severity ${c.before.severity} -> ${c.after.severity}`);
    if (c.before.message !== c.after.message) out.push(`    was: ${c.before.message}`, `    now: ${c.after.message}`);
    if ((c.before.fix ?? '') !== (c.after.fix ?? '')) out.push(`    fix was: ${c.before.fix ?? 'none'}`, `    fix now: ${c.after.fix ?? 'none'}`);
  }
  const e = cmp.errors;
  if (e.appeared.length + e.disappeared.length + e.changed.length > 0) out.push('', 'Errors:');
  for (const x of e.appeared) out.push(`+ ${x.file}: ${x.error}`);
  for (const x of e.disappeared) out.push(`- ${x.file}: ${x.error}`);
  for (const x of e.changed) out.push(`~ ${x.file}: ${x.before} -> ${x.after}`);
  for (const [side, list] of Object.entries(cmp.crashes)) {
    if (list.length) out.push('', `Crashes (${side}):`, ...list.map((c) => `! ${c.file}: ${c.reason}`));
  }
  return out.join('\n');
}
