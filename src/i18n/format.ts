/**
 * The one rounding rule for scores on screen: one decimal, half up ("4.25" shows as "4.3"
 * everywhere). Files keep full precision; only what people read is rounded.
 */
export function formatScore(n: number): string {
  // The small nudge keeps float noise (3.6499999… for a true 3.65) from rounding down.
  return (Math.round(n * 10 + 1e-9) / 10).toFixed(1);
}
