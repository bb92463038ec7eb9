import { describe, expect, it } from 'vitest';
import { answerValue, documentValue, readAnswer, readDocument } from '../../src/serve/page-values.js';

describe('the answers as the page of serve edits them', () => {
  it('when a file holds an answer written by hand then the page shows the choice the loader reads', () => {
    expect(readAnswer('符合').kind).toBe('met');
    expect(readAnswer('不符合').kind).toBe('unmet');
    expect(readAnswer('７／１０')).toMatchObject({ kind: 'samples', conforming: 7, total: 10 });
    expect(readAnswer({ result: '部分符合 3/4', note: 'n' })).toMatchObject({ kind: 'samples', conforming: 3, total: 4, note: 'n' });
    expect(readAnswer({ na: '不涉及', evidence: ['a.pdf'] })).toMatchObject({ kind: 'na', reason: '不涉及', evidence: ['a.pdf'] });
    expect(readAnswer({ managers: 12, certified: 2 })).toMatchObject({ kind: 'counts', managers: 12, certified: 2 });
    expect(readAnswer(null).kind).toBe('none');
    expect(readAnswer('maybe').kind).toBe('none');
  });

  it('when an answer is written then it takes the shape the questionnaire writes: bare when nothing else, an object with a note or evidence', () => {
    expect(answerValue({ kind: 'met', note: ' ', evidence: [] })).toBe('met');
    expect(answerValue({ kind: 'unmet', note: ' 缺记录 ', evidence: [] })).toEqual({ result: 'unmet', note: '缺记录' });
    expect(answerValue({ kind: 'samples', conforming: 7, total: 10, note: '', evidence: ['x.pdf', ' '] })).toEqual({ result: '7/10', evidence: ['x.pdf'] });
    expect(answerValue({ kind: 'na', reason: ' 无安装 ', note: '', evidence: [] })).toEqual({ na: '无安装' });
    expect(answerValue({ kind: 'counts', managers: 10, certified: 1, note: '', evidence: [] })).toEqual({ managers: 10, certified: 1 });
    expect(answerValue({ kind: 'none', note: 'kept?', evidence: [] })).toBeNull();
  });

  it('when a document is written then its files stay and a bare status is written bare', () => {
    expect(documentValue({ status: 'ready', note: '', files: [] })).toBe('ready');
    expect(documentValue({ status: 'na', note: '三证合一', files: [] })).toEqual({ status: 'na', note: '三证合一' });
    expect(documentValue(readDocument({ status: 'missing', files: ['a.pdf'] }))).toEqual({ status: 'missing', files: ['a.pdf'] });
    expect(documentValue({ status: null, note: 'x', files: [] })).toBeNull();
  });
});
