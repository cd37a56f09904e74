/**
 * The command interpreters by program name, sorted. A new command is one file in this folder and
 * one line here; the walker (`../run-facts.ts`) dispatches through this map.
 */
import { apkCommand } from './apk.js';
import { addAptRepositoryCommand, aptCommand, dpkgCommand } from './apt.js';
import { checksumCommand } from './checksums.js';
import { childShellCommand } from './child-shell.js';
import { copyCommand } from './copy.js';
import { downloadCommand } from './downloads.js';
import { aptKeyCommand, gpgCommand } from './keys.js';
import { sedCommand } from './sed.js';
import type { CommandInterpreter } from './types.js';
import { teeCommand } from './writers.js';

export const COMMANDS: ReadonlyMap<string, CommandInterpreter> = new Map([
  ['add-apt-repository', addAptRepositoryCommand],
  ['apk', apkCommand],
  ['apt', aptCommand],
  ['apt-get', aptCommand],
  ['apt-key', aptKeyCommand],
  ['aptitude', aptCommand],
  ['ash', childShellCommand],
  ['bash', childShellCommand],
  ['cp', copyCommand],
  ['curl', downloadCommand],
  ['dash', childShellCommand],
  ['dpkg', dpkgCommand],
  ['gpg', gpgCommand],
  ['gpg2', gpgCommand],
  ['install', copyCommand],
  ['mv', copyCommand],
  ['sed', sedCommand],
  ['sh', childShellCommand],
  ['sha256sum', checksumCommand],
  ['sha384sum', checksumCommand],
  ['sha512sum', checksumCommand],
  ['shasum', checksumCommand],
  ['tee', teeCommand],
  ['wget', downloadCommand],
]);
