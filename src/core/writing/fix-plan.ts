// Where one-click fixes that add content put it, for an edge that writes a copy (.docx) and
// for Word alike: each missing section before the next section the report has, the score
// sentence at the end of the conclusion. Pure.
import type { DocModel } from "../model/model";
import { findOutline } from "../reading/outline";
import type { Profile } from "../profile/profile";
import { missingSectionsPlan, type Insertion } from "./template";

export interface PlacedContent {
  /** Paragraph index to insert before; undefined: at the end of the body. */
  before?: number;
  insertion: Insertion;
  /** The sections' titles, for saying what was inserted. */
  titles: string[];
}

/**
 * The missing sections with these ids (with `ids` absent, every missing one), each in its
 * place, each with its own missing sub-sections.
 */
export function sectionInsertions(doc: DocModel, profile: Profile, ids?: string[]): PlacedContent[] {
  // a section asked for comes with its sub-sections (section-missing names only the parent)
  const want = ids && new Set(ids);
  if (want)
    for (const d of profile.sections) {
      let up = d.parent;
      while (up && !want.has(up)) up = profile.sections.find((x) => x.id === up)?.parent;
      if (up) want.add(d.id);
    }
  return missingSectionsPlan(profile, findOutline(doc, profile).sections)
    .map((i) => ({ ...i, blocks: i.blocks.filter((b) => b.kind !== "section" || !want || want.has(b.sectionId)) }))
    .filter((i) => i.blocks.length > 0)
    .map((i) => ({
      before: i.before,
      insertion: i,
      titles: i.blocks.flatMap((b) => (b.kind === "section" ? [b.title] : [])),
    }));
}

/** Where the score sentence goes: before the paragraph that follows the conclusion section, or at the end. */
export function scoreSentencePlace(doc: DocModel, profile: Profile): number | undefined {
  const conclusion = findOutline(doc, profile).sections.find((s) => s.id === profile.scoreSection);
  const end = conclusion?.end;
  return end === undefined || end >= doc.paragraphs.length ? undefined : end;
}
