/**
 * Every code a user can meet, in one list. The codes are stable (scripts and docs/errors.md refer to
 * them); the words for each live in src/i18n/messages-*.ts.
 */
export const ERROR_CODES = [
  // reading the file
  'FILE_NOT_FOUND',
  'FILE_IS_DIRECTORY',
  'FILE_UNREADABLE',
  'FILE_TOO_LARGE',
  'FILE_BINARY',
  'FILE_EMPTY',
  'FILE_ENCODING',
  'ENCODING_CONVERTED',
  // YAML syntax
  'YAML_SYNTAX',
  'YAML_DUPLICATE_KEY',
  'YAML_MULTIPLE_DOCUMENTS',
  'YAML_ALIAS_LIMIT',
  'YAML_TOO_DEEP',
  // shape (JSON Schema)
  'SCHEMA_FORMAT',
  'SCHEMA_TYPE',
  'SCHEMA_REQUIRED',
  'SCHEMA_UNKNOWN_KEY',
  'SCHEMA_EMPTY',
  'SCHEMA_VALUE',
  'INVALID_ANSWER',
  'INVALID_DOCUMENT_STATUS',
  // catalogue rules
  'CATALOGUE_UNKNOWN',
  'CATALOGUE_DUPLICATE_ID',
  'CATALOGUE_POINTS_NOT_POSITIVE',
  'CATALOGUE_CLASS_POINTS_MISMATCH',
  'CATALOGUE_LEVELS_NOT_ASCENDING',
  'CATALOGUE_FAIL_RULE_ABOVE_LEVEL',
  'CATALOGUE_INDICATOR_ID_PREFIX',
  // assessment rules
  'UNKNOWN_INDICATOR',
  'INDICATOR_OF_OTHER_TYPE',
  'SAMPLES_INVALID',
  'SAMPLES_NOT_ALLOWED',
  'NA_NOT_ALLOWED',
  'NA_REASON_MISSING',
  'UNKNOWN_ELIGIBILITY',
  'UNKNOWN_DOCUMENT',
  'BONUS_MORE_THAN_ONE',
  // command line and output
  'USAGE',
  'NO_FILES',
  'NEEDS_TERMINAL',
  'FILE_LOCKED',
  'OUTPUT_EXISTS',
  'OUTPUT_NOT_WRITABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
