// Saving a file from the pane, for a host that hands one back (preview mode's corrected copy).

/**
 * Offers a file to save (the corrected copy in preview mode): the browser's own download, nothing written elsewhere.
 */
export function saveCopy(name: string, bytes: Uint8Array): void {
  if (typeof URL === "undefined" || typeof URL.createObjectURL !== "function") return;
  const url = URL.createObjectURL(
    new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }),
  );
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
