import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { oneLineYaml } from '../../src/source/one-line-yaml.js';

/** Text as a person might type or paste it: any characters, with line breaks, controls and YAML syntax likely. */
const typed = fc.string({
  unit: fc.oneof(
    fc.constantFrom('\n', '\r', '\t', '\u0085', '\u2028', '\u2029', '\u0000', '\u001b', '\u007f', ' ', ':', '#', '-', '"', "'", '{', '}', '[', ']', ',', '&', '*', '!', '|', '>', '%', '@', '`', '\\'),
    // A document's start and end markers, which a text may begin with ("---=SUM(A1)").
    fc.constantFrom('---', '...'),
    fc.constantFrom('某', '公', '司', 'a', 'Z', '9'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 300,
});

describe('oneLineYaml', () => {
  it('when any text is written as a value, then it takes one line and reads back as exactly that text', () => {
    fc.assert(
      fc.property(typed, (text) => {
        const written = oneLineYaml(text);
        expect(written).not.toMatch(/[\n\r]/);
        expect(parse(`key: ${written} # comment\nnext: 1\n`)).toEqual({ key: text, next: 1 });
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 500), examples: [['---=SUM(A1)'], ['...'], ['--- a'], ['---']] },
    );
  });

  it('when an answer object holds such text, then it too takes one line and reads back', () => {
    fc.assert(
      fc.property(typed, fc.array(typed, { maxLength: 3 }), (note, evidence) => {
        const value = { result: 'unmet', note, evidence };
        const written = oneLineYaml(value);
        expect(written).not.toMatch(/[\n\r]/);
        expect(parse(`answers:\n  x: ${written}\n`)).toEqual({ answers: { x: value } });
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });
});
