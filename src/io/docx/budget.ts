// What reading one document may cost, all its parts together: each limit elsewhere bounds
// one part or one number, this bounds their sum. One budget is made for each file read and
// passed to everything that reads a piece of it — the parts of the package, the altChunk
// parts and the .docx files inside them, the tables of the body and of the HTML chunks.
import { DocxReadError } from "./errors";
import { MAX_GRID_CELLS } from "./bounds";

/**
 * Most bytes all the parts read from one file may unpack to, together (the body, styles,
 * numbering, relationships, custom XML, altChunk parts and the parts of a .docx inside one).
 * A 1000-page report unpacks to about 15 MiB; each part alone is bounded (64 MiB the body,
 * 16 MiB any other), but a package may hold hundreds of parts.
 */
export const MAX_TOTAL_BYTES = 256 * 1024 * 1024;

export class ReadBudget {
  private constructor(
    /** Bytes unpacked so far: shared by a budget and its trials, since they are really unpacked. */
    private readonly unpacked: { bytes: number },
    /** Table grid slots laid out so far (see MAX_GRID_CELLS). */
    private gridSlots: number,
  ) {}

  static create(): ReadBudget {
    return new ReadBudget({ bytes: 0 }, 0);
  }

  /** Counts `n` bytes unpacked from the part `part`; past MAX_TOTAL_BYTES in all, the file is refused as too large. */
  spendBytes(n: number, part: string): void {
    this.unpacked.bytes += n;
    if (this.unpacked.bytes > MAX_TOTAL_BYTES)
      throw new DocxReadError(
        "too-large",
        `${part}: the parts read unpack to more than ${MAX_TOTAL_BYTES} bytes in all`,
      );
  }

  /** Counts `n` table grid slots; past MAX_GRID_CELLS in all, the file is refused. */
  spendGrid(n: number): void {
    this.ensureGrid(n);
    this.gridSlots += n;
  }

  /**
   * Refuses the file as spendGrid would if `n` more slots were spent, without spending them (a table still being read).
   */
  ensureGrid(n: number): void {
    if (this.gridSlots + n > MAX_GRID_CELLS)
      throw new DocxReadError("grid-too-large", `more than ${MAX_GRID_CELLS} table grid slots`);
  }

  /**
   * A budget for converting an altChunk part once: its bytes are spent for real, its tables'
   * grid slots are tried against what is left but not spent here — they are spent each time
   * the chunk is spliced into the body (which copies them), so a chunk cited once counts once.
   */
  trial(): ReadBudget {
    return new ReadBudget(this.unpacked, this.gridSlots);
  }
}
