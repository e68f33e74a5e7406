/** Red to green, 1 to 5: the faces read at a glance, whatever fonts the tablet has. */
const COLORS = ['#e03131', '#f76707', '#f59f00', '#74b816', '#2f9e44'] as const;
/** How far the mouth bends: a deep frown to a wide smile. */
const BEND = [-18, -9, 0, 10, 20] as const;

/**
 * One of the five faces as a drawing, not an emoji: emoji fonts differ between tablets (and some
 * lack the in-between faces), a drawing looks the same everywhere.
 */
export function Face({ level, size }: { level: 1 | 2 | 3 | 4 | 5; size: number | string }) {
  const color = COLORS[level - 1];
  const bend = BEND[level - 1] ?? 0;
  return (
    <svg viewBox="0 0 100 100" width={size} height={size} aria-hidden focusable="false">
      <circle cx="50" cy="50" r="46" fill={color} />
      <circle cx="35" cy="40" r="6" fill="white" />
      <circle cx="65" cy="40" r="6" fill="white" />
      <path d={`M 30 ${68 - bend / 3} Q 50 ${68 + bend} 70 ${68 - bend / 3}`} stroke="white" strokeWidth="7" strokeLinecap="round" fill="none" />
    </svg>
  );
}
