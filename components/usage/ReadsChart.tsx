// Reads per day as a server-rendered SVG bar chart: no client code. The
// numbers are also in a table for screen readers and for copying.
export function ReadsChart({ daily, label }: { daily: { day: string; total: number }[]; label: string }) {
  const max = Math.max(1, ...daily.map((d) => d.total));
  const w = 640;
  const h = 160;
  const pad = { l: 32, b: 20, t: 8 };
  const bw = (w - pad.l) / Math.max(1, daily.length);
  const y = (v: number) => h - pad.b - ((h - pad.b - pad.t) * v) / max;
  return (
    <figure className="mt-3">
      <svg viewBox={`0 0 ${w} ${h}`} role="img" aria-labelledby="reads-chart-title" className="h-auto w-full max-w-2xl">
        <title id="reads-chart-title">{label}</title>
        <line x1={pad.l} x2={w} y1={h - pad.b} y2={h - pad.b} stroke="#737373" strokeWidth="1" />
        <text x={pad.l - 4} y={pad.t + 8} textAnchor="end" fontSize="10" fill="#525252">
          {max}
        </text>
        <text x={pad.l - 4} y={h - pad.b} textAnchor="end" fontSize="10" fill="#525252">
          0
        </text>
        {daily.map((d, i) => (
          <g key={d.day}>
            <rect x={pad.l + i * bw + 1} y={y(d.total)} width={Math.max(1, bw - 2)} height={h - pad.b - y(d.total)} fill="#7a1f1f">
              <title>{`${d.day}: ${d.total}`}</title>
            </rect>
            {(i === 0 || (i + 1) % 7 === 0) && (
              <text x={pad.l + i * bw + bw / 2} y={h - 6} textAnchor="middle" fontSize="10" fill="#525252">
                {Number(d.day.slice(8))}
              </text>
            )}
          </g>
        ))}
      </svg>
      <figcaption className="sr-only">{label}</figcaption>
    </figure>
  );
}
