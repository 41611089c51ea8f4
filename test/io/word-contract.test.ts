// The Word edge (src/io/word/word.ts) through Word's own JavaScript runtime: the real
// proxies build the real requests, a recorder measures them and a simulated Word answers
// them from real .docx files (test/support/word-runtime.ts). For every fixture: the model
// the add-in reads equals the .docx reader's — paragraphs, tables, findings — except where
// Word itself says something else (listed below with the reason); jumps, comments,
// inserts, the score sentence and the stored profile do what they claim in the document
// Word holds; every request and response is measured. The numbers go to
// test-output/word-contract.json.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { dirname, join } from "path";
import { analyze } from "../../src/core/analyze";
import type { Finding } from "../../src/core/model/finding";
import { rowTexts, type DocModel } from "../../src/core/model/model";
import { findOutline } from "../../src/core/reading/outline";
import { builtInProfile, defaultProfile } from "../../src/core/profile/built-in";
import { readDocx } from "../../src/io/docx";
import { PROFILE_NS } from "../../src/io/ooxml/profile-part";
import { blocksToFlatOpc, paragraphFlatOpc } from "../../src/io/ooxml/write";
import { skeleton } from "../../src/core/writing/template";
import {
  addComments,
  applyFixes,
  COMMENT_PREFIX,
  insertMissingSections,
  insertSkeleton,
  jumpTo,
  loadProfileFromDocument,
  readDocument,
  removeOurComments,
  saveProfileToDocument,
  writeScoreSentence,
} from "../../src/io/word/word";
import { DeletedTextRun, Document, Packer, Paragraph, TextRun } from "docx";
import { docxOfPages } from "../../bench/generate";
import {
  closeWordRuntime,
  measureWordPayloads,
  NAIVE,
  WORD,
  READ_BEHAVIOURS,
  RUNTIME_FILE,
  SimulatedWord,
  spreadFindings,
  summaryOf,
  type PayloadSummary,
  type ReadBehaviour,
  type SyncRecord,
  type WordBehaviour,
} from "../support/word-runtime";
import { seedReport } from "../support/report-spec";
import { sharedPath } from "../support/shared";
import { writeDocx } from "../support/write-docx";

const profile = defaultProfile();
const ROOT = join(__dirname, "..", "..");
const OUT = join(ROOT, "test-output", "word-contract.json");
const WORD_AUTHORED = sharedPath("fixtures/word-authored", "the Word contract on files written by Word and WPS");
const LIBREOFFICE = join(ROOT, "test", "fixtures", "libreoffice");

type Identity = WordBehaviour["itemIdentity"];
const IDENTITIES: Identity[] = ["none", "index", "id"];

// ---------------------------------------------------------------------------------------
// What is known to differ, and why

type Cause = ReadBehaviour | "add-in-model";

/** Why each cause makes the add-in's model differ from the reader's. */
const CAUSES: Record<Cause, string> = {
  cellIndexInRow:
    "merged cells: Word's parentTableCell.cellIndex is the cell's index in its row, so in Word's layout every cell after a horizontal merge (gridSpan) or a w:gridBefore moves left (issue 13, item 6). The add-in lays such tables out again from their OOXML, reaching each through the body's table collection loaded whole (an item's place there is right under every answer about items), so this cause shows only if that fails",
  deletionsInText:
    'tracked changes: Word\'s Paragraph.text includes tracked deletions, the .docx reader drops them (issue 13, item 6); with WordApi 1.6 the add-in reads getReviewedText("Current") instead, so this cause shows only without it',
  lineBreakAsVerticalTab:
    "line breaks: Word's Paragraph.text has U+000B for a manual line break where the reader has \\n (assumed from Word's own line-break character)",
  tocByStyleOnly:
    "TOC: the reader marks every paragraph of a TOC field or TOC content control; Word's styleBuiltIn only says Toc1…9 for the TOC styles, so TOC entries in other styles count as body text for the add-in",
  effectiveOutlineLevel:
    "outline levels: Word's outlineLevel is the paragraph's own w:outlineLvl when it has one, over its style's; the outline takes the paragraph's own level first, as Word does, so the two agree; this cause shows only if that order is lost",
  "add-in-model": "the add-in's model differs from the reader's even where Word says what the reader says",
};

/**
 * Fixtures whose add-in model differs from the reader's, with the causes this test's own
 * attribution finds (checked every run: a cause that goes away, or a new one, fails).
 */
// none since merged tables are reached through the body's table collection and outline levels are taken as Word has
// them
const KNOWN: Record<string, { causes: Cause[]; note?: string }> = {};

/**
 * Where the current add-in is known to be wrong under one of the undocumented answers about
 * collection items (see WordBehaviour.itemIdentity): the action is still run and recorded
 * under it, but only asserted under the others; a dedicated test.failing keeps it visible.
 */
