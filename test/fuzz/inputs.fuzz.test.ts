import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadAssessment, loadAssessmentText } from '../../src/assessment/load-assessment.js';
import { formatDiagnostic } from '../../src/report/format-diagnostic.js';
import { renderMarkdown } from '../../src/report/render-markdown.js';
import { renderTerminal } from '../../src/report/render-terminal.js';
import { loadCatalogueText } from '../../src/catalogue/load-catalogue.js';
import { ERROR_CODES } from '../../src/model/error-codes.js';
import { decodeSource } from '../../src/source/read-source.js';
import { scoreAssessment } from '../../src/scoring/score-assessment.js';
import { Rational } from '../../src/model/rational.js';

/**
 * Thousands of generated and mutated files through load, validate and score. The only outcomes
 * allowed are a result or coded user errors: never an exception, never a hang. CI runs a modest
 * number; `npm run fuzz` runs many more (FUZZ_RUNS).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const root = path.resolve(import.meta.dirname, '..', '..');
const fixtures = path.join(root, 'test', 'fixtures');
const assessmentSeeds = ['examples/producer-4star.yaml', 'examples/seller-compliant.yaml', 'examples/producer-fails-deductions.yaml'].map((file) => readFileSync(path.join(root, file)));
const catalogueSeed = readFileSync(path.join(fixtures, 'catalogues', 'custom-valid.yaml'));
const known = new Set<string>(ERROR_CODES);

/** Byte-level mutations of a seed: flips, insertions, deletions, duplicated and dropped lines. */
const mutated = (seeds: Buffer[]) =>
  fc.tuple(fc.constantFrom(...seeds), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 })).map(([seed, edits]) => {
    let bytes = Buffer.from(seed);
    for (const [at, kind, value] of edits) {
      const i = at % Math.max(1, bytes.length);
      if (kind === 0) bytes[i] = value;
      else if (kind === 1) bytes = Buffer.concat([bytes.subarray(0, i), Buffer.from([value]), bytes.subarray(i)]);
      else if (kind === 2) bytes = Buffer.concat([bytes.subarray(0, i), bytes.subarray(i + 1 + (value % 16))]);
      else if (kind === 3) bytes = Buffer.concat([bytes.subarray(0, i), Buffer.from(' '.repeat(value % 4) + ':-[]{}&*!|>\'"%@`#,?\t\n'[value % 23]!), bytes.subarray(i)]);
      else {
        const lines = bytes.toString('latin1').split('\n');
        const line = i % lines.length;
        if (kind === 4) lines.splice(line, 0, lines[line]!);
        else lines.splice(line, 1);
        bytes = Buffer.from(lines.join('\n'), 'latin1');
      }
    }
    return bytes;
  });

/** Structured files: the right keys with values of any shape. */
/** Text as a hostile file writes it: control characters (C0, ESC, BEL, DEL, C1), or very long. */
const controls = ['\u001b', '\u0007', '\u0000', '\r', '\n', '\u007f', '\u009b', '\u0085', '\u001b]0;PWNED\u0007', '\u001b[2J'];
const hostileString = fc.oneof(
  fc.string(),
  fc.array(fc.oneof(fc.constantFrom(...controls), fc.string({ maxLength: 3 })), { maxLength: 12 }).map((parts) => parts.join('')),
  fc.tuple(fc.constantFrom('字', 'a', 'word '), fc.integer({ min: 1000, max: 50_000 })).map(([unit, count]) => unit.repeat(count)),
);
/** Raw control characters other than the newline (a tab too, as safeText escapes it): none may reach a terminal or a Markdown page. */
const rawControl = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

const anyValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie('value'), { maxKeys: 3 }),
  ),
})).value;
const answerValue = fc.oneof(
  fc.constantFrom('met', 'unmet', '0/1', '3/2', '-1/4', '2.5/5', '7/10', '1/0', ''),
  fc.record({ na: hostileString }),
  fc.record({ result: fc.string(), note: anyValue }),
  anyValue,
);
const indicatorId = fc.oneof(
  fc.constantFrom('culture.philosophy', 'organisation.training', 'delivery.installation', 'guarantee.quality', 'repair.facilities', 'complaints.records'),
  fc.string({ maxLength: 20 }),
);
const structured = fc
  .record(
    {
      format: fc.oneof(fc.constant('gbt27922-assessment/1'), fc.string()),
      catalogue: fc.oneof(fc.constantFrom('producer', 'seller', 'prodcer', './missing.yaml'), fc.string({ maxLength: 10 })),
      company: fc.oneof(fc.record({ name: hostileString, employees: fc.oneof(fc.integer(), anyValue), firstCertification: anyValue }), anyValue),
      answers: fc.oneof(fc.dictionary(indicatorId, answerValue, { maxKeys: 12 }), anyValue),
      specialDeductions: fc.oneof(fc.array(hostileString, { maxLength: 7 }), anyValue),
      specialBonus: anyValue,
      eligibility: fc.oneof(fc.dictionary(fc.constantFrom('legal-entity', 'qualified-staff', 'nope'), anyValue), anyValue),
      documents: fc.oneof(fc.dictionary(fc.constantFrom('business-license', 'org-code', 'nope'), anyValue), anyValue),
    },
    { requiredKeys: [] },
  )
  .map((data) => Buffer.from(stringify(data)));

