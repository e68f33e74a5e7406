import {
  EMOTION_MAX, EMOTION_MIN, formatDate, laneTitle, stageName, type JourneyCell, type JourneyDoc, type JourneyKind, type JourneyLane, type JourneyLive,
  type JourneyStage, type JourneyTouchpoint, type LiveTouchpoint, type Channel,
} from '@footprint/core';
import PDFDocument from 'pdfkit';
import { registerFonts } from '../../platform/fonts.js';
import { WORDS, type Lang } from './pdf-words.js';

/** A3 landscape in points (420 × 297 mm). */
export const A3_LANDSCAPE = { width: 1190.55, height: 841.89 };
const MARGIN = 28;
const LABEL_W = 104;
/** Narrower columns than this go to another page: a card must stay readable on paper. */
const MIN_COLUMN = 108;
const HEADER_H = 64;
const FOOTER_H = 20;
const STAGE_HEAD_MIN = 30;
const PAD = 4;
const GAP = 4;
/** The font sizes tried, largest first, until the map fits one page high. */
const SIZES = [8.5, 8, 7.5, 7, 6.5];
const CURVE_H = 64;

const INK = '#1f2933';
const MUTED = '#5f6b7a';
const RULE = '#d5dbe3';
const ACCENT = '#1c7ed6';
const MEASURED = '#e8590c';
const FILLS: Record<string, { fill: string; edge: string }> = {
  note: { fill: '#f1f3f5', edge: '#ced4da' },
  thoughts: { fill: '#fff9db', edge: '#fcc419' },
  questions: { fill: '#f3f0ff', edge: '#9775fa' },
  touchpoint: { fill: '#e7f5ff', edge: '#339af0' },
  idea: { fill: '#ffffff', edge: '#339af0' },
  pain: { fill: '#fff5f5', edge: '#fa5252' },
  opportunity: { fill: '#ebfbee', edge: '#40c057' },
  backstage: { fill: '#f8f0fc', edge: '#cc5de8' },
};

/** Everything the printed map names, resolved in the map's workspace. */
export interface JourneyPrint {
  name: string;
  description: string;
  kind: JourneyKind;
  personaName: string | null;
  updatedAt: string;
  workspaceName: string;
  timeZone: string;
  doc: JourneyDoc;
  touchpoints: Map<string, { name: string; channel: string }>;
  departments: Map<string, { nameVi: string; nameEn: string }>;
}

interface Line {
  text: string;
  font: 'regular' | 'medium' | 'bold';
  colour: string;
  /** Relative to the body size. */
  scale: number;
}
interface Card {
  lines: Line[];
  style: keyof typeof FILLS;
  dashed?: boolean;
}

const num = (lang: Lang, n: number, digits = 0) => new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(n);

function liveLines(lang: Lang, live: LiveTouchpoint): Line[] {
  const w = WORDS[lang];
  const scores: string[] = [];
  if (live.nps?.score != null) scores.push(`NPS ${num(lang, live.nps.score)} (n=${num(lang, live.nps.n)})`);
  if (live.csat?.score != null) scores.push(`CSAT ${num(lang, live.csat.score)}% (n=${num(lang, live.csat.n)})`);
  if (live.ces?.score != null) scores.push(`CES ${num(lang, live.ces.score, 1)} (n=${num(lang, live.ces.n)})`);
  const colour = live.target === 'missed' ? '#c92a2a' : live.target === 'near' ? '#e67700' : live.target === 'met' ? '#2b8a3e' : INK;
  return [{ text: [`${num(lang, live.customers)} ${w.customers}`, ...scores].join(' · '), font: 'medium', colour, scale: 0.95 }];
}

