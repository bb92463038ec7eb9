import { json } from './json.js';
import { jsonl } from './jsonl.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import type { OutputFormat } from './output-format.js';
import { terminal } from './terminal.js';

/** Every format `score --format` takes, by name. */
export const OUTPUT_FORMATS = { terminal, json, jsonl, markdown, junit } satisfies Record<string, OutputFormat>;

export type OutputFormatName = keyof typeof OUTPUT_FORMATS;
