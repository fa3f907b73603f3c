// The floor for npm run bench: read and parse every Markdown file in a folder with unified +
// remark-parse (plain ESM imports), and do nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';

const parser = unified().use(remarkParse);
let nodes = 0;
function walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith('.md')) nodes += parser.parse(readFileSync(p, 'utf8')).children.length;
  }
}
walk(process.argv[2]);
console.log(nodes);