const IDENTITY_GAPS: Partial<Record<Identity, string>> = {
  none: "word.ts reaches paragraph N through the items of a `skip: N` window and uses them in a later sync (jumps, comments, insert anchors, the score sentence, the reviewed text of tracked changes after the first window; tables are reached through the body's table collection loaded whole, which this does not touch); the runtime addresses such an item as GetItemAt(k) — its place in the answer — unless Word sends `_Index` or an id with it, and Word resolves GetItemAt(k) in the whole collection: paragraph k. Under this answer the add-in reads each item back through its own path and refuses what does not come back as the window showed it: a jump says the document changed, a comment is skipped, an insert is refused with ItemNotFound, reviewed texts are not used — never an action on the wrong paragraph",
};

/**
 * Runs an action that may be refused with ItemNotFound (a paragraph it could not reach again): the refusal, or
 * undefined.
 */
async function refusal(run: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await run();
    return undefined;
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code !== "ItemNotFound") throw e;
    return code;
  }
}

// ---------------------------------------------------------------------------------------
// Comparing the add-in's model with the reader's

interface Difference {
  kind: "paragraph-count" | "paragraph-text" | "table-count" | "table" | "finding-only-reader" | "finding-only-add-in";
  detail: string;
}

const findingKey = (f: Finding) => `${f.rule}@${JSON.stringify(f.location)}:${f.message["zh-CN"]}`;
/** Two texts around where they first differ. */
function showPair(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const cut = (s: string) =>
    `${i > 20 ? "…" : ""}${s.slice(Math.max(0, i - 20), i + 40)}${s.length > i + 40 ? "…" : ""}`;
  return `add-in ${JSON.stringify(cut(a))}, reader ${JSON.stringify(cut(b))}`;
}

function differences(addin: DocModel, reader: DocModel): Difference[] {
  const out: Difference[] = [];
  if (addin.paragraphs.length !== reader.paragraphs.length)
    out.push({
      kind: "paragraph-count",
      detail: `add-in ${addin.paragraphs.length}, reader ${reader.paragraphs.length}`,
    });
  const n = Math.min(addin.paragraphs.length, reader.paragraphs.length);
  for (let i = 0; i < n; i++)
    if (addin.paragraphs[i].text !== reader.paragraphs[i].text)
      out.push({
        kind: "paragraph-text",
        detail: `¶${i}: ${showPair(addin.paragraphs[i].text, reader.paragraphs[i].text)}`,
      });
  if (addin.tables.length !== reader.tables.length)
    out.push({ kind: "table-count", detail: `add-in ${addin.tables.length}, reader ${reader.tables.length}` });
  for (let t = 0; t < Math.min(addin.tables.length, reader.tables.length); t++) {
    const a = addin.tables[t].rows.map((r) => r.map((c) => c.text));
    const b = reader.tables[t].rows.map((_, r) => rowTexts(reader.tables[t], r));
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    const row = a.findIndex((r, i) => JSON.stringify(r) !== JSON.stringify(b[i]));
    const at = row < 0 ? b.length : row;
    out.push({
      kind: "table",
      detail: `table ${t} (${b.length}×${b[0]?.length ?? 0} in the reader, ${a.length}×${a[0]?.length ?? 0} in the add-in), row ${at}: add-in ${JSON.stringify(a[at] ?? null)}, reader ${JSON.stringify(b[at] ?? null)}`,
    });
  }
  const fa = analyze(addin, profile).findings.map(findingKey);
  const fb = analyze(reader, profile).findings.map(findingKey);
  const minus = (x: string[], y: string[]) => {
    const left = [...y];
    return x.filter((k) => {
      const i = left.indexOf(k);
      if (i < 0) return true;
      left.splice(i, 1);
      return false;
    });
  };
  for (const k of minus(fb, fa)) out.push({ kind: "finding-only-reader", detail: k });
  for (const k of minus(fa, fb)) out.push({ kind: "finding-only-add-in", detail: k });
  return out;
}

/**
 * Word on the web implements WordApi 1.6: the add-in takes the reviewed text of paragraphs with tracked changes there.
 */
const read = (context: Word.RequestContext) => readDocument(context, true);

async function readThrough(word: SimulatedWord): Promise<DocModel> {
  return read(word.context());
}

/**
 * Names the causes of the differences: a Word that says what the reader says (NAIVE) shows
 * what the add-in's model itself changes; each Word behaviour, turned on alone, is a cause
 * when it changes the differences.
 */
async function causesOf(bytes: Uint8Array, reader: DocModel, itemIdentity: Identity): Promise<Cause[]> {
  const keys = async (behaviour: WordBehaviour) =>
    JSON.stringify(
      differences(
        await readThrough(SimulatedWord.fromDocx(bytes, { behaviour: { ...behaviour, itemIdentity } })),
        reader,
      )
        .map((d) => `${d.kind}:${d.detail}`)
        .sort(),
    );
  const naive = await keys(NAIVE);
  const out: Cause[] = naive !== "[]" ? ["add-in-model"] : [];
  for (const b of READ_BEHAVIOURS) if ((await keys({ ...NAIVE, [b]: true })) !== naive) out.push(b);
  return out;
}

