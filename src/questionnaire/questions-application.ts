import { punctuation } from '../i18n/punctuation.js';
import type { Lang } from '../model/bilingual-text.js';

const colon = (lang: Lang) => punctuation(lang).colon;
import type { Question, Section, WalkContext } from './question.js';
import { NAV, navigationChoices, navigationOutcome } from './question.js';

/** One yes/no question per eligibility condition, with why it matters. A "no" is recorded; the walk goes on. */
export function eligibilityQuestions(context: Pick<WalkContext, 'text' | 'requirements' | 'lang'>): Question[] {
  const { text, requirements, lang } = context;
  const section: Section = { id: 'eligibility', title: text.sectionEligibility };
  return requirements.eligibility.map((condition, index) => ({
    key: `eligibility.${condition.id}`,
    section,
    counted: true,
    answered: (draft) => typeof draft.get(['eligibility', condition.id]) === 'boolean',
    async ask({ prompter, draft }) {
      if (index === 0) prompter.say(`\n${text.eligibilityIntro}`);
      prompter.say(`\n${section.title} ${index + 1}/${requirements.eligibility.length}${colon(lang)}${condition.title[lang]}\n  ${condition.why[lang]}`);
      const current = draft.get(['eligibility', condition.id]);
      const choices = [{ value: true as const, name: text.yes }, { value: false as const, name: text.no }, ...navigationChoices(text, { later: true })];
      // The cursor starts on the recorded answer, or on "answer later": Enter never records a "yes".
      const answer = await prompter.select<boolean | string>(text.eligibilityQuestion, choices, { default: typeof current === 'boolean' ? current : NAV.later });
      const nav = navigationOutcome(answer);
      if (nav === 'back' || nav === 'menu') return nav;
      draft.set(['eligibility', condition.id], nav === 'later' ? null : answer === true);
      await draft.save();
      return 'next';
    },
  }));
}

type DocumentAnswer = 'ready' | 'missing' | 'na';

/** Ready / missing / not applicable for each document, proposing "ready" where --evidence-dir has its files. */
export function documentQuestions(context: Pick<WalkContext, 'text' | 'requirements' | 'lang'>): Question[] {
  const { text, requirements, lang } = context;
  const section: Section = { id: 'documents', title: text.sectionDocuments };
  return requirements.documents.map((document, index) => ({
    key: `documents.${document.id}`,
    section,
    counted: true,
    answered: (draft) => draft.has(['documents', document.id]),
    async ask({ prompter, draft, evidence }) {
      if (index === 0) prompter.say(`\n${text.documentsIntro(requirements.documents.length)}`);
      prompter.say(`\n${section.title} ${index + 1}/${requirements.documents.length}${colon(lang)}${document.title[lang]}`);
      if (document.note) prompter.say(`  ${document.note[lang]}`);
      const found = evidence.get(document.id) ?? [];
      if (found.length > 0) prompter.say(`  ${text.docFound(punctuation(lang).list(found))}`);
      const current = draft.get(['documents', document.id]);
      const currentStatus = typeof current === 'string' ? current : (current as { status?: string } | null)?.status;
      const choices = [
        { value: 'ready' as const, name: text.docReady },
        { value: 'missing' as const, name: text.docMissing },
        { value: 'na' as const, name: text.docNa },
        ...navigationChoices(text, { later: true }),
      ];
      // "Ready" is proposed only where the evidence folder holds a file for the document; otherwise
      // the cursor starts on the recorded status, or on "answer later".
      const proposed = currentStatus ?? (found.length > 0 ? 'ready' : NAV.later);
      const answer = await prompter.select<string>(text.documentQuestion, choices, { default: proposed });
      const nav = navigationOutcome(answer);
      if (nav === 'back' || nav === 'menu') return nav;
      if (nav === 'later') draft.set(['documents', document.id], null);
      else if (answer === 'na') {
        const previous = (current as { note?: string } | null)?.note;
        // "Not applicable" is on disk before its note is asked for.
        draft.set(['documents', document.id], previous ? { status: 'na', note: previous } : 'na');
        await draft.save();
        const note = await prompter.input(text.docNaNote, previous ? { default: previous } : {});
        draft.set(['documents', document.id], note.trim() ? { status: 'na', note: note.trim() } : 'na');
      } else {
        // Files and a note the file already holds stay; files found in --evidence-dir are added.
        const previous = current !== null && typeof current === 'object' ? (current as { note?: string; files?: string[] }) : {};
        const files = [...new Set([...(previous.files ?? []), ...(answer === 'ready' ? found.map((file) => draft.relativePath(file)) : [])])];
        const extras = { ...(previous.note ? { note: previous.note } : {}), ...(files.length > 0 ? { files } : {}) };
        draft.set(['documents', document.id], Object.keys(extras).length > 0 ? { status: answer as DocumentAnswer, ...extras } : (answer as DocumentAnswer));
      }
      await draft.save();
      return 'next';
    },
  }));
}
