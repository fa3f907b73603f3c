// Lint a batch of scheduled posts from a Node script and act on the result: posts with
// errors are held back, the rest are passed on. Run: node docs/examples/lint-batch.mjs
import { lintText } from 'socialcheck';

const posts = [
  { id: 'mon', platform: 'x', text: 'Flu jab clinic this Saturday, 9 to 1, no appointment needed.' },
  { id: 'tue', platform: 'facebook', text: 'Had the lovely Margaret Hughes in the chair today!' },
  { id: 'wed', platform: 'x', text: 'Vote Labour on Thursday!' },
];

const held = [];
for (const post of posts) {
  // The front matter tells socialcheck where the post will appear and who posts it.
  const draft = `---\nplatform: ${post.platform}\naccount: practice\n---\n${post.text}\n`;
  const result = await lintText(draft, { filePath: `${post.id}.md`, noConfigLookup: true });
  if (result.errorCount > 0) held.push({ id: post.id, problems: result.messages.map((m) => `${m.ruleId}: ${m.message}`) });
}

for (const h of held) console.log(`held back ${h.id}:\n  ${h.problems.join('\n  ')}`);
console.log(`${posts.length - held.length} of ${posts.length} posts can be scheduled.`);
process.exitCode = held.length ? 1 : 0;