// ---------------------------------------------------------------------------------------
// Measuring

type Measured = Omit<PayloadSummary, never> & { records: SyncRecord[] };

async function measured<T>(
  word: SimulatedWord,
  run: (context: Word.RequestContext) => Promise<T>,
): Promise<{ value: T; m: Measured }> {
  const mark = word.recorder.mark();
  const value = await run(word.context());
  return { value, m: word.recorder.since(mark) };
}

/**
 * Every sync that sent something was answered, and both sides were measured; no Word error, unless the add-in is known
 * to go wrong under this answer about items.
 */
function expectMeasured(m: Measured, identity: Identity = WORD.itemIdentity): void {
  expect(m.syncs).toBeGreaterThanOrEqual(m.roundTrips);
  expect(m.records).toHaveLength(m.roundTrips);
  for (const r of m.records) {
    expect(r.requestBytes).toBeGreaterThan(0);
    expect(r.responseBytes).toBeGreaterThan(0);
    if (!IDENTITY_GAPS[identity]) expect(r.error).toBeUndefined();
  }
}

const summary = (m: Measured) => summaryOf(m);

// ---------------------------------------------------------------------------------------
// The fixtures

interface Fixture {
  name: string;
  /** A report (the seed's outline): inserting the missing sections must leave none missing. */
  report: boolean;
  bytes(): Promise<Uint8Array>;
}

const fromFile = (path: string) => async () => new Uint8Array(readFileSync(path));

const FIXTURES: Fixture[] = [
  ...readdirSync(LIBREOFFICE)
    .filter((f) => f.endsWith(".docx"))
    .sort()
    .map((f) => ({ name: `libreoffice/${f}`, report: true, bytes: fromFile(join(LIBREOFFICE, f)) })),
  { name: "examples/sample-report.docx", report: true, bytes: fromFile(join(ROOT, "examples", "sample-report.docx")) },
  { name: "docx-library/seed-outline.docx", report: true, bytes: () => writeDocx(seedReport(), "outline") },
  { name: "docx-library/seed-list.docx", report: true, bytes: () => writeDocx(seedReport(), "list") },
  // the benchmark's report: the seed and a composite form with horizontal and vertical merges
  { name: "docx-library/report-2-pages-merged.docx", report: true, bytes: () => docxOfPages(2) },
  ...(WORD_AUTHORED
    ? readdirSync(WORD_AUTHORED)
        .filter((f) => f.endsWith(".docx"))
        .sort()
        .map((f) => ({ name: `word-authored/${f}`, report: false, bytes: fromFile(join(WORD_AUTHORED!, f)) }))
    : []),
];

const results: Record<string, Record<string, unknown>> = {};
const payloads: unknown[] = [];
const batches: Record<string, unknown> = {};

afterAll(() => {
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(
    OUT,
    JSON.stringify(
      { runtime: RUNTIME_FILE, causes: CAUSES, identityGaps: IDENTITY_GAPS, fixtures: results, payloads, batches },
      null,
      2,
    ),
  );
  closeWordRuntime();
});

/** Up to 12 of the report's findings that point at a paragraph, completed with findings spread over the document. */
function twelveFindings(reader: DocModel): Finding[] {
  const real = analyze(reader, profile).findings.filter((f) => f.location.paragraph !== undefined);
  return [...real, ...spreadFindings(reader.paragraphs.length, 12)].slice(0, 12);
}

