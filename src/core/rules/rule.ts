// What a rule is, and everything it may look at.
import type { Fact } from "../facts";
import type { Finding, Message, Severity } from "../finding";
import type { DocModel } from "../model";
import type { Outline } from "../outline";
import type { Profile } from "../profile";
import type { RuleId } from "../rule-ids";
import type { ScoreInfo } from "../score";
import type { TableView } from "../tables";
import type { ReportTitle } from "../title";

/** Everything a rule may look at; built once per analysis. */
export interface RuleContext {
  doc: DocModel;
  profile: Profile;
  outline: Outline;
  /** Whose report and which year, from the lines before the first heading. */
  title: ReportTitle;
  tables: TableView[];
  facts: Fact[];
  score: ScoreInfo;
}

export interface Rule {
  /**
   * Stable, public id (listed in the README and docs/rules/, and in ../rule-ids, which profiles are checked against).
   */
  id: RuleId;
  severity: Severity;
  /** What the rule checks, for the docs and the task pane. */
  description: Message;
  check(ctx: RuleContext): Finding[];
}
