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
  'YAML_TAB_INDENT',
  'YAML_FULLWIDTH_COLON',
  'YAML_FULLWIDTH_SPACE',
  'YAML_FULLWIDTH_COMMA',
  'YAML_FULLWIDTH_QUOTE',
  'YAML_BAD_INDENT',
  'YAML_UNCLOSED_QUOTE',
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
  'CATALOGUE_NOT_FOUND',
  'CATALOGUE_OUTSIDE',
  'CATALOGUE_COPY_IN_THE_WAY',
  'CATALOGUE_NOT_A_CATALOGUE',
  'CATALOGUE_INVALID',
  'CATALOGUE_DUPLICATE_ID',
  'CATALOGUE_POINTS_NOT_POSITIVE',
  'CATALOGUE_CLASS_POINTS_MISMATCH',
  'CATALOGUE_LEVELS_NOT_ASCENDING',
  'CATALOGUE_FAIL_RULE_ABOVE_LEVEL',
  'CATALOGUE_INDICATOR_ID_PREFIX',
  'CATALOGUE_UNKNOWN_CLAUSE',
  'CATALOGUE_COUNTS_SAMPLED',
  // assessment rules
  'UNKNOWN_INDICATOR',
  'INDICATOR_OF_OTHER_TYPE',
  'SAMPLES_INVALID',
  'SAMPLES_NOT_ALLOWED',
  'NA_NOT_ALLOWED',
  'NA_REASON_MISSING',
  'COUNTS_REQUIRED',
  'COUNTS_NOT_ALLOWED',
  'COUNTS_INVALID',
  'FORMER_INDICATOR_ID',
  'INVALID_DATE',
  'UNKNOWN_ELIGIBILITY',
  'UNKNOWN_DOCUMENT',
  'BONUS_MORE_THAN_ONE',
  'TARGET_UNKNOWN_LEVEL',
  'PLAN_UNKNOWN_INDICATOR',
  // evidence files (evidence, validate, report)
  'EVIDENCE_MISSING',
  'EVIDENCE_CHANGED',
  'EVIDENCE_OUTSIDE',
  'EVIDENCE_UNREADABLE',
  'EVIDENCE_NOT_RECORDED',
  'BINDER_NOT_EMPTY',
  'BINDER_INSIDE_EVIDENCE',
  'REPORT_RECORDS_ONE_FILE',
  // certification-body profiles
  'PROFILE_UNKNOWN',
  'PROFILE_NOT_FOUND',
  'PROFILE_NOT_A_PROFILE',
  'PROFILE_INVALID',
  'PROFILE_UNKNOWN_ELIGIBILITY',
  'PROFILE_UNKNOWN_DOCUMENT',
  'PROFILE_DUPLICATE_ID',
  // command line and output
  'UNKNOWN_COMMAND',
  'BASELINE_NOT_COMPARABLE',
  'BASELINE_NEEDS_ONE_FILE',
  'LEVEL_NOT_IN_CATALOGUE',
  'MIN_LEVEL_TARGET_MISSING',
  'USAGE',
  'USAGE_UNKNOWN_OPTION',
  'USAGE_MISSING_ARGUMENT',
  'USAGE_MISSING_OPTION',
  'USAGE_OPTION_VALUE_MISSING',
  'USAGE_INVALID_VALUE',
  'USAGE_TOO_MANY_ARGUMENTS',
  'NO_FILES',
  'FOLDER_UNREADABLE',
  'PASSED_OVER',
  'NEEDS_TERMINAL',
  'EVIDENCE_DIR_INVALID',
  'FILE_LOCKED',
  'FONT_NOT_FOUND',
  'FONT_UNSUPPORTED',
  'FONT_NOT_A_FILE',
  'FONT_TOO_LARGE',
  'FONT_MISSING_GLYPHS',
  'REPORT_TEXT_SHORTENED',
  'REPORT_OVERWRITES_INPUT',
  'OUTPUT_EXISTS',
  'OUTPUT_NOT_REGULAR',
  'OUTPUT_NOT_WRITABLE',
  'OUTPUT_CLOSED',
  'DISK_FULL',
  // spreadsheets (export and import)
  'SHEET_UNREADABLE',
  'SHEET_MISSING',
  'SHEET_VALUE_INVALID',
  'SHEET_DUPLICATE_ROW',
  'SHEET_CATALOGUE_MISMATCH',
  'SHEET_OVERWRITES_INPUT',
  'IMPORT_NEEDS_FILE',
  // service records (records)
  'RECORDS_NO_HEADER',
  'RECORDS_COLUMN_MISSING',
  'RECORDS_MAPPING_GUESSED',
  'RECORDS_ROWS_UNREAD',
  'RECORDS_CONTRADICTED',
  'RECORDS_APPLY_NEEDS_ASSESSMENT',
  'RECORDS_INVALID_SEED',
  'RECORDS_FILE_EMPTY',
  'RECORDS_NOT_AN_EXPORT',
  'RECORDS_OLD_WORKBOOK',
  'RECORDS_WORKBOOK_UNREADABLE',
  'RECORDS_ENCODING',
  // report branding
  'SETTINGS_INVALID',
  'SUMMARY_FORMAT',
  'LOGO_UNSUPPORTED',
  // the local page (gbt27922 serve)
  'SERVE_PORT_UNAVAILABLE',
  'SERVE_NOT_LOOPBACK',
  'SERVE_TOKEN_REFUSED',
  'SERVE_HOST_REFUSED',
  'SERVE_ORIGIN_REFUSED',
  'SERVE_STALE',
  'SERVE_BAD_REQUEST',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * The codes that report without stopping, and so never change the exit status: a notice says what
 * the tool did for the person (a file converted, a file passed over), a warning what they should
 * look at. Every other code is an error. diagnostic.ts lets notice() and warning() take only these,
 * so docs/errors.md, made from these lists, says what the tool does.
 */
export const NOTICE_CODES = ['ENCODING_CONVERTED', 'PASSED_OVER', 'EVIDENCE_NOT_RECORDED', 'RECORDS_MAPPING_GUESSED'] as const satisfies readonly ErrorCode[];
export const WARNING_CODES = [
  'FOLDER_UNREADABLE',
  'FONT_MISSING_GLYPHS',
  'FORMER_INDICATOR_ID',
  'RECORDS_ROWS_UNREAD',
  'RECORDS_CONTRADICTED',
  'REPORT_TEXT_SHORTENED',
] as const satisfies readonly ErrorCode[];
/** Warnings that `--strict` (evidence) and `--strict-evidence` (validate) make errors. */
export const STRICT_WARNING_CODES = ['EVIDENCE_MISSING', 'EVIDENCE_CHANGED', 'EVIDENCE_OUTSIDE', 'EVIDENCE_UNREADABLE'] as const satisfies readonly ErrorCode[];

export type NoticeCode = (typeof NOTICE_CODES)[number];
export type StrictWarningCode = (typeof STRICT_WARNING_CODES)[number];
/** What error() takes: every code but the notices and the plain warnings. */
export type StoppingCode = Exclude<ErrorCode, NoticeCode | (typeof WARNING_CODES)[number]>;
export type WarningCode = (typeof WARNING_CODES)[number] | StrictWarningCode;
