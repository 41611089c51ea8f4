// A message strip for the pane: light (no icon set pulled into the first bundle), with the
// roles screen readers announce — "alert" for errors, "status" otherwise. Styled by pane.css.
import type { ReactNode } from "react";

export function Notice({
  intent,
  title,
  children,
}: {
  intent: "info" | "success" | "warning" | "error";
  title?: string;
  children: ReactNode;
}) {
  return (
    <div role={intent === "error" ? "alert" : "status"} className={`ra-notice ra-notice-${intent}`}>
      {title && <span className="ra-notice-title">{title}</span>}
      {children}
    </div>
  );
}
