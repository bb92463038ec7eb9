import type { ApplicationRequirements } from '../model/application.js';
import type { Assessment } from '../model/assessment.js';
import type { DocumentsResult, EligibilityResult } from '../model/result.js';

/**
 * Documents do not change the score; they decide whether the application package is complete.
 * A document not mentioned is not assumed ready.
 */
export function summariseDocuments(assessment: Assessment, requirements: ApplicationRequirements): DocumentsResult {
  const entries = requirements.documents.map((document) => {
    const entry = assessment.documents[document.id];
    return {
      id: document.id,
      title: document.title,
      status: entry?.status ?? ('unanswered' as const),
      note: entry?.note ?? null,
      files: entry?.files ?? [],
    };
  });
  const missing = entries.filter((entry) => entry.status === 'missing').map((entry) => entry.id);
  const unanswered = entries.filter((entry) => entry.status === 'unanswered').map((entry) => entry.id);
  return { complete: missing.length === 0 && unanswered.length === 0, missing, unanswered, entries };
}

/** A condition answered "no" fails the assessment whatever its score; one not answered is only flagged. */
export function summariseEligibility(assessment: Assessment, requirements: ApplicationRequirements): EligibilityResult {
  const entries = requirements.eligibility.map((condition) => {
    const answer = assessment.eligibility[condition.id];
    const status = answer === true ? 'yes' : answer === false ? 'no' : 'unanswered';
    return { id: condition.id, title: condition.title, status: status as 'yes' | 'no' | 'unanswered' };
  });
  const failed = entries.filter((entry) => entry.status === 'no').map((entry) => entry.id);
  const unanswered = entries.filter((entry) => entry.status === 'unanswered').map((entry) => entry.id);
  return { passed: failed.length === 0, failed, unanswered, entries };
}
