#!/usr/bin/env node
// npm run bench: socialcheck against the floor (node -e 0; reading and parsing only) and its
// peers (alex, write-good, markdownlint-cli2, textlint with one prose rule) over the same
// seeded corpus of realistic drafts at 1,000 and 10,000 files. Runs alternate, medians of
// several repetitions; wall time, CPU time and peak memory (from /usr/bin/time -v).
// Writes docs/benchmarks.md. Peers are installed in bench/ on first use (npm install).
// socialcheck runs as installed: on POSIX systems from its startup snapshot, through the same
// launcher an install puts in front of bin/socialcheck.js (dist/socialcheck.sh); the plain start
// (`node bin/socialcheck.js`, what Windows and an install without scripts run) is timed beside it.
//   node scripts/bench.mjs [--reps 3] [--sizes 1000,10000] [--no-peers] [--out docs/benchmarks.md]
// (a quick check of the script itself: --sizes 200 --reps 1 --no-peers --out /tmp/bench.md)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir, platform, release } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const bench = join(root, 'bench');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const REPS = Number(opt('reps', '3'));
const SIZES = opt('sizes', '1000,10000').split(',').map(Number);
const PEERS = !args.includes('--no-peers');
const OUT = opt('out', join(root, 'docs', 'benchmarks.md'));

// --- A seeded corpus ------------------------------------------------------------------------

