// Worker of regex.test.ts: one pattern against prefix + pump×n + end, for prefixes made of the
// pattern's own literal runs (so a match gets past its fixed parts) and pumps of every kind of
// character. Plain JavaScript so the worker needs no TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';

const { source, flags, n } = workerData;
const re = new RegExp(source, flags);

const pieces = [];
let cur = '';
for (let i = 0; i < source.length; i++) {
  const c = source[i];
  if (c === '\\') {
    const d = source[++i] ?? '';
    // `\s`, `\d`, `\b`, `\1`: not literal; `\/`, `\.`, `\-`: the character itself.
    if (/[A-Za-z0-9]/.test(d)) {
      pieces.push(cur);
      cur = '';
    } else cur += d;
  } else if ('[](){}*+?|^$.'.includes(c)) {
    pieces.push(cur);
    cur = '';
  } else cur += c;
}
pieces.push(cur);
const literal = pieces.filter((p) => p.length > 0);

const prefixes = new Set(['']);
for (let k = 1; k <= literal.length; k++) {
  prefixes.add(literal.slice(0, k).join(''));
  prefixes.add(`${literal.slice(0, k).join(' ')} `);
}
const pumps = [
  ...'aA0 \t:/.-_$\'"{}()[]#\\@=,;!%&*+?<>|^~`\n',
  ...['a:', 'a ', ' a', 'a/', 'a-', '-a', 'a.', 'a=', 'a,', ' -', '${', '$(', '\\\n', '\r\n', 'https://', '-----BEGIN ', 'dckr_pat_'],
];
for (const p of prefixes) {
  for (const q of pumps) {
    for (const end of ['\u0001', '\n']) {
      const s = p + q.repeat(Math.ceil(n / q.length)) + end;
      re.lastIndex = 0;
      if (re.global || re.sticky) s.replace(re, '');
      else re.exec(s);
    }
  }
}
parentPort.postMessage('done');
