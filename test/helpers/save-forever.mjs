// Saves an assessment again and again until killed: each generation writes its number into
// company.employees and sets every answer to met (even) or unmet (odd), so a reader can tell
// whether the file on disk is one whole generation.
import { AssessmentDraft } from '../../dist/questionnaire/assessment-draft.js';

const file = process.argv[2];
const ids = process.argv.slice(3);
const draft = await AssessmentDraft.open(file);
process.stdout.write('ready\n');
for (let generation = 1; ; generation++) {
  draft.set(['company', 'employees'], generation);
  for (const id of ids) draft.set(['answers', id], generation % 2 === 0 ? 'met' : 'unmet');
  await draft.save();
}
