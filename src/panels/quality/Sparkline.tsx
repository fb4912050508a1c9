/**
 * A small trend line on the 1–5 scale. Gaps (null) break the line. The text alternative is the
 * `label`, which should list the values ("Overall score over time: 2.9, 3.4, 3.8").
 */
export function Sparkline({
  values, label, width = 120, height = 32, min = 1, max = 5, guides = [],
}: { values: readonly (number | null)[]; label: string; width?: number; height?: number; min?: number; max?: number; guides?: readonly number[] }) {
  const pad = 4;
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const x = (i: number) => (values.length > 1 ? pad + i * step : width / 2);
  const y = (v: number) => pad + (1 - (Math.min(max, Math.max(min, v)) - min) / (max - min)) * (height - 2 * pad);
  const segments: string[] = [];
  let current = '';
  values.forEach((v, i) => {
    if (v === null) {
      if (current) segments.push(current);
      current = '';
      return;
    }
    current += `${current ? ' L' : 'M'}${x(i).toFixed(1)} ${y(v).toFixed(1)}`;
  });
  if (current) segments.push(current);
  return (
    <svg className="quality-sparkline" role="img" aria-label={label} width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      <title>{label}</title>
      {guides.map((g) => (
        <line key={g} x1={pad} x2={width - pad} y1={y(g)} y2={y(g)} className="quality-sparkline-guide" />
      ))}
      {segments.map((d) => <path key={d} d={d} className="quality-sparkline-line" />)}
      {values.map((v, i) => (v === null ? null : <circle key={i} cx={x(i)} cy={y(v)} r={i === values.length - 1 ? 2.8 : 1.8} className="quality-sparkline-dot" />))}
    </svg>
  );
}
