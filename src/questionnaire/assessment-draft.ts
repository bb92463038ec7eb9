import path from 'node:path';
import { isMap, isNode, isScalar, parseDocument, type Document } from 'yaml';
import { loadAssessmentText } from '../assessment/load-assessment.js';
import type { LoadedAssessment } from '../model/assessment.js';
import { error, UserError, type Diagnostic, type Loaded } from '../model/diagnostic.js';
import { parseYaml } from '../source/parse-yaml.js';
import { validateSchema } from '../source/validate-schema.js';
import { readSource } from '../source/read-source.js';
import { removeStaleTemporaries, writeFileAtomic } from '../source/write-file-atomic.js';
import type { Result } from '../model/result.js';
import { scoreAssessment } from '../scoring/score-assessment.js';

type Path = readonly (string | number)[];

/**
 * The assessment file being filled in, held as a YAML document so that a person's comments and key
 * order survive every change. Each answer is written to disk at once (atomically), so nothing
 * answered is lost to Ctrl-C, a closed terminal or a crash.
 */
export class AssessmentDraft {
  /** What reading the file noticed (an encoding it will be saved out of), to tell the person. */
  notices: Diagnostic[] = [];

  private constructor(
    readonly file: string,
    private document: Document.Parsed,
    private readonly lineEnding: '\n' | '\r\n',
    private readonly catalogueOverride: string | undefined,
  ) {}

  /** An existing file: it must parse, or the questionnaire would overwrite what the person wrote. */
  static async open(file: string, catalogueOverride?: string): Promise<AssessmentDraft> {
    const read = await readSource(file);
    if (!read.ok) throw new UserError(read.diagnostics);
    const parsed = parseYaml(read.value);
    if (!parsed.ok) throw new UserError(parsed.diagnostics);
    // A hand-edited file of the wrong shape is refused here, where its errors can be located,
    // rather than met halfway through the walk.
    const shape = validateSchema('assessment', parsed.value);
    if (shape.length > 0) throw new UserError(shape);
    const lineEnding = read.value.text.includes('\r\n') ? '\r\n' : '\n';
    await removeStaleTemporaries(file);
    const draft = new AssessmentDraft(file, parsed.value.document, lineEnding, catalogueOverride);
    draft.notices = read.diagnostics;
    return draft;
  }

  /** A new file from the text `init` would write, saved at once. */
  static async create(file: string, text: string, catalogueOverride?: string): Promise<AssessmentDraft> {
    const draft = new AssessmentDraft(file, parseDocument(text) as Document.Parsed, '\n', catalogueOverride);
    await draft.save();
    return draft;
  }

  /** Text in memory that becomes the file only when saved (an import into a new file checks first). */
  static fromText(file: string, text: string, catalogueOverride?: string): AssessmentDraft {
    return new AssessmentDraft(file, parseDocument(text) as Document.Parsed, '\n', catalogueOverride);
  }

  /** Removes a key (and the comment on its line); a key that is not there is no change. */
  remove(keys: Path): void {
    if (this.document.hasIn(keys)) this.document.deleteIn(keys);
  }

  get(keys: Path): unknown {
    const value = this.document.getIn(keys);
    return isScalar(value) ? value.value : value && typeof value === 'object' && 'toJSON' in value ? (value as { toJSON(): unknown }).toJSON() : value;
  }

  has(keys: Path): boolean {
    const value = this.get(keys);
    return value !== null && value !== undefined;
  }

  /**
   * Sets a value in place. Objects are written on one line ({ result: 7/10, note: … }) to stay
   * readable. The comments and blank lines the YAML parser attached to the old value move to the
   * new one, so nothing a person wrote is dropped.
   */
  set(keys: Path, value: unknown): void {
    const node = this.document.createNode(value, { flow: true });
    const parent = this.document.getIn(keys.slice(0, -1), true);
    const last = keys[keys.length - 1]!;
    const pair = isMap(parent) ? parent.items.find((item) => isScalar(item.key) && item.key.value === last) : undefined;
    if (!pair) {
      this.document.setIn(keys, node);
      return;
    }
    const old = pair.value;
    if (isNode(old)) {
      if (old.commentBefore) node.commentBefore = old.commentBefore;
      // The parser hangs a blank line that follows an empty value on that value (as spaceBefore, or
      // as a trailing newline of its comment); with a real value it belongs before the next key.
      const blankAfter = (isScalar(old) && old.value === null && old.spaceBefore) || old.comment?.endsWith('\n');
      if (old.comment) node.comment = old.comment.replace(/\n+$/, '');
      if (old.spaceBefore && !blankAfter) node.spaceBefore = true;
      if (blankAfter) this.markBlankLineAfter(keys);
    }
    pair.value = node;
  }

  /** Puts a blank line before whichever key follows `keys` in the file. */
  private markBlankLineAfter(keys: Path): void {
    for (let depth = keys.length - 1; depth >= 0; depth--) {
      const parent = depth === 0 ? this.document.contents : this.document.getIn(keys.slice(0, depth), true);
      if (!isMap(parent)) continue;
      const index = parent.items.findIndex((item) => isScalar(item.key) && item.key.value === keys[depth]);
      const following = parent.items[index + 1];
      if (following && isNode(following.key)) {
        following.key.spaceBefore = true;
        return;
      }
    }
  }

  text(): string {
    const text = this.document.toString({ lineWidth: 0, nullStr: '' });
    return this.lineEnding === '\r\n' ? text.replace(/\r?\n/g, '\r\n') : text;
  }

  async save(): Promise<void> {
    try {
      await writeFileAtomic(this.file, this.text());
    } catch (cause) {
      throw new UserError([error('OUTPUT_NOT_WRITABLE', { reason: (cause as NodeJS.ErrnoException).code ?? String(cause) }, { file: this.file })]);
    }
  }

  /** The draft checked and scored exactly as `gbt27922 score` would check and score the saved file. */
  async check(): Promise<Loaded<LoadedAssessment>> {
    return loadAssessmentText({ file: this.file, text: this.text() }, this.catalogueOverride ? { catalogueOverride: this.catalogueOverride } : {});
  }

  async score(): Promise<{ result: Result } | { diagnostics: Diagnostic[] }> {
    const checked = await this.check();
    return checked.ok ? { result: scoreAssessment(checked.value) } : { diagnostics: checked.diagnostics };
  }

  /** A path as the assessment file should record it: relative to the file's folder, with forward slashes. */
  relativePath(target: string): string {
    const relative = path.relative(path.dirname(path.resolve(this.file)), path.resolve(target));
    return path.isAbsolute(relative) ? target : relative.split(path.sep).join('/');
  }
}
