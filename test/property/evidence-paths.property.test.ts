import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evidenceKey } from '../../src/assessment/evidence-references.js';
import { binderLayout } from '../../src/evidence/binder-layout.js';
import type { EvidenceFile } from '../../src/model/evidence.js';
import type { Result } from '../../src/model/result.js';

/** A file or folder name as companies write them: Chinese, Latin in either case, spaces, dots, decomposed accents, characters Windows refuses. */
const name = fc
  .string({ unit: fc.constantFrom('证', '据', '服', '务', 'a', 'A', 'b', 'B', ' ', '.', '-', 'e\u0301', '\u00e9', ':', '?', '*', '|', '"', '<'), minLength: 1, maxLength: 8 })
  .filter((text) => text.trim() === text && text !== '.' && text !== '..' && !text.endsWith('.'));

describe('evidence paths', () => {
  it('when a path is written with backslashes, forward slashes, ./ or decomposed Unicode then its key is the NFC segments joined by /', () => {
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 4 }), (segments) => {
        const expected = segments.map((segment) => segment.normalize('NFC')).join('/');
        expect(evidenceKey(segments.join('/'))).toBe(expected);
        expect(evidenceKey(segments.join('\\'))).toBe(expected);
        expect(evidenceKey(`./${segments.map((segment) => segment.normalize('NFD')).join('//')}/`)).toBe(expected);
        expect(evidenceKey(expected)).toBe(expected);
      }),
    );
  });
});

describe('binderLayout', () => {
  const documents = ['business-license', 'org-chart'];
  const indicators = [
    { id: 'a.one', classId: 'system' },
    { id: 'a.two', classId: 'system' },
    { id: 'b.one', classId: 'goods' },
  ];
  const result = {
    documents: { entries: documents.map((id) => ({ id, title: { zh: id, en: id }, status: 'ready', note: null, files: [] })) },
    classes: [
      { id: 'system', title: { zh: '售后服务体系', en: 'System' } },
      { id: 'goods', title: { zh: '商品服务', en: 'Goods' } },
    ],
    indicators,
  } as unknown as Result;
  const use = fc.oneof(
    fc.constantFrom(...documents).map((id) => ({ kind: 'document' as const, id })),
    fc.constantFrom(...indicators.map((i) => i.id)).map((id) => ({ kind: 'indicator' as const, id })),
  );
  const evidence = fc.uniqueArray(
    fc.record({ segments: fc.array(name, { minLength: 1, maxLength: 3 }), uses: fc.uniqueArray(use, { minLength: 1, maxLength: 3, selector: (u) => `${u.kind}:${u.id}` }) }),
    { maxLength: 12, selector: (entry) => evidenceKey(entry.segments.join('/')) },
  );

  it('when any evidence is placed then names are unique in each folder (ignoring case), Windows-safe, and each use is placed exactly once', () => {
    fc.assert(
      fc.property(evidence, (entries) => {
        const files: EvidenceFile[] = entries.map(({ segments, uses }) => {
          const key = evidenceKey(segments.join('/'));
          return { path: key, key, uses, state: 'unrecorded', folder: false, sha256: null, modified: null, recorded: null };
        });
        const sections = binderLayout(result, files, 'zh');
        expect(sections.map((section) => section.number)).toEqual(sections.map((_, index) => index + 1));
        for (const section of sections) {
          const names = section.entries.map((entry) => entry.name.toLowerCase());
          expect(new Set(names).size).toBe(names.length);
          for (const entry of section.entries) expect(entry.name).not.toMatch(/[<>:"/\\|?*]|[. ]$/);
          expect(section.folder).not.toMatch(/[<>:"/\\|?*]/);
        }
        const placed = sections.flatMap((section) => section.entries.flatMap((entry) => entry.uses.map((u) => `${entry.evidence.key}|${u.kind}:${u.id}`))).sort();
        const wanted = files.flatMap((file) => file.uses.map((u) => `${file.key}|${u.kind}:${u.id}`)).sort();
        expect(placed).toEqual(wanted);
      }),
    );
  });
});
