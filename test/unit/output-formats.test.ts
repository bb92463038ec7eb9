import { describe, expect, it } from 'vitest';
import { error } from '../../src/model/diagnostic.js';
import { OUTPUT_FORMATS, type OutputFormatName } from '../../src/report/formats/index.js';
import { type FormatContext, formatWriter, unreadableFile } from '../../src/report/formats/output-format.js';
import { scoreAssessment } from '../../src/scoring/score-assessment.js';
import { buildAssessment, buildCatalogue, met, unmet } from '../helpers/build-assessment.js';

const result = scoreAssessment(buildAssessment(buildCatalogue([{ points: 60 }, { points: 40 }]), [met, unmet]));
const broken = unreadableFile('broken.yaml', [error('YAML_SYNTAX', { detail: 'x' }, { file: 'broken.yaml', position: { line: 3, column: 5, length: 1, lineText: 'a: [' } })], 'en');

/** What a run writes to standard output for these entries, through the format's own writer. */
function written(name: OutputFormatName, entries: Array<'result' | 'unreadable'>, many: boolean): string {
  const format = OUTPUT_FORMATS[name];
  const context: FormatContext = { lang: 'en', colorLevel: 0, many };
  let out = '';
  const writer = formatWriter(format, context, (text) => {
    out += text;
  });
  for (const entry of entries) writer.write(entry === 'result' ? format.result(result, context) : format.unreadable(broken, context));
  writer.end();
  return out;
}

describe('one module per output format', () => {
  it('when json writes one file then it is one object; several files make one array, unreadable ones included', () => {
    expect(JSON.parse(written('json', ['result'], false))).toMatchObject({ schemaVersion: 1, score: expect.anything() });
    const array = JSON.parse(written('json', ['result', 'unreadable', 'result'], true)) as Array<{ file: string; errors?: unknown[] }>;
    expect(array).toHaveLength(3);
    expect(array[1]).toEqual({ schemaVersion: 1, file: 'broken.yaml', errors: [{ code: 'YAML_SYNTAX', message: expect.stringContaining('x'), line: 3, column: 5 }] });
    expect(written('json', [], true)).toBe('[]\n');
  });

  it('when jsonl writes files then each is one line that parses alone', () => {
    const lines = written('jsonl', ['result', 'unreadable'], true).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((line) => JSON.parse(line).file)).toEqual(['memory.yaml', 'broken.yaml']);
    expect(written('jsonl', [], true)).toBe('');
  });

  it('when junit writes files then there is one document with a suite per file, an unreadable file as an error', () => {
    const xml = written('junit', ['result', 'unreadable'], true);
    expect(xml.match(/<\?xml /g)).toHaveLength(1);
    expect(xml.match(/<testsuite /g)).toHaveLength(2);
    expect(xml).toMatch(/<testsuite name="broken.yaml" tests="1" failures="0" errors="1"/);
    expect(xml).toContain('YAML_SYNTAX broken.yaml:3:5');
    expect(xml.trimEnd().endsWith('</testsuites>')).toBe(true);
    expect(written('junit', [], true)).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="GB/T 27922"/>\n');
  });

  it('when markdown or terminal meet an unreadable file then standard output says nothing of it', () => {
    for (const name of ['markdown', 'terminal'] as const) {
      expect(OUTPUT_FORMATS[name].unreadable(broken, { lang: 'en', colorLevel: 0, many: true })).toBeNull();
      expect(written(name, ['result', 'unreadable'], true)).toBe(written(name, ['result'], true));
    }
    expect(written('markdown', ['result', 'result'], true)).toContain('\n---\n\n');
  });
});