function rng(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const SENTENCES = [
  'Lovely day at the practice today with the whole team.',
  'Had the lovely Margaret Hughes in the chair this morning.',
  'Our hygienist Priya ran the kids’ brushing clinic again 🦷.',
  'Flu jab clinic this Saturday, 9 to 1, no appointment needed 💉.',
  'As a physio I think the new referral pathway is a real step forward.',
  '"Recovery is not a straight line," as one of my patients put it.',
  'Read the NICE guidance here: https://www.nice.org.uk/guidance/ng59 for more.',
  'Bleeding gums? Book a check-up with your dentist.',
  'Take 400mg ibuprofen every 6 hours for toothache if you can.',
  'Congratulations to Dr Omar Aziz on 20 years with us! 🎉',
  'Vote for whoever you like on Thursday, but do vote.',
  'Our new patient spaces open on 3 March; call 01632 960 777.',
  'Views are my own, not those of my employer.',
  'We raised £540 for the hospice at the bake sale #charity #TeamSmile.',
  'Remember: antibiotics don’t work on colds or flu.',
  'Thanks @NHSEngland for the update on the dental contract.',
];
function draft(r) {
  let text = r() < 0.35 ? `---\naccount: ${['personal', 'professional', 'practice'][Math.floor(r() * 3)]}\nplatform: ${['x', 'facebook', 'instagram', 'linkedin'][Math.floor(r() * 4)]}\n---\n` : '';
  const target = 300 + Math.floor(r() * 1200);
  while (text.length < target) {
    text += SENTENCES[Math.floor(r() * SENTENCES.length)] + (r() < 0.2 ? '\n\n' : ' ');
    if (r() < 0.05) text += '\n> A short quoted line from a colleague, with thanks.\n\n';
  }
  return `${text.trim()}\n`;
}
function corpus(n) {
  const dir = join(tmpdir(), 'socialcheck-bench', String(n));
  if (existsSync(join(dir, 'done'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  const r = rng(20261122 + n);
  for (let i = 0; i < n; i++) {
    const sub = join(dir, `d${Math.floor(i / 500)}`);
    if (i % 500 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `post-${i}.md`), draft(r));
  }
  writeFileSync(join(dir, 'done'), '');
  return dir;
}

// --- Measuring ------------------------------------------------------------------------------

function measure(cmd, cwd) {
  const t = process.hrtime.bigint();
  // Output goes to /dev/null, as hyperfine sends it: the time is the tool's, not this script's
  // reading and decoding megabytes of reports (~60 ms of a warm --cache run's 0.6 s).
  const r = spawnSync('/usr/bin/time', ['-v', ...cmd], { cwd, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - t) / 1e9;
  const field = (name) => Number(new RegExp(`${name}[^:]*:\\s*([\\d.]+)`).exec(r.stderr)?.[1] ?? NaN);
  return { wall, cpu: field('User time') + field('System time'), rss: field('Maximum resident set size') / 1024, status: r.status };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const node = process.execPath;
const plainBin = join(root, 'bin', 'socialcheck.js');
// The command a user's `socialcheck` runs: the snapshot's launcher where the build made one.
const launcher = join(root, 'dist', 'socialcheck.sh');
const FAST = existsSync(launcher);
const sc = (...a) => (FAST ? [launcher, ...a] : [node, plainBin, ...a]);
const plain = (...a) => [node, plainBin, ...a];
const peerBin = (name) => join(bench, 'node_modules', '.bin', name);
if (PEERS && !existsSync(join(bench, 'node_modules'))) {
  console.error('installing peers in bench/ ...');
  spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: bench, stdio: 'inherit' });
}

const small = corpus(1);
const one = join(small, 'd0', 'post-0.md');
const cases = [
  { name: 'node -e 0', group: 'floor', size: 1, cmd: [node, '-e', '0'] },
  { name: 'socialcheck (1 draft)', group: 'socialcheck', size: 1, cmd: sc('--no-config-lookup', one) },
];
if (FAST) cases.push({ name: 'socialcheck, plain start (1 draft)', group: 'socialcheck', size: 1, cmd: plain('--no-config-lookup', one) });
if (PEERS && existsSync(join(bench, 'node_modules'))) cases.push({ name: 'write-good', group: 'peer', size: 1, cmd: [peerBin('write-good'), '--parse', one] });
for (const n of SIZES) {
  const dir = corpus(n);
  cases.push({ name: `read + parse floor`, group: 'floor', size: n, cmd: [node, join(root, 'scripts', 'bench-floor.mjs'), dir] });
  cases.push({ name: 'socialcheck', group: 'socialcheck', size: n, cmd: sc('--no-config-lookup', dir) });
  cases.push({ name: 'socialcheck --concurrency off', group: 'socialcheck', size: n, cmd: sc('--no-config-lookup', '--concurrency', 'off', dir) });
  if (FAST && n === Math.min(...SIZES)) cases.push({ name: 'socialcheck, plain start', group: 'socialcheck', size: n, cmd: plain('--no-config-lookup', dir) });
  if (n === Math.max(...SIZES)) {
    const cacheFile = join(tmpdir(), `socialcheck-bench-${n}.cache`);
    const cached = sc('--no-config-lookup', '--cache', '--cache-location', cacheFile, dir);
    spawnSync(cached[0], cached.slice(1));
    cases.push({ name: 'socialcheck --cache (warm)', group: 'socialcheck', size: n, cmd: cached });
  }
  if (PEERS && existsSync(join(bench, 'node_modules'))) {
    cases.push({ name: 'write-good', group: 'peer', size: n, cmd: [peerBin('write-good'), '--parse', ...globFiles(dir)] });
    cases.push({ name: 'markdownlint-cli2', group: 'peer', size: n, cmd: [peerBin('markdownlint-cli2'), `${dir}/**/*.md`] });
    cases.push({ name: 'textlint (write-good rule)', group: 'peer', size: n, cmd: [peerBin('textlint'), '--config', join(bench, '.textlintrc.json'), dir] });
    // alex is by far the slowest; at 10k it takes minutes, so one run is enough to show it.
    cases.push({ name: 'alex', group: 'peer', size: n, cmd: [peerBin('alex'), dir], reps: n > 1000 ? 1 : REPS });
  }
}
// Memory as a run grows: the largest corpus again at ten times its size, once per mode (a 100k
// run takes a minute or more); its peak is compared with the largest corpus's.
const GROWN = Number(opt('grown', String(Math.max(...SIZES) * 10)));
if (GROWN > 0) {
  const dir = corpus(GROWN);
  cases.push({ name: 'socialcheck', group: 'grown', size: GROWN, cmd: sc('--no-config-lookup', dir), reps: 1 });
  cases.push({ name: 'socialcheck --concurrency off', group: 'grown', size: GROWN, cmd: sc('--no-config-lookup', '--concurrency', 'off', dir), reps: 1 });
}
function globFiles(dir) {
  const out = [];
  for (let i = 0; existsSync(join(dir, `d${i}`)); i++) for (let j = i * 500; j < (i + 1) * 500; j++) if (existsSync(join(dir, `d${i}`, `post-${j}.md`))) out.push(join(dir, `d${i}`, `post-${j}.md`));
  return out;
}

// Alternate: every case once per round, so drift in the machine affects all alike.
const samples = new Map(cases.map((c) => [c, []]));
for (let rep = 0; rep < REPS; rep++) {
  for (const c of cases) {
    if (rep >= (c.reps ?? REPS)) continue;
    samples.get(c).push(measure(c.cmd, root));
    process.stderr.write('.');
  }
}
process.stderr.write('\n');

const rows = cases.map((c) => {
  const s = samples.get(c);
  return { ...c, wall: median(s.map((x) => x.wall)), cpu: median(s.map((x) => x.cpu)), rss: median(s.map((x) => x.rss)), runs: s.length };
});
const find = (name, size) => rows.find((r) => r.name === name && r.size === size);
const floor0 = find('node -e 0', 1).wall;
const cold = find('socialcheck (1 draft)', 1).wall;
const lines = [
  '| command | drafts | wall (s) | CPU (s) | peak RSS (MB) | drafts/s | ratio |',
  '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
];
for (const r of rows) {
  let ratio = '';
  if (r.size === 1 && r.group === 'socialcheck') ratio = `${(r.wall / floor0).toFixed(2)}× node -e 0`;
  else if (r.group === 'socialcheck' && !r.name.includes('--cache'))
    ratio = `${(r.wall / find('read + parse floor', r.size).wall).toFixed(2)}× floor`;
  else if (r.group === 'grown') ratio = `peak ${(r.rss / find(r.name, Math.max(...SIZES)).rss).toFixed(2)}× ${Math.max(...SIZES).toLocaleString('en-GB')}'s`;
  else if (r.name.startsWith('socialcheck --cache')) ratio = `${(r.wall / cold).toFixed(2)}× cold start`;
  else if (r.group === 'peer') ratio = `${(r.wall / (r.size === 1 ? cold : find('socialcheck', r.size).wall)).toFixed(2)}× socialcheck`;
  lines.push(
    `| ${r.name} | ${r.size.toLocaleString('en-GB')} | ${r.wall.toFixed(2)} | ${r.cpu.toFixed(2)} | ${r.rss.toFixed(0)} | ${r.size > 1 ? Math.round(r.size / r.wall).toLocaleString('en-GB') : ''} | ${ratio} |`,
  );
}
// Where the time goes: socialcheck's own per-rule times (TIMING=1) over the 1k corpus, one thread.
const timed = sc('--no-config-lookup', '--concurrency', 'off', corpus(Math.min(...SIZES)));
const timingRun = spawnSync(timed[0], timed.slice(1), {
  encoding: 'utf8',
  env: { ...process.env, TIMING: '1' },
  maxBuffer: 1 << 30,
});
const timing = timingRun.stderr.trim();

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()}, Node ${process.version}`;
const md = `# Benchmarks

Produced by \`npm run bench\` (scripts/bench.mjs) on ${new Date().toISOString().slice(0, 10)}: ${machine}.
Medians of ${REPS} alternating runs (alex at 10k: one run). The corpus is seeded and
realistic: 300–1,500 characters, front matter in about a third, quotes, links, emoji,
hashtags, names and numbers. The floor reads and parses every file with unified and
remark-parse and does nothing else. \`socialcheck\` runs as installed${FAST ? ` on a POSIX system: started
from its V8 startup snapshot (taken after a warm-up lint, so rules, phrase tables and name data
are built) through the launcher an install puts in front of \`bin/socialcheck.js\`; "plain
start" is \`node bin/socialcheck.js\` (Windows, or an install without scripts): the one-file
build with its code cache` : ': the one-file build with its code cache'}. \`--concurrency auto\` starts one worker thread per core but
one from 1,500 files per worker (workers start from the one-file build and its code cache), the
main thread linting too; \`--concurrency off\` is the same run on one thread. Every command's output goes to /dev/null (as hyperfine does), so times are the
tools' own: the warm \`--cache\` run prints a 7 MB report of 28,000 problems.${GROWN > 0 ? ` The last two rows run ${GROWN.toLocaleString('en-GB')} drafts once each, to show that peak memory stays level as a run grows.` : ''}

${lines.join('\n')}

## Where the time goes

\`TIMING=1 socialcheck --concurrency off\` over the ${Math.min(...SIZES).toLocaleString('en-GB')}-draft corpus: time inside each rule,
and in building the draft (\`(parse)\`: front matter, Markdown, sentences, words, quotes). The
rest of a run is start-up, reading files and printing the report.

\`\`\`text
${timing}
\`\`\`
`;
writeFileSync(OUT, md);
console.log(md);