for (const fixture of FIXTURES) {
  describe(fixture.name, () => {
    let bytes: Uint8Array;
    let reader: DocModel;
    let record: Record<string, unknown>;
    beforeAll(async () => {
      bytes = await fixture.bytes();
      reader = readDocx(bytes);
      record = results[fixture.name] = { paragraphs: reader.paragraphs.length, tables: reader.tables.length };
    });

    const known = KNOWN[fixture.name]?.causes ?? [];
    (known.length ? test.failing : test)(
      "read: the add-in's model is the reader's — same paragraphs, same tables, same findings",
      async () => {
        const word = SimulatedWord.fromDocx(bytes);
        const { value: doc, m } = await measured(word, read);
        expectMeasured(m);
        record.read = summary(m);
        expect(differences(doc, reader)).toEqual([]);
      },
    );

    test(`read: every difference has a known cause${known.length ? ` (${known.join(", ")})` : ""}, whatever Word sends with items`, async () => {
      const outcome: Record<string, unknown> = {};
      for (const itemIdentity of IDENTITIES) {
        const diffs = differences(
          await readThrough(SimulatedWord.fromDocx(bytes, { behaviour: { itemIdentity } })),
          reader,
        );
        const causes = diffs.length ? await causesOf(bytes, reader, itemIdentity) : [];
        outcome[itemIdentity] = {
          count: diffs.length,
          byKind: countBy(diffs.map((d) => d.kind)),
          causes,
          first: diffs.slice(0, 12),
        };
        // the assumed answer gives exactly the known causes; the others no cause beyond them
        if (itemIdentity === WORD.itemIdentity) expect(causes).toEqual(known);
        else expect(causes.filter((c) => !known.includes(c))).toEqual([]);
        // a difference with no cause found would be a bug of the simulation or of the add-in
        if (diffs.length) expect(causes.length).toBeGreaterThan(0);
      }
      record.differences = outcome;
      record.causes = known.map((c) => ({ cause: c, why: CAUSES[c] }));
      if (KNOWN[fixture.name]?.note) record.note = KNOWN[fixture.name].note;
    });

    test("jump to the first and to the last paragraph", async () => {
      const last = reader.paragraphs.length - 1;
      const outcome: Record<string, unknown> = {};
      for (const itemIdentity of IDENTITIES) {
        const word = SimulatedWord.fromDocx(bytes, { behaviour: { itemIdentity } });
        const first = await measured(word, (c) => jumpTo(c, { paragraph: 0 }, word.paragraphs[0].text));
        const firstAt = word.selectedIndex();
        const end = await measured(word, (c) => jumpTo(c, { paragraph: last }, word.paragraphs[last].text));
        const lastAt = word.selectedIndex();
        expectMeasured(first.m, itemIdentity);
        expectMeasured(end.m, itemIdentity);
        outcome[itemIdentity] = {
          first: { selected: firstAt, said: first.value, ...summary(first.m) },
          last: { selected: lastAt, said: end.value, ...summary(end.m) },
        };
        // never a jump that says it landed and did not
        if (first.value === "landed" || first.value === "moved") expect(firstAt).toBe(0);
        if (end.value === "landed" || end.value === "moved") expect(lastAt).toBe(last);
        if (IDENTITY_GAPS[itemIdentity]) continue;
        expect([firstAt, lastAt]).toEqual([0, last]);
      }
      record.jump = outcome;
    });

    test("12 comments, each on its finding's paragraph; removing ours leaves the others", async () => {
      const findings = twelveFindings(reader);
      const outcome: Record<string, unknown> = {};
      for (const itemIdentity of IDENTITIES) {
        const word = SimulatedWord.fromDocx(bytes, { behaviour: { itemIdentity } });
        const theirs = word.comments.length;
        const add = await measured(word, (c) => addComments(c, findings, "zh-CN"));
        expectMeasured(add.m, itemIdentity);
        const ours = word.comments.slice(theirs);
        const landed = ours.map((c) => word.indexOf(c.paragraphs[0]));
        const wanted = findings.map((f) => f.location.paragraph!);
        const removed = await measured(word, removeOurComments);
        expectMeasured(removed.m, itemIdentity);
        outcome[itemIdentity] = { landed, wanted, comments: summary(add.m), remove: summary(removed.m) };
        expect(ours.every((c) => c.content.startsWith(COMMENT_PREFIX))).toBe(true);
        // one sync to read the comments, one to delete ours
        expect([removed.value, removed.m.syncs, word.comments.length]).toEqual([
          ours.length,
          ours.length ? 2 : 1,
          theirs,
        ]);
        // a comment is on its finding's paragraph or not added at all
        expect(landed.every((at) => wanted.includes(at))).toBe(true);
        if (IDENTITY_GAPS[itemIdentity]) continue;
        expect(landed).toEqual(wanted);
      }
      record.comments = outcome;
    });

    test("the skeleton goes after the cursor (the document's start, where Word opens it), never inside a table or content control that was there; the user's paragraphs stay", async () => {
      const word = SimulatedWord.fromDocx(bytes);
      const cursor = word.paragraphs[0];
      const before = new Map(word.paragraphs.map((p) => [p.id, p.text]));
      const oldTables = new Set(word.tables.keys());
      const oldControls = new Set(word.contentControls.map((c) => c.id));
      const { m } = await measured(word, (c) => insertSkeleton(c, profile));
      expectMeasured(m);
      const skeletonParagraphs = (blocksToFlatOpc(skeleton(profile)).match(/<w:p>/g) ?? []).length;
      const added = word.paragraphs.filter((p) => !before.has(p.id));
      const intoOld = added.filter(
        (p) => p.tables.some((t) => oldTables.has(t)) || p.controls.some((k) => oldControls.has(k)),
      );
      record.insertSkeleton = {
        ...summary(m),
        skeletonParagraphs,
        added: added.length,
        cursorIn: { tables: cursor.tables.length, controls: cursor.controls.length },
        insertedIntoExistingContainers: intoOld.length,
        at: added.length ? word.indexOf(added[0].id) : null,
      };
      expect(word.paragraphs.filter((p) => before.has(p.id)).map((p) => p.text)).toEqual([...before.values()]);
      // the skeleton, and at most one empty paragraph to stand on after a table or control
      expect(added.length - skeletonParagraphs).toBeGreaterThanOrEqual(0);
      expect(added.length - skeletonParagraphs).toBeLessThanOrEqual(1);
      expect(intoOld).toEqual([]);
      if (!cursor.tables.length && !cursor.controls.length) expect(word.indexOf(added[0].id)).toBe(1);
    });

    test("the missing sections, each at its place; the user's paragraphs stay, in order", async () => {
      const missingBefore = analyze(reader, profile).sections.filter((s) => s.status === "missing").length;
      const outcome: Record<string, unknown> = { missingBefore };
      for (const itemIdentity of IDENTITIES) {
        const word = SimulatedWord.fromDocx(bytes, { behaviour: { itemIdentity } });
        const before = word.texts();
        let n = 0;
        const { value: refused, m } = await measured(word, (c) =>
          refusal(async () => (n = await insertMissingSections(c, profile, reader))),
        );
        expectMeasured(m, itemIdentity);
        const after = word.texts();
        if (refused) {
          // refused before anything was inserted: an anchor could not be reached again
          expect([IDENTITY_GAPS[itemIdentity] !== undefined, after]).toEqual([true, before]);
          outcome[itemIdentity] = { refused, ...summary(m) };
          continue;
        }
        const kept = after.filter((t) => before.includes(t));
        const report = analyze(await readThrough(word), profile);
        const missingAfter = report.sections.filter((s) => s.status === "missing").map((s) => s.id);
        const order = report.findings.filter((f) => f.rule === "section-order").length;
        outcome[itemIdentity] = { inserted: n, missingAfter, sectionOrderFindings: order, ...summary(m) };
        expect(n > 0).toBe(missingBefore > 0);
        expect(after.length).toBeGreaterThanOrEqual(before.length);
        if (IDENTITY_GAPS[itemIdentity]) continue;
        // the user's text, in its order (an inserted heading may repeat a text already there)
        expect(subsequence(before, kept)).toBe(true);
        if (fixture.report) expect([missingAfter, order]).toEqual([[], 0]);
      }
      record.insertMissing = outcome;
    });

    test("the score sentence goes at the end of the conclusion section", async () => {
      const sentence = "综上，自评得分 87 分，评价等级为“良”。";
      const end = findOutline(reader, profile).sections.find((s) => s.id === profile.scoreSection)?.end;
      const outcome: Record<string, unknown> = { conclusionEnd: end ?? null };
      for (const itemIdentity of IDENTITIES) {
        const word = SimulatedWord.fromDocx(bytes, { behaviour: { itemIdentity } });
        const { value: refused, m } = await measured(word, (c) =>
          refusal(() => writeScoreSentence(c, reader, profile, sentence)),
        );
        expectMeasured(m, itemIdentity);
        const at = word.texts().indexOf(sentence);
        const wanted = end === undefined || end >= reader.paragraphs.length ? reader.paragraphs.length : end;
        outcome[itemIdentity] = { at, wanted, refused: refused ?? null, ...summary(m) };
        // refused (nothing written), or written where it belongs
        if (refused) {
          expect([IDENTITY_GAPS[itemIdentity] !== undefined, at]).toEqual([true, -1]);
          continue;
        }
        expect(at).toBe(wanted);
      }
      record.scoreSentence = outcome;
    });

    test("the team profile is stored as a custom XML part (WordApi 1.4), replaced, and read back; other parts stay", async () => {
      const word = SimulatedWord.fromDocx(bytes);
      const others = word.customXmlParts.filter((p) => p.namespaceUri !== PROFILE_NS).map((p) => p.id);
      const first = await measured(word, (c) => saveProfileToDocument(c, defaultProfile(), true));
      const second = await measured(word, (c) => saveProfileToDocument(c, builtInProfile("dept-overall-hebei")!, true));
      const load = await measured(word, (c) => loadProfileFromDocument(c, true));
      for (const { m } of [first, second, load]) expectMeasured(m);
      expect(word.customXmlParts.filter((p) => p.namespaceUri === PROFILE_NS)).toHaveLength(1);
      expect(word.customXmlParts.filter((p) => p.namespaceUri !== PROFILE_NS).map((p) => p.id)).toEqual(others);
      expect(load.value).toMatchObject({ ok: true, profile: { id: "dept-overall-hebei" } });
      // a sync to find the old part, one to replace it; a sync to find it, one to read it
      expect([first.m.syncs, second.m.syncs, load.m.syncs]).toEqual([2, 2, 2]);
      record.profile = { save: summary(second.m), load: summary(load.m), otherParts: others.length };
    });
  });
}

