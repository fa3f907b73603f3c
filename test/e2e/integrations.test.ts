import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, tempTree } from '../helpers/cli.js';
import { sarifValidator } from '../helpers/reference-data.js';

// Every recipe in docs/integrations.md and docs/api.md, run for real: socialcheck is packed
// once with `npm pack`, and each recipe's own commands (its install step, the workflow's `run:`
// steps, the hook, lint-staged's command) run as written against that tarball, with only the
// release URL replaced by the tarball's path. `npx socialcheck` is npm's npx finding the
// installed package, as on a user's machine.

const RELEASE = 'https://github.com/socialcheck/socialcheck/releases/download/v0.1.0/socialcheck-0.1.0.tgz';
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()), 120_000);
const bad = 'Had the lovely Margaret Hughes in the chair today.\n';
const good = 'Open evening at the practice on Thursday, 6 to 8pm. All welcome!\n';
const warnOnly = 'Use my discount code SMILE20 at my online shop for 20% off whitening kits.\n';

// The environment of a user's shell, not of the npm script running these tests (npm_* variables
// would point npm at this checkout); installs use npm's cache first.
const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_|^INIT_CWD$/i.test(k)));
Object.assign(env, {
  npm_config_prefer_offline: 'true',
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
});
delete env.FORCE_COLOR;

let tarball = '';
const packDir = mkdtempSync(join(tmpdir(), 'socialcheck-pack-'));
cleanups.push(() => rmSync(packDir, { recursive: true, force: true }));
beforeAll(() => {
  // dist/ is built before the tests (npm test's pretest), so the pack needs no build of its own.
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', packDir], { cwd: ROOT, env, encoding: 'utf8' });
  tarball = join(packDir, out.trim().split('\n').pop()!);
}, 120_000);

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
const commit = (dir: string, file: string, text: string, e: NodeJS.ProcessEnv = env) => {
  writeFileSync(join(dir, file), text);
  execFileSync('git', ['add', file], { cwd: dir, env: e });
  return spawnSync('git', ['commit', '-m', `add ${file}`], { cwd: dir, env: e, encoding: 'utf8' });
};
const committed = (dir: string) => execFileSync('git', ['log', '--format=%s'], { cwd: dir, encoding: 'utf8' });
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const ourCommit = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
const out = (r: SpawnSyncReturns<string>) => r.stdout + r.stderr;

/** A recipe's shell command, as written, with the release tarball's URL pointing at ours. */
function sh(command: string, cwd: string): SpawnSyncReturns<string> {
  return spawnSync('sh', ['-c', command.replaceAll(RELEASE, tarball)], { cwd, env, encoding: 'utf8', timeout: 240_000 });
}

