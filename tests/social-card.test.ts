import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { drawableText, fontCoverage } from "@/lib/og/font-coverage";
import { renderSocialCard } from "@/lib/og/social-card";

const font = fs.readFileSync("node_modules/next/dist/compiled/@vercel/og/Geist-Regular.ttf");

describe("the social card", () => {
  it("keeps the characters its font draws and drops the others", () => {
    const covers = fontCoverage(font);
    expect(covers("é".codePointAt(0)!)).toBe(true);
    expect(covers("🇫🇷".codePointAt(0)!)).toBe(false);
    expect(drawableText("Coopération 🎉 et Œuvre", covers)).toBe("Coopération et Œuvre");
  });

  it("is drawn offline for a title with an emoji and non-Latin scripts", async () => {
    const response = renderSocialCard({
      title: "Semaine du numérique 🎉 : 数字化 et العربية, Україна ✨",
      kicker: "Actualités",
      date: "16 mai 2023",
    });
    const png = Buffer.from(await response.arrayBuffer());
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    // IHDR: width then height, big-endian.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }, 20_000);
});