function touchpointCard(p: JourneyPrint, lang: Lang, tp: JourneyTouchpoint, live: LiveTouchpoint | undefined): Card {
  const w = WORDS[lang];
  const linked = tp.touchpointId ? p.touchpoints.get(tp.touchpointId) : undefined;
  const channel = (linked?.channel ?? tp.channel) as Channel;
  const lines: Line[] = [
    { text: linked?.name ?? (tp.name || w.noName), font: 'bold', colour: INK, scale: 1 },
    { text: `${w.channels[channel] ?? channel} · ${tp.mode === 'online' ? w.online : w.offline}`, font: 'regular', colour: MUTED, scale: 0.9 },
  ];
  const dept = tp.departmentId ? p.departments.get(tp.departmentId) : undefined;
  if (dept) lines.push({ text: `${w.owner}: ${lang === 'en' ? dept.nameEn || dept.nameVi : dept.nameVi}`, font: 'regular', colour: MUTED, scale: 0.9 });
  if (tp.target) {
    const unit = tp.target.metric === 'csat' ? '%' : '';
    lines.push({ text: `${w.target}: ${tp.target.metric.toUpperCase()} ≥ ${num(lang, tp.target.min, tp.target.metric === 'ces' ? 1 : 0)}${unit}`, font: 'medium', colour: ACCENT, scale: 0.9 });
  }
  if (live) lines.push(...liveLines(lang, live));
  return { lines, style: tp.touchpointId ? 'touchpoint' : 'idea', dashed: !tp.touchpointId };
}

/** The cards one stage holds in one lane. */
function cardsOf(p: JourneyPrint, lang: Lang, lane: JourneyLane, cell: JourneyCell | undefined, live: JourneyLive | null): Card[] {
  if (!cell) return [];
  const w = WORDS[lang];
  const text = (t: string): Line => ({ text: t, font: 'regular', colour: INK, scale: 1 });
  switch (lane.kind) {
    case 'touchpoints':
      return cell.touchpoints.map((tp) => touchpointCard(p, lang, tp, live?.touchpoints.find((l) => l.itemId === tp.id)));
    case 'pains':
      return cell.pains.map((x) => ({ style: 'pain', lines: [text(x.text), { text: `${w.severity}: ${w.severities[x.severity]}`, font: 'medium', colour: '#c92a2a', scale: 0.9 }] }));
    case 'opportunities':
      return cell.opportunities.map((x) => ({
        style: 'opportunity',
        lines: [text(x.text), { text: [x.owner && `${w.owner}: ${x.owner}`, w.statuses[x.status]].filter(Boolean).join(' · '), font: 'medium', colour: '#2b8a3e', scale: 0.9 }],
      }));
    case 'emotions':
      return [];
    default:
      return cell.notes.filter((n) => n.text).map((n) => ({ style: lane.kind === 'thoughts' || lane.kind === 'questions' || lane.kind === 'backstage' ? lane.kind : 'note', lines: [text(n.text)] }));
  }
}

