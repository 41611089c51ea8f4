import { parseProfile, problemText, type Profile, type ProfileInput } from "../profile";
import { deptOverallHebeiProfile, deptOverallProfile } from "./dept-overall";
import { finalAccountsProfile, formProfile, guangdongProfile, hunanProfile, yunnanProfile } from "./families";
import { scoreFirstProfile } from "./score-first";

// in order of preference: when two fit a document equally well, the earlier one is chosen
const BUILT_IN: ProfileInput[] = [
  deptOverallProfile,
  deptOverallHebeiProfile,
  scoreFirstProfile,
  hunanProfile,
  yunnanProfile,
  guangdongProfile,
  finalAccountsProfile,
  formProfile,
];

function validated(input: ProfileInput): Profile {
  const r = parseProfile(input);
  if (!r.ok)
    throw new Error(`built-in profile ${input.id} is invalid: ${r.problems.map((p) => problemText(p)).join("; ")}`);
  return r.profile;
}

const cache = new Map<string, Profile>();

/** A built-in profile by id; undefined when there is none. */
export function builtInProfile(id: string): Profile | undefined {
  const input = BUILT_IN.find((p) => p.id === id);
  if (!input) return undefined;
  let p = cache.get(id);
  if (!p) cache.set(id, (p = validated(input)));
  return p;
}

export function builtInProfileIds(): string[] {
  return BUILT_IN.map((p) => p.id);
}

/** Every built-in profile, in order of preference. */
export function builtInProfiles(): Profile[] {
  return BUILT_IN.map((p) => builtInProfile(p.id!)!);
}

export const DEFAULT_PROFILE_ID = "dept-overall";

export function defaultProfile(): Profile {
  return builtInProfile(DEFAULT_PROFILE_ID)!;
}
