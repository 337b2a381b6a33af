/** Just enough XML writing for the feed: escaping and one-line elements. */

/**
 * Characters outside XML 1.0's `Char` production: C0 controls other than
 * tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF.
 * The course schema refuses them, so meeting one here is a bug upstream.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

const MARKUP: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  // A parser turns CR LF and a lone CR into LF, and in an attribute also
  // LF and tab into spaces; character references survive both, so the
  // reader gets the text exactly as the course file has it.
  "\r": "&#xD;",
  "\n": "&#xA;",
  "\t": "&#x9;",
};

/** How a text is used: an attribute value also escapes line breaks and tabs. */
export interface EscapeXmlOptions {
  inAttribute?: boolean;
}

/** Escapes text for an attribute value or, with `inAttribute: false`, an element. */
export function escapeXml(text: string, { inAttribute = true }: EscapeXmlOptions = {}): string {
  const found = NOT_XML_CHAR.exec(text);
  if (found) {
    const codePoint = found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
    throw new Error(`XML cannot carry U+${codePoint} (at index ${found.index} of the text)`);
  }
  const special = inAttribute ? /[&<>"'\r\n\t]/g : /[&<>"'\r]/g;
  return text.replace(special, (c) => MARKUP[c]!);
}

/** `<name attr="…">text</name>`, or self-closing without text. */
export function element(
  name: string,
  text?: string,
  attributes: Record<string, string> = {},
): string {
  const attrs = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join("");
  if (text === undefined) return `<${name}${attrs}/>`;
  return `<${name}${attrs}>${escapeXml(text, { inAttribute: false })}</${name}>`;
}
