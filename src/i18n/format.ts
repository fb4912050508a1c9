/**
 * The one rounding rule for scores on screen: one decimal, half up ("4.25" shows as "4.3"
 * everywhere). Files keep full precision; only what people read is rounded.
 */
export function formatScore(n: number): string {
  // The small nudge keeps float noise (3.6499999… for a true 3.65) from rounding down.
  return (Math.round(n * 10 + 1e-9) / 10).toFixed(1);
}

const FORMATS = new Map<string, Intl.NumberFormat>();

/**
 * A number in the reader's language ("1,000" / "1.000"). `toLocaleString` builds a new formatter on
 * every call, a few hundred microseconds each: the drawing notice and the table format thousands.
 */
export function formatNumber(n: number, lang: string, maximumFractionDigits?: number): string {
  const key = `${lang}:${maximumFractionDigits ?? ''}`;
  let format = FORMATS.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, maximumFractionDigits === undefined ? undefined : { maximumFractionDigits });
    FORMATS.set(key, format);
  }
  return format.format(n);
}
