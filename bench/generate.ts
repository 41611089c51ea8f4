// Realistic reports for the benchmark: the standard outline, about 20 paragraphs a page of
// Chinese text with figures, a table every few pages and an indicator table, written by
// the docx library (a producer other than our own writer).
import type { Block, Cell } from "../test/support/report-spec";
import { compositeForm, seedReport } from "../test/support/report-spec";
import { writeDocx } from "../test/support/write-docx";

const PARAGRAPHS_PER_PAGE = 20;
const PAGES_PER_TABLE = 4;

function sentence(i: number): string {
  return `第${i}项工作按计划推进，全年完成${(i % 97) + 3}件，使用资金${((i * 1.37) % 500).toFixed(2)}万元，较上年增长${i % 13}%，群众满意度${85 + (i % 15)}%。`;
}

const PROSE = [
  "围绕年度重点任务，细化责任分工，强化过程督导，确保各项工作有序推进",
  "严格执行财务管理制度，规范资金审批流程，提高资金使用效益",
  "加强与相关部门的沟通协调，形成工作合力，推动问题及时解决",
  "坚持问题导向，建立工作台账，实行清单化管理和销号式推进",
];

/** A realistic mix: prose without figures, prose with one figure, and figure-rich sentences. */
function filler(i: number): Block {
  switch (i % 4) {
    case 0:
      return {
        kind: "p",
        text: `（${(Math.floor(i / 4) % 9) + 1}）${PROSE[i % PROSE.length]}，第${i}次专题会议明确了后续安排。`,
      };
    case 1:
      return {
        kind: "p",
        text: `${PROSE[(i + 1) % PROSE.length]}，全年共开展专项检查${(i % 40) + 2}次，第${i}批问题已整改完毕。`,
      };
    case 2:
      return { kind: "p", text: `${sentence(2 * i)}${sentence(2 * i + 1)}` };
    default:
      return {
        kind: "p",
        text: `${PROSE[(i + 2) % PROSE.length]}，在第${i}轮评估中得到肯定。${PROSE[(i + 3) % PROSE.length]}，编号${i}。`,
      };
  }
}

function table(i: number): Block {
  const rows: Cell[][] = [["项目", "年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）", "执行率"]];
  let budget = 0;
  let spent = 0;
  for (let r = 0; r < 6; r++) {
    const b = 10 + ((i + r) % 40);
    const s = b - ((i + r) % 5);
    budget += b;
    spent += s;
    rows.push([`${r + 1}、专项经费${i}-${r}`, `${b}.00`, `${b}.00`, `${s}.00`, `${((s / b) * 100).toFixed(2)}%`]);
  }
  rows.push(["合计", `${budget}.00`, `${budget}.00`, `${spent}.00`, `${((spent / budget) * 100).toFixed(2)}%`]);
  return { kind: "table", rows };
}

/** A report of about `pages` pages: the seed's outline with every section's body grown. */
export function reportOfPages(pages: number): Block[] {
  const base = seedReport();
  const bodyParagraphs = Math.max(0, pages * PARAGRAPHS_PER_PAGE - base.length);
  const perSection = Math.ceil(bodyParagraphs / 6);
  const out: Block[] = [];
  let n = 0;
  let sinceTable = 0;
  for (const b of base) {
    out.push(b);
    if (b.kind === "heading" && b.level === 1) {
      for (let k = 0; k < perSection && n < bodyParagraphs; k++, n++) {
        out.push(filler(n));
        sinceTable++;
        if (sinceTable >= PAGES_PER_TABLE * PARAGRAPHS_PER_PAGE) {
          out.push(table(n));
          sinceTable = 0;
        }
      }
    }
  }
  out.push({ kind: "table", rows: compositeForm() });
  return out;
}

export function docxOfPages(pages: number): Promise<Buffer> {
  return writeDocx(reportOfPages(pages), "styled");
}
