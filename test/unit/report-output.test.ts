import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportOutput } from '../../src/cli/report-output.js';
import { tempTree } from '../helpers/cli.js';

// The -o file is whole or untouched: written under a temporary name and renamed when done.

describe('ReportOutput', () => {
  it('replaces the -o file only when the report is whole, and leaves no temporary file', () => {
    const { dir, cleanup } = tempTree({ 'out/report.json': 'last run' });
    try {
      const output = ReportOutput.open('out/report.json', dir);
      output.write('[{"a":');
      expect(readFileSync(join(dir, 'out/report.json'), 'utf8')).toBe('last run');
      output.write(Buffer.from('1}]'));
      output.close();
      output.abandon();
      expect(readFileSync(join(dir, 'out/report.json'), 'utf8')).toBe('[{"a":1}]');
      expect(readdirSync(join(dir, 'out'))).toEqual(['report.json']);
    } finally {
      cleanup();
    }
  });

  it('leaves the last report as it was when a run stops half-way', () => {
    const { dir, cleanup } = tempTree({ 'report.json': 'last run' });
    try {
      const output = ReportOutput.open('report.json', dir);
      output.write('[{"half":');
      output.abandon();
      expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe('last run');
      expect(readdirSync(dir)).toEqual(['report.json']);
      // With no report before, none after.
      const fresh = ReportOutput.open('new/report.json', dir);
      fresh.write('half');
      fresh.abandon();
      expect(existsSync(join(dir, 'new/report.json'))).toBe(false);
      expect(readdirSync(join(dir, 'new'))).toEqual([]);
    } finally {
      cleanup();
    }
  });

  it('writes through a link to the file it points to', () => {
    const { dir, cleanup } = tempTree({ 'reports/real.txt': 'old' });
    try {
      symlinkSync(join(dir, 'reports/real.txt'), join(dir, 'latest.txt'));
      const output = ReportOutput.open('latest.txt', dir);
      output.write('new');
      output.close();
      expect(readFileSync(join(dir, 'reports/real.txt'), 'utf8')).toBe('new');
      expect(readFileSync(join(dir, 'latest.txt'), 'utf8')).toBe('new');
    } finally {
      cleanup();
    }
  });

  it('reports a file it cannot write as a usage error', () => {
    const { dir, cleanup } = tempTree({ 'taken.txt': 'a file' });
    try {
      mkdirSync(join(dir, 'folder.json'));
      writeFileSync(join(dir, 'folder.json', 'inside'), 'x');
      expect(() => ReportOutput.open('taken.txt/report.json', dir)).toThrow(/cannot write taken\.txt\/report\.json/);
      expect(() => ReportOutput.open('folder.json', dir)).toThrow(/cannot write folder\.json: EISDIR/);
      expect(readdirSync(dir).sort()).toEqual(['folder.json', 'taken.txt']);
    } finally {
      cleanup();
    }
  });
});
