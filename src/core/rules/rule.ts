// What a rule is, and everything it may look at.
import type { Fact } from "../reading/facts";
import type { Finding, Message, Severity } from "../model/finding";
import type { DocModel } from "../model/model";
import type { Outline } from "../reading/outline";
import type { Profile } from "../profile/profile";
import type { RuleId } from "../model/rule-ids";
import type { ScoreInfo } from "../reading/score";
import type { TableView } from "../reading/tables";
import type { ReportTitle } from "../reading/title";

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
   * Stable, public id: listed in the README and docs/rules/, and in ../model/rule-ids, which profiles are
   * checked against.
   */
  id: RuleId;
  severity: Severity;
  /** What the rule checks, for the docs and the task pane. */
  description: Message;
  check(ctx: RuleContext): Finding[];
}
