// The race of issue 17 at full size: 1,000 trials of `writeAtomically` (built, from dist/src) in
// which another writer appends to the file in the moment around the rename, asserting that no
// append is ever lost: each trial must end with the append in the file and, when the fixed text
// was not written, the "changed on disk" refusal. A third of the appends come from a separate
// process (sh, by name, just before the rename), the rest through a descriptor opened before the
// write began, just before and just after the rename (as an editor holding the file open would).
//   npm run build && node scripts/fix-race.mjs [trials]
import { Buffer } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const trials = Number(process.argv[2] ?? 1000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hardenfile-race-'));
const file = path.join(dir, 'Dockerfile');
const BEFORE = 'FROM alpine:3.23\nRUN apk add curl\n';
const AFTER = 'FROM alpine:3.23\nRUN apk add --no-cache curl\n';
const LINE = '# appended\n';
const moments = ['another process, by name, just before the rename', 'an earlier descriptor, just before the rename', 'an earlier descriptor, just after the rename'];

const realRename = fs.renameSync;
let moment = 0;
let held = -1;
fs.renameSync = (from, to) => {
  if (moment === 0) execFileSync('sh', ['-c', 'printf "# appended\\n" >> "$1"', 'sh', file]);
  if (moment === 1) fs.writeSync(held, LINE, BEFORE.length);
  realRename(from, to);
  if (moment === 2) fs.writeSync(held, LINE, BEFORE.length);
};
syncBuiltinESMExports();
const { writeAtomically } = await import('../dist/src/fix/write.js');

const outcomes = new Map();
let lost = 0;
for (let trial = 0; trial < trials; trial++) {
  moment = trial % moments.length;
  fs.writeFileSync(file, BEFORE);
  held = fs.openSync(file, 'r+');
  let outcome = 'written';
  try {
    writeAtomically(file, Buffer.from(BEFORE), AFTER);
  } catch (e) {
    outcome = e.message;
  } finally {
    fs.closeSync(held);
  }
  const text = fs.readFileSync(file, 'utf8');
  const kept = text.includes(LINE) && (outcome !== 'written' ? text === BEFORE + LINE && outcome.includes('changed on disk') : true);
  if (!kept) {
    lost++;
    console.error(`trial ${trial} (${moments[moment]}): append lost; outcome: ${outcome}; file: ${JSON.stringify(text)}`);
  }
  const key = `${moments[moment]}: ${outcome}`;
  outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
}
const left = fs.readdirSync(dir).filter((f) => f !== 'Dockerfile');
fs.rmSync(dir, { recursive: true, force: true });
for (const [key, n] of outcomes) console.log(`${String(n).padStart(5)}  ${key}`);
console.log(`${trials} trials, ${lost} appends lost, ${left.length} files left behind`);
process.exit(lost > 0 || left.length > 0 ? 1 : 0);
