import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { lintText } from '/work/wt/pid2/dist/src/api.js';
import { buildDraft } from '/work/wt/pid2/dist/src/draft/build.js';
import { loadMarkdownParser } from '/work/wt/pid2/dist/src/draft/markdown.js';
const p = await loadMarkdownParser();
const at = process.argv.indexOf('--');
const files = process.argv.slice(2, at);
const ids = new Set(process.argv.slice(at + 1));
for (const c of files.flatMap((f) => parse(readFileSync(f, 'utf8')))) {
  if (!ids.has(c.id)) continue;
  const r = await lintText(c.text, { noConfigLookup: true, filePath: `${c.id}.md` });
  console.log(`\n== ${c.id} expect [${(c.expect ?? []).join(', ')}]`);
  console.log(c.text.trimEnd().replace(/^/gm, '   | '));
  for (const m of r.messages) console.log(`   -> ${m.line}:${m.column} ${m.ruleId} ${m.messageId}: ${m.message.slice(0, 160)}`);
  const d = buildDraft(c.text, 'x.md', { format: 'markdown', parseMarkdown: p, staff: [] });
  for (const per of d.people.persons) console.log(`   P ${per.role} [${per.mentions.map(m=>m.kind+':'+m.text).join(' | ')}] ev=${per.evidence.map(e=>e.role+'/'+e.why+'/'+e.weight).join(', ')}`);
}
