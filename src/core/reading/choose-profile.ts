// Which profile a document follows: each candidate's outline is found in the document and
// scored by how much of it is there (its required sections) and how much of the document's
// own outline it explains (its top-level headings). A bare form is recognised by its table
// and the absence of prose. Pure: the CLI and the task pane both call it.
import { compileProfile } from "./compiled-profile";
import type { DocModel } from "../model/model";
import { findOutline, type Outline } from "./outline";
import type { Profile } from "../profile/profile";
import { viewTables, type TableView } from "./tables";

export interface ProfileFit {
  /** The profile's id. */
  profile: string;
  /**
   * 0..1: 0.6 × share of required sections found + 0.4 × share of the document's top-level headings taken by a section.
   */
  score: number;
  required: { found: number; total: number };
  /** The document's top-level headings, and how many of them are a section of the profile. */
  headings: { explained: number; total: number };
  /** Recognised as the profile's bare form (its table, hardly any prose). */
  form?: boolean;
  /** Paragraphs with text (cells included): a document that holds something. */
  filled?: number;
}

export interface ProfileChoice {
  profile: Profile;
  fit: ProfileFit;
  /** Every candidate, best first. */
  ranking: ProfileFit[];
}

/**
 * Below this fit a document's outline is not the profile's: one outline-mismatch warning instead of section-missing
 * errors.
 */
export const MISMATCH_BELOW = 0.5;

const round = (x: number) => Math.round(x * 100) / 100;

/** Sentences of prose outside tables: what a bare form does not have. */
function narrativeSentences(doc: DocModel): number {
  let n = 0;
  for (const p of doc.paragraphs) {
    if (p.cell || p.toc) continue;
    const t = p.text.trim();
    if ((t.match(/[\u4e00-\u9fa5]/g)?.length ?? 0) < 15) continue;
    n += Math.max(1, t.split(/[。！？；]/).filter((s) => s.trim().length >= 8).length);
  }
  return n;
}

/** How well a document's outline (already found with the profile) fits the profile. */
export function profileFit(doc: DocModel, outline: Outline, profile: Profile, tables?: TableView[]): ProfileFit {
  const required = outline.sections.filter((s) => s.required);
  const counted = required.length ? required : outline.sections;
  const found = counted.filter((s) => s.status !== "missing").length;
  const taken = new Set(outline.sections.flatMap((s) => (s.paragraph !== undefined ? [s.paragraph] : [])));
  const explained = outline.topHeadings.filter((h) => taken.has(h.paragraph)).length;
  const total = outline.topHeadings.length;
  const base = {
    profile: profile.id,
    required: { found: required.filter((s) => s.status !== "missing").length, total: required.length },
    headings: { explained, total },
    filled: doc.paragraphs.reduce((n, p) => (p.text.trim() ? n + 1 : n), 0),
  };
  if (profile.recognise) {
    const r = profile.recognise;
    const views = tables ?? viewTables(doc, compileProfile(profile));
    const hasTable = r.anyTable.length === 0 || views.some((v) => v.def && r.anyTable.includes(v.def.id));
    const prose = r.maxNarrative === undefined || narrativeSentences(doc) <= r.maxNarrative;
    if (!hasTable || !prose) return { ...base, score: 0 };
    // the form is what the document is; a heading naming it is further evidence
    return { ...base, score: round(0.9 + 0.1 * (counted.length ? found / counted.length : 0)), form: true };
  }
  const share = counted.length ? found / counted.length : 0;
  return { ...base, score: round(0.6 * share + 0.4 * (total ? explained / total : 0)) };
}

/**
 * Whether a fit is poor enough to say the outline is another one: there is an outline
 * (two top-level headings or more) and little of it is the profile's — a fit below
 * MISMATCH_BELOW, or fewer than half of four or more top-level headings taken by a section.
 */
export function isMismatch(fit: ProfileFit): boolean {
  if (fit.form) return false;
  // a document that holds something and not one of the required sections follows another outline (or none)
  if (fit.required.total >= 2 && fit.required.found === 0 && (fit.filled ?? 0) >= 3) return true;
  if (fit.headings.total < 2) return false;
  return fit.score < MISMATCH_BELOW || (fit.headings.total >= 4 && fit.headings.explained / fit.headings.total < 0.5);
}

const contextFits = new WeakMap<Outline, ProfileFit>();

/** The fit of the profile a rule context was built with (computed once per analysis). */
export function fitOf(ctx: { doc: DocModel; outline: Outline; profile: Profile; tables: TableView[] }): ProfileFit {
  let f = contextFits.get(ctx.outline);
  if (!f) contextFits.set(ctx.outline, (f = profileFit(ctx.doc, ctx.outline, ctx.profile, ctx.tables)));
  return f;
}

/**
 * A later candidate must fit better by more than this to be chosen over an earlier one: thin evidence keeps the
 * preferred profile.
 */
export const PREFER_EARLIER_BY = 0.05;

/**
 * The candidate whose outline fits the document best. Candidates come in order of
 * preference: one is chosen over an earlier one only when it fits clearly better (by more
 * than PREFER_EARLIER_BY), so an opening with only 一、部门基本情况 keeps the default.
 */
export function chooseProfile(doc: DocModel, candidates: Profile[]): ProfileChoice {
  if (!candidates.length) throw new Error("chooseProfile: no candidate profiles");
  const fits = candidates.map((p, i) => ({ p, i, fit: profileFit(doc, findOutline(doc, p), p) }));
  let best = fits[0];
  for (const f of fits.slice(1)) if (f.fit.score > best.fit.score + PREFER_EARLIER_BY) best = f;
  const ranking = [...fits].sort((a, b) => b.fit.score - a.fit.score || a.i - b.i).map((f) => f.fit);
  return { profile: best.p, fit: best.fit, ranking };
}
