/** The schemas under indicators/schema, and the ajv options both the compiler and the build use. */
export const SCHEMA_NAMES = ['catalogue', 'assessment', 'application', 'audit-effort', 'timeline', 'clauses', 'mapping', 'profile', 'records-mapping', 'records-rules'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

export const AJV_OPTIONS = { allErrors: true, verbose: true, strict: true, strictTypes: false } as const;
