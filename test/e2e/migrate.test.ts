import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';

function copyOfExample(name: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'gbt27922-migrate-')), name);
  writeFileSync(file, readFileSync(path.join(repoRoot, 'examples', name), 'utf8'));
  return file;
}

describe('switching between the seed and the clause-keyed catalogue', () => {
  it('migrate writes a new file on the clause-keyed catalogue with every answer that means the same thing, and says what it left', () => {
    const old = copyOfExample('producer-4star.yaml');
    const before = readFileSync(old, 'utf8');
    const run = runCli(['migrate', old, '--to', 'producer-clauses']);
    expect(run.status).toBe(0);
    const target = old.replace(/\.yaml$/, '.producer-clauses.yaml');
    expect(run.stdout).toContain(target);
    expect(run.stdout).toContain('organisation.training → resources.training');
    expect(run.stdout).toContain('culture.philosophy：新指标体系中没有含义相同的指标');
    expect(readFileSync(old, 'utf8')).toBe(before); // the old file is left as it was

    const oldData = parse(before);
    const data = parse(readFileSync(target, 'utf8'));
    expect(data.catalogue).toBe('producer-clauses');
    expect(data.company).toEqual(oldData.company);
    expect(data.eligibility).toEqual(oldData.eligibility);
    expect(data.documents).toEqual(oldData.documents);
    expect(data.specialDeductions).toEqual(oldData.specialDeductions ?? []);
    expect(data.answers['organisation.outlets']).toBe('12/12');
    expect(data.answers['resources.training']).toEqual(oldData.answers['organisation.training']);
    expect(data.answers['technical-support.provided']).toEqual(oldData.answers['repair.technical-support']);
    expect(data.answers['staffing.managers']).toBeNull(); // new: left to answer
    expect(Object.keys(data.answers)).toHaveLength(26);

    const scored = JSON.parse(runCli(['score', '--format', 'json', target]).stdout);
    expect(scored.catalogue.id).toBe('gbt27922-producer-clauses');
    expect(scored.coverage.unchecked).toEqual([]);
    expect(scored.unanswered).toContain('information.provided');

    const again = runCli(['migrate', old, '--to', 'producer-clauses']);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('OUTPUT_EXISTS');
    const itself = runCli(['migrate', old, '--to', 'producer-clauses', '-o', old, '--force']);
    expect(itself.status).toBe(2);
    expect(readFileSync(old, 'utf8')).toBe(before);
  });

  it('an answer the new indicator cannot take is listed, not carried: k/n where the new one is not sampled', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gbt27922-migrate-'));
    const old = path.join(dir, 'old.yaml');
    writeFileSync(old, 'format: gbt27922-assessment/1\ncatalogue: seller-clauses\ncompany: { name: 测试 }\nanswers:\n  staffing.qualified: 3/4\n  quality.warranty: { na: 不涉及 }\n');
    // quality.warranty may not be N/A in the clause-keyed catalogue: the file is refused before anything is written.
    const refused = runCli(['migrate', old, '--to', 'seller']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('NA_NOT_ALLOWED');
    writeFileSync(
      old,
      'format: gbt27922-assessment/1\ncatalogue: seller-clauses\ncompany: { name: 测试 }\nanswers:\n  staffing.qualified: 3/4\n  quality.warranty: 2/3\n  organisation.outlets: { na: 全部寄修 }\n',
    );
    const run = runCli(['migrate', old, '--to', 'seller', '-o', path.join(dir, 'new.yaml')]);
    expect(run.status).toBe(0);
    const data = parse(readFileSync(path.join(dir, 'new.yaml'), 'utf8'));
    expect(data.answers['organisation.staffing']).toBe('3/4');
    expect(data.answers['guarantee.returns']).toBe('2/3');
    expect(data.answers['organisation.outlets']).toEqual({ na: '全部寄修' });
    expect(existsSync(path.join(dir, 'new.yaml'))).toBe(true);
  });

  it('score --baseline across the two structures says the catalogue changed and reports no false regression; a mapped indicator that slipped still fails', () => {
    const old = copyOfExample('producer-4star.yaml');
    expect(runCli(['migrate', old, '--to', 'producer-clauses']).status).toBe(0);
    const target = old.replace(/\.yaml$/, '.producer-clauses.yaml');
    const run = runCli(['score', target, '--baseline', old]);
    expect(run.status).toBe(0); // far lower score (16 indicators unanswered), yet not "going backwards"
    expect(run.stderr).toContain('注意：两份自评按不同的指标体系或版本计分（gbt27922-producer v2.0.0 → gbt27922-producer-clauses v1.0.0）');

    writeFileSync(target, readFileSync(target, 'utf8').replace('  organisation.department: met', '  organisation.department: unmet'));
    const slipped = runCli(['score', target, '--baseline', old]);
    expect(slipped.status).toBe(1);
    expect(slipped.stderr).toContain('organisation.department');
    expect(slipped.stderr).not.toContain('得分下降');

    const diff = JSON.parse(runCli(['diff', '--format', 'json', old, target]).stdout);
    expect(diff.catalogueChanged).toBe(true);
    expect(diff.regressions).toEqual([{ code: 'indicator-no-longer-met', id: 'organisation.department' }]);
  });

  it('a seller and a producer file still cannot be compared', () => {
    const run = runCli(['score', 'examples/seller-compliant.yaml', '--baseline', 'examples/producer-4star.yaml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('BASELINE_NOT_COMPARABLE');
  });
});
