import {
  answerCells, answerColumns, formatDayTime, roundScore, type Answers, type Cell, type ResponseSummary, type SurveyDefinition, type SurveyLanguage,
} from '@footprint/core';
import { EXPORT_LABELS } from './labels.js';

/** A column of the export; `kind` tells the writers how to show the cell. */
export interface ExportColumn {
  header: string;
  kind: 'time' | 'text' | 'number';
}

export interface ExportSurvey {
  id: string;
  name: string;
  definition: SurveyDefinition | null;
}

/** One row: the time as an instant (each writer shows it in the workspace's zone), then the cells. */
export interface ExportRow {
  answeredAt: Date;
  cells: Cell[];
}

const FIXED = ['status', 'survey', 'touchpoint', 'channel', 'store', 'device', 'customer', 'customerId', 'language', 'score', 'scoreGroup', 'npsGroup'] as const;

/**
 * The layout of an export: the response's facts, then one column per question of every survey in
 * it (per CSI attribute and contact field), headed by the question in the export's language —
 * prefixed by the survey's name when several surveys share the file — and the response id last.
 */
export function exportLayout(surveys: ExportSurvey[], lang: SurveyLanguage) {
  const L = EXPORT_LABELS[lang];
  const several = surveys.length > 1;
  const columns: ExportColumn[] = [
    { header: L.headers.answeredAt, kind: 'time' },
    ...FIXED.map((k) => ({ header: L.headers[k], kind: k === 'score' ? ('number' as const) : ('text' as const) })),
  ];
  const offsets = new Map<string, number>();
  for (const s of surveys) {
    offsets.set(s.id, columns.length - 1);
    for (const q of s.definition?.questions ?? []) {
      for (const c of answerColumns(q, lang)) {
        const numeric = q.type === 'nps' || q.type === 'csat' || q.type === 'ces' || q.type === 'rating' || q.type === 'csi';
        columns.push({ header: several ? `${s.name} · ${c.header}` : c.header, kind: numeric ? 'number' : 'text' });
      }
    }
  }
  columns.push({ header: L.headers.responseId, kind: 'text' });
  const width = columns.length - 1;

  /** A response's row, its answers placed under its own survey's columns. */
  function rowOf(r: ResponseSummary, answers: Answers, survey: ExportSurvey | undefined): ExportRow {
    const cells: Cell[] = new Array<Cell>(width).fill(null);
    const score = r.score ? roundScore(r.score.value, 1) : null;
    const fixed: Cell[] = [
      L.status[r.status],
      r.survey.name,
      r.touchpoint?.name ?? null,
      L.channel[r.channel],
      r.store?.name ?? null,
      r.device ? (r.device.name ?? L.kiosk) : null,
      r.customer?.name ?? null,
      r.customer?.userId ?? null,
      L.language[r.language],
      score,
      r.score ? L.group[r.score.group] : null,
      r.score?.npsGroup ? L.nps[r.score.npsGroup] : null,
    ];
    fixed.forEach((c, i) => (cells[i] = c));
    const at = survey ? offsets.get(survey.id) : undefined;
    if (survey?.definition && at !== undefined) {
      let i = at;
      for (const q of survey.definition.questions) for (const c of answerCells(q, answers[q.id], lang)) cells[i++] = c;
    }
    cells[width - 1] = r.id;
    return { answeredAt: new Date(r.answeredAt), cells };
  }

  return { columns, rowOf };
}

/** The time column as text, for CSV. */
export const timeText = (at: Date, timeZone: string) => formatDayTime(at, timeZone);
