// Message templates, apart from the text folding so that the task pane's first bundle
// can fill its strings without loading the folding tables.

/** Fills "{name}" placeholders of a message template; unknown names become "". */
export function interpolate(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ""));
}
