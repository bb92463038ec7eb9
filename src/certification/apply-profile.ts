import type { ApplicationRequirements, BodyProfile, EligibilityCondition, ProfileSummary } from '../model/application.js';

/**
 * The requirements as one body asks them: its conditions and documents in its order, and the
 * conditions that carry a figure (months of operation, years without a major incident) titled
 * with its figure. Without a profile: every condition and document, with the generic titles.
 * Ids never change, so answers given under one profile mean the same under another.
 */
export function applyProfile(requirements: ApplicationRequirements, profile: BodyProfile | null): ApplicationRequirements {
  if (!profile) return requirements;
  const conditions = new Map(requirements.eligibility.map((condition) => [condition.id, condition]));
  const documents = new Map(requirements.documents.map((document) => [document.id, document]));
  const pick = <T>(ids: readonly string[], from: Map<string, T>) => ids.flatMap((id) => (from.has(id) ? [from.get(id)!] : []));
  return {
    eligibility: pick(profile.eligibility ?? requirements.eligibility.map((c) => c.id), conditions).map((condition) => withFigure(condition, profile)),
    documents: pick(profile.documents, documents),
  };
}

function withFigure(condition: EligibilityCondition, profile: BodyProfile): EligibilityCondition {
  if (!condition.titleWithValue || !condition.valueFrom) return condition;
  const value = String(profile[condition.valueFrom]);
  return {
    ...condition,
    title: { zh: condition.titleWithValue.zh.replace('{value}', value), en: condition.titleWithValue.en.replace('{value}', value) },
  };
}

export function summariseProfile(reference: string, profile: BodyProfile): ProfileSummary {
  return {
    reference,
    id: profile.id,
    title: profile.title,
    example: profile.example,
    source: profile.source,
    urls: profile.urls ?? [],
    systemOperatingMonths: profile.systemOperatingMonths,
    majorIncidentWindowYears: profile.majorIncidentWindowYears,
  };
}
