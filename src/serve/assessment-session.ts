import { createHash } from 'node:crypto';
import { existsSync, type FSWatcher, readFileSync, unwatchFile, watch, watchFile } from 'node:fs';
import path from 'node:path';
import { assessmentTemplate } from '../assessment/assessment-template.js';
import { builtInCatalogueFor, builtInCataloguePath, loadCatalogue, resolveCatalogueReference } from '../catalogue/load-catalogue.js';
import { loadApplicationRequirements } from '../certification/load-application.js';
import { requirementsForProfile } from '../certification/load-profile.js';
import type { ApplicationRequirements } from '../model/application.js';
import type { Lang } from '../model/bilingual-text.js';
import type { Catalogue } from '../model/catalogue.js';
import type { LoadedAssessment } from '../model/assessment.js';
import { error, type Diagnostic, isUserError, type Loaded, UserError } from '../model/diagnostic.js';
import type { Result } from '../model/result.js';
import { scoreAssessment } from '../scoring/score-assessment.js';
import { AssessmentDraft } from '../questionnaire/assessment-draft.js';
import { acquireLock } from '../questionnaire/file-lock.js';
import { writeFailure } from '../source/write-file-atomic.js';
import { checkEvidence } from '../evidence/check-evidence.js';
import type { EvidenceStatus } from '../model/evidence.js';
import { applyChange, BadChange, parseChange } from './apply-change.js';
import { pageForm, pageResult, pageValues, type PageForm, type PageResult, type PageValues } from './page-data.js';

/** What the page is sent: the file's hash it edits against, whether it may edit, and everything to show. */
export interface PageState {
  hash: string;
  file: string;
  readOnly: { reason: 'locked' | 'broken'; problems: Diagnostic[] } | null;
  form: PageForm | null;
  values: PageValues | null;
  result: PageResult | null;
  /** The file does not exist yet: the page asks for the company type and name. */
  start?: boolean;
}

export type ChangeOutcome = { status: 200; hash: string } | { status: 400 | 409 | 422 | 423 | 500; problems: Diagnostic[] };

/**
 * The assessment file while the page edits it. The file is the truth: every change is checked by
 * the loader `score` uses, saved atomically (comments kept) before it is acknowledged, and made
 * against the content the page last saw. A change made outside (an editor, `git pull`) is noticed
 * by watching the folder, with polling as a fallback, and the page is told to show it.
 */
export class AssessmentSession {
  private draft: AssessmentDraft | undefined;
  private broken: Diagnostic[] = [];
  private lockedBy: Diagnostic[] = [];
  private release: (() => void) | undefined;
  private catalogue: { reference: string; value: Catalogue; requirements: ApplicationRequirements } | undefined;
  private hash = '';
  private queue: Promise<unknown> = Promise.resolve();
  private listeners = new Set<(event: 'changed' | 'lock', hash: string) => void>();
  private watcher: FSWatcher | undefined;
  private lockTimer: NodeJS.Timeout | undefined;
  private checkTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  private lastCheck: { text: string; checked: Loaded<LoadedAssessment>; result?: Result } | undefined;
  /** No file yet: the page shows the start (company type and name) until it is written. */
  private starting = false;

  private constructor(
    readonly file: string,
    private readonly catalogueOverride: string | undefined,
  ) {}

  static async open(file: string, options: { catalogueOverride?: string } = {}): Promise<AssessmentSession> {
    const session = new AssessmentSession(file, options.catalogueOverride);
    if (!existsSync(file) && !options.catalogueOverride) {
      // No file yet: the page asks the company type and name first, and the file is written then
      // (the questionnaire's start, for someone who never opens a terminal).
      session.starting = true;
      session.takeLock();
      session.watch();
      return session;
    }
    // A file that cannot be read at all is the command's error, as for `score`.
    session.draft = await AssessmentDraft.open(session.file, options.catalogueOverride);
    session.hash = hashOf(readFileSync(session.file));
    await session.loadCatalogue();
    session.takeLock();
    session.watch();
    return session;
  }

  get editable(): boolean {
    return this.release !== undefined && this.broken.length === 0 && this.draft !== undefined;
  }

  get lockProblems(): Diagnostic[] {
    return this.lockedBy;
  }