function subsequence(of: string[], within: string[]): boolean {
  let k = 0;
  for (const t of within) if (t === of[k]) k++;
  return k === of.length;
}

function countBy(xs: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[x] = (out[x] ?? 0) + 1;
  return out;
}

// ---------------------------------------------------------------------------------------
// Tracked changes: Word's text has the deletions; with WordApi 1.6 the add-in reads the reviewed text

describe("tracked changes", () => {
  const tracked = FIXTURES.filter((f) => /tracked-changes/.test(f.name));
  for (const fixture of tracked) {
    test(`${fixture.name}: without WordApi 1.6 the add-in reads Word's text, deletions included — the reader's differs (a known difference)`, async () => {
      const bytes = await fixture.bytes();
      const reader = readDocx(bytes);
      const withDeletions = await readDocument(SimulatedWord.fromDocx(bytes).context(), false);
      const without = await readDocument(
        SimulatedWord.fromDocx(bytes, { behaviour: { deletionsInText: false } }).context(),
        false,
      );
      const diffs = differences(withDeletions, reader);
      batches[`pre-1.6:${fixture.name}`] = { differences: diffs.length, first: diffs.slice(0, 4) };
      expect(diffs.filter((d) => d.kind === "paragraph-text").length).toBeGreaterThan(0);
      expect(differences(without, reader)).toEqual([]);
    });
  }

  // a deletion past the first window: the reviewed texts are asked of the window's items in the next sync
  let bytes: Uint8Array;
  beforeAll(async () => {
    const children = Array.from({ length: 400 }, (_, i) =>
      i === 300
        ? new Paragraph({
            children: [
              new TextRun("全年完成检查 12 次"),
              new DeletedTextRun({ text: "，另有 3 次未完成", id: 1, author: "审阅人", date: "2024-03-01T00:00:00Z" }),
              new TextRun("。"),
            ],
          })
        : new Paragraph(`第 ${i} 段正文，全年开展专项工作 ${i % 17} 次。`),
    );
    bytes = await Packer.toBuffer(new Document({ sections: [{ children }] }));
  });
  for (const itemIdentity of IDENTITIES) {
    test(`a deletion at paragraph 300 of 400, items carrying ${itemIdentity}: every paragraph's text is its reviewed text${IDENTITY_GAPS[itemIdentity] ? ", or Word's own — never another paragraph's" : ""}`, async () => {
      const reader = readDocx(bytes);
      const doc = await read(SimulatedWord.fromDocx(bytes, { behaviour: { itemIdentity } }).context());
      expect(reader.paragraphs[300].text).toBe("全年完成检查 12 次。");
      if (!IDENTITY_GAPS[itemIdentity]) {
        expect(doc.paragraphs.map((p) => p.text)).toEqual(reader.paragraphs.map((p) => p.text));
        return;
      }
      const words = await readDocument(SimulatedWord.fromDocx(bytes, { behaviour: { itemIdentity } }).context(), false);
      doc.paragraphs.forEach((p, i) =>
        expect([i, [reader.paragraphs[i].text, words.paragraphs[i].text]]).toEqual([
          i,
          expect.arrayContaining([p.text]),
        ]),
      );
    });
  }
});

