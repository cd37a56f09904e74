/**
 * The command interpreters by program name, sorted. A new command is one file in this folder and
 * one line here; the walker (`../run-facts.ts`) dispatches through this map.
 */
import { apkCommand } from './apk.js';
import { addAptRepositoryCommand, aptCommand, dpkgCommand } from './apt.js';
import { checksumCommand } from './checksums.js';
import { childShellCommand } from './child-shell.js';
import { copyCommand } from './copy.js';
import { registryLoginCommand } from './docker.js';
import { downloadCommand } from './downloads.js';
import { aptKeyCommand, gpgCommand } from './keys.js';
import { npmConfigCommand } from './npm.js';
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
  ['docker', registryLoginCommand],
  ['dpkg', dpkgCommand],
  ['gpg', gpgCommand],
  ['gpg2', gpgCommand],
  ['helm', registryLoginCommand],
  ['install', copyCommand],
  ['mv', copyCommand],
  ['nerdctl', registryLoginCommand],
  ['npm', npmConfigCommand],
  ['pnpm', npmConfigCommand],
  ['podman', registryLoginCommand],
  ['sed', sedCommand],
  ['sh', childShellCommand],
  ['sha256sum', checksumCommand],
  ['sha384sum', checksumCommand],
  ['sha512sum', checksumCommand],
  ['shasum', checksumCommand],
  ['tee', teeCommand],
  ['wget', downloadCommand],
  ['yarn', npmConfigCommand],
]);
