// Every call into Word lives here (JabRef's add-in does the same): read the document
// model in one batch, jump to a finding, leave and remove our comments, insert template
// blocks, store the team profile in the document. Each action is one batch; the engine
// decides everything, this module only carries it out.
/// <reference types="office-js" />
import { compatibleEdits, type TextEdit } from "../../core/model/edits";
import type { Finding, Lang } from "../../core/model/finding";
import type { DocModel, DocTable, Location } from "../../core/model/model";
import { sectionInsertions } from "../../core/writing/fix-plan";
import { findOutline } from "../../core/reading/outline";
import type { Profile, ProfileResult } from "../../core/profile/profile";
import {
  missingSectionsPlan,
  sectionWithChildren,
  skeleton,
  tableBlock,
  type TemplateBlock,
} from "../../core/writing/template";
import { PROFILE_NS, profileFromXml, profileToXml } from "../ooxml/profile-part";
import { blocksToFlatOpc, paragraphFlatOpc, TAG_PREFIX } from "../ooxml/write";
import { readFlatOpc } from "./flat-opc";
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

/**
 * What one answer from Word may hold: Word on the web refuses batches above its payload
 * limits (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded; users report
 * failures above about 4–5 MB), and our rule is no request or response above 1 MiB. Windows
 * are sized to stay near half of that, leaving room for an estimate that is off.
 */
export const TARGET_RESPONSE_BYTES = 512 * 1024;
/**
 * Windows when each paragraph's reviewed text is asked for too: one action (about 150 bytes of request) per paragraph.
 */
const MAX_TRACKED_WINDOW = 1500;

/** Whether the body holds tracked changes (WordApi 1.6): one small sync, asking for at most one. */
async function hasTrackedChanges(context: Word.RequestContext): Promise<boolean> {
  const changes = context.document.body.getTrackedChanges();
  changes.load({ select: "type", top: 1 });
  await context.sync();
  return changes.items.length > 0;
}

/** The first window, before anything is known of the document's paragraphs. */
const FIRST_WINDOW = 100;
const MAX_WINDOW = 4000;
/**
 * What one paragraph's answer costs beyond its text: property names, null objects, ids (measured through Word's
 * runtime: about 300).
 */
const PARAGRAPH_OVERHEAD_BYTES = 400;
/** A text's size in the answer, at worst: three bytes a character (Chinese in UTF-8), escapes aside. */
const textBytes = (text: string) => text.length * 3;

/**
 * The document model, read in windows of paragraphs (`top`/`skip`): each answer stays near
 * TARGET_RESPONSE_BYTES whatever the document's size — one sync for a short report, about
 * one per 1,500 paragraphs of ordinary prose. Every property the model needs is read in the
 * same window: a second pass for the rarer ones (list labels, cell positions) would cost a
 * sync per window for little less data, since a null object answers in a few bytes.
 */
export async function readDocument(
  context: Word.RequestContext,
  trackedChangesApi = supports("WordApi", "1.6"),
): Promise<DocModel> {
  const tracked = trackedChangesApi && (await hasTrackedChanges(context));
  const snapshots: ParagraphSnapshot[] = [];
  let window = FIRST_WINDOW;
  for (;;) {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load({ select: PARAGRAPH_PROPS, top: window, skip: snapshots.length });
    // one sync per window on purpose: every answer stays under the payload limit, whatever the document's size
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    const items = paragraphs.items;
    // Word's text of a paragraph with tracked changes includes the deleted words; the text the
    // document reads as (and the .docx reader gives) is the reviewed "current" text
    const shots = items.map(snapshot);
    let reviewed = tracked ? items.map((p) => p.getReviewedText("Current")) : undefined;
    if (reviewed) {
      // read back through the items' own paths too: if Word addressed a paged item by its place
      // in the answer rather than by its id, the reviewed texts belong to other paragraphs and
      // are not used (Word's text, deletions included, is kept — see docs/add-in.md, assumptions to check in real Word)
      for (const p of items) p.load("text");
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      if (items.some((p, k) => p.text !== shots[k].text)) reviewed = undefined;
    }
    let bytes = 0;
    shots.forEach((s, k) => {
      if (reviewed) s.text = reviewed[k]!.value;
      snapshots.push(s);
      bytes += PARAGRAPH_OVERHEAD_BYTES + textBytes(s.text);
    });
    // a short window is the last; a host that ignored `top` gave everything at once
    if (items.length !== window) break;
    // the next window sized by what this one cost per paragraph; with tracked changes the
    // second request carries one action per paragraph, so windows stay smaller
    const most = tracked ? MAX_TRACKED_WINDOW : MAX_WINDOW;
    window = Math.max(1, Math.min(most, Math.floor((window * TARGET_RESPONSE_BYTES) / Math.max(1, bytes))));
  }
  const doc = toDocModel(snapshots);
  await layOutUnevenTables(context, doc);
  return doc;
}

