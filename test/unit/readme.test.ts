import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const read = (name: string) => readFileSync(path.join(root, name), 'utf8');
/** The command lines of the shell blocks: what a reader copies. */
const commands = (text: string) => [...text.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((block) => block[1]!.split('\n')).filter((line) => line.trim() && !line.trim().startsWith('#'));

describe('the READMEs', () => {
  it('gives Chinese readers their own README, linked prominently from the English one, and back', () => {
    const english = read('README.md');
    const chinese = read('README.zh-CN.md');
    expect(english.split('\n').slice(0, 4).join('\n')).toContain('[README.zh-CN.md](README.zh-CN.md)');
    expect(chinese.split('\n').slice(0, 4).join('\n')).toContain('(README.md)');
    expect(chinese).toMatch(/自评工具/);
  });

  it('names the command one way in every command line, one that works after npm ci', () => {
    for (const name of ['README.md', 'README.zh-CN.md']) {
      for (const line of commands(read(name))) {
        expect(line, `${name}: ${line}`).not.toMatch(/^\s*(npx )?gbt27922\b/);
        expect(line, `${name}: ${line}`).not.toMatch(/# or: gbt27922/);
      }
      const first = commands(read(name)).slice(0, 2);
      expect(first[0]).toMatch(/^npm ci && node bin\/gbt27922\.cjs score examples\/producer-4star\.yaml/);
      expect(first[1]).toMatch(/^npm test/);
    }
  });

  it('explains the install-script warning of npm ci', () => {
    expect(read('README.md')).toMatch(/install-scripts/);
    expect(read('README.zh-CN.md')).toMatch(/install-scripts/);
  });
});
