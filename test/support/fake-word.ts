/* eslint-disable @typescript-eslint/no-this-alias -- proxies reach the fake document through a named `word` */
// A small fake of the Word object model: enough of it for src/io/word, faithful where
// it matters — proxies queue their actions, context.sync() runs them in order and fills
// what was loaded (reading a property that was not loaded and synced throws), a collection
// answers the window it was asked for (`top` / `skip`), its items are addressed by id as
// Word's are (so they stay the same paragraphs when others are inserted), syncs and loads
// are counted, and — as in Word, which does not roll a batch back — a failing action leaves
// the actions before it applied. A sync can also be made to fail before anything runs.
import { flatOpcPart, readFlatOpc } from "../../src/io/word/flat-opc";
import type { DocModel } from "../../src/core/model/model";

export interface FakeParagraph {
  id: number;
  text: string;
  style: string;
  styleBuiltIn: string;
  outlineLevel: number;
  listString?: string;
  listLevel?: number;
  tableNestingLevel: number;
  rowIndex?: number;
  cellIndex?: number;
  /** With tracked deletions: the text without them (Word's `text` includes deleted words; set by a test). */
  reviewedText?: string;
  /** Tags of the content controls the paragraph sits in, outermost first (set by a test). */
  controls?: string[];
}

interface FakeComment {
  paragraph: number;
  content: string;
}

let nextId = 1;

/**
 * Word's cellIndex: the cell's index within its row, counting the cells the row really has
 * (a vertically merged continuation is a cell; the slots a horizontal span covers and a
 * row's gridBefore are not) — not the grid column the .docx reader gives.
 */
function cellIndexInRow(doc: DocModel, cell: { table: number; row: number; column: number }): number {
  const row = doc.tables[cell.table].rows[cell.row];
  let index = 0;
  for (let c = 0; c < cell.column; c++) if (row[c]?.paragraph !== undefined) index++;
  return index;
}

export function paragraphsFromModel(doc: DocModel): FakeParagraph[] {
  return doc.paragraphs.map((p) => ({
    id: nextId++,
    text: p.text,
    style: p.styleName ?? (p.headingLevel ? `heading ${p.headingLevel}` : "Normal"),
    styleBuiltIn: p.headingLevel ? `Heading${p.headingLevel}` : p.toc ? "Toc1" : "Normal",
    outlineLevel: p.outlineLevel ?? (p.headingLevel && p.headingLevel <= 9 ? p.headingLevel : 10),
    ...(p.list ? { listString: p.list.label, listLevel: p.list.level } : {}),
    tableNestingLevel: p.cell ? doc.tables[p.cell.table].nesting + 1 : 0,
    ...(p.cell ? { rowIndex: p.cell.row, cellIndex: cellIndexInRow(doc, p.cell) } : {}),
  }));
}

/** What Word would make of an insertOoxml package: its paragraphs, read by our own reader. */
function paragraphsFromFlatOpc(flatOpc: string): { paragraphs: FakeParagraph[]; tags: string[] } {
  const document = flatOpcPart(flatOpc, "/word/document.xml");
  const doc = readFlatOpc(flatOpc);
  if (!document || !doc) throw new Error("fake Word: no /word/document.xml part in the OOXML package");
  const tags = [...document.matchAll(/<w:tag w:val="([^"]*)"\/>/g)].map((m) => m[1]);
  return { paragraphs: paragraphsFromModel(doc), tags };
}

type Action = () => void;

/** `values` as own properties of an object whose prototype is `proto` (copying would run its getters). */
function withValues(proto: object, values: Record<string, unknown>): object {
  return Object.defineProperties(
    Object.create(proto),
    Object.fromEntries(Object.entries(values).map(([k, value]) => [k, { value, enumerable: true }])),
  );
}

export class FakeWord {
  paragraphs: FakeParagraph[];
  comments: FakeComment[] = [];
  customXmlParts: { namespace: string; xml: string }[] = [];
  contentControlTags: string[] = [];
  selected?: number;
  /** Paragraph (by index) holding the cursor; defaults to the last one. */
  cursor?: number;
  syncs = 0;
  loads: string[] = [];
  failNextSync = false;
  /** Selecting lands this many paragraphs off (a host that addressed a paged item by its place, not its id). */
  selectMisses = 0;
  /** Deleting a custom XML part fails (the actions queued before it in the batch stay applied). */
  failPartDeletes = false;
  private queue: Action[] = [];
  private afterSync: Action[] = [];

