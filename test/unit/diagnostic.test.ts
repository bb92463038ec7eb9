import { describe, expect, it } from 'vitest';
import { error, notice, warning } from '../../src/model/diagnostic.js';

describe('making a diagnostic', () => {
  it('when a place is not known then its key is left out, not stored as undefined', () => {
    for (const make of [error, warning, notice]) {
      const made = make('SCHEMA_TYPE', { path: 'a' }, { file: 'a.yaml', position: undefined, cell: undefined });
      expect(Object.keys(made).sort()).toEqual(['code', 'file', 'params', 'severity']);
      expect(made.file).toBe('a.yaml');
    }
  });

  it('when every place is known then each is kept as given', () => {
    const position = { line: 3, column: 5, length: 2, lineText: 'a: b' };
    expect(error('SCHEMA_TYPE', {}, { file: 'a.yaml', position, cell: '指标!H12' })).toEqual({ code: 'SCHEMA_TYPE', severity: 'error', params: {}, file: 'a.yaml', position, cell: '指标!H12' });
  });
});