/**
 * A table whose rows do not all have a cell in every column: a cell spans columns, or a row starts late or ends early.
 */
function isUneven(t: DocTable): boolean {
  return t.rows.some((row) => row.some((cell) => cell.paragraph === undefined));
}

/** Tables whose OOXML is asked for in one sync: each answer carries the package's styles too (tens of KiB). */
const TABLES_PER_SYNC = 2;
/** More top-level tables than this and the list of them alone would near a response's limit: Word's layout is kept. */
const MAX_LISTED_TABLES = 5000;

/**
 * Word tells a table cell's place by its index within its row (`cellIndex`), not by its grid
 * column: in a row with a cell spanning two columns, every cell after it is one column off,
 * and the figures of a form land under the wrong heading. Such a table is laid out again
 * from its own OOXML, by the same reader as a .docx, so the add-in sees the grid the CLI
 * sees. Only uneven tables are asked for; when Word's OOXML does not hold the same
 * paragraphs as its paragraph list, the table keeps Word's layout.
 *
 * The tables are reached through the body's table collection, loaded whole (no top/skip):
 * an item is then addressed by its place in the whole collection, which is right whatever
 * Word sends with items (nothing, an index or an id) — a paged paragraph lookup is not.
 * Nested tables, if Word lists them, are told apart by their nesting level; a table whose
 * row count is not the model's is left as Word laid it out.
 */
