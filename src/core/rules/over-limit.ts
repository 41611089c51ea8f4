import { describeFact, usedFact } from "../reading/facts";
import { finding, msg } from "../model/finding";
import type { Rule } from "./rule";
import { evaluateRelations } from "../checks/relations";

/** A figure above the limit it must respect: 在职人数 above 编制数 (控制率 over 100 %). */
export const overLimit: Rule = {
  id: "over-limit",
  severity: "warning",
  description: msg(
    "数字超过其上限（如在职人数超编）",
    "a figure exceeds its limit (e.g. staff in post above authorised posts)",
  ),
  check({ facts, profile }) {
    const labels = new Map(profile.facts.map((f) => [f.id, f.label]));
    return evaluateRelations(
      facts,
      profile.relations.filter((r) => r.kind === "at-most"),
    )
      .filter((i) => !i.holds)
      .map((i) => {
        const a = labels.get(i.left.id)!;
        const b = labels.get(i.right[0].id)!;
        return finding(
          this,
          i.left.location,
          msg(
            `${a["zh-CN"]} ${describeFact(i.left)} 超过${b["zh-CN"]} ${describeFact(i.right[0])}`,
            `${a["en-US"]} ${describeFact(i.left)} exceeds ${b["en-US"]} ${describeFact(i.right[0])}`,
          ),
          {
            figures: [usedFact(i.left, a["zh-CN"]), usedFact(i.right[0], b["zh-CN"])],
            fix: msg(
              `核对${a["zh-CN"]}与${b["zh-CN"]}；确有超出的，说明原因`,
              `check ${a["en-US"]} against ${b["en-US"]}; if it is really over, say why`,
            ),
          },
        );
      });
  },
};
