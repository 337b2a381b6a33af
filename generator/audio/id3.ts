/**
 * ID3v2.4 tags, written to the spec (no library fitted: the maintained ones
 * either write v2.3 only or pull in file I/O). A tag is a 10-byte header and
 * a list of frames, each a 4-letter id, a size and its body; sizes are
 * "syncsafe" (7 bits a byte) so no 0xFF byte can be mistaken for an MPEG
 * frame sync. Text is UTF-8 (encoding byte 3). No padding and nothing from
 * the clock, so the same tags give the same bytes.
 */

/** What a track's MP3 is tagged with. */
export interface TrackTags {
  /** `Lesson 5 · Drill 2` */
  title: string;
  /** The course title. */
  album: string;
  /** The course author. */
  artist: string;
  /** Position in the lesson, and tracks in the lesson. */
  trackNumber: number;
  trackCount: number;
  /** Four-digit year. */
  year: string;
  genre: string;
  /** The lesson's characters and speed. */
  comment: string;
  /** The answer key, shown by players as lyrics. */
  lyrics: string;
  /** ISO 639-2 language of comment and lyrics, e.g. `eng`. */
  language: string;
}

const UTF8 = 3;
const encoder = new TextEncoder();

/** A 28-bit number as four 7-bit bytes. */
function syncsafe(value: number): Uint8Array {
  return Uint8Array.of(
    (value >> 21) & 0x7f,
    (value >> 14) & 0x7f,
    (value >> 7) & 0x7f,
    value & 0x7f,
  );
}

function frame(id: string, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(10 + body.length);
  out.set(encoder.encode(id), 0);
  out.set(syncsafe(body.length), 4);
  out.set(body, 10);
  return out;
}

/** Byte arrays end to end (no spread: a long answer key has many bytes). */
function joinBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function textFrame(id: string, text: string): Uint8Array {
  return frame(id, joinBytes([Uint8Array.of(UTF8), encoder.encode(text)]));
}

/** COMM and USLT share a layout: encoding, language, description, NUL, text. */
function describedTextFrame(id: string, language: string, text: string): Uint8Array {
  const lang = encoder.encode(language.padEnd(3, " ").slice(0, 3));
  return frame(id, joinBytes([Uint8Array.of(UTF8), lang, Uint8Array.of(0), encoder.encode(text)]));
}

/** The complete tag, to put in front of the MPEG stream. */
export function buildId3Tag(tags: TrackTags): Uint8Array {
  const frames = [
    textFrame("TIT2", tags.title),
    textFrame("TALB", tags.album),
    textFrame("TPE1", tags.artist),
    textFrame("TRCK", `${tags.trackNumber}/${tags.trackCount}`),
    textFrame("TDRC", tags.year),
    textFrame("TCON", tags.genre),
    describedTextFrame("COMM", tags.language, tags.comment),
    describedTextFrame("USLT", tags.language, tags.lyrics),
  ];
  const body = joinBytes(frames);
  // "ID3", version 4.0, no flags, then the syncsafe size of what follows.
  const header = joinBytes([encoder.encode("ID3"), Uint8Array.of(4, 0, 0), syncsafe(body.length)]);
  return joinBytes([header, body]);
}

/** Course language tag (BCP 47) to the ISO 639-2 code ID3 wants. */
export function id3Language(languageTag: string): string {
  const primary = languageTag.split("-")[0]?.toLowerCase() ?? "";
  if (primary.length === 3) return primary;
  return ISO_639_2[primary] ?? "und";
}

/** The languages a course is likely to be written in; others read as `und`. */
const ISO_639_2: Readonly<Record<string, string>> = {
  en: "eng",
  de: "deu",
  fr: "fra",
  es: "spa",
  it: "ita",
  nl: "nld",
  pt: "por",
  pl: "pol",
  cs: "ces",
  sv: "swe",
  da: "dan",
  fi: "fin",
  no: "nor",
  nb: "nob",
  ru: "rus",
  uk: "ukr",
  ja: "jpn",
  zh: "zho",
  ko: "kor",
  hu: "hun",
  el: "ell",
};
