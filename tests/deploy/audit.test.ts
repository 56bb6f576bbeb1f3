import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const script = join(__dirname, '..', '..', 'scripts', 'auditProduction.sh');

/**
 * Runs the audit script with a stand-in `npm` first on the PATH that answers as the registry would, and, like
 * the real npm, prints nothing at all when its log level is silent.
 */
function auditWith(answer: { stdout: string; stderr: string; status: number }, env = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'audit-'));
  const npm = join(folder, 'npm');
  writeFileSync(
    npm,
    [
      '#!/usr/bin/env bash',
      'level="${npm_config_loglevel:-notice}"',
      'for argument in "$@"; do case "$argument" in --loglevel=*) level="${argument#--loglevel=}";; esac; done',
      `if [ "$level" != silent ]; then printf '%s' ${JSON.stringify(answer.stdout)}; printf '%s' ${JSON.stringify(answer.stderr)} >&2; fi`,
      `exit ${answer.status}`,
    ].join('\n'),
  );
  chmodSync(npm, 0o755);
  try {
    const run = spawnSync('bash', [script], {
      encoding: 'utf8',
      env: { ...process.env, PATH: `${folder}:${process.env.PATH ?? ''}`, ...env },
    });
    return { output: `${run.stdout}${run.stderr}`, status: run.status };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const unreachable = {
  stdout: '',
  stderr:
    'npm warn audit 405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk\nnpm error audit endpoint returned an error\n',
  status: 1,
};

describe('npm run audit:production', () => {
  it.each([
    ['as it is', {}],
    ['under npm run --silent', { npm_config_loglevel: 'silent' }],
  ])('%s, says plainly when the advisory endpoint cannot be reached, and passes', (_name, env) => {
    const { output, status } = auditWith(unreachable, env);
    expect(output).toMatch(/production dependencies were NOT checked\.\n$/);
    expect(status).toBe(0);
  });

  it('passes with a clean audit', () => {
    const { output, status } = auditWith(
      { stdout: 'found 0 vulnerabilities\n', stderr: '', status: 0 },
      { npm_config_loglevel: 'silent' },
    );
    expect(output).toMatch(/no high or critical advisories/);
    expect(status).toBe(0);
  });

  it('fails, showing the advisories, when there is one', () => {
    const { output, status } = auditWith(
      {
        stdout: 'some-package  <1.2.3\nSeverity: high\n1 high severity vulnerability\n',
        stderr: '',
        status: 1,
      },
      { npm_config_loglevel: 'silent' },
    );
    expect(output).toMatch(/Severity: high/);
    expect(status).toBe(1);
  });
});
