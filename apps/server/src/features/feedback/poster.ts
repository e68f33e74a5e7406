import { POSTER_DEFAULTS } from '@footprint/core';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { registerFonts } from '../../platform/fonts.js';
import { QR_OPTIONS, type QrTarget } from './qr.js';

/** A5 portrait in points (148 × 210 mm). */
export const A5 = { width: 419.53, height: 595.28 };
const INK = '#1f2933';
const MUTED = '#5f6b7a';

export interface PosterWords {
  headline?: string | undefined;
  subline?: string | undefined;
  english: boolean;
}

/**
 * A printable A5 poster: the call to action in Vietnamese (and English when asked and offered), the
 * QR code drawn as vector squares so it prints sharp at any size, the link spelled out for those
 * who cannot scan, and where it stands (the touchpoint). Fonts are embedded (subset).
 */
export async function surveyPoster(target: QrTarget, words: PosterWords): Promise<Buffer> {
  const vi = POSTER_DEFAULTS.vi;
  const en = POSTER_DEFAULTS.en;
  const english = words.english && target.definition.languages.includes('en');
  const colour = target.definition.brand.color;
  const doc = new PDFDocument({
    size: 'A5',
    margin: 0,
    info: { Title: `${words.headline ?? vi.headline} — ${target.name}`, Author: target.workspaceName, Creator: 'Footprint' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  registerFonts(doc);

  const side = 40;
  const width = A5.width - 2 * side;
  const centred = { width, align: 'center' as const };

  // The band: the business's name on its brand colour.
  doc.rect(0, 0, A5.width, 64).fill(colour);
  doc.font('bold').fontSize(15).fillColor('#ffffff').text(target.workspaceName, side, 24, { ...centred, height: 22, ellipsis: true, lineBreak: false });

  // The call to action.
  let y = 88;
  doc.font('bold').fontSize(words.headline && words.headline.length > 40 ? 20 : 24).fillColor(INK);
  doc.text(words.headline ?? vi.headline, side, y, centred);
  y = doc.y + 8;
  doc.font('regular').fontSize(12.5).fillColor(MUTED).text(words.subline ?? vi.subline, side, y, centred);
  y = doc.y + 4;
  if (english) {
    doc.font('regular').fontSize(10).fillColor(MUTED).text(`${en.headline} ${en.subline}`, side, y, centred);
    y = doc.y;
  }

  // Laid out from the bottom up: thanks under a rule, where it stands, then how to scan and the link.
  const foot = A5.height - 62;
  const place = foot - 26;
  const scan = english ? `${vi.scan}\n${en.scan}` : vi.scan;
  doc.font('medium').fontSize(10.5);
  const scanHeight = doc.heightOfString(scan, centred);
  doc.font('regular').fontSize(7.5);
  const linkHeight = doc.heightOfString(target.link, centred);
  const below = (target.touchpointName ? place : foot) - 12 - linkHeight - 3 - scanHeight;

  // The code, with its quiet zone, as vector squares: as big as the space allows.
  const qr = QRCode.create(target.link, { errorCorrectionLevel: QR_OPTIONS.errorCorrectionLevel });
  const modules = qr.modules.size + 2 * QR_OPTIONS.margin;
  const top = y + 22;
  const box = Math.min(230, below - 22 - top);
  const cell = box / modules;
  const left = (A5.width - box) / 2;
  doc.roundedRect(left - 10, top - 10, box + 20, box + 20, 12).lineWidth(2).strokeColor(colour).stroke();
  doc.rect(left, top, box, box).fill('#ffffff');
  for (let r = 0; r < qr.modules.size; r++) {
    for (let c = 0; c < qr.modules.size; c++) {
      if (qr.modules.get(r, c)) doc.rect(left + (c + QR_OPTIONS.margin) * cell, top + (r + QR_OPTIONS.margin) * cell, cell + 0.05, cell + 0.05);
    }
  }
  doc.fill('#000000');
  doc.font('medium').fontSize(10.5).fillColor(INK).text(scan, side, top + box + 22, centred);
  doc.font('regular').fontSize(7.5).fillColor(MUTED).text(target.link, side, doc.y + 3, { ...centred, link: target.link });

  if (target.touchpointName) doc.font('medium').fontSize(11).fillColor(colour).text(target.touchpointName, side, place, { ...centred, lineBreak: false, ellipsis: true, height: 16 });
  doc.moveTo(side, foot).lineTo(A5.width - side, foot).lineWidth(0.75).strokeColor(colour).stroke();
  doc.font('regular').fontSize(10).fillColor(INK).text(vi.thanks, side, foot + 10, centred);
  if (english) doc.font('regular').fontSize(8.5).fillColor(MUTED).text(en.thanks, side, doc.y + 1, centred);
  doc.end();
  return done;
}
