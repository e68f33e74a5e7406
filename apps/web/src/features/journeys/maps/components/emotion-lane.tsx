import { EMOTION_MAX, EMOTION_MIN, stageName, type JourneyLane } from '@footprint/core';
import { useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cellOf, setEmotion } from '../lib/doc-ops';
import { useGrid } from './grid-context';

export const EMOTION_HEIGHT = 150;
const PAD = 18;

const yOf = (v: number) => PAD + ((EMOTION_MAX - v) / (EMOTION_MAX - EMOTION_MIN)) * (EMOTION_HEIGHT - 2 * PAD);
const valueAt = (y: number) => Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, Math.round(EMOTION_MAX - ((y - PAD) / (EMOTION_HEIGHT - 2 * PAD)) * (EMOTION_MAX - EMOTION_MIN))));

/** Line segments through the points that are set; an unset stage breaks the curve. */
function paths(points: (number | null)[], width: number): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  points.forEach((v, i) => {
    if (v === null) {
      if (cur.length > 1) out.push(cur.join(' '));
      cur = [];
      return;
    }
    cur.push(`${cur.length === 0 ? 'M' : 'L'}${i * width + width / 2},${yOf(v)}`);
  });
  if (cur.length > 1) out.push(cur.join(' '));
  return out;
}

/**
 * The designed emotion of each stage as a curve from −2 to +2: a point is dragged up or down,
 * clicked into place, or moved with the arrow keys. A measured curve, when given, is drawn beside it.
 */
export function EmotionLane({ lane, stageWidth, measured }: { lane: JourneyLane; stageWidth: number; measured?: Record<string, number | null> }) {
  const { t } = useTranslation();
  const g = useGrid();
  const [drag, setDrag] = useState<{ stageId: string; value: number } | null>(null);
  const width = g.doc.stages.length * stageWidth;
  const designed = g.doc.stages.map((s) => (drag?.stageId === s.id ? drag.value : (cellOf(s, lane.id).emotion?.value ?? null)));
  const measuredPoints = measured ? g.doc.stages.map((s) => measured[s.id] ?? null).map((v) => (v === null ? null : Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, v)))) : null;
  const set = (stageId: string, value: number | null) => g.change(setEmotion(g.doc, stageId, lane.id, value));
  const svgY = (e: PointerEvent<SVGElement>) => e.clientY - (e.currentTarget.ownerSVGElement ?? (e.currentTarget as SVGSVGElement)).getBoundingClientRect().top;
  const word = (v: number) => t(`journeyMaps.grid.emotionValues.${String(v) as '-2' | '-1' | '0' | '1' | '2'}`);

  return (
    <svg width={width} height={EMOTION_HEIGHT} role="group" aria-label={t('journeyMaps.grid.designed')} style={{ display: 'block', touchAction: 'none' }}>
      {[-2, -1, 0, 1, 2].map((v) => (
        <line key={v} x1={0} x2={width} y1={yOf(v)} y2={yOf(v)} stroke={v === 0 ? 'var(--mantine-color-gray-5)' : 'var(--mantine-color-gray-3)'} strokeDasharray={v === 0 ? undefined : '3 4'} />
      ))}
      {g.editable &&
        g.doc.stages.map((s, i) => (
          <rect
            key={s.id}
            x={i * stageWidth}
            y={0}
            width={stageWidth}
            height={EMOTION_HEIGHT}
            fill="transparent"
            style={{ cursor: 'crosshair' }}
            onPointerDown={(e) => {
              if (e.button !== 0) return;
              set(s.id, valueAt(svgY(e)));
            }}
          />
        ))}
      {measuredPoints &&
        paths(measuredPoints, stageWidth).map((d, i) => <path key={`m${i}`} d={d} fill="none" stroke="var(--mantine-color-orange-6)" strokeWidth={2} strokeDasharray="6 4" pointerEvents="none" />)}
      {measuredPoints?.map((v, i) =>
        v === null ? null : (
          <rect key={`mp${i}`} x={i * stageWidth + stageWidth / 2 - 5} y={yOf(v) - 5} width={10} height={10} fill="var(--mantine-color-orange-6)" pointerEvents="none" data-testid="measured-point" />
        ),
      )}
      {paths(designed, stageWidth).map((d, i) => (
        <path key={`d${i}`} d={d} fill="none" stroke="var(--mantine-color-blue-6)" strokeWidth={3} pointerEvents="none" />
      ))}
      {g.doc.stages.map((s, i) => {
        const v = designed[i] ?? null;
        const name = stageName(s.name, g.language);
        const label = v === null ? t('journeyMaps.grid.emotionUnset', { stage: name }) : t('journeyMaps.grid.emotionPoint', { stage: name, value: `${v > 0 ? '+' : ''}${v} (${word(v)})` });
        const cx = i * stageWidth + stageWidth / 2;
        const key = (e: KeyboardEvent<SVGCircleElement>) => {
          const now = v ?? 0;
          if (e.key === 'ArrowUp' || e.key === 'ArrowRight') set(s.id, Math.min(EMOTION_MAX, v === null ? 0 : now + 1));
          else if (e.key === 'ArrowDown' || e.key === 'ArrowLeft') set(s.id, Math.max(EMOTION_MIN, v === null ? 0 : now - 1));
          else if (e.key === 'Delete' || e.key === 'Backspace') set(s.id, null);
          else return;
          e.preventDefault();
          e.stopPropagation();
        };
        if (!g.editable && v === null) return null;
        return (
          <circle
            key={s.id}
            cx={cx}
            cy={yOf(v ?? 0)}
            r={v === null ? 6 : 8}
            fill={v === null ? 'var(--mantine-color-body)' : 'var(--mantine-color-blue-6)'}
            stroke="var(--mantine-color-blue-6)"
            strokeWidth={2}
            strokeDasharray={v === null ? '2 2' : undefined}
            tabIndex={g.editable ? 0 : undefined}
            role={g.editable ? 'slider' : 'img'}
            aria-label={label}
            aria-valuemin={g.editable ? EMOTION_MIN : undefined}
            aria-valuemax={g.editable ? EMOTION_MAX : undefined}
            aria-valuenow={g.editable && v !== null ? v : undefined}
            aria-valuetext={g.editable ? (v === null ? t('journeyMaps.grid.emotionUnset', { stage: name }) : word(v)) : undefined}
            data-testid="emotion-point"
            style={{ cursor: g.editable ? 'ns-resize' : undefined, outlineOffset: 2 }}
            onKeyDown={g.editable ? key : undefined}
            onPointerDown={
              g.editable
                ? (e) => {
                    e.stopPropagation();
                    e.currentTarget.setPointerCapture(e.pointerId);
                    setDrag({ stageId: s.id, value: v ?? 0 });
                  }
                : undefined
            }
            onPointerMove={drag?.stageId === s.id ? (e) => setDrag({ stageId: s.id, value: valueAt(svgY(e)) }) : undefined}
            onPointerUp={
              drag?.stageId === s.id
                ? () => {
                    const value = drag.value;
                    setDrag(null);
                    if (value !== (cellOf(s, lane.id).emotion?.value ?? null)) set(s.id, value);
                  }
                : undefined
            }
          >
            <title>{label}</title>
          </circle>
        );
      })}
    </svg>
  );
}
