export { readDocx, readDocxPackage, MAX_PART_BYTES, type DocxPackage } from "./read";
export { DocxReadError, describeReadError, type ReadErrorCode } from "./errors";