async function expectResultOrCodedErrors(bytes: Buffer) {
  const decoded = decodeSource(path.join(fixtures, 'fuzz.yaml'), bytes);
  if (!decoded.ok) {
    for (const d of decoded.diagnostics) expect(known.has(d.code), d.code).toBe(true);
    return;
  }
  const loaded = await loadAssessmentText(decoded.value);
  for (const d of loaded.diagnostics) expect(known.has(d.code), d.code).toBe(true);
  for (const d of loaded.diagnostics) expect(formatDiagnostic(d, 'en')).not.toMatch(rawControl);
  if (loaded.ok) {
    const result = scoreAssessment(loaded.value);
    expect(result.score.gte(Rational.ZERO) && result.score.compare(Rational.int(100)) <= 0).toBe(true);
    JSON.stringify(result);
    expect(renderTerminal(result, { lang: 'zh', colorLevel: 0 })).not.toMatch(rawControl);
    expect(renderMarkdown(result, 'en')).not.toMatch(rawControl);
  } else {
    expect(loaded.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  }
}

describe('fuzzing load, validate and score', () => {
  it('a tab-indented file: a coded error whose quoted line shows the tab escaped (a case the mutations found)', async () => {
    await expectResultOrCodedErrors(Buffer.from('format: gbt27922-assessment/1\ncatalogue: producer\ncompany:\n\tname: x\n'));
  });

  it('mutated assessment files', async () => {
    await fc.assert(fc.asyncProperty(mutated(assessmentSeeds), expectResultOrCodedErrors), { numRuns: RUNS });
  }, 600_000);

  it('generated assessment files of any shape', async () => {
    await fc.assert(fc.asyncProperty(structured, expectResultOrCodedErrors), { numRuns: RUNS });
  }, 600_000);

  it('mutated catalogue files', () => {
    fc.assert(
      fc.property(mutated([catalogueSeed]), (bytes) => {
        const decoded = decodeSource('fuzz-catalogue.yaml', bytes);
        const diagnostics = decoded.ok ? loadCatalogueText(decoded.value).diagnostics : decoded.diagnostics;
        for (const d of diagnostics) expect(known.has(d.code), d.code).toBe(true);
      }),
      { numRuns: RUNS },
    );
  }, 600_000);

  it('catalogue references through symlinks, inside and out of the repository', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'gbt27922-fuzz-links-'));
    const repo = path.join(root, 'repo');
    mkdirSync(path.join(repo, '.git'), { recursive: true });
    mkdirSync(path.join(repo, 'a', 'b'), { recursive: true });
    writeFileSync(path.join(root, 'secret.yml'), 'token: SECRET_OUTSIDE\n');
    writeFileSync(path.join(repo, 'inside.yaml'), catalogueSeed);
    const targets = ['../secret.yml', 'repo/inside.yaml', 'repo/missing.yaml', 'repo', '/etc/hostname', 'repo/a'];
    let made = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets), fc.constantFrom('', 'a/', 'a/b/'), async (target, linkDir) => {
        const link = path.join(repo, linkDir, `link-${made++}.yaml`);
        symlinkSync(target.startsWith('/') ? target : path.join(root, target.replace(/^\.\.\//, '')), link);
        const assessment = path.join(repo, 'a', `assessment-${made}.yaml`);
        const reference = path.relative(path.join(repo, 'a'), link).split(path.sep).join('/');
        writeFileSync(assessment, `format: gbt27922-assessment/1\ncatalogue: ${reference.startsWith('.') ? reference : `./${reference}`}\ncompany: { name: X }\nanswers: {}\n`);
        const loaded = await loadAssessment(assessment);
        for (const d of loaded.diagnostics) {
          expect(known.has(d.code), d.code).toBe(true);
          expect(formatDiagnostic(d, 'en')).not.toContain('SECRET_OUTSIDE');
        }
        if (target === '../secret.yml' || target === '/etc/hostname') expect(loaded.diagnostics.map((d) => d.code)).toContain('CATALOGUE_OUTSIDE');
      }),
      { numRuns: Math.min(RUNS, 60) },
    );
  }, 600_000);
});