/** Lays out and draws a map: stages as columns, visible lanes as rows, fitted to A3 landscape pages. */
export async function journeyPdf(p: JourneyPrint, lang: Lang, live: JourneyLive | null = null): Promise<Buffer> {
  const w = WORDS[lang];
  const doc = new PDFDocument({ size: 'A3', layout: 'landscape', margin: 0, autoFirstPage: false, info: { Title: p.name, Author: p.workspaceName, Creator: 'Footprint' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  registerFonts(doc);

  const lanes = p.doc.lanes.filter((l) => !l.hidden);
  const stages = p.doc.stages;
  // Columns: as many stages per page as stay readable, spread evenly over the pages.
  const gridW = A3_LANDSCAPE.width - 2 * MARGIN - LABEL_W;
  const pagesAcross = Math.ceil(stages.length / Math.max(1, Math.floor(gridW / MIN_COLUMN)));
  const perPage = Math.ceil(stages.length / pagesAcross);
  const colW = gridW / perPage;
  const cardW = colW - 2 * PAD;
  const gridTop = MARGIN + HEADER_H;
  const gridH = A3_LANDSCAPE.height - gridTop - MARGIN - FOOTER_H;

  const cards = lanes.map((lane) => stages.map((s) => cardsOf(p, lang, lane, s.cells[lane.id], live)));
  const lineH = (l: Line, size: number) => {
    doc.font(l.font).fontSize(size * l.scale);
    return doc.heightOfString(l.text, { width: cardW - 2 * PAD, lineGap: 0.5 });
  };
  const cardH = (c: Card, size: number) => c.lines.reduce((h, l) => h + lineH(l, size), 0) + 2 * PAD;
  const emotionNotesH = (size: number) =>
    Math.max(0, ...stages.map((s) => {
      const note = lanes.filter((l) => l.kind === 'emotions').map((l) => s.cells[l.id]?.emotion?.note ?? '').find(Boolean);
      if (!note) return 0;
      doc.font('regular').fontSize(size * 0.9);
      return doc.heightOfString(note, { width: cardW, lineGap: 0.5 }) + 2;
    }));
  const stageHeadH = (size: number) =>
    Math.max(STAGE_HEAD_MIN, ...stages.map((s) => {
      doc.font('bold').fontSize(size + 2.5);
      let h = doc.heightOfString(stageName(s.name, lang), { width: cardW }) + 8;
      if (s.description) {
        doc.font('regular').fontSize(size * 0.9);
        h += doc.heightOfString(s.description, { width: cardW }) + 2;
      }
      return h;
    }));
  const rowHeights = (size: number) =>
    lanes.map((lane, i) => {
      const label = (() => {
        doc.font('bold').fontSize(size + 0.5);
        return doc.heightOfString(laneTitle(lane, lang), { width: LABEL_W - 2 * PAD }) + 2 * PAD;
      })();
      if (lane.kind === 'emotions') return Math.max(label, CURVE_H + emotionNotesH(size) + 2 * PAD);
      const content = Math.max(0, ...cards[i]!.map((cs) => cs.reduce((h, c) => h + cardH(c, size) + GAP, 0))) + PAD;
      return Math.max(label, content, 26);
    });

  // The largest type that fits one page high; else the smallest, with lanes continued on further pages.
  let size = SIZES[SIZES.length - 1]!;
  for (const s of SIZES) {
    if (rowHeights(s).reduce((a, b) => a + b, 0) + stageHeadH(s) <= gridH) {
      size = s;
      break;
    }
  }
  const heights = rowHeights(size);
  const headH = stageHeadH(size);
  const maxRow = gridH - headH;
  const laneGroups: number[][] = [[]];
  let used = 0;
  lanes.forEach((_, i) => {
    const h = Math.min(heights[i]!, maxRow);
    if (used + h > maxRow && laneGroups[laneGroups.length - 1]!.length > 0) {
      laneGroups.push([]);
      used = 0;
    }
    laneGroups[laneGroups.length - 1]!.push(i);
    used += h;
  });

  const pages: { from: number; lanes: number[] }[] = [];
  for (let from = 0; from < stages.length; from += perPage) for (const g of laneGroups) pages.push({ from, lanes: g });
  const printed = formatDate(new Date(), lang, p.timeZone);

  pages.forEach((page, pageIndex) => {
    doc.addPage({ size: 'A3', layout: 'landscape', margin: 0 });
    // Header: the map's name, then what kind of map, for whom, and when it was last changed.
    doc.font('bold').fontSize(20).fillColor(INK).text(p.name, MARGIN, MARGIN, { width: A3_LANDSCAPE.width - 2 * MARGIN, height: 26, ellipsis: true, lineBreak: false });
    const facts = [w.kinds[p.kind], p.personaName ? `${w.persona}: ${p.personaName}` : null, `${w.updated}: ${formatDate(p.updatedAt, lang, p.timeZone)}`].filter(Boolean).join('   ·   ');
    doc.font('medium').fontSize(10.5).fillColor(ACCENT).text(facts, MARGIN, MARGIN + 28, { width: A3_LANDSCAPE.width - 2 * MARGIN, lineBreak: false, ellipsis: true });
    if (p.description) doc.font('regular').fontSize(8.5).fillColor(MUTED).text(p.description, MARGIN, MARGIN + 44, { width: A3_LANDSCAPE.width - 2 * MARGIN, height: 12, lineBreak: false, ellipsis: true });

    const shown = stages.slice(page.from, page.from + perPage);
    const x0 = MARGIN + LABEL_W;
    // Stage heads.
    shown.forEach((s, k) => {
      const x = x0 + k * colW;
      doc.roundedRect(x + 1.5, gridTop, colW - 3, headH - 4, 4).fill(k % 2 === 0 ? '#1864ab' : '#1c7ed6');
      doc.font('bold').fontSize(size + 2.5).fillColor('#ffffff').text(stageName(s.name, lang), x + PAD, gridTop + 4, { width: cardW, align: 'center' });
      if (s.description) doc.font('regular').fontSize(size * 0.9).fillColor('#e7f5ff').text(s.description, x + PAD, doc.y + 1, { width: cardW, align: 'center' });
    });
    let y = gridTop + headH;
    for (const i of page.lanes) {
      const lane = lanes[i]!;
      const h = Math.min(heights[i]!, maxRow);
      // Row band and label.
      doc.rect(MARGIN, y, A3_LANDSCAPE.width - 2 * MARGIN, h).fill(i % 2 === 0 ? '#fafbfc' : '#ffffff');
      doc.moveTo(MARGIN, y).lineTo(A3_LANDSCAPE.width - MARGIN, y).lineWidth(0.5).strokeColor(RULE).stroke();
      doc.font('bold').fontSize(size + 0.5).fillColor(INK).text(laneTitle(lane, lang), MARGIN + PAD, y + PAD, { width: LABEL_W - 2 * PAD });
      if (lane.kind === 'emotions') drawEmotions(doc, { lang, size, lane, stages: shown, live, x0, y, colW, cardW });
      else
        shown.forEach((_, k) => {
          const cs = cards[i]![page.from + k]!;
          let cy = y + PAD;
          for (let c = 0; c < cs.length; c++) {
            const ch = cardH(cs[c]!, size);
            if (cy + ch > y + h - PAD && c > 0) {
              doc.font('medium').fontSize(size * 0.9).fillColor(MUTED).text(w.more(cs.length - c), x0 + k * colW + PAD, cy, { width: cardW });
              break;
            }
            drawCard(doc, cs[c]!, x0 + k * colW + PAD, cy, cardW, ch, size);
            cy += ch + GAP;
          }
        });
      // The line of visibility: what the customer sees is above, what happens backstage below.
      if (lane.kind === 'backstage' && lanes.slice(0, i).some((l) => l.kind === 'frontstage')) {
        doc.moveTo(MARGIN, y).lineTo(A3_LANDSCAPE.width - MARGIN, y).lineWidth(1.5).dash(6, { space: 4 }).strokeColor('#862e9c').stroke().undash();
        doc.font('medium').fontSize(7).fillColor('#862e9c').text(w.visibility, A3_LANDSCAPE.width - MARGIN - 320, y - 9, { width: 320, align: 'right', lineBreak: false });
      }
      y += h;
    }
    // Column rules.
    for (let k = 0; k <= shown.length; k++) doc.moveTo(x0 + k * colW, gridTop + headH).lineTo(x0 + k * colW, y).lineWidth(0.5).strokeColor(RULE).stroke();
    doc.moveTo(MARGIN, y).lineTo(A3_LANDSCAPE.width - MARGIN, y).lineWidth(0.5).strokeColor(RULE).stroke();
    // Footer.
    const foot = `${p.workspaceName} · ${w.printed} ${printed} · Footprint`;
    doc.font('regular').fontSize(7.5).fillColor(MUTED).text(foot, MARGIN, A3_LANDSCAPE.height - MARGIN - 10, { width: 700, lineBreak: false });
    doc.text(`${w.page} ${pageIndex + 1}/${pages.length}`, A3_LANDSCAPE.width - MARGIN - 200, A3_LANDSCAPE.height - MARGIN - 10, { width: 200, align: 'right', lineBreak: false });
  });
  doc.end();
  return done;
}

function drawCard(doc: PDFKit.PDFDocument, card: Card, x: number, y: number, width: number, height: number, size: number): void {
  const style = FILLS[card.style]!;
  doc.roundedRect(x, y, width, height, 3).fill(style.fill);
  if (card.dashed) doc.roundedRect(x, y, width, height, 3).lineWidth(0.75).dash(3, { space: 2 }).strokeColor(style.edge).stroke().undash();
  else doc.rect(x, y, 2.5, height).fill(style.edge);
  let ty = y + PAD;
  for (const l of card.lines) {
    doc.font(l.font).fontSize(size * l.scale).fillColor(l.colour).text(l.text, x + PAD + 1, ty, { width: width - 2 * PAD, lineGap: 0.5 });
    ty = doc.y;
  }
}

/** The designed emotion of each stage as a line across the columns (and the measured one beside it, dashed, when live figures are given). */
function drawEmotions(
  doc: PDFKit.PDFDocument,
  o: { lang: Lang; size: number; lane: JourneyLane; stages: JourneyStage[]; live: JourneyLive | null; x0: number; y: number; colW: number; cardW: number },
): void {
  const w = WORDS[o.lang];
  const top = o.y + 10;
  const yOf = (v: number) => top + ((EMOTION_MAX - v) / (EMOTION_MAX - EMOTION_MIN)) * (CURVE_H - 20);
  const xOf = (k: number) => o.x0 + k * o.colW + o.colW / 2;
  // The neutral line.
  doc.moveTo(o.x0, yOf(0)).lineTo(o.x0 + o.stages.length * o.colW, yOf(0)).lineWidth(0.5).dash(2, { space: 2 }).strokeColor('#adb5bd').stroke().undash();
  const series = (values: (number | null)[], colour: string, dashed: boolean) => {
    let open = false;
    values.forEach((v, k) => {
      if (v === null) {
        open = false;
        return;
      }
      if (open) doc.lineTo(xOf(k), yOf(v));
      else doc.moveTo(xOf(k), yOf(v));
      open = true;
    });
    if (dashed) doc.dash(4, { space: 3 });
    doc.lineWidth(2).strokeColor(colour).stroke().undash();
    values.forEach((v, k) => {
      if (v !== null) doc.circle(xOf(k), yOf(v), 3).fill(colour);
    });
  };
  const designed = o.stages.map((s) => s.cells[o.lane.id]?.emotion?.value ?? null);
  series(designed, ACCENT, false);
  designed.forEach((v, k) => {
    if (v !== null) doc.font('bold').fontSize(o.size * 0.85).fillColor(ACCENT).text(v > 0 ? `+${v}` : String(v), xOf(k) + 5, yOf(v) - 11, { lineBreak: false });
  });
  if (o.live) {
    const measured = o.stages.map((s) => o.live!.stages.find((l) => l.stageId === s.id)?.measuredEmotion ?? null);
    series(measured, MEASURED, true);
    measured.forEach((v, k) => {
      if (v !== null) doc.font('bold').fontSize(o.size * 0.85).fillColor(MEASURED).text(num(o.lang, v, 1), xOf(k) + 5, yOf(v) + 2, { lineBreak: false });
    });
  }
  // The legend under the lane's title.
  let ly = o.y + 26;
  const legend = (label: string, colour: string, dashed: boolean) => {
    doc.moveTo(MARGIN + PAD, ly + 4).lineTo(MARGIN + PAD + 14, ly + 4);
    if (dashed) doc.dash(3, { space: 2 });
    doc.lineWidth(2).strokeColor(colour).stroke().undash();
    doc.font('regular').fontSize(o.size * 0.85).fillColor(MUTED).text(label, MARGIN + PAD + 18, ly, { width: LABEL_W - 2 * PAD - 18 });
    ly = doc.y + 2;
  };
  legend(w.designed, ACCENT, false);
  if (o.live) legend(w.measured, MEASURED, true);
  // Each stage's note on its feeling, under the curve.
  o.stages.forEach((s, k) => {
    const note = s.cells[o.lane.id]?.emotion?.note;
    if (note) doc.font('regular').fontSize(o.size * 0.9).fillColor(INK).text(note, o.x0 + k * o.colW + PAD, o.y + CURVE_H, { width: o.cardW, align: 'center', lineGap: 0.5 });
  });
}
