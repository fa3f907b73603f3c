import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, ROOT, tempTree } from '../helpers/cli.js';
import { sarifValidator } from '../helpers/reference-data.js';

// Every recipe in docs/integrations.md and docs/api.md, run for real.

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));
const bad = 'Had the lovely Margaret Hughes in the chair today.\n';
const good = 'Open evening at the practice on Thursday, 6 to 8pm. All welcome!\n';

function repo(files: Record<string, string>): string {
  const t = tempTree(files);
  cleanups.push(t.cleanup);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: t.dir, stdio: 'pipe' });
  git('init', '-q');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'Test');
  git('config', 'commit.gpgsign', 'false');
  return t.dir;
}
const commit = (dir: string, file: string, text: string) => {
  writeFileSync(join(dir, file), text);
  execFileSync('git', ['add', file], { cwd: dir });
  return spawnSync('git', ['commit', '-m', `add ${file}`], { cwd: dir, encoding: 'utf8' });
};
const committed = (dir: string) => execFileSync('git', ['log', '--format=%s'], { cwd: dir, encoding: 'utf8' });
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const ourCommit = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();

describe('pre-commit framework', () => {
  // .ci/run installs Debian's pre-commit; elsewhere the test says why it did not run.
  // It installs this repository as the framework does (npm install of every dependency, then
  // the build, twice): a minute or two, so it runs in CI and where asked for.
  const slow = Boolean(process.env.CI || process.env.SOCIALCHECK_SLOW_TESTS);
  it.skipIf(!has('pre-commit') || !ourCommit || !slow)(
    'installs the hook from this repository, refuses a commit that names a patient, accepts a clean one (needs `pre-commit` on PATH)',
    { timeout: 300_000 },
    () => {
      const dir = repo({
        '.pre-commit-config.yaml': `repos:\n  - repo: ${ROOT}\n    rev: ${ourCommit}\n    hooks:\n      - id: socialcheck\n`,
      });
      // The hook's install is `npm install` of this repository (all its dependencies, then the
      // build): from npm's cache where it can, without the audit and funding requests.
      const env = {
        ...process.env,
        PRE_COMMIT_HOME: join(dir, '.pre-commit-home'),
        npm_config_prefer_offline: 'true',
        npm_config_audit: 'false',
        npm_config_fund: 'false',
        npm_config_update_notifier: 'false',
      };
      execFileSync('git', ['add', '.pre-commit-config.yaml'], { cwd: dir });
      execFileSync('git', ['commit', '-qm', 'config'], { cwd: dir });
      execFileSync('pre-commit', ['install'], { cwd: dir, env, stdio: 'pipe' });
      writeFileSync(join(dir, 'bad.md'), bad);
      execFileSync('git', ['add', 'bad.md'], { cwd: dir });
      const refused = spawnSync('git', ['commit', '-m', 'bad draft'], { cwd: dir, env, encoding: 'utf8' });
      expect(refused.status, refused.stdout + refused.stderr).not.toBe(0);
      expect(refused.stdout + refused.stderr).toMatch(/patient-identifiability/);
      expect(refused.stdout + refused.stderr).not.toContain('Margaret Hughes');
      expect(committed(dir)).not.toMatch(/bad draft/);
      execFileSync('git', ['reset', '-q', 'bad.md'], { cwd: dir });
      writeFileSync(join(dir, 'good.md'), good);
      execFileSync('git', ['add', 'good.md'], { cwd: dir });
      const accepted = spawnSync('git', ['commit', '-m', 'good draft'], { cwd: dir, env, encoding: 'utf8' });
      expect(accepted.status, accepted.stdout + accepted.stderr).toBe(0);
    },
  );
  if (!has('pre-commit'))
    it.skip('pre-commit is not installed here: run `apt-get install pre-commit` (.ci/run does) to run this test', () => {});
  else if (!slow) it.skip('the pre-commit install takes minutes: it runs in CI, or with SOCIALCHECK_SLOW_TESTS=1', () => {});
});

