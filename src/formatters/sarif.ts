import type { LintMessage } from '../engine/results.js';
import type { RuleMeta } from '../engine/rule-types.js';
import { artifactUri, srcRootUri, type ArtifactUri } from './paths.js';
import { prettyJsonArray, streamedFormatter } from './types.js';

const INFORMATION_URI = 'https://github.com/socialcheck/socialcheck';

type Level = 'error' | 'warning';

interface Region {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

interface PhysicalLocation {
  artifactLocation: ArtifactUri & { index: number };
  region?: Region;
}

interface Location {
  id?: number;
  physicalLocation: PhysicalLocation;
  message?: { text: string };
}

interface ReportingDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription?: { text: string };
  helpUri?: string;
  help?: { text: string; markdown: string };
  properties?: { tags: string[]; precision: string; 'problem.severity': string };
  defaultConfiguration?: { level: Level };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: Level;
  message: { text: string };
  locations: Location[];
  relatedLocations?: Location[];
}

interface Notification {
  level: Level;
  message: { text: string };
  locations: Location[];
  associatedRule?: { id: string };
}

const levelOf = (m: LintMessage): Level => (m.fatal || m.severity === 2 ? 'error' : 'warning');

/** `patient-identifiability` -> `PatientIdentifiability`, the form GitHub shows as the rule's name. */
export const pascalCase = (id: string): string =>
  id
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');

// Backslash-escapes the punctuation Markdown could read as markup in rule text.
const md = (s: string): string => s.replace(/[\\`*_{}[\]<>#|~]/g, '\\$&');

function describeRule(id: string, meta: RuleMeta | undefined): ReportingDescriptor {
  if (!meta) {
    // A rule the run knows no metadata for: still give code scanning an entry to point at.
    return { id, name: pascalCase(id), shortDescription: { text: id } };
  }
  const level: Level = meta.defaultSeverity === 'error' ? 'error' : 'warning';
  const clauses = meta.policy;
  const text = [
    meta.description,
    ...(clauses.length ? ['', 'Policy clauses enforced:', ...clauses.map((p) => `- ${p}`)] : []),
    '',
    `Documentation: ${meta.docs}`,
  ].join('\n');
  const markdown = [
    md(meta.description),
    ...(clauses.length ? ['', '**Policy clauses enforced:**', '', ...clauses.map((p) => `- ${md(p)}`)] : []),
    '',
    `[Rule documentation](${meta.docs})`,
  ].join('\n');
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: meta.description },
    fullDescription: { text: clauses.length ? `${meta.description} Enforces: ${clauses.join('; ')}.` : meta.description },
    helpUri: meta.docs,
    help: { text, markdown },
    properties: {
      tags: ['socialcheck', meta.type],
      precision: meta.type === 'problem' ? 'high' : 'medium',
      'problem.severity': level,
    },
    defaultConfiguration: { level },
  };
}

/** A 1-based region; the end defaults to the start, since GitHub wants all four numbers. */
function region(p: { line: number; column: number; endLine?: number | undefined; endColumn?: number | undefined }): Region | undefined {
  if (!(p.line >= 1)) return undefined;
  const r: Region = { startLine: p.line };
  if (p.column >= 1) r.startColumn = p.column;
  const endLine = p.endLine !== undefined && p.endLine >= p.line ? p.endLine : p.line;
  r.endLine = endLine;
  if (p.endColumn !== undefined && p.endColumn >= 1) r.endColumn = p.endColumn;
  else if (endLine === p.line && r.startColumn !== undefined) r.endColumn = r.startColumn;
  return r;
}

function physical(artifact: ArtifactUri & { index: number }, p: Parameters<typeof region>[0]): PhysicalLocation {
  const r = region(p);
  return { artifactLocation: { ...artifact }, ...(r ? { region: r } : {}) };
}

/**
 * SARIF 2.1.0 for GitHub code scanning. Problems found by rules become results; fatal
 * problems and those no rule reported (ignored files, unused directives, bad front matter)
 * become tool notifications. No snippet or file contents are included: drafts may hold
 * patient details.
 *
 * The run's results come first and are written a file at a time, so a large run holds none of
 * them; what follows them is small and known only at the end (the rules that reported, the
 * files, the notifications). SARIF readers take an object's properties in any order.
 */
const sarif = streamedFormatter((context, out) => {
  const rules: ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const artifacts: { location: ArtifactUri }[] = [];
  const notifications: Notification[] = [];
  let fatal = false;

  out.text(
    '{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",\n  "runs": [\n    {\n      "results": ',
  );
  const sarifResults = prettyJsonArray(out, 3);

  return {
    add(result) {
      const uri = artifactUri(result.filePath, context.cwd);
      const artifact = { ...uri, index: artifacts.length };
      artifacts.push({ location: uri });

      for (const m of result.messages) {
        const location: Location = { physicalLocation: physical(artifact, m) };
        if (m.fatal || m.ruleId === null) {
          if (m.fatal) fatal = true;
          notifications.push({
            level: levelOf(m),
            message: { text: m.message },
            locations: [location],
            ...(m.ruleId ? { associatedRule: { id: m.ruleId } } : {}),
          });
          continue;
        }
        let index = ruleIndex.get(m.ruleId);
        if (index === undefined) {
          index = rules.length;
          ruleIndex.set(m.ruleId, index);
          rules.push(describeRule(m.ruleId, context.rulesMeta.get(m.ruleId)));
        }
        const entry: SarifResult = {
          ruleId: m.ruleId,
          ruleIndex: index,
          level: levelOf(m),
          message: { text: m.message },
          locations: [location],
        };
        if (m.related?.length) {
          entry.relatedLocations = m.related.map((rel, i) => ({
            id: i + 1,
            physicalLocation: physical(artifact, rel),
            message: { text: rel.message },
          }));
        }
        sarifResults.add(entry);
      }
    },
    end() {
      sarifResults.end();
      const rest = {
        tool: { driver: { name: 'socialcheck', informationUri: INFORMATION_URI, version: context.version, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: srcRootUri(context.cwd) } },
        artifacts,
        invocations: [{ executionSuccessful: !fatal, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
        columnKind: 'utf16CodeUnits',
      };
      // The rest of the run's properties, laid out as they would be inside it (three levels deep).
      const inner = JSON.stringify(rest, null, 2).slice(2, -2);
      out.once(`,\n    ${inner.replaceAll('\n', '\n    ')}\n    }\n  ]\n}`);
    },
  };
});

export default sarif;
