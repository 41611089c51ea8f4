// A message strip for the pane: light (no icon set pulled into the first bundle), with the
// roles screen readers announce — "alert" for errors, "status" otherwise.
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  base: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    borderLeft: "4px solid",
    fontSize: tokens.fontSizeBase300,
  },
  info: { backgroundColor: tokens.colorNeutralBackground3, borderLeftColor: tokens.colorBrandStroke1 },
  success: { backgroundColor: tokens.colorPaletteGreenBackground1, borderLeftColor: tokens.colorPaletteGreenBorder2 },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground1, borderLeftColor: tokens.colorPaletteYellowBorder2 },
  error: { backgroundColor: tokens.colorPaletteRedBackground1, borderLeftColor: tokens.colorPaletteRedBorder2 },
  title: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalS },
});

export function Notice({ intent, title, children }: { intent: "info" | "success" | "warning" | "error"; title?: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div role={intent === "error" ? "alert" : "status"} className={mergeClasses(styles.base, styles[intent])}>
      {title && <span className={styles.title}>{title}</span>}
      {children}
    </div>
  );
}
