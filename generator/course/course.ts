/**
 * From a parsed course file to a checked, resolved course. Pure: no file
 * I/O, so the site and the browser can use it too (`load-course.ts` reads the
 * file).
 */
import { InputFileError, showValue } from "../errors.ts";
import { isMorseCharacter, normalizeToken, MORSE_PATTERNS } from "./alphabet.ts";
import { ORDER_PRESETS, similarGroupOf, type OrderPresetName } from "./presets.ts";
import { courseSchema, type CourseSettings } from "./schema.ts";
import {
  KOCH_UNITS_PER_CHARACTER,
  PARIS_UNITS_PER_WORD,
  characterUnits,
  resolveSpeed,
  unitsToMs,
  TRACK_LEAD_IN_MS,
  TRACK_TAIL_MS,
  type Speed,
} from "../audio/timing.ts";
import { describeIssue } from "./issues.ts";

/** Koch: a session should not exceed half an hour. */
export const MAX_LESSON_MINUTES = 30;

/** Every character the alphabet has, and then some room. */
const MAX_ORDER_LENGTH = 100;

/**
 * A course file nests three levels at most (`tones.dotHz`, `order[0]`).
 * Far deeper nesting is junk, refused before anything walks it recursively.
 */
const MAX_NESTING = 16;

/** Below this speed Koch found that a character stops sounding whole. */
const GESTALT_MIN_CPM = 50;

/** A course ready to plan: settings with defaults, the order and the speed. */
export interface Course {
  /** The course file with every default filled in. */
  settings: CourseSettings;
  /** The characters in teaching order, as canonical tokens. */
  order: readonly string[];
  /** The resolved sending speed. */
  speed: Speed;
  /** Things worth telling the author that do not stop the build. */
  warnings: readonly string[];
}

/**
 * Checks a parsed course file and resolves it. `source` names the file in
 * messages. Throws `InputFileError` listing every problem found.
 */
export function parseCourse(raw: unknown, source: string): Course {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new InputFileError([
      `${source}: must hold a JSON object such as {}, got ${showValue(raw)}`,
    ]);
  }
  if (nestingDepth(raw, MAX_NESTING) > MAX_NESTING) {
    throw new InputFileError([
      `${source}: nests values more than ${MAX_NESTING} levels deep; a course file needs ` +
        `three at most (see content/course.schema.json)`,
    ]);
  }
  const parsed = courseSchema.safeParse(raw);
  if (!parsed.success) {
    throw new InputFileError(parsed.error.issues.map((issue) => describeIssue(issue, raw, source)));
  }
  const settings = parsed.data;
  const problems: string[] = [];
  const warnings: string[] = [];
  const order = resolveOrder(settings.order, source, problems, warnings);
  checkSpeed(settings, source, problems, warnings);
  checkBitrate(settings, source, problems);
  checkLessonLength(settings, source, problems);
  if (problems.length === 0) checkGroupFits(settings, order, source, problems);
  if (problems.length > 0) throw new InputFileError(problems);
  return { settings, order, speed: resolveSpeed(settings.speed), warnings };
}

/** How deep objects and arrays nest, counted without recursion and up to `limit` + 1. */
function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (typeof node !== "object" || node === null) continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > limit) return deepest;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

function resolveOrder(
  order: CourseSettings["order"],
  source: string,
  problems: string[],
  warnings: string[],
): string[] {
  if (typeof order === "string") return [...ORDER_PRESETS[order as OrderPresetName]];
  if (order.length < 2 || order.length > MAX_ORDER_LENGTH) {
    problems.push(
      `${source}: order must list 2 to ${MAX_ORDER_LENGTH} characters ` +
        `(Koch starts with two), got ${order.length}`,
    );
  }
  const tokens = order.map(normalizeToken);
  const unknown = [...new Set(order.filter((_, i) => !isMorseCharacter(tokens[i] ?? "")))];
  if (unknown.length > 0) {
    problems.push(
      `${source}: order has characters the course cannot send: ` +
        `${unknown.map((t) => showValue(t)).join(", ")}; ` +
        `allowed: ${Object.keys(MORSE_PATTERNS).join(" ")}`,
    );
  }
  const repeated = [...new Set(tokens.filter((token, i) => tokens.indexOf(token) !== i))];
  if (repeated.length > 0) {
    problems.push(
      `${source}: order lists ${repeated.map((t) => showValue(t)).join(", ")} more than once; ` +
        `each character is taught once, so remove the repeats`,
    );
  }
  const [first, second] = tokens;
  const group = first && second ? similarGroupOf(first, second) : undefined;
  if (group) {
    warnings.push(
      `${source}: order starts with ${first} and ${second}, which sound alike ` +
        `(${group.join(" ")}); Koch found a course trains better when it starts ` +
        `with two very different characters`,
    );
  }
  return tokens;
}

