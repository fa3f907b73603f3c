import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A result's path as people read it: relative to `cwd` when it is an absolute path.
 * Names that are not paths (`<text>` for standard input) are left as they are.
 */
export function displayPath(filePath: string, cwd: string): string {
  if (!isAbsolute(filePath)) return filePath;
  const rel = relative(cwd, filePath);
  // Another drive on Windows gives back an absolute path; keep it whole.
  return rel === '' || isAbsolute(rel) ? filePath : rel;
}

/**
 * displayPath for many files under one cwd. A normalised absolute path inside cwd is cut
 * after it, which is what path.relative gives; anything else goes to displayPath.
 */
export function pathDisplayer(cwd: string): (filePath: string) => string {
  const prefix = cwd.endsWith(sep) ? cwd : cwd + sep;
  // Only where the cut is certainly what relative() gives: POSIX paths, compared exactly.
  if (sep !== '/' || resolve(cwd) !== cwd) return (filePath) => displayPath(filePath, cwd);
  return (filePath) => {
    if (!filePath.startsWith(prefix) || filePath.length === prefix.length) return displayPath(filePath, cwd);
    const rest = filePath.slice(prefix.length);
    // A "." or ".." segment, an empty one or a slash at either end would be normalised away by relative().
    return /(?:^|\/)\.{1,2}(?:\/|$)|\/\/|^\/|\/$/.test(rest) ? displayPath(filePath, cwd) : rest;
  };
}

/** Like displayPath, with forward slashes whatever the platform (GitHub, SARIF). */
export function slashPath(filePath: string, cwd: string): string {
  const shown = displayPath(filePath, cwd);
  return sep === '\\' ? shown.split(sep).join('/') : shown;
}

/** Where an artifact is, as SARIF wants it: a relative URI under %SRCROOT%, or an absolute file URL. */
export interface ArtifactUri {
  uri: string;
  uriBaseId?: '%SRCROOT%';
}

/**
 * A file inside `cwd` becomes a percent-encoded relative reference (`posts/a%20b.md`) based on
 * %SRCROOT%; a file outside it becomes a `file://` URL, since `../` cannot be resolved by GitHub.
 */
export function artifactUri(filePath: string, cwd: string): ArtifactUri {
  if (isAbsolute(filePath)) {
    const rel = relative(cwd, filePath);
    if (rel === '' || isAbsolute(rel) || rel === '..' || rel.startsWith(`..${sep}`)) return { uri: pathToFileURL(filePath).href };
    return { uri: encodeSegments(rel.split(sep)), uriBaseId: '%SRCROOT%' };
  }
  // `<text>` or a name given as is: still a valid URI reference once encoded.
  return { uri: encodeSegments(filePath.split(/[\\/]/)), uriBaseId: '%SRCROOT%' };
}

function encodeSegments(segments: string[]): string {
  return segments.map((s) => encodeURIComponent(s)).join('/');
}

/** The folder relative URIs are based on, as a file URL ending in a slash. */
export function srcRootUri(cwd: string): string {
  const href = pathToFileURL(cwd).href;
  return href.endsWith('/') ? href : `${href}/`;
}
