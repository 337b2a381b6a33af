import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { COURSE_SCHEMA_PATH, courseJsonSchemaText } from "../generator/course/json-schema.ts";

describe("course JSON Schema", () => {
  it("is in sync with the schema (run `npm run koch -- schema` if not)", async () => {
    expect(await readFile(COURSE_SCHEMA_PATH, "utf8")).toBe(courseJsonSchemaText());
  });

  it("documents every field with a default", () => {
    const schema = JSON.parse(courseJsonSchemaText());
    for (const [name, field] of Object.entries<Record<string, unknown>>(schema.properties)) {
      expect(field.description, name).toEqual(expect.any(String));
    }
    expect(schema.additionalProperties).toBe(false);
  });

  it("is named by the course file so editors check it", async () => {
    const course = JSON.parse(await readFile("content/course.json", "utf8"));
    expect(course.$schema).toBe("./course.schema.json");
  });
});

describe("README course file reference", () => {
  it("lists every course file field", async () => {
    const readme = await readFile("README.md", "utf8");
    const schema = JSON.parse(courseJsonSchemaText());
    const fields = Object.entries<{ properties?: object }>(schema.properties).flatMap(
      ([name, field]) =>
        field.properties ? Object.keys(field.properties).map((sub) => `${name}.${sub}`) : [name],
    );
    for (const field of fields.filter((name) => name !== "$schema")) {
      expect(readme, field).toContain(`\`${field}\``);
    }
  });
});
