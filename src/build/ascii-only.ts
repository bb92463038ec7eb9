import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Plugin, transformSync } from 'esbuild';
import ts from 'typescript';
import { packageRoot } from '../paths.js';

/**
 * The bundles and validators are pure ASCII. Node reads a file holding any other character on a
 * slower path, and V8 then keeps its whole source at two bytes a character: score.cjs's 89 bytes of
 * Chinese punctuation cost ~1.5 ms of each start, `--help` ~1 ms. esbuild already writes strings
 * with \u escapes; what it leaves are our regular expressions (`/[：，]/`, `/^(合计|总计)/`), which
 * the sources keep readable and the bundles get escaped (asciiRegExps), and the validators' schema
 * texts (asciiStrings). test/unit/bundles.test.ts checks every shipped .cjs file.
 */

const HAS_OUTSIDE_ASCII = /[\u0080-\uffff]/;
const SOURCES = path.join(packageRoot, 'src') + path.sep;

/**
 * Our TypeScript, with each regular expression literal's non-ASCII characters written as \u
 * escapes (an astral character as its two surrogates, which a `u` expression reads as one code
 * point): the same expression, in ASCII. Files without such a literal load as they are. One plugin
 * serves all the builds of one bundle() (each file is parsed once); it comes first in each build's
 * list, so it must stay the only plugin that loads our own .ts files.
 */
export function asciiRegExps(): Plugin {
  const escaped = new Map<string, string | false>();
  return {
    name: 'ascii-regexps',
    setup(builder) {
      builder.onLoad({ filter: /\.ts$/ }, (args) => {
        if (!args.path.startsWith(SOURCES)) return undefined;
        const contents = escaped.get(args.path) ?? escapeFile(args.path);
        escaped.set(args.path, contents);
        return contents === false ? undefined : { contents, loader: 'ts' };
      });
    },
  };
}

/** The file's text with its regular expressions in ASCII, or false when it needs no change. */
function escapeFile(file: string): string | false {
  const source = readFileSync(file, 'utf8');
  if (!HAS_OUTSIDE_ASCII.test(source)) return false;
  const escaped = escapeRegExpLiterals(source, file);
  return escaped === source ? false : escaped;
}

export function escapeRegExpLiterals(source: string, fileName = 'source.ts'): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const literals: { start: number; end: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) literals.push({ start: node.getStart(file), end: node.end });
    else ts.forEachChild(node, visit);
  };
  visit(file);
  let out = '';
  let last = 0;
  for (const { start, end } of literals) {
    out += source.slice(last, start) + escapeOutsideAscii(source.slice(start, end));
    last = end;
  }
  return out + source.slice(last);
}

/**
 * Generated JavaScript (ajv's validators) with its strings in ASCII, by esbuild's own printer,
 * without the layout nobody reads (a validator is read on every run that checks a file).
 */
export function asciiStrings(code: string): string {
  return transformSync(code, { charset: 'ascii', loader: 'js', minifyWhitespace: true }).code;
}

/**
 * A regular expression's text with each non-ASCII code unit as \uXXXX. One written with a
 * backslash before it (`\　`, an identity escape) loses the backslash: `\\u3000` would match a
 * backslash and five letters. An escaped backslash (`\\`) is passed over as the pair it is.
 */
function escapeOutsideAscii(text: string): string {
  return text.replace(/\\[\s\S]|[\u0080-\uffff]/g, (match) => {
    const unit = match.length === 2 ? match[1]! : match;
    return unit.charCodeAt(0) < 0x80 ? match : `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
