// How large a profile may be, in one place for every way one arrives: a file given to the
// CLI, a file or an https URL in the task pane, the part stored in a document. Kept apart
// from the schema (zod) so that the pane can check a size without loading the engine.

/**
 * Most bytes a profile may take. The built-in profiles are 28–42 KB as `profile init` writes
 * them; 4 MiB leaves a hundred times that for a team's own and still refuses, before anything is read, a file
 * that could only exhaust memory (above ~512 MB a file no longer fits in one JavaScript
 * string at all). The schema's own bounds (200 sections, 40 terms of 40 characters …)
 * would in theory allow more, but only by filling every list to its brim.
 */
export const MAX_PROFILE_BYTES = 4 * 1024 * 1024;

/** A size as people read it in a message: "4 MiB", "600.0 MiB", "12 KiB". */
export function formatSize(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  if (mib >= 1) return Number.isInteger(mib) ? `${mib} MiB` : `${mib.toFixed(1)} MiB`;
  return `${Math.ceil(bytes / 1024)} KiB`;
}
