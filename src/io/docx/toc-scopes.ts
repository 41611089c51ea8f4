// Where document.xml is inside a table of contents, as it is read: in the result of a TOC
// field (after the field's separate mark, up to its end mark), or in the content of a
// content control from Word's "Table of Contents" gallery. Fields nest, and so do content
// controls; a field's instruction is the text of its w:instrText elements.

interface FieldState {
  instr: string;
  separated: boolean;
  toc: boolean;
}

/** Whether a field instruction is a table of contents: TOC \o "1-3" \h … */
export function isTocInstruction(instr: string): boolean {
  return /^\s*TOC\b/i.test(instr);
}

export class TocScopes {
  private readonly fields: FieldState[] = [];
  /** For each open content control, whether it is a table of contents. */
  private readonly sdtToc: boolean[] = [];
  private pendingTocSdt = false;
  private inSdtPr = false;
  /** Inside a w:instrText, whose text is the innermost field's instruction. */
  inInstr = false;
  // counts kept as fields and controls open and close: asking the stacks at every paragraph
  // made 200,000 unclosed fields quadratic
  private tocFields = 0;
  private tocSdts = 0;

  /** In the result of a TOC field. */
  inTocField(): boolean {
    return this.tocFields > 0;
  }

  /** In a table-of-contents content control. */
  inTocSdt(): boolean {
    return this.tocSdts > 0;
  }

  /**
   * w:fldChar of type `type`: begin opens a field, separate ends its instruction, end closes
   * it. True when it separates a TOC field, which makes the paragraph it is in one of the
   * contents.
   */
  fldChar(type: string | undefined): boolean {
    if (type === "begin") this.fields.push({ instr: "", separated: false, toc: false });
    else if (type === "separate") {
      const f = this.fields[this.fields.length - 1];
      if (f) {
        f.separated = true;
        const toc = isTocInstruction(f.instr);
        if (toc !== f.toc) this.tocFields += toc ? 1 : -1;
        f.toc = toc;
        return f.toc;
      }
    } else if (type === "end") {
      if (this.fields.pop()?.toc) this.tocFields--;
    }
    return false;
  }

  /** Text outside a run's w:t: in a w:instrText, part of the innermost field's instruction. */
  text(t: string): void {
    if (this.inInstr && this.fields.length) this.fields[this.fields.length - 1].instr += t;
  }

  /** w:sdt opens: a content control, not (yet) known to be a table of contents. */
  openSdt(): void {
    this.sdtToc.push(false);
  }

  closeSdt(): void {
    if (this.sdtToc.pop()) this.tocSdts--;
  }

  openSdtPr(): void {
    this.inSdtPr = true;
    this.pendingTocSdt = false;
  }

  closeSdtPr(): void {
    this.inSdtPr = false;
  }

  /** w:docPartGallery in the control's properties: "Table of Contents" makes the control one. */
  docPartGallery(val: string | undefined): void {
    if (this.inSdtPr && /table of contents/i.test(val ?? "")) this.pendingTocSdt = true;
  }

  /** w:sdtContent: the control's content starts, inside the contents when its gallery said so. */
  sdtContent(): void {
    if (this.pendingTocSdt && this.sdtToc.length && !this.sdtToc[this.sdtToc.length - 1]) {
      this.sdtToc[this.sdtToc.length - 1] = true;
      this.tocSdts++;
    }
    this.pendingTocSdt = false;
  }
}
