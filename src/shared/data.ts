import { dataFiles } from './data-files.js';

// The data files the program reads at run time (rules/data/, shipped with the package): the
// rules, the draft model and the engine all load vocabulary through here. Where the files come
// from is the host's business (data-files.ts): from disk for the CLI, which prefers the build's
// JSON copies in dist/data/ (about ten times faster to load than YAML, ignored when older than
// their source), and from its own bundle in the web page.

const cache = new Map<string, unknown>();

/** The build's compiled copy of rules/data/`source`, unless it is missing or older. */
export function compiledData<T>(source: string, compiled: string): T | undefined {
  return dataFiles().compiled(source, compiled) as T | undefined;
}

const compiledCopy = (file: string): unknown => (file.endsWith('.yaml') ? compiledData(file, file.replace(/\.yaml$/, '.json')) : undefined);

/** A data file of rules/data/, parsed once a process. */
export function loadData<T>(file: string): T {
  let v = cache.get(file);
  if (v === undefined) {
    v = compiledCopy(file) ?? dataFiles().read(file);
    cache.set(file, v);
  }
  return v as T;
}
