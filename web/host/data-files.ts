// The web page's data files: rules/data/ bundled by scripts/build-web.mjs as JSON text, each
// parsed on first use (JSON.parse of a string is quicker to load than the same object literal).
// Stands in for src/data/host-files.ts, with the same export.
import type { DataFiles } from '../../src/data/files.js';
// @ts-expect-error a module made by the build (scripts/build-web.mjs)
import { compiled, files } from 'socialcheck:data';

const texts = files as Record<string, string>;
const compiledTexts = compiled as Record<string, string>;

export function hostDataFiles(): DataFiles {
  return {
    read(name) {
      const text = texts[name];
      if (text === undefined) throw new Error(`no data file ${name} in this page`);
      return JSON.parse(text);
    },
    compiled(_source, name) {
      const text = compiledTexts[name];
      return text === undefined ? undefined : JSON.parse(text);
    },
  };
}
