import type { LintMessage } from '../engine/results.js';
import { slashPath } from './paths.js';
import { streamedFormatter } from './types.js';

// GitHub's escaping for workflow commands (as @actions/core does it).
const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function annotation(file: string, m: LintMessage): string {
  const command = m.fatal || m.severity === 2 ? 'error' : 'warning';
  const props: [string, string | number][] = [['file', file]];
  if (m.line > 0) {
    props.push(['line', m.line]);
    const endLine = m.endLine ?? m.line;
    // GitHub takes columns only for a problem on one line; it refuses them across lines.
    if (endLine === m.line) {
      if (m.column > 0) props.push(['col', m.column]);
      props.push(['endLine', endLine]);
      if (m.endColumn !== undefined && m.endColumn > 0) props.push(['endColumn', m.endColumn]);
    } else {
      props.push(['endLine', endLine]);
    }
  }
  props.push(['title', m.ruleId ? `socialcheck (${m.ruleId})` : 'socialcheck']);
  const properties = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${command} ${properties}::${escapeData(m.message)}\n`;
}

/**
 * GitHub Actions annotations, one `::error` or `::warning` workflow command per problem.
 * Paths are relative to the working directory (the checkout's root in a usual workflow).
 */
const github = streamedFormatter((context, out) => ({
  add(result) {
    if (!result.messages.length) return;
    const file = slashPath(result.filePath, context.cwd);
    for (const m of result.messages) out.once(annotation(file, m));
  },
  end() {},
}));

export default github;