// ---------------------------------------------------------------------------------------
// Batches that fail half-way: what Word does

describe("a batch that fails half-way (Word does not roll back)", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = new Uint8Array(readFileSync(join(ROOT, "examples", "sample-report.docx")));
  });

  test("an insert, then an action on a paragraph past the end: the sync fails with ItemNotFound, and the insert stays", async () => {
    const word = SimulatedWord.fromDocx(bytes);
    const before = word.texts();
    const context = word.context();
    context.document.body.insertOoxml(paragraphFlatOpc("批处理中先插入的一段。"), "End");
    context.document.body.paragraphs.getLast().getNext().select("Select");
    const error = await context.sync().then(
      () => undefined,
      (e: { code?: string; debugInfo?: { errorLocation?: string } }) => e,
    );
    expect(error).toMatchObject({ code: "ItemNotFound", debugInfo: { errorLocation: "Paragraph.getNext" } });
    const sent = word.recorder.records.at(-1)!;
    expect(sent.error).toBe("ItemNotFound");
    expect(word.texts()).toEqual([...before, "批处理中先插入的一段。"]);
    // and the add-in reads it back like any paragraph
    const doc = await read(word.context());
    expect(doc.paragraphs.at(-1)!.text).toBe("批处理中先插入的一段。");
    batches.insertThenMissingParagraph = { error, record: sent, paragraphs: [before.length, word.paragraphs.length] };
  });

  test("replacing a part as delete-then-add: when the add fails, the delete stays — the document has no profile at all", async () => {
    const word = SimulatedWord.fromDocx(bytes);
    await saveProfileToDocument(word.context(), defaultProfile(), true);
    const context = word.context();
    const old = context.document.customXmlParts.getByNamespace(PROFILE_NS);
    old.load("items");
    await context.sync();
    for (const part of old.items) part.delete();
    context.document.customXmlParts.add("not xml");
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(word.customXmlParts.filter((p) => p.namespaceUri === PROFILE_NS)).toHaveLength(0);
    expect(await loadProfileFromDocument(word.context(), true)).toBeUndefined();
    batches.deleteThenFailingAdd = { partsLeft: word.customXmlParts.length };
  });

  test("the error names the failing action's place in the batch; the earlier actions' results are answered with it", () => {
    const word = SimulatedWord.fromDocx(bytes);
    const response = word.execute({
      Actions: [
        { Id: 1, ActionType: 1, Name: "", ObjectPathId: 1 },
        { Id: 2, ActionType: 2, Name: "", ObjectPathId: 3, QueryInfo: { Select: ["text"], Top: 1 } },
        { Id: 3, ActionType: 1, Name: "", ObjectPathId: 4 },
        { Id: 4, ActionType: 3, Name: "Select", ObjectPathId: 4, ArgumentInfo: { Arguments: ["Select"] } },
      ],
      ObjectPaths: {
        "1": { Id: 1, ObjectPathType: 1, Name: "" },
        "2": { Id: 2, ObjectPathType: 4, Name: "Body", ParentObjectPathId: 1 },
        "3": { Id: 3, ObjectPathType: 4, Name: "Paragraphs", ParentObjectPathId: 2 },
        "4": {
          Id: 4,
          ObjectPathType: 3,
          Name: "GetItemAt",
          ParentObjectPathId: 3,
          ArgumentInfo: { Arguments: [100000] },
        },
      },
    });
    expect(response.Results).toEqual([{ ActionId: 2, Value: { _Items: [{ Text: word.paragraphs[0].text }] } }]);
    expect(response.Error).toMatchObject({ Code: "ItemNotFound", ActionIndex: 2 });
  });
});

