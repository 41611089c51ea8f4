// Every call into Word lives here (JabRef's add-in does the same): read the document
// model in one batch, jump to a finding, leave and remove our comments, insert template
// blocks, store the team profile in the document. Each action is one batch; the engine
// decides everything, this module only carries it out.
/// <reference types="office-js" />
import type { Finding, Lang } from "../../core/finding";
import type { DocModel, Location } from "../../core/model";
import { findOutline } from "../../core/outline";
import type { Profile, ProfileResult } from "../../core/profile";
import { missingSectionsPlan, sectionWithChildren, skeleton, tableBlock, type TemplateBlock } from "../../core/template";
import { PROFILE_NS, profileFromXml, profileToXml } from "../ooxml/profile-part";
import { blocksToFlatOpc, paragraphFlatOpc, TAG_PREFIX } from "../ooxml/write";
import { toDocModel, type ParagraphSnapshot } from "./model";

/** Every comment we leave starts with this, so "remove our comments" finds only ours. */
export const COMMENT_PREFIX = "【绩效自评助手】";

const PARAGRAPH_PROPS = [
  "items/text",
  "items/style",
  "items/styleBuiltIn",
  "items/outlineLevel",
  "items/tableNestingLevel",
  "items/listItemOrNullObject/listString",
  "items/listItemOrNullObject/level",
  "items/parentTableCellOrNullObject/rowIndex",
  "items/parentTableCellOrNullObject/cellIndex",
].join(",");

/** The whole document model in one round trip, whatever the document's size. */
export async function readDocument(context: Word.RequestContext): Promise<DocModel> {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load(PARAGRAPH_PROPS);
  await context.sync();
  return toDocModel(paragraphs.items.map(snapshot));
}

function snapshot(p: Word.Paragraph): ParagraphSnapshot {
  const list = p.listItemOrNullObject;
  const cell = p.parentTableCellOrNullObject;
  return {
    text: p.text,
    style: p.style,
    styleBuiltIn: p.styleBuiltIn,
    outlineLevel: p.outlineLevel,
    tableNestingLevel: p.tableNestingLevel,
    ...(list.isNullObject ? {} : { listString: list.listString, listLevel: list.level }),
    ...(cell.isNullObject ? {} : { rowIndex: cell.rowIndex, cellIndex: cell.cellIndex }),
  };
}

/**
 * Paragraph proxies for the given body indices, found by walking the paragraphs once
 * (getFirst / getNext): no load and no sync needed to address them.
 */
function paragraphsAt(context: Word.RequestContext, indices: number[]): Map<number, Word.Paragraph> {
  const wanted = new Set(indices);
  const out = new Map<number, Word.Paragraph>();
  const last = Math.max(-1, ...indices);
  let p = context.document.body.paragraphs.getFirst();
  for (let i = 0; i <= last; i++) {
    if (wanted.has(i)) out.set(i, p);
    if (i < last) p = p.getNext();
  }
  return out;
}

/** Selects and scrolls to the paragraph (or cell paragraph) of a location. */
export async function jumpTo(context: Word.RequestContext, location: Location): Promise<void> {
  if (location.paragraph === undefined) return;
  paragraphsAt(context, [location.paragraph]).get(location.paragraph)!.select("Select");
  await context.sync();
}

/** Leaves each finding as a Word comment on its paragraph: one batch for any number of findings. */
export async function addComments(context: Word.RequestContext, findings: Finding[], lang: Lang): Promise<number> {
  const located = findings.filter((f) => f.location.paragraph !== undefined);
  if (located.length === 0) return 0;
  const at = paragraphsAt(
    context,
    located.map((f) => f.location.paragraph!),
  );
  for (const f of located)
    at.get(f.location.paragraph!)!
      .getRange("Whole")
      .insertComment(`${COMMENT_PREFIX}${f.message[lang]}${f.fix ? ` → ${f.fix[lang]}` : ""}`);
  await context.sync();
  return located.length;
}

/** Deletes the comments this add-in left, and only those. */
export async function removeOurComments(context: Word.RequestContext): Promise<number> {
  const comments = context.document.body.getComments();
  comments.load("items/content");
  await context.sync();
  const ours = comments.items.filter((c) => c.content.startsWith(COMMENT_PREFIX));
  for (const c of ours) c.delete();
  if (ours.length) await context.sync();
  return ours.length;
}

/**
 * Removes the content controls this add-in inserted — only those, by their tag — and keeps
 * what is inside them: the user's text stays, the wrappers go.
 */
export async function removeOurContentControls(context: Word.RequestContext): Promise<number> {
  const controls = context.document.body.contentControls;
  controls.load("items/tag");
  await context.sync();
  const ours = controls.items.filter((c) => (c.tag ?? "").startsWith(`${TAG_PREFIX}:`));
  for (const c of ours) c.delete(true);
  if (ours.length) await context.sync();
  return ours.length;
}

