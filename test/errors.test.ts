import { describe, expect, it } from "vitest";
import { showValue } from "../generator/errors.ts";

describe("showValue", () => {
  it("shows values as JSON and says nothing for a missing one", () => {
    expect(showValue("ok")).toBe('"ok"');
    expect(showValue([1, 2])).toBe("[1,2]");
    expect(showValue(undefined)).toBe("nothing");
  });

  it("writes bidi controls as escapes, so a message cannot be reordered on screen", () => {
    expect(showValue("invoice\u202Etxt.exe")).toBe('"invoice\\u202etxt.exe"');
    expect(showValue("\u200Fמורס\u200F")).toBe('"\\u200fמורס\\u200f"');
    expect(showValue("a\u2067b\u2069")).toBe('"a\\u2067b\\u2069"');
  });

  it("writes DEL, C1 controls, separators, the BOM and noncharacters as escapes", () => {
    expect(showValue("a\u007F\u009B31m")).toBe('"a\\u007f\\u009b31m"');
    expect(showValue("line\u2028next\uFEFF")).toBe('"line\\u2028next\\ufeff"');
    expect(showValue("x\uFFFE\u{10FFFF}")).toBe('"x\\ufffe\\u{10ffff}"');
  });

  it("keeps emoji and other visible characters as they are", () => {
    expect(showValue("emoji 🎧 and 𝄞")).toBe('"emoji 🎧 and 𝄞"');
  });

  it("cuts a long value without splitting a character or an escape", () => {
    expect(showValue("x".repeat(100))).toBe(`"${"x".repeat(58)}…`);
    const astral = showValue("𝄞".repeat(100), 10);
    expect(astral).toBe(`"${"𝄞".repeat(8)}…`);
    expect(showValue(`${"x".repeat(6)}\u202Eabc`, 10)).toBe(`"${"x".repeat(6)}…`);
  });
});