// ---------------------------------------------------------------------------------------
// Inserts at the cursor, where the cursor is inside a table or a content control

describe("inserting at the cursor when the cursor is in a table cell or in one of our sections", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = new Uint8Array(readFileSync(join(ROOT, "examples", "sample-report.docx")));
  });

  test("cursor in a table cell: the skeleton goes after the table, not into the cell", async () => {
    const word = SimulatedWord.fromDocx(bytes);
    const cell = word.paragraphs.findIndex((p) => p.tableNestingLevel > 0);
    word.setCursor(cell);
    const before = word.paragraphs.map((p) => p.id);
    await insertSkeleton(word.context(), profile);
    const added = word.paragraphs.filter((p) => !before.includes(p.id));
    const skeletonHeadings = added.filter((p) => /^[一二三四五六]、/.test(p.text));
    batches.cursorInCell = {
      cursor: cell,
      added: added.length,
      inTable: added.filter((p) => p.tableNestingLevel > 0).length,
    };
    expect(skeletonHeadings.length).toBe(6);
    expect(skeletonHeadings.every((p) => p.tableNestingLevel === 0)).toBe(true);
  });

  test("cursor in a section we inserted: a section inserted again goes after that section's content control, not inside it", async () => {
    const word = SimulatedWord.fromDocx(bytes);
    await insertSkeleton(word.context(), profile);
    const section = word.contentControls.find((c) => c.tag === "report-assistant:section:conclusion")!;
    const inside = word.paragraphs.findIndex((p) => p.controls.includes(section.id));
    word.setCursor(inside);
    const before = word.paragraphs.map((p) => p.id);
    await insertSkeleton(word.context(), profile);
    const added = word.paragraphs.filter((p) => !before.includes(p.id));
    batches.cursorInSection = {
      cursor: inside,
      added: added.length,
      insideTheSection: added.filter((p) => p.controls.includes(section.id)).length,
    };
    expect(added.length).toBeGreaterThan(0);
    expect(added.filter((p) => p.controls.includes(section.id))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------
// Undocumented: what Word sends with collection items, and whether the add-in depends on it

describe("what Word sends with the items of a loaded collection (undocumented): jumps and comments must land under every answer", () => {
  let bytes: Uint8Array;
  let reader: DocModel;
  beforeAll(async () => {
    bytes = new Uint8Array(readFileSync(join(ROOT, "examples", "sample-report.docx")));
    reader = readDocx(bytes);
  });

  for (const itemIdentity of IDENTITIES) {
    const gap = IDENTITY_GAPS[itemIdentity];
    test(`items carry ${itemIdentity === "none" ? "nothing" : itemIdentity === "index" ? "_Index" : "_Id"}: ${gap ? "nothing lands on the wrong paragraph — the jump says it cannot reach the paragraph, the comments are skipped" : "the last paragraph is selected, comments land"}`, async () => {
      const word = SimulatedWord.fromDocx(bytes, { behaviour: { itemIdentity } });
      const last = reader.paragraphs.length - 1;
      const said = await jumpTo(word.context(), { paragraph: last }, reader.paragraphs[last].text);
      const selected = word.selectedIndex();
      const findings = twelveFindings(reader);
      const added = await addComments(word.context(), findings, "zh-CN", reader);
      const landed = word.comments.map((c) => word.indexOf(c.paragraphs[0]));
      if (gap) {
        // found out by the probe: Word would take the item for one of the first paragraphs
        expect(said).toBe("unreachable");
        expect(added).toEqual({ added: 0, skipped: 12 });
        expect(landed).toEqual([]);
        return;
      }
      expect({ said, selected, added, comments: landed }).toEqual({
        said: "landed",
        selected: last,
        added: { added: 12, skipped: 0 },
        comments: findings.map((f) => f.location.paragraph),
      });
    });
  }
});

describe("one-click fixes through Word's search and Range.insertText", () => {
  let bytes: Uint8Array;
  let reader: DocModel;
  beforeAll(() => {
    bytes = new Uint8Array(readFileSync(join(ROOT, "examples", "sample-report.docx")));
    reader = readDocx(bytes);
  });

  for (const itemIdentity of IDENTITIES) {
    test(`items carry ${itemIdentity}: the grade is replaced in place, or nothing is changed`, async () => {
      const word = SimulatedWord.fromDocx(bytes, { behaviour: { itemIdentity } });
      const grade = analyze(reader, defaultProfile()).findings.find((f) => f.rule === "grade-band");
      expect(grade?.edit).toBeDefined();
      const before = word.paragraphs.map((p) => p.text);
      const { value: outcome, m } = await measured(word, (c) => applyFixes(c, [grade!.edit!], reader));
      expect(m.maxRequestBytes).toBeLessThan(64 * 1024);
      expect(m.maxResponseBytes).toBeLessThan(64 * 1024);
      const after = word.paragraphs.map((p) => p.text);
      if (IDENTITY_GAPS[itemIdentity] && grade!.edit!.paragraph > 0) {
        // Word would take the item for one of the first paragraphs: nothing is replaced anywhere
        expect(outcome.applied).toEqual([]);
        expect(after).toEqual(before);
        return;
      }
      expect(outcome).toEqual({ applied: [grade!.edit], skipped: [] });
      const e = grade!.edit!;
      expect(after[e.paragraph]).toBe(
        before[e.paragraph].slice(0, e.start) + e.replace + before[e.paragraph].slice(e.end),
      );
      after.forEach((t, i) => i !== e.paragraph && expect(t).toBe(before[i]));
      // read back through the runtime: the grade finding is gone
      const doc = await readThrough(word);
      expect(analyze(doc, defaultProfile()).findings.filter((f) => f.rule === "grade-band")).toEqual([]);
    });
  }

  test("a paragraph that reads otherwise now is left alone", async () => {
    const word = SimulatedWord.fromDocx(bytes, { behaviour: { itemIdentity: "id" } });
    const grade = analyze(reader, defaultProfile()).findings.find((f) => f.rule === "grade-band")!;
    word.paragraphs[word.paragraphs.findIndex((_, i) => i === grade.edit!.paragraph)].text += "（已修改）";
    const outcome = await applyFixes(word.context(), [grade.edit!], reader);
    expect(outcome).toEqual({ applied: [], skipped: [grade.edit] });
  });
});

// ---------------------------------------------------------------------------------------
// Payloads at 10, 100 and 1000 pages (the same rows npm run word-payload prints)

describe("payloads of each action at 10, 100 and 1000 pages: none above 1 MiB", () => {
  for (const pages of [10, 100, 1000]) {
    test(`${pages} pages`, async () => {
      // under the answer where every action does its whole work (items carry an id)
      const rows = await measureWordPayloads(pages, { itemIdentity: "id" });
      payloads.push(...rows);
      expect(rows.map((r) => r.action)).toEqual([
        "read",
        "jump-first",
        "jump-last",
        "comments",
        "insert-skeleton",
        "insert-missing",
      ]);
      for (const r of rows) {
        expect(r.syncs).toBeGreaterThanOrEqual(1);
        expect(r.maxRequestBytes).toBeGreaterThan(0);
        expect(r.maxResponseBytes).toBeGreaterThan(0);
      }
      // every action did what it should
      expect(rows.filter((r) => r.problem).map((r) => `${r.action}: ${r.problem}`)).toEqual([]);
      // and no request or answer above 1 MiB, none growing with the paragraph index
      for (const r of rows)
        expect([r.action, r.maxRequestBytes < 2 ** 20, r.maxResponseBytes < 2 ** 20]).toEqual([r.action, true, true]);
    });
  }
});
