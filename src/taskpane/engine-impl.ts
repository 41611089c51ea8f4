// Everything the pane needs from the core and the file edges, in one lazily loaded chunk.
export { analyze, countBySeverity } from "../core/analyze";
export { parseProfile, parseProfileJson, profileSchema } from "../core/profile/profile";
export {
  builtInProfile,
  builtInProfileIds,
  builtInProfiles,
  defaultProfile,
  DEFAULT_PROFILE_ID,
} from "../core/profile/built-in";
export { chooseProfile } from "../core/reading/choose-profile";
export { skeleton, scoreSentence } from "../core/writing/template";
export { readDocx, DocxReadError } from "../io/docx";
export { applyEditsToDocx, contentInsertions } from "../io/docx/fix";
export { blocksToDocx } from "../io/ooxml/write";
