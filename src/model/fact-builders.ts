/** Facts with the fields most recognisers leave at their defaults filled in once. */
import type { Command } from '../parse/shell-types.js';
import type { KeyInstallFact, Manager, PackageCommandFact, SecretMount, Span } from './types.js';
import type { Environment } from './environment.js';

type KeyFields = Pick<KeyInstallFact, 'manager' | 'path' | 'via' | 'span'> & Partial<Omit<KeyInstallFact, 'kind' | 'instruction'>>;

export function keyInstallFact(instruction: number, fields: KeyFields): KeyInstallFact {
  return {
    kind: 'key-install',
    url: null,
    contextSource: null,
    checksum: null,
    destSpan: null,
    urlSpan: null,
    movedLater: false,
    ...fields,
    instruction,
  };
}

/** A package command with nothing parsed yet: its subcommand, packages and options come next. */
export function packageCommandFact(
  ctx: { instruction: number; mounts: SecretMount[] },
  cmd: Command,
  manager: Manager,
  env: Environment,
  span: Span,
): PackageCommandFact {
  return {
    kind: 'package-command',
    manager,
    subcommand: null,
    packages: [],
    extraRepositories: [],
    repositoriesFile: null,
    options: [],
    env,
    repositories: [],
    // apt's sources are filled in by the state pass when the base is known.
    repositoriesUnknown: manager === 'apt',
    keys: [],
    commandSpan: cmd.name?.span ?? null,
    root: '/',
    keysDir: null,
    mounts: ctx.mounts,
    instruction: ctx.instruction,
    span,
  };
}
