// npm's prepare script: builds the TypeScript in a clone (npm install, npm pack, a git URL
// install), and does nothing in an installed tarball, which ships dist/ already built and has
// neither the sources nor the dev dependencies to build it (npm 11 lists prepare as an install
// script of a tarball dependency; allowing it must not break the install).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (existsSync(join(root, 'tsconfig.json')) && existsSync(join(root, 'src'))) {
  const npm = process.env.npm_execpath;
  const r = npm
    ? spawnSync(process.execPath, [npm, 'run', 'build'], { cwd: root, stdio: 'inherit' })
    : spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  process.exit(r.status ?? 1);
}