function checkSpeed(
  settings: CourseSettings,
  source: string,
  problems: string[],
  warnings: string[],
): void {
  const { cpm, wpm, effectiveCpm, effectiveWpm } = settings.speed;
  if (cpm !== undefined && wpm !== undefined) {
    problems.push(`${source}: speed gives both cpm (${cpm}) and wpm (${wpm}); keep one`);
  }
  if (effectiveCpm !== undefined && effectiveWpm !== undefined) {
    problems.push(
      `${source}: speed gives both effectiveCpm (${effectiveCpm}) and effectiveWpm ` +
        `(${effectiveWpm}); keep one`,
    );
  }
  if (problems.length > 0) return;
  const speed = resolveSpeed(settings.speed);
  const effective = effectiveCpm ?? effectiveWpm;
  const effectiveUnitsPerMinute =
    effectiveCpm !== undefined
      ? effectiveCpm * KOCH_UNITS_PER_CHARACTER
      : (effectiveWpm ?? 0) * PARIS_UNITS_PER_WORD;
  if (effective !== undefined && effectiveUnitsPerMinute > 60_000 / speed.dotMs + 1e-9) {
    const field = effectiveCpm !== undefined ? "effectiveCpm" : "effectiveWpm";
    problems.push(
      `${source}: speed.${field} must not be above the character speed ` +
        `(${round(speed.cpm)} cpm, ${round(speed.wpm)} wpm), got ${effective}`,
    );
  }
  if (speed.cpm < GESTALT_MIN_CPM) {
    warnings.push(
      `${source}: characters are sent at ${round(speed.cpm)} cpm; Koch found that below ` +
        `about ${GESTALT_MIN_CPM} cpm a character no longer sounds whole (he started at 60)`,
    );
  }
}

/** MPEG-1 (32–48 kHz) and MPEG-2/2.5 (8–24 kHz) offer different bit rates. */
function checkBitrate(settings: CourseSettings, source: string, problems: string[]): void {
  const mpeg1 = settings.sampleRate >= 32000;
  const allowed = mpeg1
    ? [32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320]
    : [8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
  if (!settings.formats.includes("mp3") || allowed.includes(settings.mp3Kbps)) return;
  problems.push(
    `${source}: mp3Kbps ${settings.mp3Kbps} is not an MP3 bit rate at sampleRate ` +
      `${settings.sampleRate}; allowed there: ${allowed.join(", ")}`,
  );
}

function checkLessonLength(settings: CourseSettings, source: string, problems: string[]): void {
  const tracks = settings.drillsPerLesson + 1;
  const framingMinutes = (tracks * (TRACK_LEAD_IN_MS + TRACK_TAIL_MS)) / 60_000;
  const minutes =
    settings.newSoundMinutes + settings.drillsPerLesson * settings.drillMinutes + framingMinutes;
  if (minutes <= MAX_LESSON_MINUTES) return;
  problems.push(
    `${source}: a lesson would last ${round(minutes)} minutes ` +
      `(newSoundMinutes ${settings.newSoundMinutes} + drillsPerLesson ` +
      `${settings.drillsPerLesson} × drillMinutes ${settings.drillMinutes}), ` +
      `${round(minutes - MAX_LESSON_MINUTES)} over Koch's ${MAX_LESSON_MINUTES}-minute session; ` +
      `lower drillsPerLesson, drillMinutes or newSoundMinutes`,
  );
}

/**
 * A track holds whole groups, at least one. If the longest possible group
 * does not fit the shortest track, tracks would overrun their minutes (and
 * lessons Koch's half hour), so that is an error rather than a surprise.
 */
function checkGroupFits(
  settings: CourseSettings,
  order: readonly string[],
  source: string,
  problems: string[],
): void {
  const speed = resolveSpeed(settings.speed);
  const longestUnits = Math.max(...order.map(characterUnits));
  const groupMs = unitsToMs(
    { soundUnits: settings.groupSize * longestUnits, spacingUnits: 3 * (settings.groupSize - 1) },
    speed,
  );
  const [field, minutes] =
    settings.newSoundMinutes <= settings.drillMinutes
      ? ["newSoundMinutes", settings.newSoundMinutes]
      : ["drillMinutes", settings.drillMinutes];
  const neededMs = groupMs + TRACK_LEAD_IN_MS + TRACK_TAIL_MS;
  if (neededMs <= minutes * 60_000) return;
  problems.push(
    `${source}: ${field} ${minutes} is too short for one group of ${settings.groupSize} ` +
      `characters at ${round(speed.cpm)} cpm, which can take ${round(neededMs / 1000)} s; ` +
      `raise ${field} or the speed, or lower groupSize`,
  );
}

const round = (value: number): number => Math.round(value * 100) / 100;
