import type { Score, ScoreComparison } from './contracts.js';
import { Z_95 } from './stats.js';

/**
 * Compares one period's score with the previous one's: delta = current − previous, and a
 * two-sided z-test at the 5% level on that difference.
 * - CSAT: the two-proportion z-test with the pooled proportion (satisfied / n of both periods).
 * - NPS, CES, CSI: z = delta / √(se₁² + se₂²), the periods being independent samples (for CES a
 *   normal approximation of Welch's test; for CSI its conservative se makes the test conservative).
 * Needs a standard error on both sides (n ≥ 2 each); otherwise z is null and nothing is significant.
 * When neither period has any spread (all answers alike in both), z is null and any non-zero
 * delta counts as significant. Throws a TypeError when the two scores are of different kinds.
 */
export function compareScores(current: Score, previous: Score): ScoreComparison {
  if (current.kind !== previous.kind) throw new TypeError(`cannot compare ${current.kind} with ${previous.kind}`);
  const base = { kind: current.kind, current: current.score, previous: previous.score };
  if (current.score === null || previous.score === null) return { ...base, delta: null, z: null, significant: false };
  const delta = current.score - previous.score;
  if (current.se === null || previous.se === null) return { ...base, delta, z: null, significant: false };
  let se: number;
  if (current.kind === 'csat' && previous.kind === 'csat') {
    const p = (current.satisfied + previous.satisfied) / (current.n + previous.n);
    se = 100 * Math.sqrt(p * (1 - p) * (1 / current.n + 1 / previous.n));
  } else {
    se = Math.sqrt(current.se ** 2 + previous.se ** 2);
  }
  if (se === 0) return { ...base, delta, z: null, significant: delta !== 0 };
  const z = delta / se;
  return { ...base, delta, z, significant: Math.abs(z) > Z_95 };
}
