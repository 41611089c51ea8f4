export { readDocx, MAX_PART_BYTES } from "./read";
export { DocxReadError, describeReadError, type ReadErrorCode } from "./errors";
