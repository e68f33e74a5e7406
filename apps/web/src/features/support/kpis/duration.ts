/** Business minutes as people say them: "45 phút", "2 giờ", "2 giờ 15 phút" (rounded to the minute). */
export function durationParts(minutes: number): { h: number; m: number } {
  const total = Math.max(0, Math.round(minutes));
  return { h: Math.floor(total / 60), m: total % 60 };
}
