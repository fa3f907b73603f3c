'use strict';
// Drafts the build lints once before it saves V8's code cache (scripts/code-cache.cjs) and takes
// the startup snapshot (bin/snapshot-entry.cjs): between them they reach every rule and the
// draft model's paths (front matter, Markdown, quotes, names, numbers, links), so a real run
// finds its functions compiled and its tables built. Our own text, nothing real.
module.exports = [
  {
    filePath: 'warm-up.md',
    text: `---
platform: x
account: personal
---
# A day at the practice

Saw Mrs Jane Smith (DOB 03/04/1961, NHS 943 476 5919) today at 14:30 for her crown, she lives on Elm Road, LS6 2AB.
As a dentist I think you should brush twice daily and take 400mg ibuprofen every 4 hours. Vote Labour on Thursday!
> "Quoted words from a newspaper column that goes on for a while" — The Times
Our whitening is 100% guaranteed and completely painless. Book now for 20% off! #smile @someone https://example.com
What a useless idiot that manager at the other practice is. Bloody hell.
`,
  },
  { filePath: 'warm-up.txt', text: 'My views are my own. A plain day on the ward, nothing to report.\n' },
];
