/**
 * Text from a file or a path, made safe to show in a terminal or a Markdown page: every control
 * character (C0, DEL, C1; ESC and BEL among them) becomes a visible escape, so a file cannot
 * retitle the terminal, clear the screen or forge lines of a CI log
 * (`specialDeductions: ["\e]0;PWNED\a\e[2J"]`); so does every character that reorders the text
 * around it on screen (the bidirectional overrides, embeddings, isolates and marks: U+202E shows
 * "pdf.exe" as "exe.fdp"), which Chinese and English text never needs. Our own colours are added after this, by the
 * renderers; JSON and JUnit escape such characters themselves and are left alone.
 */
export function safeText(text: string): string {
  return CONTROL.test(text) ? text.replace(CONTROL_ALL, escapeOne) : text;
}

// Tab is escaped too: a raw tab is invisible (a YAML_TAB_INDENT excerpt would show blank space where
// the mistake is) and lands on the terminal's tab stops, so the caret under it did not line up.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const CONTROL_ALL = new RegExp(CONTROL.source, 'g');

function escapeOne(ch: string): string {
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  if (ch === '\t') return '\\t';
  const code = ch.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * A copy of plain data (a result, a comparison, a catalogue, a diagnostic's parameters) with every
 * string made safe; numbers and class instances (exact rationals) are kept as they are. Renderers
 * call this once on their input, before they add colour.
 */
export function safeData<T>(value: T): T {
  if (typeof value === 'string') return safeText(value) as T;
  if (Array.isArray(value)) return value.map((item) => safeData(item)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = safeData(item);
    return copy as T;
  }
  return value;
}

/**
 * A message table whose functions make their arguments safe: a file name or a value quoted in a
 * message ("the file X is locked") is shown the same way as everything else from a file.
 */
export function safeMessages<T extends object>(table: T): T {
  const cached = wrapped.get(table);
  if (cached) return cached as T;
  const copy = wrap(table) as T;
  wrapped.set(table, copy);
  return copy;
}

const wrapped = new WeakMap<object, object>();

function wrap(value: unknown): unknown {
  if (typeof value === 'function') {
    const original = value as (...args: unknown[]) => unknown;
    return (...args: unknown[]) => original(...args.map((arg) => safeData(arg)));
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = wrap(item);
    return copy;
  }
  return value;
}
