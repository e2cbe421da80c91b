import { Table } from '../../../../_components/ui';

function show(cell: unknown) {
  if (cell === null || cell === undefined) return <span className="text-slate-300">—</span>;
  const text = Array.isArray(cell) ? cell.join(' ') : String(cell);
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}

/** The first rows of a file, as parsed: what a column will hold before anyone trains on it. */
export function PreviewTable({ columns, rows }: { columns: string[]; rows: Record<string, unknown>[] }) {
  return (
    <div aria-label="Preview" role="region">
      <Table head={columns}>
        {rows.map((row, i) => (
          <tr key={i} className="align-top">
            {columns.map((c) => (
              <td key={c} className="max-w-xs py-1.5 pr-4 text-xs break-words">
                {show(row[c])}
              </td>
            ))}
          </tr>
        ))}
      </Table>
    </div>
  );
}