/** The fenced blocks of one `## heading` section of docs/integrations.md. */
function blocks(heading: string): { lang: string; body: string }[] {
  const doc = readFileSync(join(ROOT, 'docs', 'integrations.md'), 'utf8');
  const section = doc.split(/^## /m).find((s) => s.startsWith(heading))!;
  return [...section.matchAll(/^```(\w*)\n([\s\S]*?)^```/gm)].map((m) => ({ lang: m[1]!, body: m[2]! }));
}

describe('the packed tarball', () => {
  it('holds the built package and no sources or tests', () => {
    const files = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).split('\n');
    expect(files).toContain('package/dist/src/cli/main.js');
    expect(files).toContain('package/bin/socialcheck.js');
    expect(files).toContain('package/CHANGELOG.md');
    expect(files.some((f) => /^package\/(src|test)\//.test(f))).toBe(false);
  });

  it('installs globally into a fresh prefix, with no build and no dev dependencies, and runs', { timeout: 240_000 }, () => {
    const prefix = mkdtempSync(join(tmpdir(), 'socialcheck-global-'));
    cleanups.push(() => rmSync(prefix, { recursive: true, force: true }));
    const install = spawnSync('npm', ['install', '--global', '--prefix', prefix, tarball], { env, encoding: 'utf8', timeout: 240_000 });
    expect(install.status, out(install)).toBe(0);
    expect(existsSync(join(prefix, 'lib', 'node_modules', 'typescript'))).toBe(false);
    const bin = join(prefix, 'bin', 'socialcheck');
    expect(spawnSync(bin, ['--version'], { env, encoding: 'utf8' }).stdout.trim()).toBe(version);
    const dir = repo({ 'bad.md': bad });
    const r = spawnSync(bin, ['bad.md'], { cwd: dir, env, encoding: 'utf8' });
    expect(r.status, out(r)).toBe(1);
    expect(r.stdout).toMatch(/patient-identifiability/);
    expect(r.stdout).not.toContain('Margaret Hughes');
  });

  it("npm's own errors are shown: the project's .npmrc does not silence a failing install", () => {
    const dir = repo({});
    copyFileSync(join(ROOT, '.npmrc'), join(dir, '.npmrc'));
    const r = spawnSync('npm', ['install', '--no-save', './no-such-socialcheck.tgz'], { cwd: dir, env, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/npm error .*ENOENT|npm error enoent/);
  });
});

describe('pre-commit framework', () => {
  // .ci/run installs Debian's pre-commit; elsewhere the test says why it did not run. pre-commit
  // installs the hook its own way (npm install and npm pack in its clone of this repository):
  // minutes, so it runs in CI (CI=true) and where asked for (SOCIALCHECK_SLOW_TESTS=1).
  const slow = Boolean(process.env.CI || process.env.SOCIALCHECK_SLOW_TESTS);
  it.skipIf(!has('pre-commit') || !ourCommit || !slow)(
    'installs the hooks from this repository, refuses a commit that names a patient, shows a warning on one it accepts, refuses an export with a patient row (needs `pre-commit` on PATH)',
    { timeout: 420_000 },
    () => {
      const config = blocks('pre-commit').find((b) => b.lang === 'yaml')!.body;
      // The recipe's config, pointed at this checkout and its commit (the tag is made on release).
      const ours = config.replace('https://github.com/socialcheck/socialcheck', ROOT).replace(/rev: \S+/, `rev: ${ourCommit}`);
      expect(ours).toContain(ROOT);
      const dir = repo({ '.pre-commit-config.yaml': ours });
      const e = { ...env, PRE_COMMIT_HOME: join(dir, '.pre-commit-home') };
      execFileSync('git', ['add', '.pre-commit-config.yaml'], { cwd: dir });
      execFileSync('git', ['commit', '-qm', 'config'], { cwd: dir });
      execFileSync('pre-commit', ['install'], { cwd: dir, env: e, stdio: 'pipe' });
      const refused = commit(dir, 'bad.md', bad, e);
      expect(refused.status, out(refused)).not.toBe(0);
      expect(out(refused)).toMatch(/patient-identifiability/);
      expect(out(refused)).not.toContain('Margaret Hughes');
      expect(committed(dir)).not.toMatch(/add bad\.md/);
      execFileSync('git', ['reset', '-q', 'bad.md'], { cwd: dir });
      const accepted = commit(dir, 'warn.md', warnOnly, e);
      expect(accepted.status, out(accepted)).toBe(0);
      // The hook is verbose: a passing commit still shows its warnings.
      expect(out(accepted)).toMatch(/warning.*commercial-promotion/);
      // socialcheck-exports: a scheduler export's rows are posts, the patient's row refused at its line.
      const exportCsv = `Text,Posting Time\n"${good.trim()}",2026-12-01 09:00\n"Follow-up for our patient, NHS number 943 476 5919.",2026-12-02 09:00\n`;
      const refusedExport = commit(dir, 'december.csv', exportCsv, e);
      expect(refusedExport.status, out(refusedExport)).not.toBe(0);
      expect(out(refusedExport)).toMatch(/socialcheck \(scheduler exports\)[\s\S]*december\.csv[\s\S]*3:\d+\s+error.*patient-identifiability/);
      expect(out(refusedExport)).not.toContain('476 5919');
      expect(committed(dir)).not.toMatch(/add december\.csv/);
    },
  );
  if (!has('pre-commit'))
    it.skip('pre-commit is not installed here: run `apt-get install pre-commit` (.ci/run does) to run this test', () => {});
  else if (!slow) it.skip('the pre-commit install takes minutes: it runs in CI, or with SOCIALCHECK_SLOW_TESTS=1', () => {});
});

describe('husky and lint-staged', () => {
  it(
    'installs as the recipe says (a dev dependency), refuses a commit with a bad staged draft, accepts a clean one, refuses an export with a patient row',
    { timeout: 300_000 },
    () => {
      const [install, hook, config] = blocks('husky and lint-staged');
      const dir = repo({ 'package.json': JSON.stringify({ name: 'drafts', private: true }) });
      writeFileSync(join(dir, '.gitignore'), 'node_modules\n');
      for (const line of install!.body.trim().split('\n')) {
        const r = sh(line, dir);
        expect(r.status, `${line}\n${out(r)}`).toBe(0);
      }
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      expect(pkg.devDependencies.socialcheck).toMatch(/^file:/);
      writeFileSync(join(dir, '.husky', 'pre-commit'), hook!.body);
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...pkg, ...JSON.parse(config!.body) }, null, 2));
      // A dev dependency in a clean folder runs through npx as installed.
      writeFileSync(join(dir, 'bad.md'), bad);
      const direct = sh('npx socialcheck bad.md', dir);
      expect(direct.status, out(direct)).toBe(1);
      execFileSync('git', ['add', 'package.json', 'package-lock.json', '.husky', '.gitignore'], { cwd: dir });
      execFileSync('git', ['commit', '-qm', 'setup', '--no-verify'], { cwd: dir });
      const refused = commit(dir, 'bad.md', bad);
      expect(refused.status, out(refused)).not.toBe(0);
      expect(out(refused)).toMatch(/patient-identifiability/);
      execFileSync('git', ['reset', '-q', 'bad.md'], { cwd: dir });
      const accepted = commit(dir, 'good.md', good);
      expect(accepted.status, out(accepted)).toBe(0);
      expect(committed(dir)).toMatch(/add good\.md/);
      // A staged scheduler export: its patient row refuses the commit, at the row's line.
      const exportCsv = `Text,Posting Time\n"${good.trim()}",2026-12-01 09:00\n"Follow-up for our patient, NHS number 943 476 5919.",2026-12-02 09:00\n`;
      const refusedExport = commit(dir, 'december.csv', exportCsv);
      expect(refusedExport.status, out(refusedExport)).not.toBe(0);
      // lint-staged runs its tasks with colour on.
      expect(out(refusedExport).replace(/\x1b\[[0-9;]*m/g, '')).toMatch(/december\.csv[\s\S]*3:\d+\s+error.*patient-identifiability/);
      expect(committed(dir)).not.toMatch(/add december\.csv/);
    },
  );
});

describe('GitHub Actions workflow', () => {
  const workflow = parse(readFileSync(join(ROOT, 'docs', 'examples', 'github-workflow.yml'), 'utf8')) as {
    jobs: Record<string, { steps: { run?: string; uses?: string; with?: Record<string, string> }[] }>;
  };
  const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
  const commands = steps.flatMap((s) => (s.run ? [s.run] : []));

  it('installs socialcheck, annotates problems and writes valid SARIF where the upload step looks for it', { timeout: 300_000 }, () => {
    expect(commands[0]).toContain(RELEASE);
    const dir = repo({ 'posts/a.md': bad, 'posts/b.md': good });
    const [install, annotate, sarif] = commands.map((c) => sh(c, dir));
    expect(install!.status, out(install!)).toBe(0);
    expect(annotate!.status, out(annotate!)).toBe(1);
    expect(annotate!.stdout).toMatch(/^::error file=posts\/a\.md,line=1,col=16,.*patient-identifiability/m);
    expect(sarif!.status).toBe(0);
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!;
    const log = JSON.parse(readFileSync(join(dir, upload.with!.sarif_file!), 'utf8'));
    expect(log.runs[0].results.length).toBeGreaterThan(0);
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('GitLab CI', () => {
  const ci = parse(readFileSync(join(ROOT, 'docs', 'examples', 'gitlab-ci.yml'), 'utf8')) as Record<
    string,
    { script: string[]; artifacts: { reports: { codequality: string } } }
  >;
  it('installs socialcheck and writes the Code Quality report the job declares', { timeout: 300_000 }, () => {
    const job = Object.values(ci)[0]!;
    expect(job.script[0]).toContain(RELEASE);
    const dir = repo({ 'posts/a.md': bad });
    const [install] = job.script.map((c) => sh(c, dir));
    expect(install!.status, out(install!)).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, job.artifacts.reports.codequality), 'utf8')) as {
      check_name: string;
      location: { path: string };
    }[];
    expect(report.map((i) => [i.check_name, i.location.path])).toContainEqual(['patient-identifiability', 'posts/a.md']);
  });
});

describe('the docs and the examples agree', () => {
  it('the workflow and GitLab job shown in docs/integrations.md are the example files’ steps', () => {
    const shown = blocks('GitHub Actions')[0]!.body;
    const workflow = readFileSync(join(ROOT, 'docs', 'examples', 'github-workflow.yml'), 'utf8');
    for (const line of shown.split('\n').filter((l) => l.includes('run:'))) expect(workflow).toContain(line.trim());
    const gitlab = readFileSync(join(ROOT, 'docs', 'examples', 'gitlab-ci.yml'), 'utf8');
    for (const line of blocks('GitLab CI')[0]!
      .body.split('\n')
      .filter((l) => l.includes('npx') || l.includes('npm install')))
      expect(gitlab).toContain(line.trim());
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
