import { Document, isCollection, isScalar, visit } from 'yaml';

/**
 * A value as YAML on one line, written by the library: text with a line break is double-quoted with
 * escapes (a block scalar would span lines and depend on indentation), and no line is folded.
 */
export function oneLineYaml(value: unknown): string {
  const document = new Document(value);
  visit(document, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && /[\n\r\u0085\u2028\u2029]/.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  if (isCollection(document.contents)) document.contents.flow = true;
  const render = () => document.toString({ lineWidth: 0, flowCollectionPadding: true, doubleQuotedMinMultiLineLength: Number.POSITIVE_INFINITY }).replace(/\n$/, '');
  const written = render();
  // Text that starts like a document marker ("---=SUM(A1)", "...") is written as a block scalar
  // when it is the whole document; as a value it is quoted instead, on one line.
  if (!written.includes('\n') || !isScalar(document.contents)) return written;
  document.contents.type = 'QUOTE_DOUBLE';
  return render();
}
