/**
 * The 1200×630 card shared on social networks for an article without a lead image: title,
 * section, date and the site's identity, drawn at build time. The font is committed with its
 * licence (lib/og/fonts/: Geist, SIL Open Font License 1.1, from the `geist` package 1.9.2).
 */
import fs from "node:fs";
import path from "node:path";
import { ImageResponse } from "next/og";
import { truncate } from "@/lib/content/excerpt";
import { siteConfig } from "@/site.config";
import { CARD_SIZE } from "./card-size";
import { drawableText, fontCoverage, type Coverage } from "./font-coverage";

const FONT_FILE = "lib/og/fonts/Geist-Regular.ttf";

let font: { data: Buffer; covers: Coverage } | undefined;

function cardFont() {
  if (!font) {
    const data = fs.readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), FONT_FILE));
    font = { data, covers: fontCoverage(data) };
  }
  return font;
}

export type CardText = { title: string; kicker: string; date?: string };

export function renderSocialCard({ title, kicker, date }: CardText): ImageResponse {
  const { data, covers } = cardFont();
  const text = (s: string) => drawableText(s, covers);
  const heading = truncate(text(title), 110) || text(siteConfig.name);
  return new ImageResponse(
    (
      <div style={{ display: "flex", width: "100%", height: "100%", background: "#ffffff", color: "#161616", fontFamily: "Geist" }}>
        <div style={{ display: "flex", flexDirection: "column", width: 28, height: "100%" }}>
          <div style={{ flex: 1, background: siteConfig.colors.primary }} />
          <div style={{ flex: 1, background: "#f6f6f6" }} />
          <div style={{ flex: 1, background: siteConfig.colors.accent }} />
        </div>
        <div style={{ display: "flex", flexDirection: "column", justifyContent: "space-between", flex: 1, padding: "64px 72px" }}>
          <div style={{ display: "flex", fontSize: 30, color: siteConfig.colors.primary }}>{text(kicker)}</div>
          <div style={{ display: "flex", fontSize: heading.length > 70 ? 58 : 70, lineHeight: 1.15 }}>{heading}</div>
          <div style={{ display: "flex", justifyContent: "space-between", fontSize: 28, color: "#3a3a3a" }}>
            <span>{text(siteConfig.name)}</span>
            <span>{date ? text(date) : ""}</span>
          </div>
        </div>
      </div>
    ),
    { ...CARD_SIZE, fonts: [{ name: "Geist", data, weight: 400, style: "normal" }] },
  );
}
