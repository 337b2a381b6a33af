/**
 * The Morse alphabet the course can teach: ITU letters, digits and
 * punctuation, the common prosigns and the German extras (Ch, umlauts).
 *
 * A character is a *token*: one letter, digit or sign, `Ch`, or a prosign in
 * angle brackets such as `<AR>`. Patterns use `.` for a dot and `-` for a dash.
 */

/** Dot-and-dash pattern of every character the course knows, by token. */
export const MORSE_PATTERNS: Readonly<Record<string, string>> = {
  A: ".-",
  B: "-...",
  C: "-.-.",
  D: "-..",
  E: ".",
  F: "..-.",
  G: "--.",
  H: "....",
  I: "..",
  J: ".---",
  K: "-.-",
  L: ".-..",
  M: "--",
  N: "-.",
  O: "---",
  P: ".--.",
  Q: "--.-",
  R: ".-.",
  S: "...",
  T: "-",
  U: "..-",
  V: "...-",
  W: ".--",
  X: "-..-",
  Y: "-.--",
  Z: "--..",
  "0": "-----",
  "1": ".----",
  "2": "..---",
  "3": "...--",
  "4": "....-",
  "5": ".....",
  "6": "-....",
  "7": "--...",
  "8": "---..",
  "9": "----.",
  ".": ".-.-.-",
  ",": "--..--",
  "?": "..--..",
  "/": "-..-.",
  "=": "-...-",
  "+": ".-.-.",
  "-": "-....-",
  "(": "-.--.",
  ")": "-.--.-",
  "'": ".----.",
  ":": "---...",
  ";": "-.-.-.",
  '"': ".-..-.",
  "@": ".--.-.",
  "!": "-.-.--",
  "<AR>": ".-.-.",
  "<SK>": "...-.-",
  "<BT>": "-...-",
  "<KN>": "-.--.",
  "<BK>": "-...-.-",
  Ch: "----",
  Ä: ".-.-",
  Ö: "---.",
  Ü: "..--",
};

/** Whether a token is a character the course can send. */
export function isMorseCharacter(token: string): boolean {
  return Object.hasOwn(MORSE_PATTERNS, token);
}

/** The dot-and-dash pattern of a known character; throws for an unknown one. */
export function patternOf(token: string): string {
  const pattern = MORSE_PATTERNS[token];
  if (pattern === undefined) {
    throw new Error(`no Morse pattern for ${JSON.stringify(token)}`);
  }
  return pattern;
}

/**
 * The canonical token for how an author may write a character: letters in
 * either case, `ch`/`CH` for the German Ch, prosigns in any case.
 */
export function normalizeToken(written: string): string {
  if (written.startsWith("<") && written.endsWith(">")) {
    return written.toUpperCase();
  }
  if (written.toLowerCase() === "ch") return "Ch";
  return written.toUpperCase();
}

/**
 * Splits text into character tokens and word breaks (`" "`). Prosigns are
 * written `<AR>`; `Ch` (capital C, small h) is the German character, while
 * `CH` stays two letters. Runs of white space become one word break.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const space = /^\s+/.exec(rest);
    const prosign = /^<[A-Za-z]{2,3}>/.exec(rest);
    if (space) {
      if (tokens.length > 0 && tokens.at(-1) !== " ") tokens.push(" ");
      i += space[0].length;
    } else if (prosign) {
      tokens.push(prosign[0].toUpperCase());
      i += prosign[0].length;
    } else if (rest.startsWith("Ch")) {
      tokens.push("Ch");
      i += 2;
    } else {
      const codePoint = String.fromCodePoint(rest.codePointAt(0) ?? 0);
      tokens.push(codePoint.toUpperCase());
      i += codePoint.length;
    }
  }
  if (tokens.at(-1) === " ") tokens.pop();
  return tokens;
}