describe('husky and lint-staged', () => {
  it('refuses a commit with a bad staged draft, accepts a clean one', { timeout: 60_000 }, () => {
    const dir = repo({
      'package.json': JSON.stringify({ name: 'drafts', private: true, 'lint-staged': { '*.{md,markdown,txt}': 'socialcheck' } }),
      '.husky/pre-commit': 'npx lint-staged\n',
    });
    // What `npm install --save-dev husky lint-staged socialcheck` would put in node_modules/.bin.
    mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
    symlinkSync(BIN, join(dir, 'node_modules', '.bin', 'socialcheck'));
    symlinkSync(join(ROOT, 'node_modules', 'lint-staged', 'bin', 'lint-staged.js'), join(dir, 'node_modules', '.bin', 'lint-staged'));
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'husky', 'bin.js')], { cwd: dir, stdio: 'pipe' });
    writeFileSync(join(dir, '.gitignore'), 'node_modules\n');
    execFileSync('git', ['add', 'package.json', '.husky', '.gitignore'], { cwd: dir });
    execFileSync('git', ['commit', '-qm', 'setup', '--no-verify'], { cwd: dir });
    const refused = commit(dir, 'bad.md', bad);
    expect(refused.status, refused.stdout + refused.stderr).not.toBe(0);
    expect(refused.stdout + refused.stderr).toMatch(/patient-identifiability/);
    execFileSync('git', ['reset', '-q', 'bad.md'], { cwd: dir });
    const accepted = commit(dir, 'good.md', good);
    expect(accepted.status, accepted.stdout + accepted.stderr).toBe(0);
    expect(committed(dir)).toMatch(/add good\.md/);
  });
});

/** The shell commands of a CI recipe that call socialcheck, run as written (npx -> this checkout). */
function runRecipe(commands: string[], dir: string) {
  return commands.map((c) => spawnSync('sh', ['-c', c.replace(/\bnpx socialcheck\b/g, `node ${BIN}`)], { cwd: dir, encoding: 'utf8' }));
}

describe('GitHub Actions workflow', () => {
  const workflow = parse(readFileSync(join(ROOT, 'docs', 'examples', 'github-workflow.yml'), 'utf8')) as {
    jobs: Record<string, { steps: { run?: string; uses?: string; with?: Record<string, string> }[] }>;
  };
  const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
  const commands = steps.flatMap((s) => (s.run && /socialcheck/.test(s.run) ? [s.run] : []));

  it('annotates problems and writes valid SARIF where the upload step looks for it', () => {
    const dir = repo({ 'posts/a.md': bad, 'posts/b.md': good });
    const [annotate, sarif] = runRecipe(commands, dir);
    expect(annotate!.status).toBe(1);
    expect(annotate!.stdout).toMatch(/^::error file=posts\/a\.md,line=1,col=16,.*patient-identifiability/m);
    expect(sarif!.status).toBe(0);
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!;
    const log = JSON.parse(readFileSync(join(dir, upload.with!.sarif_file!), 'utf8'));
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results.length).toBeGreaterThan(0);
  });
});

describe('GitLab CI', () => {
  const ci = parse(readFileSync(join(ROOT, 'docs', 'examples', 'gitlab-ci.yml'), 'utf8')) as Record<
    string,
    { script: string[]; artifacts: { reports: { codequality: string } } }
  >;
  it('writes the Code Quality report the job declares', () => {
    const job = Object.values(ci)[0]!;
    const dir = repo({ 'posts/a.md': bad });
    runRecipe(job.script, dir);
    const report = JSON.parse(readFileSync(join(dir, job.artifacts.reports.codequality), 'utf8')) as {
      check_name: string;
      location: { path: string };
    }[];
    expect(report.map((i) => [i.check_name, i.location.path])).toContainEqual(['patient-identifiability', 'posts/a.md']);
  });
});

describe('the API example', () => {
  it('lints a batch, holds back the posts with errors and exits 1', () => {
    const example = join(ROOT, 'docs', 'examples', 'lint-batch.mjs');
    expect(existsSync(example)).toBe(true);
    const r = spawnSync(process.execPath, [example], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/held back tue:\n\s+patient-identifiability/);
    expect(r.stdout).toMatch(/held back wed:\n\s+party-political/);
    expect(r.stdout).toContain('1 of 3 posts can be scheduled.');
    expect(r.stdout).not.toContain('Margaret Hughes');
  });
});