  /**
   * @param tableOoxml what Range.getOoxml answers for the top-level table whose first
   * paragraph is the given one (the test cuts it from the .docx the model was read from)
   */
  constructor(
    doc: DocModel,
    private readonly tableOoxml?: (firstParagraph: FakeParagraph) => string | undefined,
  ) {
    this.paragraphs = paragraphsFromModel(doc);
  }

  indexOf(id: number): number {
    const i = this.paragraphs.findIndex((p) => p.id === id);
    if (i < 0) throw new Error("fake Word: the paragraph no longer exists");
    return i;
  }

  private paragraphProxy(resolve: () => FakeParagraph): unknown {
    const word = this;
    const range = (whole: () => FakeParagraph) => ({
      insertComment(text: string) {
        word.queue.push(() => word.comments.push({ paragraph: whole().id, content: text }));
        return {};
      },
      insertOoxml(xml: string, location: "Before" | "After") {
        word.queue.push(() => {
          const { paragraphs, tags } = paragraphsFromFlatOpc(xml);
          const i = word.indexOf(whole().id);
          word.paragraphs.splice(location === "Before" ? i : i + 1, 0, ...paragraphs);
          word.contentControlTags.push(...tags);
        });
        return {};
      },
    });
    // resolve now: Word resolves getFirst / getNext chains in the order they were queued, before any later insertion
    const target = resolve();
    return {
      text: target.text,
      load: () => {},
      tableNestingLevel: target.tableNestingLevel,
      getReviewedText: (version: "Current" | "Original") => {
        if (version !== "Current") throw new Error("fake Word: Current only here");
        const result: { value?: string } = {};
        word.afterSync.push(() => (result.value = target.reviewedText ?? target.text));
        return result;
      },
      get parentContentControlOrNullObject() {
        return word.controlProxy(target, 0);
      },
      get parentTable() {
        if (target.tableNestingLevel < 1) throw new Error("fake Word: ItemNotFound (not in a table)");
        return word.tableProxy(target, target.tableNestingLevel);
      },
      getNext: () =>
        this.paragraphProxy(() => {
          const i = this.indexOf(target.id);
          if (i + 1 >= this.paragraphs.length) throw new Error("fake Word: ItemNotFound (no next paragraph)");
          return this.paragraphs[i + 1];
        }),
      select: () => {
        this.queue.push(() => (this.selected = this.indexOf(target.id) + this.selectMisses));
      },
      getRange: () => range(() => target),
    };
  }

  /** Queues an empty paragraph after paragraph `after()`, and answers it as a proxy at once, as Word does. */
  private insertEmptyAfter(after: () => FakeParagraph): unknown {
    const made: FakeParagraph = {
      ...this.paragraphs[0],
      id: nextId++,
      text: "",
      tableNestingLevel: 0,
      rowIndex: undefined,
      cellIndex: undefined,
      listString: undefined,
      controls: [],
    };
    this.queue.push(() => this.paragraphs.splice(this.indexOf(after().id) + 1, 0, made));
    return this.paragraphProxy(() => made);
  }

  /**
   * The first paragraph of each top-level table: a run of paragraphs in tables, split where the cells go back to the
   * start.
   */
  private topLevelTables(): FakeParagraph[] {
    const out: FakeParagraph[] = [];
    this.paragraphs.forEach((p, i) => {
      const prev = this.paragraphs[i - 1];
      if (p.tableNestingLevel < 1) return;
      const restarts =
        !!prev &&
        p.tableNestingLevel === 1 &&
        prev.tableNestingLevel === 1 &&
        ((p.rowIndex ?? 0) < (prev.rowIndex ?? 0) ||
          (p.rowIndex === prev.rowIndex && (p.cellIndex ?? 0) < (prev.cellIndex ?? 0)));
      if (!prev || prev.tableNestingLevel < 1 || restarts) out.push(p);
    });
    return out;
  }