/** Inserts blocks after the paragraph holding the cursor: nothing the user wrote is replaced. */
async function insertAtCursor(context: Word.RequestContext, blocks: TemplateBlock[]): Promise<void> {
  context.document.getSelection().paragraphs.getLast().getRange("Whole").insertOoxml(blocksToFlatOpc(blocks), "After");
  await context.sync();
}

export function insertSkeleton(context: Word.RequestContext, profile: Profile): Promise<void> {
  return insertAtCursor(context, skeleton(profile));
}

export function insertSection(context: Word.RequestContext, profile: Profile, sectionId: string): Promise<void> {
  return insertAtCursor(context, sectionWithChildren(profile, sectionId));
}

export function insertTable(context: Word.RequestContext, profile: Profile, tableId: string): Promise<void> {
  const def = profile.tables.find((t) => t.id === tableId);
  if (!def) throw new Error(`unknown table ${tableId}`);
  return insertAtCursor(context, [tableBlock(def)]);
}

/** Inserts every missing section at its place in the outline, in one batch. Returns how many. */
export async function insertMissingSections(context: Word.RequestContext, profile: Profile, doc: DocModel): Promise<number> {
  const plan = missingSectionsPlan(profile, findOutline(doc, profile).sections);
  if (plan.length === 0) return 0;
  const at = paragraphsAt(
    context,
    plan.filter((p) => p.before !== undefined).map((p) => p.before!),
  );
  for (const step of plan) {
    const xml = blocksToFlatOpc(step.blocks);
    if (step.before === undefined) context.document.body.insertOoxml(xml, "End");
    else at.get(step.before)!.getRange("Whole").insertOoxml(xml, "Before");
  }
  await context.sync();
  return plan.reduce((n, p) => n + p.blocks.length, 0);
}

/** Writes a sentence with the score and grade at the end of the conclusion section (an explicit action). */
export async function writeScoreSentence(context: Word.RequestContext, doc: DocModel, profile: Profile, sentence: string): Promise<void> {
  const conclusion = findOutline(doc, profile).sections.find((s) => s.id === profile.scoreSection);
  const end = conclusion?.end;
  const xml = paragraphFlatOpc(sentence);
  if (end === undefined || end >= doc.paragraphs.length) context.document.body.insertOoxml(xml, "End");
  else paragraphsAt(context, [end]).get(end)!.getRange("Whole").insertOoxml(xml, "Before");
  await context.sync();
}

/** Whether the host implements a requirement set; false outside Office. */
export function supports(set: "WordApi", version: string): boolean {
  try {
    return typeof Office !== "undefined" && !!Office.context?.requirements?.isSetSupported(set, version);
  } catch {
    return false;
  }
}

/** Stores the profile in the document, replacing the one stored before (WordApi 1.4, else the Common API). */
export async function saveProfileToDocument(context: Word.RequestContext, profile: Profile, useWordApi = supports("WordApi", "1.4")): Promise<void> {
  const xml = profileToXml(profile);
  if (useWordApi) {
    const old = context.document.customXmlParts.getByNamespace(PROFILE_NS);
    old.load("items");
    await context.sync();
    for (const part of old.items) part.delete();
    context.document.customXmlParts.add(xml);
    await context.sync();
    return;
  }
  const parts = Office.context.document.customXmlParts;
  const old = await new Promise<Office.CustomXmlPart[]>((resolve, reject) =>
    parts.getByNamespaceAsync(PROFILE_NS, (r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve(r.value) : reject(r.error))),
  );
  for (const part of old) await new Promise<void>((resolve) => part.deleteAsync(() => resolve()));
  await new Promise<void>((resolve, reject) => parts.addAsync(xml, (r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(r.error))));
}

/** The profile stored in the document, if any (validated like any other profile). */
export async function loadProfileFromDocument(context: Word.RequestContext, useWordApi = supports("WordApi", "1.4")): Promise<ProfileResult | undefined> {
  let xml: string | undefined;
  if (useWordApi) {
    const parts = context.document.customXmlParts.getByNamespace(PROFILE_NS);
    parts.load("items");
    await context.sync();
    const [first] = parts.items;
    if (!first) return undefined;
    const result = first.getXml();
    await context.sync();
    xml = result.value;
  } else {
    const parts = await new Promise<Office.CustomXmlPart[]>((resolve, reject) =>
      Office.context.document.customXmlParts.getByNamespaceAsync(PROFILE_NS, (r) =>
        r.status === Office.AsyncResultStatus.Succeeded ? resolve(r.value) : reject(r.error),
      ),
    );
    if (parts.length === 0) return undefined;
    xml = await new Promise<string>((resolve, reject) =>
      parts[0].getXmlAsync((r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve(r.value) : reject(r.error))),
    );
  }
  return profileFromXml(xml);
}
