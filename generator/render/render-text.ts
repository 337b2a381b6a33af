/**
 * `koch render`: any text to a WAV or MP3 with the course engine, one
 * track, in this thread: an in-process encoder cannot share one stream
 * between threads without changing its bytes, while the `lame` encoder
 * runs beside this thread and takes a long track as two halves at once.
 * The same job ebook2cw does, for comparison; the file is streamed and
 * renamed into place like the course's tracks.
 */
import { basename, extname } from "node:path";
import { checkEncoderSettings } from "../audio/create-mp3-encoder.ts";
import { id3Language } from "../audio/id3.ts";
import type { AudioFormat, TrackAudioJob } from "../audio/track-audio.ts";
import { isMorseCharacter, tokenize } from "../course/alphabet.ts";
import type { Course } from "../course/course.ts";
import { UserError } from "../errors.ts";
import { renderTrackToFiles, type RenderResult } from "./render-track.ts";
import { soundSettingsOf, TRACK_GENRE } from "./track-jobs.ts";

/** What to render and where. */
export interface RenderTextOptions {
  course: Course;
  text: string;
  /** `x.mp3` or `x.wav`; the extension picks the format. */
  outPath: string;
  /** Pitch of dots and dashes; the course's merged pitch when absent. */
  toneHz?: number | undefined;
}

/** Renders the text and writes the file atomically, streaming; returns what was written. */
export async function renderText(options: RenderTextOptions): Promise<RenderResult> {
  const format = formatOf(options.outPath);
  const { course } = options;
  const text = checkedText(options.text);
  const toneHz = options.toneHz ?? course.settings.tones.mergedHz;
  if (format === "mp3") checkEncoderSettings(course.settings.mp3Encoder, course.settings.mp3Kbps);
  const { cpm, wpm } = course.speed;
  const job: TrackAudioJob = {
    ...soundSettingsOf(course),
    formats: [format],
    text,
    dotHz: toneHz,
    dashHz: toneHz,
    tags: {
      title: basename(options.outPath, extname(options.outPath)),
      album: course.settings.title,
      artist: course.settings.author,
      trackNumber: 1,
      trackCount: 1,
      year: course.settings.published.slice(0, 4),
      genre: TRACK_GENRE,
      comment: `Morse code at ${cpm.toFixed(1)} cpm (${wpm.toFixed(1)} wpm), ${toneHz} Hz`,
      lyrics: text,
      language: id3Language(course.settings.language),
    },
  };
  return renderTrackToFiles({ job, paths: { [format]: options.outPath } });
}

function formatOf(outPath: string): AudioFormat {
  const extension = extname(outPath).toLowerCase();
  if (extension === ".mp3" || extension === ".wav") return extension.slice(1) as AudioFormat;
  throw new UserError(
    `--out ${outPath}: name an .mp3 or .wav file; the extension picks the format`,
  );
}

/** The text as groups separated by single spaces; unknown characters are refused. */
function checkedText(raw: string): string {
  const tokens = tokenize(raw);
  const unknown = [...new Set(tokens.filter((t) => t !== " " && !isMorseCharacter(t)))];
  if (unknown.length > 0) {
    throw new UserError(
      `the text has characters with no Morse code: ${unknown.map((t) => JSON.stringify(t)).join(", ")}; ` +
        `remove them or write prosigns as <AR>`,
    );
  }
  if (tokens.length === 0) throw new UserError("the text is empty; give --text or --text-file");
  return tokens.join("");
}