  /** The paragraphs of the table `level` deep around `p`: the run of paragraphs at that depth or deeper. */
  private tableAround(p: FakeParagraph, level: number): FakeParagraph[] {
    const i = this.indexOf(p.id);
    let first = i;
    let last = i;
    while (first > 0 && this.paragraphs[first - 1].tableNestingLevel >= level) first--;
    while (last + 1 < this.paragraphs.length && this.paragraphs[last + 1].tableNestingLevel >= level) last++;
    return this.paragraphs.slice(first, last + 1);
  }

  tableProxy(p: FakeParagraph, level: number): unknown {
    const rows = () => this.tableAround(p, level);
    const word = this;
    return {
      isNullObject: false,
      nestingLevel: level,
      load: () => {},
      get parentTable() {
        if (level <= 1) throw new Error("fake Word: ItemNotFound (no table around this one)");
        return word.tableProxy(p, level - 1);
      },
      insertParagraph: (_text: string, where: "After") => {
        if (where !== "After") throw new Error("fake Word: After only here");
        return this.insertEmptyAfter(() => rows()[rows().length - 1]);
      },
      getRange: () => ({
        getOoxml: () => {
          const result: { value?: string } = {};
          word.afterSync.push(() => {
            const xml = word.tableOoxml?.(rows()[0]);
            if (xml === undefined) throw new Error("fake Word: no OOXML for this table");
            result.value = xml;
          });
          return result;
        },
      }),
    };
  }

  /** The content control `depth` levels out from the paragraph (0: the innermost), or a null object. */
  controlProxy(p: FakeParagraph, depth: number): unknown {
    const tags = p.controls ?? [];
    if (depth >= tags.length) return { isNullObject: true, load: () => {} };
    const tag = tags[tags.length - 1 - depth];
    const inside = () => this.paragraphs.filter((x) => x.controls?.includes(tag));
    const nesting = Math.min(...inside().map((x) => x.tableNestingLevel));
    const word = this;
    return {
      isNullObject: false,
      tag,
      load: () => {},
      get parentContentControlOrNullObject() {
        return word.controlProxy(p, depth + 1);
      },
      get parentTableOrNullObject() {
        return nesting > 0 ? word.tableProxy(inside()[0], nesting) : { isNullObject: true, load: () => {} };
      },
      get parentTable() {
        if (nesting < 1) throw new Error("fake Word: ItemNotFound (not in a table)");
        return word.tableProxy(inside()[0], nesting);
      },
      insertParagraph: (_text: string, where: "After") => {
        if (where !== "After") throw new Error("fake Word: After only here");
        return this.insertEmptyAfter(() => inside()[inside().length - 1]);
      },
    };
  }

