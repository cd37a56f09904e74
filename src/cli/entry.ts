/** What the CLI bundle exports to bin/: the command line, and the GitHub Action's lint step. */
import type { CliIO } from './io.js';

export { main } from './main.js';

/** Loaded only by the Action's run, as the language server is only by `hardenfile lsp`. */
export async function runAction(argv: string[], io: CliIO): Promise<number> {
  const action = await import('./action.js');
  return action.runAction(argv, io);
}
