// The team profile as a custom XML part, so that it travels with the document and
// everyone who opens it checks it the same way. The part holds the profile's JSON as text.
import { SaxesParser } from "saxes";
import { parseProfileJson, profileTooLarge, type Profile, type ProfileResult } from "../../core/profile/profile";
import { MAX_PROFILE_BYTES } from "../../core/profile/profile-limits";
import { escapeXml } from "./write";

export const PROFILE_NS = "urn:report-assistant:profile:1";

export function profileToXml(profile: Profile): string {
  return `<?xml version="1.0" encoding="UTF-8"?><profile xmlns="${PROFILE_NS}">${escapeXml(JSON.stringify(profile))}</profile>`;
}

/** Reads the part back; anything that is not our part, or not a valid profile, is a list of problems. */
export function profileFromXml(xml: string): ProfileResult {
  let text = "";
  // how long the profile's text is, counted on although the text stops growing at the limit:
  // a stored profile is bounded as a file is, and reported with its size
  let length = 0;
  let ours = false;
  let depth = 0;
  const parser = new SaxesParser({ xmlns: true });
  try {
    parser.on("doctype", () => {
      throw new Error("DOCTYPE not allowed");
    });
    parser.on("opentag", (t) => {
      depth++;
      if (depth === 1) ours = t.local === "profile" && t.uri === PROFILE_NS;
    });
    parser.on("closetag", () => {
      depth--;
    });
    parser.on("text", (t) => {
      if (depth !== 1 || !ours) return;
      length += t.length;
      if (length <= MAX_PROFILE_BYTES) text += t;
    });
    parser.write(xml).close();
  } catch (e) {
    return { ok: false, problems: [{ path: "(root)", message: `unreadable profile part: ${(e as Error).message}` }] };
  }
  if (!ours) return { ok: false, problems: [{ path: "(root)", message: "not a report-assistant profile part" }] };
  if (length > MAX_PROFILE_BYTES) return { ok: false, problems: [profileTooLarge(length)] };
  return parseProfileJson(text);
}

/** Our profile part among a package's custom XML parts, read and validated; undefined when there is none. */
export function storedProfile(customXml: string[]): ProfileResult | undefined {
  const ours = customXml.find((x) => x.includes(PROFILE_NS));
  return ours === undefined ? undefined : profileFromXml(ours);
}
