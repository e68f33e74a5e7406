/** SLA targets are stored in business minutes and entered as hours and minutes. */
export interface HoursMinutes {
  hours: number;
  minutes: number;
}

export const splitMinutes = (total: number): HoursMinutes => ({ hours: Math.floor(total / 60), minutes: total % 60 });

/** Minutes from what was typed; null when it is not a whole, positive duration. */
export function joinMinutes(hours: number | string, minutes: number | string): number | null {
  const h = hours === '' ? 0 : Number(hours);
  const m = minutes === '' ? 0 : Number(minutes);
  if (!Number.isInteger(h) || !Number.isInteger(m) || h < 0 || m < 0 || m > 59) return null;
  const total = h * 60 + m;
  return total > 0 ? total : null;
}
