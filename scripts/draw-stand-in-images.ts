/**
 * Draws the stand-in pictures and documents the bundled articles refer to (the source site's
 * uploads are not available). Deterministic: the same names give the same files.
 *
 *   npm run draw-images       (into the content folder's uploads, `$CONTENT_DIR/_uploads/`)
 */
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { uploadsDir } from "@/lib/content/uploads-dir";

type Picture = { name: string; width: number; height: number; label: string; scene: "people" | "room" | "abstract" | "document" | "portrait" };

const PICTURES: Picture[] = [
  { name: "evt-aic-communs-numeriques-Une.png", width: 1200, height: 630, label: "Accélérateur d’initiatives citoyennes", scene: "abstract" },
  { name: "evt-aic-communs-numeriques-grozier.jpg", width: 800, height: 600, label: "Intervention en ouverture", scene: "portrait" },
  { name: "evt-aic-communs-numeriques-table-ronde.jpg", width: 1200, height: 800, label: "Table ronde", scene: "people" },
  { name: "composants-une.jpg", width: 1200, height: 630, label: "Composants", scene: "document" },
  { name: "composants-figure.jpg", width: 800, height: 600, label: "Carnet et ordinateur", scene: "room" },
  { name: "signature-electronique-une.jpg", width: 1200, height: 630, label: "Signature électronique", scene: "document" },
  { name: "semaine-numerique-1.jpg", width: 1200, height: 800, label: "Atelier", scene: "people" },
  { name: "semaine-numerique-2.jpg", width: 1200, height: 800, label: "Démonstration", scene: "room" },
  { name: "semaine-numerique-3.jpg", width: 1200, height: 800, label: "Table ronde", scene: "people" },
  { name: "semaine-numerique-4.jpg", width: 1200, height: 800, label: "Restitution", scene: "abstract" },
  { name: "semaine-numerique-5.jpg", width: 1200, height: 800, label: "Clôture", scene: "people" },
  { name: "rapport-annuel-une.jpg", width: 1200, height: 630, label: "Rapport annuel 2025", scene: "document" },
];

const DOCUMENTS = [
  { name: "communique-signature-electronique.pdf", title: "Communiqué de presse : signature électronique de l'État" },
  { name: "rapport-annuel-2025.pdf", title: "Rapport annuel du numérique public 2025" },
  { name: "rapport-annuel-2025-synthese.pdf", title: "Synthèse du rapport annuel 2025" },
];

const PALETTE = ["#000091", "#6a6af4", "#e3e3fd", "#e1000f", "#f5f5fe", "#3a3a3a", "#8585f6", "#ffe9e6"];

/** A small seeded generator: pictures must not change between runs. */
function random(seed: string) {
  let h = 2166136261;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return ((h ^= h >>> 16) >>> 0) / 4294967296;
  };
}

function svgFor(p: Picture): string {
  const r = random(p.name);
  const pick = () => PALETTE[Math.floor(r() * PALETTE.length)]!;
  const { width: w, height: h } = p;
  const shapes: string[] = [];
  if (p.scene === "people" || p.scene === "portrait") {
    const count = p.scene === "portrait" ? 1 : 3 + Math.floor(r() * 3);
    shapes.push(`<rect x="0" y="${h * 0.72}" width="${w}" height="${h * 0.28}" fill="#3a3a3a" opacity="0.35"/>`);
    for (let i = 0; i < count; i++) {
      const cx = ((i + 0.5) / count) * w;
      const s = p.scene === "portrait" ? 1.6 : 0.8 + r() * 0.3;
      shapes.push(`<circle cx="${cx}" cy="${h * 0.42}" r="${60 * s}" fill="${pick()}"/>`);
      shapes.push(`<rect x="${cx - 90 * s}" y="${h * 0.42 + 70 * s}" width="${180 * s}" height="${h}" rx="${70 * s}" fill="${pick()}"/>`);
    }
  } else if (p.scene === "document") {
    shapes.push(`<rect x="${w * 0.3}" y="${h * 0.1}" width="${w * 0.4}" height="${h * 0.8}" fill="#ffffff" stroke="#000091" stroke-width="6"/>`);
    for (let i = 0; i < 8; i++) {
      shapes.push(`<rect x="${w * 0.34}" y="${h * (0.2 + i * 0.08)}" width="${w * (0.2 + r() * 0.12)}" height="${h * 0.025}" fill="${i === 0 ? "#e1000f" : "#6a6af4"}"/>`);
    }
  } else if (p.scene === "room") {
    shapes.push(`<rect x="${w * 0.1}" y="${h * 0.15}" width="${w * 0.5}" height="${h * 0.4}" fill="#161616"/>`);
    shapes.push(`<rect x="${w * 0.13}" y="${h * 0.19}" width="${w * 0.44}" height="${h * 0.32}" fill="${pick()}"/>`);
    shapes.push(`<rect x="0" y="${h * 0.7}" width="${w}" height="${h * 0.3}" fill="#8585f6" opacity="0.5"/>`);
    shapes.push(`<rect x="${w * 0.65}" y="${h * 0.55}" width="${w * 0.25}" height="${h * 0.18}" fill="#ffffff" stroke="#3a3a3a" stroke-width="4"/>`);
  } else {
    for (let i = 0; i < 9; i++) {
      shapes.push(`<circle cx="${r() * w}" cy="${r() * h}" r="${40 + r() * 160}" fill="${pick()}" opacity="${0.4 + r() * 0.5}"/>`);
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#f5f5fe"/><stop offset="1" stop-color="#e3e3fd"/></linearGradient></defs>
  <rect width="${w}" height="${h}" fill="url(#g)"/>
  ${shapes.join("\n  ")}
  <rect x="0" y="${h - 56}" width="${w}" height="56" fill="#000091"/>
  <text x="24" y="${h - 20}" font-family="DejaVu Sans, Arial, sans-serif" font-size="26" fill="#ffffff">${escapeXml(p.label)} — image d’illustration</text>
</svg>`;
}

function escapeXml(s: string): string {
  return s.replace(/[<>&"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c]!);
}

/** A one-page PDF with a title, written by hand (a few hundred bytes, valid for any reader). */
function pdfFor(title: string): Buffer {
  const text = title.replace(/[()\\]/g, "\\$&");
  const stream = `BT /F1 20 Tf 60 760 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

async function main() {
  const dir = uploadsDir();
  fs.mkdirSync(dir, { recursive: true });
  for (const picture of PICTURES) {
    const image = sharp(Buffer.from(svgFor(picture)));
    const file = path.join(dir, picture.name);
    await (picture.name.endsWith(".png") ? image.png({ compressionLevel: 9, palette: true }) : image.jpeg({ quality: 72, mozjpeg: true })).toFile(file);
    console.log(`${path.relative(process.cwd(), file)}  ${picture.width}×${picture.height}`);
  }
  for (const doc of DOCUMENTS) {
    const file = path.join(dir, doc.name);
    fs.writeFileSync(file, pdfFor(doc.title));
    console.log(path.relative(process.cwd(), file));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
