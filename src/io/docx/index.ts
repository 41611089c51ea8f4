export {
  readDocx,
  readDocxPackage,
  MAX_BODY_BYTES,
  MAX_FILE_BYTES,
  MAX_PART_BYTES,
  MAX_TOTAL_BYTES,
  type DocxPackage,
} from "./read";
export { DocxReadError, describeReadError, type ReadErrorCode } from "./errors";
