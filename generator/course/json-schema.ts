/**
 * The course file's JSON Schema, generated from the zod schema so the two
 * never disagree; `content/course.json` names it in `$schema` so an editor
 * completes and checks fields as the author types.
 */
import { z } from "zod/v4";
import { courseSchema } from "./schema.ts";

/** Where the generated schema is kept, next to the course file. */
export const COURSE_SCHEMA_PATH = "content/course.schema.json";

/** The schema as the text of `content/course.schema.json`. */
export function courseJsonSchemaText(): string {
  const schema = z.toJSONSchema(courseSchema, { io: "input", target: "draft-7" });
  return `${JSON.stringify({ ...schema, title: "koch-course course file" }, null, 2)}\n`;
}
