import { defineRule } from '../src/rule.js';
import { eachFact, stageInstructions } from '../src/model/query.js';
import { insertRunFlag, removeInstruction } from '../src/fix/builders.js';
import type { Fix } from '../src/rule.js';
import type { Build, CopyFact, Stage } from '../src/model/types.js';
import { basename, dirname, resolvePath } from '../src/model/words.js';
import type { Policy } from '../src/policy/index.js';

/** File names that hold credentials wherever they are (netrc, package-manager auth, SSH keys, cloud/docker logins). */
const CREDENTIAL_NAMES = new Set([
  '.netrc',
  '_netrc',
  'auth.conf',
  '.npmrc',
  '.pypirc',
  '.git-credentials',
  '.dockercfg',
  '.pgpass',
  'credentials',
  'id_rsa',
  'id_dsa',
  'id_ecdsa',
  'id_ed25519',
  '.env',
]);
/** Directories that hold credentials, recognised as a source only (`COPY .ssh /root/.ssh`). */
const CREDENTIAL_DIRS = new Set(['.ssh']);
const ENV_EXAMPLE = /^\.env\.(?:example|sample|template|dist|defaults?)$/i;
/** A template or example of a credential file holds placeholders, not credentials (`.env_template`, `.npmrc.example`). */
const TEMPLATE = /[._-](?:example|sample|template|tmpl|dist|defaults?)(?:[._-]|$)/i;
/** Names of public keys and keyrings: what a signature is checked against, no secret. */
const PUBLIC_KEY = /\.(?:pub|asc|gpg)$|keyring|[._-]pub(?:lic)?[._-]/i;

function isPublicKey(path: string): boolean {
  const name = basename(path);
  return PUBLIC_KEY.test(name) && !/secring|secret|priv/i.test(name);
}

/** The credential file `path` names, or null. Public keys and certificates are not credentials. */
function credentialFile(policy: Policy, path: string, source: boolean): string | null {
  const name = basename(path);
  const parent = basename(dirname(path));
  const lower = name.toLowerCase();
  if (source && CREDENTIAL_DIRS.has(name)) return name;
  if (CREDENTIAL_NAMES.has(name) || lower === `${policy.auth.secretId}.txt`) return name;
  if (lower.startsWith('.env.') && !ENV_EXAMPLE.test(lower)) return name;
  if (parent === 'auth.conf.d' && lower.endsWith('.conf')) return `auth.conf.d/${name}`;
  if (parent === '.docker' && lower === 'config.json') return `.docker/${name}`;
  if (/\.(?:p12|pfx)$/.test(lower)) return name;
  // `.key` is also the usual suffix of public signing keys (apt keyrings); `.pem` of certificates.
  if (lower.endsWith('.key') && !/gpg|pub|keyring|asc|\/etc\/apt\/|\/etc\/apk\/keys\//i.test(path)) return name;
  if (lower.endsWith('.pem') && /key|priv/.test(lower) && !/pub/.test(lower)) return name;
  return null;
}

export default defineRule({
  id: 'secret-file-in-image',
  meta: {
    description: 'A credential file is copied or written into an image layer.',
    severity: 'error',
    fixable: 'sometimes',
    tags: ['security', 'secrets'],
    messages: {
      copied: '{keyword} puts the credential file {file} into the image at {dest}; it stays in that layer even if a later RUN deletes it. Mount it as a build secret instead.',
      written: 'RUN writes the secret {source} into {file}, which stays in the layer. Use it from the secret mount without saving it.',
      authConfWritten: 'RUN writes apt credentials into {file} with {source}, without a secret mount: they stay in the layer. Mount them as a build secret at {file} instead.',
    },
    options: {},
  },
  check(ctx) {
    const { build, policy } = ctx;
    let layout: Layout | undefined;
    const layoutOnce = () => (layout ??= layoutOf(build));
    for (const [copy, stage] of eachFact(build, 'copy')) {
      const many = copy.sources.length > 1 || copy.dest.endsWith('/');
      for (const src of copy.sources) {
        const heredoc = /^<<-?["']?[^"'\s]+["']?$/.test(src.text);
        const target = many ? resolvePath(copy.dest, heredoc ? '' : basename(src.text)) : copy.dest;
        // A key the model put in place (a keyring, apk's keys), or one named public on either side.
        if (src.key || (!heredoc && (isPublicKey(src.text) || TEMPLATE.test(basename(src.text)))) || isPublicKey(target)) continue;
        // The destination may be an existing directory (`COPY .netrc /root`): the source name counts too.
        const file = (heredoc ? null : credentialFile(policy, src.text, true)) ?? (many && heredoc ? null : credentialFile(policy, target, false));
        if (!file) continue;
        const fix = copy.sources.length === 1 && !heredoc ? mountInstead(build, policy, stage, copy, target, layoutOnce) : null;
        ctx.report({ messageId: 'copied', data: { keyword: copy.keyword, file, dest: target }, span: src.span, fix });
      }
    }
    for (const [write] of eachFact(build, 'secret-write')) {
      if (write.removed) continue;
      ctx.report({ messageId: write.literal ? 'authConfWritten' : 'written', data: { source: write.source, file: write.file }, span: write.span });
    }
  },
});

/**
 * Replace `COPY <file> <path>` by a secret mounted at the same path in the RUNs of the stage that
 * name it. Unsafe: the build needs `--secret id=…,src=…`, and a program that reads the file when
 * the container runs would no longer find it. Only where that is all the file is used for: a plain
 * COPY from the context, no later stage built on this one, and no instruction but RUN naming it.
 */
interface Layout {
  children: Set<number>;
  fromAt: number[];
}

/** Stages other stages are built FROM, and the instructions that name `--from=` (the check finds them once per file, not once per COPY). */
function layoutOf(build: Build): Layout {
  const children = new Set(build.stages.flatMap((s) => (s.parent === null ? [] : [s.parent])));
  const fromAt = build.instructions.filter((i) => /--from=/.test(build.text.slice(i.span.start, i.span.end))).map((i) => i.index);
  return { children, fromAt: fromAt.length > 1 ? fromAt.slice(0, 2) : fromAt };
}

function mountInstead(build: Build, policy: Policy, stage: Stage, copy: CopyFact, target: string, layout: () => Layout): Fix | null {
  const info = build.instructions[copy.instruction]!;
  const flagged = build.text.slice(info.keywordSpan.end, info.argsSpan?.start ?? info.span.end).includes('--');
  if (copy.keyword !== 'COPY' || copy.from !== null || flagged || /^[a-z]+:\/\//i.test(copy.sources[0]!.text)) return null;
  const { children, fromAt } = layout();
  if (children.has(stage.index) || fromAt.some((i) => i !== info.index)) return null;
  const later = stageInstructions(build, stage).filter((i) => i.index > info.index);
  const naming = later.filter((i) => build.text.slice(i.span.start, i.span.end).includes(target));
  if (naming.length === 0 || naming.some((i) => i.keyword !== 'RUN' || i.mounts.some((m) => m.target === target))) return null;
  const removal = removeInstruction(build, info);
  if (!removal) return null;
  const name = basename(target);
  const id = name.toLowerCase() === `${policy.auth.secretId}.txt` ? policy.auth.secretId : name.replace(/^\.+/, '').replace(/[^A-Za-z0-9_.-]/g, '_') || 'secret';
  return {
    title: `Mount ${name} as the build secret ${id} where it is read`,
    safety: 'unsafe',
    edits: [removal, ...naming.map((i) => insertRunFlag(build, i, `--mount=type=secret,id=${id},target=${target}`))],
  };
}
