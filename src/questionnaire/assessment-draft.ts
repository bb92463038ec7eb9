import path from 'node:path';
import { isCollection, isMap, isNode, isScalar, parseDocument, visit, type Document, type Node } from 'yaml';
import { loadAssessmentText } from '../assessment/load-assessment.js';
import type { LoadedAssessment } from '../model/assessment.js';
import { UserError, type Diagnostic, type Loaded } from '../model/diagnostic.js';
import { oneLineYaml } from '../source/one-line-yaml.js';
import { Cancelled } from './prompter.js';
import { parseYaml } from '../source/parse-yaml.js';
import { validateSchema } from '../source/validate-schema.js';
import { readSource } from '../source/read-source.js';
import { keepUntouchedLines } from '../source/keep-untouched-lines.js';
import { removeStaleTemporaries, writeFailure, writeFileAtomic } from '../source/write-file-atomic.js';
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

  private document: Document.Parsed;
  /** The text last written to disk: what a person keeps when a save fails and they stop. */
  private savedSource: string | undefined;
  /**
   * Asked when a save fails (a full disk): 'retry' once the person has freed space, or 'quit'. Without
   * it, a failed save is an error.
   */
  onSaveFailed?: (problem: Diagnostic) => Promise<'retry' | 'quit'>;

  private constructor(
    readonly file: string,
    /** The file's text as it will be saved; every change edits it in place. */
    private source: string,
    private readonly lineEnding: '\n' | '\r\n',
    private readonly catalogueOverride: string | undefined,
  ) {
    this.document = parseDocument(source) as Document.Parsed;
  }

  /** An existing file: it must parse, or the questionnaire would overwrite what the person wrote. */
  static async open(file: string, catalogueOverride?: string): Promise<AssessmentDraft> {
    const read = await readSource(file);
    if (!read.ok) throw new UserError(read.diagnostics);
    const parsed = parseYaml(read.value);
    if (!parsed.ok) throw new UserError(parsed.diagnostics);
    // A hand-edited file of the wrong shape is refused here, where its errors can be located,
    // rather than met halfway through the walk.
    // An empty company name is the walk's first question, not a mistake in the file: a new file is
    // written before the name is asked, so that nothing typed is ever held only in memory.
    const shape = validateSchema('assessment', parsed.value).filter((problem) => !(problem.code === 'SCHEMA_EMPTY' && problem.params.path === 'company.name'));
    if (shape.length > 0) throw new UserError(shape);
    const lineEnding = read.value.text.includes('\r\n') ? '\r\n' : '\n';
    await removeStaleTemporaries(file);
    const draft = new AssessmentDraft(file, read.value.text, lineEnding, catalogueOverride);
    draft.savedSource = read.value.text;
    draft.notices = read.diagnostics;
    return draft;
  }

  /** A new file from the text `init` would write, saved at once. */
  static async create(file: string, text: string, catalogueOverride?: string, onSaveFailed?: AssessmentDraft['onSaveFailed']): Promise<AssessmentDraft> {
    const draft = new AssessmentDraft(file, text, '\n', catalogueOverride);
    if (onSaveFailed) draft.onSaveFailed = onSaveFailed;
    await draft.save();
    return draft;
  }

  /** Text in memory that becomes the file only when saved (an import into a new file checks first). */
  static fromText(file: string, text: string, catalogueOverride?: string): AssessmentDraft {
    return new AssessmentDraft(file, text, '\n', catalogueOverride);
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
   * Sets a value in place by replacing only the text of the old value, so that after one answer
   * `git diff` shows one changed line: end-of-line comments stay on their key, blank lines, quoting
   * and flow style elsewhere are untouched. The new value is written by the YAML library on one line
   * (objects as `{ result: 7/10, note: … }`, text with line breaks double-quoted and escaped), never
   * pasted into the file as text. A key the file lacks gets one new line after the last entry of its
   * section; anything else (a multi-line block value, a missing section) is set through the document.
   */
  set(keys: Path, value: unknown): void {
    const parent = this.document.getIn(keys.slice(0, -1), true);
    const last = keys[keys.length - 1]!;
    const pair = isMap(parent) ? parent.items.find((item) => isScalar(item.key) && item.key.value === last) : undefined;
    const old = pair?.value;
    const range = isNode(old) ? old.range : undefined;
    const written = value === null || value === undefined ? '' : oneLineYaml(value);
    const lastItem = isMap(parent) && !parent.flow ? parent.items[parent.items.length - 1] : undefined;
    const firstKey = isMap(parent) ? parent.items[0]?.key : undefined;
    if (range && (isScalar(old) || (isCollection(old) && old.flow))) {
      this.source = spliceValue(this.source, range[0], range[1], written);
    } else if (!pair && lastItem && isNode(firstKey) && firstKey.range && oneLineNode(lastItem.value ?? lastItem.key) && /^[ ]*$/.test(indentOf(this.source, firstKey.range[0]))) {
      // A key the block map lacks: one new line after its last entry (a one-line one), at its indentation.
      const end = (lastItem.value ?? lastItem.key) as Node;
      const indent = indentOf(this.source, firstKey.range[0]);
      const newline = this.source.indexOf('\n', end.range![1]);
      const line = `${indent}${oneLineYaml(last)}:${written ? ` ${written}` : ''}`;
      this.source = newline === -1 ? `${this.source}${this.lineEnding}${line}${this.lineEnding}` : `${this.source.slice(0, newline + 1)}${line}${this.lineEnding}${this.source.slice(newline + 1)}`;
    } else if (parent === undefined && keys.length === 2 && this.appendsSection(keys[0]!)) {
      // A section the file lacks (evidenceLog:, plan:) with its one entry: two lines at the end. The
      // library would write the whole file again, and in a file from `init` (a comment after each
      // section's key) its rendering never lines up, so every line would come out restyled.
      const ending = this.source === '' || this.source.endsWith('\n') ? '' : this.lineEnding;
      this.source = `${this.source}${ending}${oneLineYaml(keys[0])}:${this.lineEnding}  ${oneLineYaml(last)}:${written ? ` ${written}` : ''}${this.lineEnding}`;
    } else {
      const node = this.document.createNode(value, { flow: true });
      // As in oneLineYaml: text with a line break double-quoted, or the library may write a plain
      // multi-line scalar it cannot read back inside a flow collection (a note starting with "-").
      visit(node, {
        Scalar(_, scalar) {
          if (typeof scalar.value === 'string' && /[\n\r\u0085\u2028\u2029]/.test(scalar.value)) scalar.type = 'QUOTE_DOUBLE';
        },
      });
      this.rewrite(() => this.document.setIn(keys, node));
    }
    this.document = parseDocument(this.source) as Document.Parsed;
  }

  /** True when a new top-level section can be appended as text: the file is one block map at column 0, with no `...` end. */
  private appendsSection(key: string | number): boolean {
    const root = this.document.contents;
    if (!isMap(root) || root.flow || this.document.hasIn([key])) return false;
    const first = root.items[0]?.key;
    if (!isNode(first) || !first.range || indentOf(this.source, first.range[0]) !== '') return false;
    return !/^\.\.\.[ \t]*\r?$/m.test(this.source);
  }

  /** Removes a key (and the comment on its line); a key that is not there is no change. */
  remove(keys: Path): void {
    if (!this.document.hasIn(keys)) return;
    this.rewrite(() => this.document.deleteIn(keys));
    this.document = parseDocument(this.source) as Document.Parsed;
  }

  /**
   * A change the text cannot take in place (a new key, a removed one): the library writes the
   * document again, and only the lines that change makes differ are taken from its rendering.
   */
  private rewrite(change: () => void): void {
    const render = () => {
      const text = this.document.toString({ lineWidth: 0, nullStr: '', flowCollectionPadding: true, doubleQuotedMinMultiLineLength: Number.POSITIVE_INFINITY });
      return this.lineEnding === '\r\n' ? text.replace(/\r?\n/g, '\r\n') : text;
    };
    const before = render();
    change();
    this.source = keepUntouchedLines(this.source, before, render());
  }

  text(): string {
    return this.source;
  }

  /**
   * Writes the file. When that fails (a full disk), the person is asked to free space and retry; if
   * they stop instead, the draft goes back to what is on disk, so the progress reported is true.
   */
  async save(): Promise<void> {
    for (;;) {
      try {
        await writeFileAtomic(this.file, this.text());
        this.savedSource = this.source;
        return;
      } catch (cause) {
        const problem = writeFailure(cause, this.file);
        if (!this.onSaveFailed) throw new UserError([problem]);
        let choice: 'retry' | 'quit';
        try {
          choice = await this.onSaveFailed(problem);
        } catch (stopped) {
          this.revert();
          throw stopped;
        }
        if (choice === 'retry') continue;
        this.revert();
        throw new Cancelled();
      }
    }
  }

  private revert(): void {
    if (this.savedSource === undefined) return;
    this.source = this.savedSource;
    this.document = parseDocument(this.source) as Document.Parsed;
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

/** The text with [start, end) replaced by a value, keeping one space after the colon and before a comment. */
function spliceValue(text: string, start: number, end: number, value: string): string {
  let before = text.slice(0, start);
  let after = text.slice(end);
  if (value === '') {
    // `key: met # c` becomes `key: # c`, and `key: met` becomes `key:`.
    if (/ $/.test(before) && (/^ /.test(after) || /^(\r?\n|$)/.test(after))) before = before.slice(0, -1);
    return before + after;
  }
  if (start === end) {
    // An empty value: `key:  # c` becomes `key: met  # c`, the comment keeping its column.
    const gap = /[ \t]*$/.exec(before)![0];
    before = before.slice(0, before.length - gap.length);
    return `${before} ${value}${after.startsWith('#') ? gap || ' ' : ''}${after}`;
  }
  if (!/[ \t]$/.test(before)) before += ' ';
  if (after !== '' && !/^[ \t\r\n,\]}]/.test(after)) after = ' ' + after;
  return before + value + after;
}

/** A node written on one line: a plain or quoted scalar, or a flow collection. */
function oneLineNode(node: unknown): boolean {
  if (!isNode(node) || !node.range) return false;
  if (isScalar(node)) return node.type !== 'BLOCK_LITERAL' && node.type !== 'BLOCK_FOLDED';
  return isCollection(node) && Boolean(node.flow);
}

/** The text between the start of the line and `offset`. */
function indentOf(text: string, offset: number): string {
  return text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
}
