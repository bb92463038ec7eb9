import type { Question, Section, WalkContext } from './question.js';
import { checkCount, NAV, navigationChoices, navigationOutcome } from './question.js';

/** Employees and first certification; the name and type come first, before the file exists. */
export function profileQuestions(context: Pick<WalkContext, 'text'>): Question[] {
  const { text } = context;
  const section: Section = { id: 'profile', title: text.sectionProfile };
  return [
    {
      key: 'company.name',
      section,
      counted: true,
      answered: (draft) => typeof draft.get(['company', 'name']) === 'string' && String(draft.get(['company', 'name'])).trim() !== '',
      async ask({ prompter, draft }) {
        const current = draft.get(['company', 'name']);
        const name = await prompter.input(text.companyName, {
          ...(typeof current === 'string' && current ? { default: current } : {}),
          validate: (value) => (value.trim() ? true : text.required),
        });
        draft.set(['company', 'name'], name.trim());
        await draft.save();
        return 'next';
      },
    },
    {
      key: 'company.employees',
      section,
      counted: true,
      answered: (draft) => typeof draft.get(['company', 'employees']) === 'number',
      async ask({ prompter, draft }) {
        const current = draft.get(['company', 'employees']);
        const answer = await prompter.input(text.employees, {
          ...(typeof current === 'number' ? { default: String(current) } : {}),
          validate: (value) => checkCount(value.normalize('NFKC'), text),
        });
        draft.set(['company', 'employees'], Number(answer.normalize('NFKC')));
        await draft.save();
        return 'next';
      },
    },
    {
      key: 'company.firstCertification',
      section,
      counted: true,
      answered: (draft) => typeof draft.get(['company', 'firstCertification']) === 'boolean',
      async ask({ prompter, draft }) {
        const current = draft.get(['company', 'firstCertification']);
        const choices = [{ value: true as const, name: text.yes }, { value: false as const, name: text.no }, ...navigationChoices(text, { later: true })];
        const answer = await prompter.select<boolean | string>(text.firstCertification, choices, { default: typeof current === 'boolean' ? current : NAV.later });
        const nav = navigationOutcome(answer);
        if (nav === 'back' || nav === 'menu') return nav;
        draft.set(['company', 'firstCertification'], nav === 'later' ? null : answer === true);
        await draft.save();
        return 'next';
      },
    },
  ];
}
