import { UnstyledButton } from '@mantine/core';
import { useRef, type KeyboardEvent, type ReactNode } from 'react';

interface Props {
  /** The id of the question title, which names the radio group. */
  labelledBy: string;
  values: readonly number[];
  value: number | undefined;
  onChange: (value: number) => void;
  /** What the button shows (a number, a star, a smiley). */
  face: (n: number, selected: boolean) => ReactNode;
  /** What a screen reader says for a value. */
  spoken: (n: number) => string;
  color: string;
  /** Narrow buttons wrap on phones (NPS has eleven). */
  minWidth?: number;
}

/**
 * A score scale as a radio group: one tab stop, arrow keys move and choose, Space/Enter choose.
 * Used for NPS 0–10, CSAT, CES 1–7, ratings and CSI rows.
 */
export function ScaleInput({ labelledBy, values, value, onChange, face, spoken, color, minWidth = 40 }: Props) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const current = value === undefined ? -1 : values.indexOf(value);
  const focusAt = (i: number) => {
    const n = (i + values.length) % values.length;
    onChange(values[n]!);
    refs.current[n]?.focus();
  };
  const onKey = (e: KeyboardEvent, i: number) => {
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') focusAt(i + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') focusAt(i - 1);
    else if (e.key === 'Home') focusAt(0);
    else if (e.key === 'End') focusAt(values.length - 1);
    else return;
    e.preventDefault();
  };
  return (
    <div role="radiogroup" aria-labelledby={labelledBy} style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}>
      {values.map((n, i) => {
        const selected = n === value;
        return (
          <UnstyledButton
            key={n}
            ref={(el) => {
              refs.current[i] = el;
            }}
            role="radio"
            aria-checked={selected}
            aria-label={spoken(n)}
            tabIndex={selected || (current === -1 && i === 0) ? 0 : -1}
            onClick={() => onChange(n)}
            onKeyDown={(e) => onKey(e, i)}
            style={{
              minWidth,
              minHeight: 40,
              flex: `1 0 ${minWidth}px`,
              maxWidth: 64,
              borderRadius: 8,
              border: `1px solid ${selected ? color : 'var(--mantine-color-gray-4)'}`,
              background: selected ? color : 'var(--mantine-color-body)',
              color: selected ? 'white' : 'inherit',
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
              fontWeight: 600,
              fontSize: 16,
            }}
          >
            {face(n, selected)}
          </UnstyledButton>
        );
      })}
    </div>
  );
}