  context(): Word.RequestContext {
    const word = this;
    type LoadOptions = string | { select?: string; top?: number; skip?: number };
    const collection = <T>(make: () => T[], onLoad: (props: string) => void) => {
      let items: T[] | undefined;
      const c = {
        load(options: LoadOptions) {
          const { select = "", top = Infinity, skip = 0 } = typeof options === "string" ? { select: options } : options;
          onLoad(typeof options === "string" ? select : `${select}|top=${top}|skip=${skip}`);
          word.afterSync.push(() => (items = make().slice(skip, skip + top)));
          return c;
        },
        get items(): T[] {
          if (!items) throw new Error("fake Word: PropertyNotLoaded (load and sync before reading items)");
          return items;
        },
      };
      return c;
    };
    const paragraphCollection = () => {
      const c = collection(
        () =>
          word.paragraphs.map((p) =>
            // the proxy's methods and lazy parents, with the loaded values as its own properties
            withValues(word.paragraphProxy(() => p) as object, {
              text: p.text,
              style: p.style,
              styleBuiltIn: p.styleBuiltIn,
              outlineLevel: p.outlineLevel,
              tableNestingLevel: p.tableNestingLevel,
              listItemOrNullObject:
                p.listString !== undefined
                  ? { isNullObject: false, listString: p.listString, level: p.listLevel ?? 0 }
                  : { isNullObject: true },
              parentTableCellOrNullObject:
                p.rowIndex !== undefined
                  ? { isNullObject: false, rowIndex: p.rowIndex, cellIndex: p.cellIndex }
                  : { isNullObject: true },
            }),
          ),
        (props) => word.loads.push(`paragraphs:${props}`),
      );
      return Object.assign(c, {
        getFirst: () =>
          word.paragraphProxy(() => {
            if (!word.paragraphs.length) throw new Error("fake Word: ItemNotFound");
            return word.paragraphs[0];
          }),
      });
    };
    const body = {
      get paragraphs() {
        return paragraphCollection();
      },
      // top-level tables, as Word lists them: each with its nesting level and row count
      get tables() {
        return collection(
          () =>
            word.topLevelTables().map((first) => {
              const rows = new Set(
                word
                  .tableAround(first, 1)
                  .filter((x) => x.tableNestingLevel === 1)
                  .map((x) => x.rowIndex),
              ).size;
              return withValues(word.tableProxy(first, 1) as object, { nestingLevel: 1, rowCount: rows });
            }),
          (props) => word.loads.push(`tables:${props}`),
        );
      },
      getRange: () => ({ paragraphs: paragraphCollection() }),
      getTrackedChanges() {
        return collection(
          () => word.paragraphs.filter((p) => p.reviewedText !== undefined).map(() => ({ type: "Deleted" })),
          (props) => word.loads.push(`trackedChanges:${props}`),
        );
      },
      get contentControls() {
        return collection(
          () =>
            word.contentControlTags.map((tag) => ({
              tag,
              delete: (keepContent: boolean) =>
                word.queue.push(() => {
                  if (!keepContent) throw new Error("fake Word: this add-in must keep the content");
                  word.contentControlTags.splice(word.contentControlTags.indexOf(tag), 1);
                }),
            })),
          (props) => word.loads.push(`contentControls:${props}`),
        );
      },
      getComments() {
        return collection(
          () =>
            word.comments.map((cm) => ({
              content: cm.content,
              delete: () => word.queue.push(() => (word.comments = word.comments.filter((x) => x !== cm))),
            })),
          (props) => word.loads.push(`comments:${props}`),
        );
      },
      insertOoxml(xml: string, location: "End") {
        if (location !== "End") throw new Error("fake Word: body.insertOoxml supports End here");
        word.queue.push(() => {
          const { paragraphs, tags } = paragraphsFromFlatOpc(xml);
          word.paragraphs.push(...paragraphs);
          word.contentControlTags.push(...tags);
        });
      },
    };
    const customXmlParts = {
      getByNamespace(ns: string) {
        return collection(
          () =>
            word.customXmlParts
              .filter((p) => p.namespace === ns)
              .map((p) => {
                const result: { value?: string } = {};
                return {
                  delete: () =>
                    word.queue.push(() => {
                      if (word.failPartDeletes)
                        throw Object.assign(new Error("GeneralException"), { code: "GeneralException" });
                      word.customXmlParts = word.customXmlParts.filter((x) => x !== p);
                    }),
                  getXml: () => {
                    word.afterSync.push(() => (result.value = p.xml));
                    return result;
                  },
                };
              }),
          (props) => word.loads.push(`customXmlParts:${props}`),
        );
      },
      add(xml: string) {
        const ns = /xmlns="([^"]*)"/.exec(xml)?.[1] ?? "";
        word.queue.push(() => word.customXmlParts.push({ namespace: ns, xml }));
      },
    };
    return {
      document: {
        body,
        customXmlParts,
        getSelection: () => {
          const selection = {
            paragraphs: {
              getLast: () => word.paragraphProxy(() => word.paragraphs[word.cursor ?? word.paragraphs.length - 1]),
            },
            text: undefined as string | undefined,
            // the selected paragraph's text, as Word gives it after the batch that selected it
            load: () =>
              word.afterSync.push(
                () => (selection.text = word.selected === undefined ? "" : word.paragraphs[word.selected].text),
              ),
          };
          return selection;
        },
      },
      sync: async () => {
        word.syncs++;
        const queue = word.queue;
        const after = word.afterSync;
        word.queue = [];
        word.afterSync = [];
        if (word.failNextSync) {
          word.failNextSync = false;
          throw Object.assign(new Error("GeneralException"), { code: "GeneralException" });
        }
        // as in Word, a batch is not all or nothing: the actions before a failing one stay applied
        for (const a of queue) a();
        for (const a of after) a();
      },
    } as unknown as Word.RequestContext;
  }
}
