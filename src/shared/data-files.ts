import { hostDataFiles } from './host-files.js';

// Where the rules' data files (rules/data/) come from. The CLI reads them from disk; the web
// page supplies them from its own bundle (web/host/data-files.ts, swapped in for host-files.ts by
// scripts/build-web.mjs). Rules reach data only through this, so a browser build pulls in no
// Node built-ins.

export interface DataFiles {
  /** rules/data/`name`, parsed (JSON or YAML). Throws when there is no such file. */
  read(name: string): unknown;
  /** The build's compiled copy of rules/data/`source` (dist/data/`compiled`), unless it is missing or stale. */
  compiled(source: string, compiled: string): unknown;
}

let files: DataFiles | undefined;

export function dataFiles(): DataFiles {
  return (files ??= hostDataFiles());
}
