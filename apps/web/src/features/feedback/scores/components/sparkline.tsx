import { useMantineTheme } from '@mantine/core';

/** A small trend line without axes, through the periods that had answers. Decorative: the card says the figures. */
export function Sparkline({ values, width = 120, height = 32 }: { values: (number | null)[]; width?: number; height?: number }) {
  const theme = useMantineTheme();
  const known = values.filter((v): v is number => v !== null);
  if (known.length < 2) return null;
  const lo = Math.min(...known);
  const hi = Math.max(...known);
  const x = (i: number) => (values.length === 1 ? width / 2 : (i / (values.length - 1)) * (width - 4) + 2);
  const y = (v: number) => (hi === lo ? height / 2 : height - 3 - ((v - lo) / (hi - lo)) * (height - 6));
  // Periods without answers are stepped over, so sparse days still read as a trend.
  let d = '';
  values.forEach((v, i) => {
    if (v !== null) d += `${d ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
  });
  const lastIndex = values.findLastIndex((v) => v !== null);
  const last = values[lastIndex]!;
  const color = theme.colors[theme.primaryColor]![6];
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden focusable="false">
      <path d={d} fill="none" stroke={color} strokeWidth={1.8} strokeLinejoin="round" strokeLinecap="round" />
      <circle cx={x(lastIndex)} cy={y(last)} r={2.5} fill={color} />
    </svg>
  );
}
