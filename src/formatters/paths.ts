import { isAbsolute, relative, sep } from 'node:path';
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