  /**
   * Every page hears of every new content of the file, with its hash: an outside change, a freed
   * lock, and each save made from a page (so a second tab of the same page learns of the first's).
   */
  onEvent(listener: (event: 'changed' | 'lock', hash: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The hash of the file as it is now (re-read if it changed): what a page compares its own with. */
  async revision(): Promise<string> {
    return this.serial(async () => {
      await this.noticeOutsideChange();
      return this.hash;
    });
  }

  /** Everything the page shows, in its language. */
  async state(lang: Lang): Promise<PageState> {
    return this.serial(async () => {
      await this.noticeOutsideChange();
      if (this.starting)
        return {
          hash: '',
          file: path.basename(this.file),
          readOnly: this.release ? null : { reason: 'locked' as const, problems: this.lockedBy },
          form: null,
          values: null,
          result: null,
          start: true,
        };
      const draft = this.draft;
      const readOnly = this.broken.length > 0 ? { reason: 'broken' as const, problems: this.broken } : this.release ? null : { reason: 'locked' as const, problems: this.lockedBy };
      if (!draft || !this.catalogue) return { hash: this.hash, file: path.basename(this.file), readOnly, form: null, values: null, result: null };
      const { value: catalogue, requirements } = this.catalogue;
      return {
        hash: this.hash,
        file: path.basename(this.file),
        readOnly,
        form: pageForm(catalogue, requirements, lang),
        values: pageValues(draft, catalogue, requirements),
        result: pageResult(await this.scored(draft), lang, await this.evidence()),
      };
    });
  }

  /**
   * One change from the page, made against the content it saw (`hash`). Refused when the file has
   * changed since (409), when another editor holds the lock (423), when the request is not a change
   * the page could send (400), or when it would make the file invalid (422, with the loader's codes).
   * Acknowledged only once the file is on disk.
   */
  async change(hash: unknown, body: unknown): Promise<ChangeOutcome> {
    return this.serial(async () => {
      await this.noticeOutsideChange();
      if (!this.release) return { status: 423, problems: this.lockedBy };
      if (this.broken.length > 0 || !this.draft || !this.catalogue) return { status: 409, problems: this.broken };
      if (hash !== this.hash) return { status: 409, problems: [error('SERVE_STALE', {}, { file: this.file })] };
      let change: ReturnType<typeof parseChange>;
      try {
        change = parseChange(body, this.catalogue.value, this.catalogue.requirements);
      } catch (cause) {
        if (cause instanceof BadChange) return { status: 400, problems: [error('SERVE_BAD_REQUEST', { detail: cause.message })] };
        throw cause;
      }
      const before = problemKeys((await this.checked(this.draft)).diagnostics);
      applyChange(this.draft, change);
      const checked = await this.checked(this.draft);
      // A change may leave what was already wrong (an empty company name in a new file) but must not add a mistake.
      const added = checked.diagnostics.filter((problem) => problem.severity === 'error' && !before.has(problemKey(problem)));
      if (added.length > 0) {
        this.draft = await AssessmentDraft.open(this.file, this.catalogueOverride);
        return { status: 422, problems: added };
      }
      const text = this.draft.text();
      try {
        await this.draft.save();
      } catch (cause) {
        this.draft = await AssessmentDraft.open(this.file, this.catalogueOverride).catch(() => this.draft);
        return { status: 500, problems: isUserError(cause) ? cause.diagnostics : [writeFailure(cause, this.file)] };
      }
      this.hash = hashOf(Buffer.from(text, 'utf8'));
      // A change of catalogue or profile (written by hand) is picked up by the page's next state.
      if (change.kind === 'company' || change.kind === 'target') await this.loadCatalogue().catch(() => undefined);
      this.emit('changed');
      return { status: 200, hash: this.hash };
    });
  }

  /**
   * Writes the new file the way the questionnaire starts one: the template `init` writes for the
   * chosen type (the clause-keyed catalogue, recommended), with the company's name.
   */
  async start(body: unknown, lang: Lang, today: string): Promise<ChangeOutcome> {
    return this.serial(async () => {
      if (!this.release) return { status: 423, problems: this.lockedBy };
      if (!this.starting) return { status: 409, problems: [error('SERVE_STALE', {}, { file: this.file })] };
      const request = (body ?? {}) as { type?: unknown; company?: unknown };
      if ((request.type !== 'producer' && request.type !== 'seller') || typeof request.company !== 'string' || request.company.length > 500) {
        return { status: 400, problems: [error('SERVE_BAD_REQUEST', { detail: 'start' })] };
      }
      const name = builtInCatalogueFor(request.type, 'clauses');
      const catalogue = await loadCatalogue(builtInCataloguePath(name));
      if (!catalogue.ok) return { status: 500, problems: catalogue.diagnostics };
      const template = await assessmentTemplate({
        catalogue: catalogue.value,
        catalogueReference: name,
        requirements: await loadApplicationRequirements(),
        lang,
        outputFile: this.file,
        today,
        writtenBy: 'questionnaire',
      });
      try {
        const draft = await AssessmentDraft.create(this.file, template);
        if (request.company.trim()) {
          draft.set(['company', 'name'], request.company.trim());
          await draft.save();
        }
        this.draft = draft;
      } catch (cause) {
        return { status: 500, problems: isUserError(cause) ? cause.diagnostics : [writeFailure(cause, this.file)] };
      }
      this.starting = false;
      this.hash = hashOf(readFileSync(this.file));
      await this.loadCatalogue();
      this.emit('changed');
      return { status: 200, hash: this.hash };
    });
  }

  /** Stops watching and releases the lock once every change asked for is on disk. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.queue.catch(() => undefined);
    this.watcher?.close();
    unwatchFile(this.file);
    clearInterval(this.lockTimer);
    clearTimeout(this.checkTimer);
    this.release?.();
    this.release = undefined;
  }

  /**
   * The draft checked by the loader `score` uses, and scored: done once per content (a change
   * checks before and after, and the page's new state shows the same result).
   */
  private async checked(draft: AssessmentDraft): Promise<Loaded<LoadedAssessment>> {
    const text = draft.text();
    if (this.lastCheck?.text !== text) this.lastCheck = { text, checked: await draft.check() };
    return this.lastCheck.checked;
  }

  private async scored(draft: AssessmentDraft): Promise<{ result: Result } | { diagnostics: Diagnostic[] }> {
    const checked = await this.checked(draft);
    if (!checked.ok) return { diagnostics: checked.diagnostics };
    if (this.lastCheck!.result === undefined) this.lastCheck!.result = scoreAssessment(checked.value);
    return { result: this.lastCheck!.result };
  }

  /**
   * The evidence the answers and documents name, checked on disk as `score` checks it (recorded
   * files hashed, the others only looked for): read again for every state, since a file may have
   * been added, changed or removed without the assessment changing.
   */
  private async evidence(): Promise<{ status: EvidenceStatus; file: string } | undefined> {
    const checked = this.lastCheck?.checked;
    if (!checked?.ok || checked.value.assessment.evidence.length === 0) return undefined;
    return { status: await checkEvidence(checked.value.assessment, { hashUnrecorded: false }), file: path.basename(this.file) };
  }

  /** Runs one operation at a time, in order: two quick clicks are saved one after the other. */
  private serial<T>(operation: () => Promise<T>): Promise<T> {
    const next = this.queue.then(operation, operation);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** The lock, or read-only until the other editor finishes (checked every second). */
  private takeLock(): void {
    try {
      this.release = acquireLock(this.file);
      this.lockedBy = [];
      clearInterval(this.lockTimer);
      this.lockTimer = undefined;
    } catch (cause) {
      if (!isUserError(cause)) throw cause;
      this.lockedBy = cause.diagnostics;
      this.lockTimer ??= setInterval(() => {
        if (this.stopped) return;
        void this.serial(async () => {
          this.takeLock();
          if (this.release) {
            // The other editor may have changed the file while it held it.
            await this.noticeOutsideChange(true);
            this.emit('lock');
          }
        });
      }, 1000);
      this.lockTimer.unref();
    }
  }

  private watch(): void {
    const schedule = () => {
      if (this.stopped) return;
      clearTimeout(this.checkTimer);
      this.checkTimer = setTimeout(() => void this.serial(() => this.noticeOutsideChange()), 30);
      this.checkTimer.unref();
    };
    try {
      // The folder, not the file: a save by rename (ours, an editor's, git's) replaces the file's inode.
      this.watcher = watch(path.dirname(this.file), (_event, name) => {
        if (name === null || name === path.basename(this.file)) schedule();
      });
      this.watcher.on('error', () => undefined);
      this.watcher.unref();
    } catch {
      // No watching here (some network drives): the poll below still notices.
    }
    watchFile(this.file, { interval: 1000, persistent: false }, schedule);
  }

  /** Re-reads the file when its content is not what was last read or written, and tells the pages. */
  private async noticeOutsideChange(force = false): Promise<void> {
    if (this.starting) {
      if (!existsSync(this.file)) return;
      // Written by someone else meanwhile (init in a terminal): shown as any outside change is.
      this.starting = false;
      force = true;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.file);
    } catch (cause) {
      this.broken = [error('FILE_NOT_FOUND', {}, { file: this.file })];
      if ((cause as NodeJS.ErrnoException).code !== 'ENOENT') this.broken = [writeFailure(cause, this.file)];
      this.emit('changed');
      return;
    }
    const hash = hashOf(bytes);
    if (hash === this.hash && !force && this.broken.length === 0) return;
    const changed = hash !== this.hash;
    this.hash = hash;
    try {
      this.draft = await AssessmentDraft.open(this.file, this.catalogueOverride);
      await this.loadCatalogue();
      this.broken = [];
    } catch (cause) {
      if (!isUserError(cause)) throw cause;
      this.broken = cause.diagnostics;
    }
    if (changed || force) this.emit('changed');
  }

  private async loadCatalogue(): Promise<void> {
    const draft = this.draft!;
    const reference = this.catalogueOverride ?? draft.get(['catalogue']);
    if (typeof reference !== 'string') throw new UserError((await draft.check()).diagnostics);
    const profile = draft.get(['profile']);
    const key = `${reference}\n${typeof profile === 'string' ? profile : ''}`;
    if (this.catalogue?.reference === key) return;
    const relativeTo = this.catalogueOverride ? process.cwd() : path.dirname(this.file);
    const loaded = await loadCatalogue(resolveCatalogueReference(reference, relativeTo));
    if (!loaded.ok) throw new UserError(loaded.diagnostics);
    const requirements = await requirementsForProfile(typeof profile === 'string' && profile ? profile : undefined, this.file);
    this.catalogue = { reference: key, value: loaded.value, requirements };
  }

  private emit(event: 'changed' | 'lock'): void {
    for (const listener of this.listeners) listener(event, this.hash);
  }
}

export function hashOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const problemKey = (problem: Diagnostic) => `${problem.code}\n${JSON.stringify(problem.params)}`;
const problemKeys = (problems: Diagnostic[]) => new Set(problems.filter((problem) => problem.severity === 'error').map(problemKey));
