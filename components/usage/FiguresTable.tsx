// A table of named rows of numbers (the usage report's members and topics):
// the row's name is its header cell, numbers are right in tabular figures.
const n = (v: number) => v.toLocaleString("en-US");

export function FiguresTable({
  columns,
  rows,
  className = "",
}: {
  columns: string[];
  rows: { key: string; name: string; figures: number[] }[];
  className?: string;
}) {
  return (
    <table className={`w-full text-sm ${className}`}>
      <thead className="bg-neutral-50">
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col" className="px-3 py-2 text-left font-semibold">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y">
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row" className="px-3 py-2 text-left font-normal">
              {r.name}
            </th>
            {r.figures.map((f, i) => (
              <td key={i} className="px-3 py-2 tabular-nums">
                {n(f)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
