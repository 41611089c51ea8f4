import type { Rule } from "./rule";
import { citationFormat } from "./citation-format";
import { countMismatch } from "./count-mismatch";
import { dateFormat } from "./date-format";
import { duplicateText } from "./duplicate-text";
import { figureMismatch } from "./figure-mismatch";
import { figureMissing } from "./figure-missing";
import { gradeBand } from "./grade-band";
import { headingSequence } from "./heading-sequence";
import { outlineMismatch } from "./outline-mismatch";
import { overLimit } from "./over-limit";
import { rateMismatch } from "./rate-mismatch";
import { ratioMismatch } from "./ratio-mismatch";
import { scoreTotal } from "./score-total";
import { sectionEmpty } from "./section-empty";
import { sectionMissing } from "./section-missing";
import { sectionOrder } from "./section-order";
import { sectionThin } from "./section-thin";
import { sumMismatch } from "./sum-mismatch";
import { templateResidue } from "./template-residue";
import { yearMismatch } from "./year-mismatch";

/** Every rule, in the order findings are listed. Ids are a public contract. */
export const RULES: Rule[] = [
  outlineMismatch,
  sectionMissing,
  sectionOrder,
  sectionEmpty,
  sectionThin,
  headingSequence,
  sumMismatch,
  figureMismatch,
  overLimit,
  rateMismatch,
  ratioMismatch,
  countMismatch,
  scoreTotal,
  gradeBand,
  duplicateText,
  templateResidue,
  yearMismatch,
  dateFormat,
  citationFormat,
  figureMissing,
];
