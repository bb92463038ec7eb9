import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../helpers/run-cli.js';

const bin = path.join(repoRoot, 'bin', 'gbt27922.cjs');
const gitEnv = { GIT_AUTHOR_NAME: 'ci', GIT_AUTHOR_EMAIL: 'ci@example.invalid', GIT_COMMITTER_NAME: 'ci', GIT_COMMITTER_EMAIL: 'ci@example.invalid' };

/** A company's repository with its assessment on main, pushed to an origin, as CI checks it out. */
function repository(): { dir: string; git: (...args: string[]) => string } {
  const base = mkdtempSync(path.join(tmpdir(), 'gbt27922-ci-'));
  const dir = path.join(base, 'repo');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...gitEnv } });
  execFileSync('git', ['init', '-q', '-b', 'main', dir]);
  copyFileSync(path.join(repoRoot, 'examples', 'producer-4star.yaml'), path.join(dir, 'assessment.yaml'));
  git('add', '.');
  git('commit', '-qm', 'assessment');
  execFileSync('git', ['clone', '-q', '--bare', dir, path.join(base, 'origin.git')]);
  git('remote', 'add', 'origin', path.join(base, 'origin.git'));
  git('fetch', '-q', 'origin');
  return { dir, git };
}

/** The commands of a CI file, with the published package replaced by this checkout's binary. */
function commands(file: string): string[] {
  const ci = parse(readFileSync(path.join(repoRoot, 'examples', 'ci', file), 'utf8'));
  const scripts: string[] = file.startsWith('github') ? ci.jobs.readiness.steps.filter((step: { run?: string }) => step.run).map((step: { run: string }) => step.run) : ci.readiness.script;
  return scripts.map((script) => script.replaceAll('npx --yes gbt27922@0.1', `"${process.execPath}" "${bin}"`));
}

function runAll(scripts: string[], dir: string, env: Record<string, string>) {
  for (const script of scripts) {
    const run = spawnSync('bash', ['-e', '-o', 'pipefail', '-c', script], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
    if (run.status !== 0) return { status: run.status, stderr: run.stderr, script };
  }
  return { status: 0, stderr: '', script: '' };
}

describe.each(['github-actions.yml', 'gitlab-ci.yml'])('the example CI in %s', (file) => {
  it('publishes the summary, fails when a met answer becomes unmet, and passes again when it is restored', () => {
    const { dir, git } = repository();
    const temp = mkdtempSync(path.join(tmpdir(), 'gbt27922-runner-'));
    const summary = path.join(temp, 'summary.md');
    // The variables GitHub sets for a pull request and GitLab for a merge-request pipeline.
    const env = { GITHUB_STEP_SUMMARY: summary, RUNNER_TEMP: temp, GITHUB_BASE_REF: 'main', CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main' };
    const scripts = commands(file);

    expect(runAll(scripts, dir, env)).toMatchObject({ status: 0 });
    const markdown = file.startsWith('github') ? readFileSync(summary, 'utf8') : readFileSync(path.join(dir, 'readiness.md'), 'utf8');
    expect(markdown).toMatch(/^## GB\/T 27922/);
    expect(markdown).toContain('★★★★ 四星级');
    const junit = readFileSync(path.join(dir, 'gbt27922-junit.xml'), 'utf8');
    expect(junit.match(/<testcase /g)).toHaveLength(27 + 1);
    expect(junit).toContain('<skipped message="不适用：本公司产品为台式小家电');
    expect(junit.match(/<failure /g)).toHaveLength(4);

    git('checkout', '-q', '-b', 'change');
    const assessment = path.join(dir, 'assessment.yaml');
    const original = readFileSync(assessment, 'utf8');
    writeFileSync(assessment, original.replace('  culture.philosophy: met', '  culture.philosophy: unmet'));
    git('commit', '-qam', 'philosophy no longer demonstrated');
    const failing = runAll(scripts, dir, env);
    expect(failing.status).toBe(1);
    expect(failing.stderr).toContain('原先符合的指标不再符合：服务理念（culture.philosophy）');

    writeFileSync(assessment, original);
    git('commit', '-qam', 'restored');
    expect(runAll(scripts, dir, env)).toMatchObject({ status: 0 });
  }, 60_000);
});
