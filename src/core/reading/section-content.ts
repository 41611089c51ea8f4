// What counts as a section's content: text that says something, beyond what the template itself
// writes (captions, headers, row labels, placeholders) — an empty section has none.
import type { DocModel } from "../model/model";
import type { Profile } from "../profile/profile";
import { normalizeLabel } from "../text/text";

/** Text that says something: not blank, not only template placeholders. */
export function meaningful(text: string, profile: Profile): boolean {
  let t = text;
  for (const r of profile.residue) t = t.split(r).join("");
  return /[\u4e00-\u9fa5A-Za-z0-9]{2,}/.test(t.replace(/[XxＸｘ×…_＿\s]+/g, ""));
}

/** What the template itself writes (table captions, headers, row labels, preset weights): not the author's content. */
export function templateText(profile: Profile): Set<string> {
  const out = new Set<string>([normalizeLabel(profile.template.placeholder)]);
  for (const t of profile.tables) {
    out.add(normalizeLabel(t.title));
    for (const c of t.template?.columns ?? []) out.add(normalizeLabel(c));
    for (const row of t.template?.rows ?? []) for (const c of row) out.add(normalizeLabel(c));
  }
  out.delete("");
  return out;
}

/** Whether paragraphs [from, to) hold content: headings and the template's own text aside. */
export function hasContent(
  doc: DocModel,
  from: number,
  to: number,
  headings: Set<number>,
  profile: Profile,
  boilerplate: ReadonlySet<string>,
): boolean {
  for (let i = from; i < to; i++) {
    const p = doc.paragraphs[i];
    if (headings.has(i) || boilerplate.has(normalizeLabel(p.text))) continue;
    if (p.cell) {
      // a table counts once something beyond its header row is filled in
      if (p.cell.row > 0 && meaningful(p.text, profile)) return true;
      continue;
    }
    if (meaningful(p.text, profile)) return true;
  }
  return false;
}
