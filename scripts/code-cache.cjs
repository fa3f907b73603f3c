'use strict';
// Lints a few drafts with the one-file build, then saves V8's code cache for it: the cache then
// holds every function a lint compiled, not only the top level.
const fs = require('node:fs');
const path = require('node:path');
const loadBundle = require('../bin/load-bundle.cjs');

const root = path.join(__dirname, '..');
const bundle = loadBundle();
const drafts = [
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
bundle
  .warmUp(drafts)
  .then(() => {
    fs.writeFileSync(path.join(root, 'dist', 'socialcheck.cache'), bundle.__script.createCachedData());
  })
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
