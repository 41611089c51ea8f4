// What the template inserts, as data: the title block, every section heading with the
// literal numbering of official documents (一、 （一） 1. （1）), a placeholder under each,
// and the standard tables. The Word edge and the .docx writer turn these blocks into
// WordprocessingML the same way, so an inserted skeleton and a written one read alike.
import { formatChineseNumeral } from "../text/text";
import type { Profile, SectionDef, TableDef } from "../profile/profile";
import type { SectionResult } from "../reading/outline";

export interface TableBlock {
  kind: "table";
  tableId: string;
  caption: string;
  columns: string[];
  rows: string[][];
}

export interface SectionBlock {
  kind: "section";
  sectionId: string;
  level: number;
  /** Literal numbering: "一、", "（一）", "1.", "（1）". */
  label: string;
  title: string;
  placeholder: string;
  tables: TableBlock[];
}

export interface TitleBlock {
  kind: "title";
  lines: string[];
}

export type TemplateBlock = TitleBlock | SectionBlock | TableBlock;

/** The numbering of a section at a level, as 公文 write it. */
export function sectionLabel(level: number, ordinal: number): string {
  switch (level) {
    case 1:
      return `${formatChineseNumeral(ordinal)}、`;
    case 2:
      return `（${formatChineseNumeral(ordinal)}）`;
    case 3:
      return `${ordinal}.`;
    default:
      return `（${ordinal}）`;
  }
}

/** Each section's ordinal among its siblings in the profile. */
function ordinals(profile: Profile): Map<string, number> {
  const counters = new Map<string, number>();
  const out = new Map<string, number>();
  for (const s of profile.sections) {
    const key = `${s.parent ?? ""}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    out.set(s.id, n);
  }
  return out;
}

export function tableBlock(def: TableDef): TableBlock {
  const columns = def.template?.columns ?? def.header.slice(0, Math.max(def.minMatch, 2));
  const rows = def.template?.rows.length ? def.template.rows : [columns.map(() => "")];
  return {
    kind: "table",
    tableId: def.id,
    caption: def.title,
    columns,
    rows: rows.map((r) => columns.map((_, i) => r[i] ?? "")),
  };
}

export function sectionBlock(
  profile: Profile,
  section: SectionDef,
  ordinal = ordinals(profile).get(section.id) ?? 1,
): SectionBlock {
  return {
    kind: "section",
    sectionId: section.id,
    level: section.level,
    label: sectionLabel(section.level, ordinal),
    title: section.title,
    placeholder: profile.template.placeholder,
    tables: profile.tables.filter((t) => t.section === section.id).map(tableBlock),
  };
}

/** The whole skeleton: title lines, then every section of the profile in order. */
export function skeleton(profile: Profile): TemplateBlock[] {
  const n = ordinals(profile);
  const blocks: TemplateBlock[] = [];
  if (profile.template.title.length) blocks.push({ kind: "title", lines: profile.template.title });
  for (const s of profile.sections) blocks.push(sectionBlock(profile, s, n.get(s.id)));
  return blocks;
}

/** One section with the sub-sections under it, in profile order. */
export function sectionWithChildren(profile: Profile, id: string): SectionBlock[] {
  const n = ordinals(profile);
  const ids = new Set([id]);
  const out: SectionBlock[] = [];
  for (const s of profile.sections) {
    if (s.id === id || (s.parent && ids.has(s.parent))) {
      ids.add(s.id);
      out.push(sectionBlock(profile, s, n.get(s.id)));
    }
  }
  return out;
}

export interface Insertion {
  /** Insert before this paragraph; undefined: at the end of the document. */
  before?: number;
  blocks: SectionBlock[];
}

/**
 * Where each missing section goes. The profile lists sections in document order (depth
 * first), so every missing section belongs right before the next section of the profile
 * that the document has — or at the end when none follows. Missing sections that share a
 * place are inserted together, in order.
 */
export function missingSectionsPlan(profile: Profile, sections: SectionResult[]): Insertion[] {
  const found = new Map(sections.filter((s) => s.paragraph !== undefined).map((s) => [s.id, s.paragraph!]));
  const n = ordinals(profile);
  const plan: Insertion[] = [];
  profile.sections.forEach((s, i) => {
    if (found.has(s.id)) return;
    const next = profile.sections.slice(i + 1).find((x) => found.has(x.id));
    const before = next ? found.get(next.id) : undefined;
    const block = sectionBlock(profile, s, n.get(s.id));
    const last = plan[plan.length - 1];
    if (last && last.before === before) last.blocks.push(block);
    else plan.push({ before, blocks: [block] });
  });
  return plan;
}

/** The sentence the conclusion states: the report is written in Chinese whatever the UI language. */
export function scoreSentence(score: number, grade: string): string {
  return `综上，本部门整体支出绩效自评得分 ${score} 分，评价等级为“${grade}”。`;
}
