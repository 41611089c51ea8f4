// The opened document in the pane (preview mode): paragraphs and tables, the one a finding points to shown in place.
import { useEffect, useMemo, useRef } from "react";
import type { DocModel, DocParagraph, DocTable } from "../../../core/model/model";
import { useT } from "../../i18n";
import { cx } from "../../ui";

/**
 * Where each paragraph of a table goes: the cell whose first paragraph is the last at or before
 * it (cells in the order of their first paragraphs), so that a nested table's paragraphs stay in
 * the outer cell that holds them. A table whose cells do not say where they start is laid out by
 * the cell each paragraph names.
 */
function cellParagraphs(doc: DocModel, table: DocTable): Map<string, DocParagraph[]> {
  const cells = new Map<string, DocParagraph[]>();
  if (table.firstParagraph < 0) return cells;
  const starts: { key: string; at: number }[] = [];
  table.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell.covered && cell.paragraph !== undefined && cell.paragraph >= 0)
        starts.push({ key: `${r}:${c}`, at: cell.paragraph });
    }),
  );
  starts.sort((a, b) => a.at - b.at);
  let k = -1;
  for (let i = table.firstParagraph; i <= table.lastParagraph; i++) {
    const p = doc.paragraphs[i];
    if (!p) continue;
    while (k + 1 < starts.length && starts[k + 1].at <= i) k++;
    const key = k >= 0 ? starts[k].key : p.cell ? `${p.cell.row}:${p.cell.column}` : undefined;
    if (key) cells.set(key, [...(cells.get(key) ?? []), p]);
  }
  return cells;
}

function Para({ p, current }: { p: DocParagraph; current?: number }) {
  return (
    <p
      data-paragraph={p.index}
      aria-current={current === p.index ? "location" : undefined}
      className={cx("ra-para", current === p.index && "ra-current")}
    >
      {p.cell ? p.text : (p.list?.label ?? "") + p.text}
    </p>
  );
}

/**
 * A table of the document as a table: merged cells merged, each cell's paragraphs in it; wide tables scroll inside
 * their frame.
 */
function TableView({ doc, table, current }: { doc: DocModel; table: DocTable; current?: number }) {
  const cells = useMemo(() => cellParagraphs(doc, table), [doc, table]);
  return (
    <div className="ra-table-wrap">
      <table className="ra-table">
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) =>
                cell.covered ? null : (
                  <td
                    key={c}
                    colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                    rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                  >
                    {(cells.get(`${r}:${c}`) ?? []).map((p) => (
                      <Para key={p.index} p={p} current={current} />
                    ))}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The opened document, paragraphs and tables, so that a finding can be shown in place in preview mode. */
export function DocView({ doc, current }: { doc: DocModel; current?: number }) {
  const { t } = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = ref.current;
    const el = current === undefined ? null : box?.querySelector<HTMLElement>(`[data-paragraph="${current}"]`);
    if (!box || !el) return;
    // the document view scrolls to the paragraph; the pane itself does not move, so the finding
    // clicked stays where it was (scrollIntoView would scroll every scrolling ancestor, the page too)
    const at = el.getBoundingClientRect();
    const frame = box.getBoundingClientRect();
    box.scrollTop += at.top - frame.top - (box.clientHeight - at.height) / 2;
    const wrap = el.closest<HTMLElement>(".ra-table-wrap");
    if (wrap) {
      const w = wrap.getBoundingClientRect();
      wrap.scrollLeft += el.getBoundingClientRect().left - w.left - (wrap.clientWidth - at.width) / 2;
    }
  }, [current, doc]);
  return (
    <section aria-label={t("documentPreview")}>
      <h2 className="ra-group">{t("documentPreview")}</h2>
      <div className="ra-doc" ref={ref} tabIndex={0} lang="zh-CN">
        {doc.blocks?.length
          ? doc.blocks.map((b) =>
              b.kind === "paragraph" ? (
                <Para key={`p${b.index}`} p={b} current={current} />
              ) : (
                <TableView key={`t${b.index}`} doc={doc} table={b} current={current} />
              ),
            )
          : doc.paragraphs.map((p) => <Para key={p.index} p={p} current={current} />)}
      </div>
    </section>
  );
}