async function layOutUnevenTables(context: Word.RequestContext, doc: DocModel): Promise<void> {
  const topLevel = doc.tables.filter((t) => t.nesting === 0);
  const uneven = topLevel.filter((t) =>
    doc.tables.some((u) => u.firstParagraph >= t.firstParagraph && u.lastParagraph <= t.lastParagraph && isUneven(u)),
  );
  if (!uneven.length || topLevel.length > MAX_LISTED_TABLES) return;
  const listed = context.document.body.tables.load("items/nestingLevel,items/rowCount");
  try {
    await context.sync();
  } catch {
    return;
  }
  const words = listed.items.filter((t) => t.nestingLevel === 1);
  // another count of tables than the paragraphs showed: which is which cannot be told
  if (words.length !== topLevel.length) return;
  for (let i = 0; i < uneven.length; i += TABLES_PER_SYNC) {
    const chunk = uneven.slice(i, i + TABLES_PER_SYNC);
    const answers = chunk.map((t) => {
      const word = words[topLevel.indexOf(t)];
      return word.rowCount === t.rows.length ? word.getRange("Whole").getOoxml() : undefined;
    });
    if (answers.every((a) => !a)) continue;
    try {
      // one sync per two tables: each answer is a whole package
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch {
      // Word would not give the OOXML: these tables keep Word's own layout, the check goes on
      continue;
    }
    chunk.forEach((t, k) => {
      const xml = answers[k]?.value;
      if (xml) relayTable(doc, t, readFlatOpc(xml));
    });
  }
}

/**
 * Puts the grid the reader made of a table's OOXML in place of Word's layout, when the two hold the same paragraphs.
 */
function relayTable(doc: DocModel, table: DocTable, read: DocModel | undefined): void {
  const own = read?.tables.find((t) => t.nesting === 0);
  if (!read || !own) return;
  const count = table.lastParagraph - table.firstParagraph + 1;
  if (own.lastParagraph - own.firstParagraph + 1 !== count) return;
  const inner = (tables: DocTable[], first: number, last: number) =>
    tables.filter((t) => t.firstParagraph >= first && t.lastParagraph <= last && t.firstParagraph >= 0);
  const ours = inner(doc.tables, table.firstParagraph, table.lastParagraph);
  const theirs = inner(read.tables, own.firstParagraph, own.lastParagraph);
  if (ours.length !== theirs.length) return;
  const shift = table.firstParagraph - own.firstParagraph;
  theirs.forEach((t, k) => {
    ours[k].rows = t.rows.map((row) =>
      row.map((cell) => (cell.paragraph === undefined ? cell : { ...cell, paragraph: cell.paragraph + shift })),
    );
  });
  for (let i = own.firstParagraph; i <= own.lastParagraph; i++) {
    const cell = read.paragraphs[i].cell;
    const paragraph = doc.paragraphs[i + shift];
    if (!cell) continue;
    const k = theirs.findIndex((t) => t.index === cell.table);
    if (k >= 0) paragraph.cell = { table: ours[k].index, row: cell.row, column: cell.column };
  }
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
 * Paragraphs looked up in one sync: each lookup is a few hundred bytes of request, so a chunk stays far below 1 MiB.
 */
const LOOKUPS_PER_SYNC = 200;

/**
 * How Word addresses an item of a paged collection in a later request (undocumented; see docs/add-in.md, assumptions to
 * check in real Word).
 */
type PagedAddressing = "id" | "position" | "unknown";

/** Paragraphs compared when finding out how paged items are addressed. */
const PROBE_WINDOW = 41;

/**
 * Finds out how Word addresses an item of a paged collection in a later request: by an id it
 * returns with the item (then item k of a window at `skip` is paragraph skip + k), or by the
 * item's place in the answer (then it is paragraph k). Given a window at some skip > 0 whose
 * text is being loaded, it queues the first paragraphs' text beside it; after that sync,
 * `reload` queues one item whose text differs from the text at its place among the first
 * paragraphs, to be read again through its own path; after the next sync, `answer` says which
 * text came back ("unknown" when the two windows read the same throughout). It rides on the
 * caller's syncs: none of its own.
 */
function probeAddressing(context: Word.RequestContext, window: Word.ParagraphCollection, top: number) {
  const start = context.document.body.getRange("Whole").paragraphs;
  start.load({ select: "text", top, skip: 0 });
  let item: Word.Paragraph | undefined;
  let shown = "";
  let first = "";
  return {
    reload(): void {
      const j = window.items.findIndex((p, i) => start.items[i] !== undefined && p.text !== start.items[i].text);
      if (j < 0) return;
      item = window.items[j];
      shown = item.text;
      first = start.items[j].text;
      item.load("text");
    },
    answer(): PagedAddressing {
      if (!item) return "unknown";
      return item.text === shown ? "id" : item.text === first ? "position" : "unknown";
    },
  };
}

/**
 * Paragraphs at the given body indices, each reached through a window of its own
 * (`skip: index, top: 1`) on a fresh collection: the request for paragraph 30,000 costs what
 * the request for paragraph 3 does, where a getFirst/getNext walk grows with the index.
 * Each one's text is loaded with it, so the caller can see whether it is still the
 * paragraph it means. Chunks of lookups are sized by the texts expected (`sizeOf`), so no
 * answer grows past TARGET_RESPONSE_BYTES on ordinary paragraphs. Two syncs for the first
 * chunk (the lookups, then reading them back while finding out how Word addresses them),
 * one for each further chunk.
 */
async function paragraphsAt(
  context: Word.RequestContext,
  indices: number[],
  sizeOf: (index: number) => number = () => 0,
): Promise<Map<number, Word.Paragraph>> {
  const out = new Map<number, Word.Paragraph>();
  const pending = [...new Set(indices)].sort((a, b) => a - b);
  // a window at skip 0 is the same paragraph either way; beyond, it depends on how Word addresses paged items
  let addressing: PagedAddressing = pending.some((i) => i > 0) ? "unknown" : "id";
  let probe: ReturnType<typeof probeAddressing> | undefined;
  if (addressing === "unknown") {
    const near = context.document.body.getRange("Whole").paragraphs;
    near.load({
      select: "text",
      top: PROBE_WINDOW,
      skip: Math.max(1, pending[pending.length - 1] - Math.floor(PROBE_WINDOW / 2)),
    });
    probe = probeAddressing(context, near, PROBE_WINDOW);
  }
  while (pending.length) {
    const chunk: number[] = [];
    let bytes = 0;
    while (
      pending.length &&
      chunk.length < LOOKUPS_PER_SYNC &&
      (chunk.length === 0 || bytes + sizeOf(pending[0]) <= TARGET_RESPONSE_BYTES)
    ) {
      bytes += PARAGRAPH_OVERHEAD_BYTES + sizeOf(pending[0]);
      chunk.push(pending.shift()!);
    }
    const windows = chunk.map((index) => {
      // a collection of its own (the body's is one shared proxy): one window per lookup
      const collection = context.document.body.getRange("Whole").paragraphs;
      collection.load({ select: "text", top: 1, skip: index });
      return collection;
    });
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk, each bounded
    await context.sync();
    const found = chunk.map((index, k) => ({ index, p: windows[k].items[0], shown: windows[k].items[0]?.text }));
    if (addressing === "unknown") {
      // Word's documentation does not say how a paged item is addressed in a later request: the
      // probe finds out, and meanwhile each one is read again through its own path — only those
      // that come back as the window showed them are used, and none at all if Word turns out to
      // address them by their place (a coincidence of equal texts must not pass)
      probe?.reload();
      for (const f of found) f.p?.load("text");
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      addressing = probe?.answer() ?? "unknown";
      probe = undefined;
    }
    if (addressing === "position") {
      for (const f of found) if (f.p && f.index === 0) out.set(0, f.p);
      continue;
    }
    for (const f of found) if (f.p && f.p.text === f.shown) out.set(f.index, f.p);
  }
  return out;
}

/** An error in Word's own terms, so the pane says it as Word's ItemNotFound is said. */
function notReachable(): Error {
  return Object.assign(new Error("ItemNotFound: a paragraph could not be reached again where the check found it"), {
    code: "ItemNotFound",
  });
}

/**
 * How a jump went: on the paragraph meant, on the same text moved nearby, not at all because
 * the document changed there, or not at all because this Word cannot reach a paragraph
 * through a window (it addresses paged items by their place; see docs/add-in.md).
 */
export type JumpResult = "landed" | "moved" | "changed" | "unreachable";

/** How far from its index a paragraph is looked for when the document has changed above it. */
const NEARBY = 20;

/**
 * Selects and scrolls to the paragraph (or cell paragraph) of a location. With `expected`
 * (the paragraph's text when the document was checked), the paragraph is first compared:
 * if text was inserted or removed above it, the same text is looked for nearby; if it is
 * not there, nothing is selected and the caller says the document changed. Three syncs (two
 * near the start), each the same size wherever the paragraph is: the window, how Word
 * addresses its items, the selection read back.
 */
export async function jumpTo(context: Word.RequestContext, location: Location, expected?: string): Promise<JumpResult> {
  const at = location.paragraph;
  if (at === undefined) return "landed";
  const from = expected === undefined ? at : Math.max(0, at - NEARBY);
  const top = expected === undefined ? 1 : 2 * NEARBY + 1;
  const paragraphs = context.document.body.paragraphs;
  // the window's text: a few paragraphs, unless one of them is a book in itself
  paragraphs.load({ select: "text", top, skip: from });
  // beyond the first paragraphs, how Word addresses a paged item decides where the selection goes
  const probe = from > 0 ? probeAddressing(context, paragraphs, top) : undefined;
  await context.sync();
  if (probe) {
    probe.reload();
    await context.sync();
    // where Word would take the item for one of the first paragraphs, nothing is selected
    if (probe.answer() === "position") return "unreachable";
  }
  const items = paragraphs.items;
  const offset = expected === undefined ? 0 : at - from;
  let k = offset;
  let result: JumpResult = "landed";
  if (expected !== undefined && items[k]?.text !== expected) {
    const same = items.map((p, i) => (p.text === expected ? i : -1)).filter((i) => i >= 0);
    if (!same.length) return "changed";
    k = same.reduce((best, i) => (Math.abs(i - offset) < Math.abs(best - offset) ? i : best));
    result = "moved";
  }
  if (!items[k]) return "changed";
  items[k].select("Select");
  // the selection read back in the same batch: had Word addressed a paged item by its place in
  // the whole collection rather than by its id, the jump would have landed elsewhere — said,
  // never silent (see docs/add-in.md, assumptions to check in real Word)
  const selected = expected === undefined ? undefined : context.document.getSelection();
  selected?.load("text");
  await context.sync();
  if (selected && selected.text.replace(/[\r\n]+$/, "") !== expected!.replace(/[\r\n]+$/, "")) return "changed";
  return result;
}

/** Comment text sent in one sync at most: a comment is a sentence or two, so hundreds fit. */
const COMMENT_BYTES_PER_SYNC = 256 * 1024;

/**
 * Leaves each finding as a Word comment on its paragraph. With `doc` (the model the findings
 * were made from), a paragraph whose text is no longer what was checked is left alone: the
 * comment would land on the wrong text. Returns how many were added and how many were
 * skipped that way. Lookups and comments go in syncs of bounded size, whatever the number of
 * findings and wherever they are.
 */
export async function addComments(
  context: Word.RequestContext,
  findings: Finding[],
  lang: Lang,
  doc?: DocModel,
): Promise<{ added: number; skipped: number }> {
  const located = findings.filter((f) => f.location.paragraph !== undefined);
  if (located.length === 0) return { added: 0, skipped: 0 };
  const textOf = (i: number) => doc?.paragraphs[i]?.text;
  const at = await paragraphsAt(
    context,
    located.map((f) => f.location.paragraph!),
    (i) => textBytes(textOf(i) ?? ""),
  );
  let added = 0;
  let skipped = 0;
  let bytes = 0;
  for (const f of located) {
    const i = f.location.paragraph!;
    const p = at.get(i);
    const expected = textOf(i);
    if (!p || (expected !== undefined && p.text !== expected)) {
      skipped++;
      continue;
    }
    const text = `${COMMENT_PREFIX}${f.message[lang]}${f.fix ? ` → ${f.fix[lang]}` : ""}`;
    p.getRange("Whole").insertComment(text);
    added++;
    bytes += 200 + textBytes(text);
    if (bytes > COMMENT_BYTES_PER_SYNC) {
      // one sync per window on purpose: every answer stays under the payload limit, whatever the document's size
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      bytes = 0;
    }
  }
  if (bytes > 0) await context.sync();
  return { added, skipped };
}

/** Word's search takes at most 255 characters; ^ introduces its special codes and is written ^^. */
const MAX_SEARCH_CHARS = 255;
const searchText = (s: string) => s.replace(/\^/g, "^^");

function occurrencesBefore(text: string, needle: string, end: number): number {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0 && at < end; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}

export interface FixOutcome {
  applied: TextEdit[];
  /**
   * Edits not made: their paragraph was not reached, reads otherwise now, or Word found the text another number of
   * times.
   */
  skipped: TextEdit[];
}

/**
 * Makes one-click fixes in the document: for each edit, its paragraph reached and compared
 * with the text that was checked, the text found with Word's own search in that paragraph,
 * and the occurrence at the edit's place replaced (Range.insertText "Replace": the run's
 * formatting stays, Word's undo takes it back). The searches go in one sync and the
 * replacements in the next, so nothing is replaced unless every search answered; an edit
 * whose paragraph reads otherwise now is skipped, never made elsewhere.
 */
export async function applyFixes(context: Word.RequestContext, edits: TextEdit[], doc: DocModel): Promise<FixOutcome> {
  const chosen = compatibleEdits(edits).filter((e) => e.expect.length > 0 && e.expect.length <= MAX_SEARCH_CHARS);
  const skipped = edits.filter((e) => !chosen.includes(e));
  if (!chosen.length) return { applied: [], skipped };
  const textOf = (i: number) => doc.paragraphs[i]?.text ?? "";
  const at = await paragraphsAt(
    context,
    chosen.map((e) => e.paragraph),
    (i) => textBytes(textOf(i)),
  );
  const searches = chosen.map((e) => {
    const p = at.get(e.paragraph);
    if (!p || p.text !== textOf(e.paragraph) || textOf(e.paragraph).slice(e.start, e.end) !== e.expect)
      return undefined;
    // default options (no wildcards): the texts fixed are Chinese words and punctuation, where case means nothing,
    // and an options object would cost a SearchOptions instance in the request; the count below catches a surprise
    const found = p.search(searchText(e.expect));
    found.load("items/text");
    return found;
  });
  if (searches.some(Boolean)) await context.sync();
  const applied: TextEdit[] = [];
  chosen.forEach((e, k) => {
    const found = searches[k];
    const text = textOf(e.paragraph);
    // Word must see the text as often as the check did, or the k-th hit may be another one
    if (!found || found.items.length !== occurrencesBefore(text, e.expect, text.length)) {
      skipped.push(e);
      return;
    }
    found.items[occurrencesBefore(text, e.expect, e.start)].insertText(e.replace, "Replace");
    applied.push(e);
  });
  if (applied.length) await context.sync();
  return { applied, skipped };
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

/** Controls nested deeper than this are not walked further (a report has one or two levels). */
const MAX_CONTROL_DEPTH = 8;

/** The paragraph holding the cursor, reached afresh: Word's selection is valid in one request only. */
const cursorParagraph = (context: Word.RequestContext) => context.document.getSelection().paragraphs.getLast();

/** The content control `levels` levels out from the cursor (1: the innermost), reached afresh from the selection. */
function controlAtCursor(context: Word.RequestContext, levels: number): Word.ContentControl {
  let control = cursorParagraph(context).parentContentControlOrNullObject;
  for (let level = 1; level < levels; level++) control = control.parentContentControlOrNullObject;
  return control;
}

/**
 * Where an insert at the cursor goes: after the paragraph holding the cursor — or, when that
 * paragraph is inside a content control or a table, after the outermost of them, on a new
 * empty paragraph: a section inserted inside a table cell, or inside another section's
 * control, would not be a section of the outline. A few small syncs find out the nesting (one
 * per level of content control); the answer is a function that builds the anchor inside the
 * inserting batch, from a fresh selection, since a selection object from an earlier request
 * is no longer valid in Word.
 */
async function anchorAtCursor(context: Word.RequestContext): Promise<() => Word.Range> {
  const last = cursorParagraph(context);
  last.load("tableNestingLevel");
  let probe = controlAtCursor(context, 1);
  probe.load("id");
  await context.sync();
  const nesting = last.tableNestingLevel;
  // how many content controls are around the cursor
  let controls = 0;
  while (!probe.isNullObject && controls < MAX_CONTROL_DEPTH) {
    controls++;
    probe = controlAtCursor(context, controls + 1);
    probe.load("id");
    // one level of nesting per sync, a handful at most
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  // the table to leave: the one around the outermost control, else the one around the cursor
  let tableAroundControl = 0;
  if (controls) {
    const around = controlAtCursor(context, controls).parentTableOrNullObject;
    around.load("nestingLevel");
    await context.sync();
    tableAroundControl = around.isNullObject ? 0 : around.nestingLevel;
  }
  return () => {
    if (controls && tableAroundControl)
      return outermostTable(controlAtCursor(context, controls).parentTable, tableAroundControl)
        .insertParagraph("", "After")
        .getRange("Whole");
    if (controls) return controlAtCursor(context, controls).insertParagraph("", "After").getRange("Whole");
    if (nesting > 0)
      return outermostTable(cursorParagraph(context).parentTable, nesting)
        .insertParagraph("", "After")
        .getRange("Whole");
    return cursorParagraph(context).getRange("Whole");
  };
}

/** The outermost table of a table `nesting` levels deep: its parents, walked up in the same batch. */
function outermostTable(table: Word.Table, nesting: number): Word.Table {
  let t = table;
  for (let level = nesting; level > 1; level--) t = t.parentTable;
  return t;
}

/**
 * Inserts blocks after the cursor's paragraph, never inside a table or a content control: nothing the user wrote is
 * replaced.
 */
async function insertAtCursor(context: Word.RequestContext, blocks: TemplateBlock[]): Promise<void> {
  const anchor = await anchorAtCursor(context);
  anchor().insertOoxml(blocksToFlatOpc(blocks), "After");
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
export async function insertMissingSections(
  context: Word.RequestContext,
  profile: Profile,
  doc: DocModel,
  only?: string[],
): Promise<number> {
  // every missing section (the Insert tab), or those a finding names with their sub-sections (a one-click fix)
  const plan = only
    ? sectionInsertions(doc, profile, only).map((p) => p.insertion)
    : missingSectionsPlan(profile, findOutline(doc, profile).sections);
  if (plan.length === 0) return 0;
  const at = await paragraphsAt(
    context,
    plan.filter((p) => p.before !== undefined).map((p) => p.before!),
  );
  // every anchor reached, or nothing inserted: a section at the wrong place is worse than none
  if (plan.some((p) => p.before !== undefined && !at.has(p.before))) throw notReachable();
  for (const step of plan) {
    const xml = blocksToFlatOpc(step.blocks);
    if (step.before === undefined) context.document.body.insertOoxml(xml, "End");
    else at.get(step.before)!.getRange("Whole").insertOoxml(xml, "Before");
  }
  await context.sync();
  return plan.reduce((n, p) => n + p.blocks.length, 0);
}

/** Writes a sentence with the score and grade at the end of the conclusion section (an explicit action). */
export async function writeScoreSentence(
  context: Word.RequestContext,
  doc: DocModel,
  profile: Profile,
  sentence: string,
): Promise<void> {
  const conclusion = findOutline(doc, profile).sections.find((s) => s.id === profile.scoreSection);
  const end = conclusion?.end;
  const xml = paragraphFlatOpc(sentence);
  if (end === undefined || end >= doc.paragraphs.length) context.document.body.insertOoxml(xml, "End");
  else {
    const anchor = (await paragraphsAt(context, [end])).get(end);
    if (!anchor) throw notReachable();
    anchor.getRange("Whole").insertOoxml(xml, "Before");
  }
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
export async function saveProfileToDocument(
  context: Word.RequestContext,
  profile: Profile,
  useWordApi = supports("WordApi", "1.4"),
): Promise<void> {
  const xml = profileToXml(profile);
  if (useWordApi) {
    const old = context.document.customXmlParts.getByNamespace(PROFILE_NS);
    old.load("items");
    await context.sync();
    // the new part first: Word does not roll a batch back, so a failure after it leaves the
    // new profile stored (beside the old, and the newest is the one read), never none
    context.document.customXmlParts.add(xml);
    for (const part of old.items) part.delete();
    await context.sync();
    return;
  }
  const parts = Office.context.document.customXmlParts;
  const old = await new Promise<Office.CustomXmlPart[]>((resolve, reject) =>
    parts.getByNamespaceAsync(PROFILE_NS, (r) =>
      r.status === Office.AsyncResultStatus.Succeeded ? resolve(r.value) : reject(r.error),
    ),
  );
  await new Promise<void>((resolve, reject) =>
    parts.addAsync(xml, (r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(r.error))),
  );
  for (const part of old) await new Promise<void>((resolve) => part.deleteAsync(() => resolve()));
}

/** The profile stored in the document, if any (validated like any other profile). */
export async function loadProfileFromDocument(
  context: Word.RequestContext,
  useWordApi = supports("WordApi", "1.4"),
): Promise<ProfileResult | undefined> {
  let xml: string | undefined;
  if (useWordApi) {
    const parts = context.document.customXmlParts.getByNamespace(PROFILE_NS);
    parts.load("items");
    await context.sync();
    // the newest part: a save that failed half-way may have left the old one beside it
    const items = parts.items;
    const newest = items[items.length - 1];
    if (!newest) return undefined;
    const result = newest.getXml();
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
      parts[parts.length - 1].getXmlAsync((r) =>
        r.status === Office.AsyncResultStatus.Succeeded ? resolve(r.value) : reject(r.error),
      ),
    );
  }
  return profileFromXml(xml);
}
