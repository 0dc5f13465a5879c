/**
 * Which characters a TrueType/OpenType font can draw, read from its `cmap` table (formats 4 and
 * 12, the ones fonts for the web carry). The social card keeps only those: a character the font
 * lacks would make next/og fetch a font or an emoji image from the network, and fail offline.
 */

export type Coverage = (codePoint: number) => boolean;

type Range = [start: number, end: number];

export function fontCoverage(font: Uint8Array): Coverage {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const ranges = readCmap(view);
  return (codePoint) => {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [start, end] = ranges[mid]!;
      if (codePoint < start) hi = mid - 1;
      else if (codePoint > end) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

function readCmap(view: DataView): Range[] {
  const numTables = view.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < numTables; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(...[0, 1, 2, 3].map((k) => view.getUint8(record + k)));
    if (tag === "cmap") cmap = view.getUint32(record + 8);
  }
  if (cmap < 0) throw new Error("font has no cmap table");
  const subtables: { platform: number; encoding: number; offset: number }[] = [];
  for (let i = 0; i < view.getUint16(cmap + 2); i++) {
    const r = cmap + 4 + i * 8;
    subtables.push({ platform: view.getUint16(r), encoding: view.getUint16(r + 2), offset: cmap + view.getUint32(r + 4) });
  }
  // Unicode subtables only: full repertoire (format 12) first, else the BMP one (format 4).
  const unicode = subtables.filter((s) => s.platform === 0 || (s.platform === 3 && (s.encoding === 1 || s.encoding === 10)));
  const full = unicode.find((s) => view.getUint16(s.offset) === 12);
  if (full) return format12(view, full.offset);
  const bmp = unicode.find((s) => view.getUint16(s.offset) === 4);
  if (bmp) return format4(view, bmp.offset);
  throw new Error("font has no Unicode cmap subtable of format 4 or 12");
}

function format12(view: DataView, offset: number): Range[] {
  const groups = view.getUint32(offset + 12);
  const ranges: Range[] = [];
  for (let i = 0; i < groups; i++) {
    const g = offset + 16 + i * 12;
    ranges.push([view.getUint32(g), view.getUint32(g + 4)]);
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

function format4(view: DataView, offset: number): Range[] {
  const segments = view.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  const ranges: Range[] = [];
  for (let i = 0; i < segments; i++) {
    const start = view.getUint16(starts + i * 2);
    const end = view.getUint16(ends + i * 2);
    if (start === 0xffff) continue;
    const delta = view.getInt16(deltas + i * 2);
    const rangeOffset = view.getUint16(rangeOffsets + i * 2);
    // A code point maps to glyph 0 (.notdef) when the font has nothing for it.
    let runStart = -1;
    for (let c = start; c <= end + 1; c++) {
      let glyph = 0;
      if (c <= end) {
        if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
        else {
          const at = rangeOffsets + i * 2 + rangeOffset + (c - start) * 2;
          const raw = view.getUint16(at);
          glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
        }
      }
      if (glyph !== 0 && runStart < 0) runStart = c;
      if (glyph === 0 && runStart >= 0) {
        ranges.push([runStart, c - 1]);
        runStart = -1;
      }
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** The text with the characters the font cannot draw taken out, and the spaces tidied. */
export function drawableText(text: string, covers: Coverage): string {
  let out = "";
  for (const char of text.normalize("NFC")) {
    const code = char.codePointAt(0)!;
    out += code === 0x20 || covers(code) ? char : " ";
  }
  return out.replace(/\s+/g, " ").trim();
}
