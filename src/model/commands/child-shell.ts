/** `sh -c '…'` (and bash, ash, dash): the child's script, read like the RUN's own. */
import { parseShell } from '../../parse/shell.js';
import { subScript } from '../../parse/run-script.js';
import type { Word } from '../types.js';
import type { Lookup } from '../vars.js';
import { staticValue } from '../words.js';
import type { CommandCall, CommandInterpreter } from './types.js';

export const childShellCommand: CommandInterpreter = { interpret: childShell };

/**
 * `sh -c 'script'`: the script a child shell runs, read like the RUN's own when the word is the
 * script as written (quoted in '…', in "…" without backslashes, or plain), so its ranges map to
 * the file like the RUN's. The child sees the environment: ENV, ARG and what the RUN exported.
 */
function childShell(call: CommandCall): void {
  const { ctx, args, lookup, scope } = call;
  const depth = ctx.depth ?? 0;
  if (depth >= MAX_CHILD_SHELLS) return;
  let command = false;
  let script: Word | undefined;
  for (let i = 0; i < args.length && !script; i++) {
    const v = staticValue(args[i]!, lookup);
    if (v === '-o' || v === '+o') i++;
    else if (v !== null && /^[-+][A-Za-z]+$/.test(v)) command ||= v[0] === '-' && v.includes('c');
    else if (v === null || !v.startsWith('--')) script = args[i];
  }
  if (!command || !script) return;
  const raw = script.raw;
  const quote = raw[0];
  let start = script.at;
  let end = script.at + raw.length;
  if ((quote === "'" || quote === '"') && raw.length >= 2 && raw.endsWith(quote) && !raw.slice(1, -1).includes(quote) && (quote === "'" || !raw.includes('\\'))) {
    start += 1;
    end -= 1;
  } else if (script.value !== raw) return;
  const run = parseShell(subScript(ctx.run.script, start, end), ctx.tick);
  const childLookup: Lookup = (name) => (scope.vars.has(name) && scope.exports.has(name) ? scope.vars.get(name) : ctx.lookup(name));
  call.walk({
    ...ctx,
    run,
    cwd: scope.cwd,
    lookup: childLookup,
    env: ctx.env.then(scope.exports),
    depth: depth + 1,
    // Lines inserted before a command inside the quoted script could break its quoting: fixes of
    // these package commands go before the instruction instead (see insertShellLinesBefore).
    emit: (fact) => {
      if (fact.kind === 'package-command') fact.commandSpan = null;
      ctx.emit(fact);
    },
  });
}

const MAX_CHILD_SHELLS = 3;
