import { safeText } from '../i18n/safe-text.js';
import type { Question, Section, WalkContext } from './question.js';
import { navigationChoices, navigationOutcome } from './question.js';

const KEEP = 'keep';
const CLEAR = 'clear';

/**
 * Special deductions and the special bonus, explained plainly. They are not "counted": a file
 * cannot tell an empty list that was answered from one never asked, so the walk always reaches
 * them after the indicators, and a resume lands here once everything else is answered.
 */
export function specialQuestions(context: Pick<WalkContext, 'text' | 'catalogue'>): Question[] {
  const { text, catalogue } = context;
  const section: Section = { id: 'special', title: text.sectionSpecial };
  return [
    {
      key: 'specialDeductions',
      section,
      counted: false,
      answered: () => false,
      async ask({ prompter, draft }) {
        prompter.say(`\n${text.specialIntro(catalogue.failRule.maxSpecialDeductions + 1)}`);
        let deductions = listOf(draft.get(['specialDeductions']));
        if (deductions.length > 0) {
          prompter.say(text.deductionsSoFar(deductions.length));
          for (const deduction of deductions) prompter.say(`  − ${safeText(String(deduction))}`);
          const choice = await prompter.select<string>(text.deductionsChoice, [{ value: KEEP, name: text.keepDeductions }, { value: CLEAR, name: text.removeDeductions }, ...navigationChoices(text)]);
          const nav = navigationOutcome(choice);
          if (nav === 'back' || nav === 'menu') return nav;
          if (choice === CLEAR) deductions = [];
        }
        for (;;) {
          const entry = (await prompter.input(text.addDeduction)).trim();
          if (!entry) break;
          deductions = [...deductions, entry];
          draft.set(['specialDeductions'], deductions);
          await draft.save();
        }
        draft.set(['specialDeductions'], deductions);
        await draft.save();
        return 'next';
      },
    },
    {
      key: 'specialBonus',
      section,
      counted: false,
      answered: () => false,
      async ask({ prompter, draft }) {
        const current = draft.get(['specialBonus']);
        const bonus = (await prompter.input(text.bonusQuestion, typeof current === 'string' && current ? { default: current } : {})).trim();
        draft.set(['specialBonus'], bonus || null);
        await draft.save();
        return 'next';
      },
    },
  ];
}

function listOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
}
