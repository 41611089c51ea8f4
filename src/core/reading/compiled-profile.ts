// A profile with what the engine derives from it — section names as match keys, the text the
// template itself writes, table header terms, the grade patterns, the prepared figure definitions —
// derived once per profile: analyze compiles its profile where it starts and hands the compiled form
// down, and a batch of 200 reports with one profile compiles it once.
import { prepareFacts, type PreparedFacts } from "./facts";
import { prepareSections, type PreparedSection } from "./heading-names";
import { templateText } from "./section-content";
import type { Profile, TableDef } from "../profile/profile";
import { gradePattern, gradeWordPattern } from "./stated-score";
import { headerTermsOf, tableHeadersOf } from "./tables";

export interface CompiledProfile {
  readonly profile: Profile;
  /** Each section with its title, aliases, keywords and topics as match keys, in the profile's order. */
  readonly sections: readonly PreparedSection[];
  /** What the template writes (captions, headers, row labels, the placeholder): not an author's content. */
  readonly boilerplate: ReadonlySet<string>;
  /** Each table definition with its header terms normalized. */
  readonly tableHeaders: readonly { def: TableDef; terms: string[] }[];
  /** Every header term of every table, once. */
  readonly headerTerms: readonly string[];
  /** Any word that names a grade (global: reset lastIndex before use). */
  readonly gradeWords: RegExp;
  /** A grade stated after its key word ("评价等级为“良”"; global). */
  readonly gradeStatement: RegExp;
  readonly facts: PreparedFacts;
}

const compiled = new WeakMap<Profile, CompiledProfile>();
const isCompiled = new WeakSet<object>();

/** The profile compiled (once per profile object); a profile already compiled is returned as it is. */
export function compileProfile(profile: Profile | CompiledProfile): CompiledProfile {
  if (isCompiled.has(profile)) return profile as CompiledProfile;
  const p = profile as Profile;
  let c = compiled.get(p);
  if (!c) {
    c = {
      profile: p,
      sections: prepareSections(p),
      boilerplate: templateText(p),
      tableHeaders: tableHeadersOf(p),
      headerTerms: headerTermsOf(p),
      gradeWords: gradeWordPattern(p),
      gradeStatement: gradePattern(p),
      facts: prepareFacts(p),
    };
    isCompiled.add(c);
    compiled.set(p, c);
  }
  return c;
}
