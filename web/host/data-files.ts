// The web page's data files: rules/data/ bundled by scripts/build-web.mjs as JSON text, each
// parsed on first use (JSON.parse of a string is quicker to load than the same object literal).
// Stands in for src/shared/host-files.ts, with the same export. Files only some drafts need are
// in data-more.js: asked for before it has loaded, one is noted and the read fails, and the
// page loads the file and lints again (web/engine.ts).
import type { DataFiles } from '../../src/shared/data-files.js';
// @ts-expect-error a module made by the build (scripts/build-web.mjs)
import { compiled, files, lazy } from 'socialcheck:data';

const texts = files as Record<string, string>;
const compiledTexts = compiled as Record<string, string>;
const later = new Set(lazy as string[]);
const wanted = new Set<string>();

const loadedLater = () => (globalThis as { socialcheckMoreData?: Record<string, string> }).socialcheckMoreData;

/** The files asked for before data-more.js had loaded (and forgets them). */
export function takeWantedData(): string[] {
  const out = [...wanted];
  wanted.clear();
  return out;
}

export function hostDataFiles(): DataFiles {
  return {
    read(name) {
      const text = texts[name] ?? loadedLater()?.[name];
      if (text !== undefined) return JSON.parse(text);
      if (later.has(name)) {
        wanted.add(name);
        throw new Error(`${name} is not loaded yet`);
      }
      throw new Error(`no data file ${name} in this page`);
    },
    compiled(_source, name) {
      const text = compiledTexts[name];
      return text === undefined ? undefined : JSON.parse(text);
    },
  };
}
