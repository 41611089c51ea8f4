// Which host the pane runs against, decided as Office answers. Outside Office (no office.js,
// or Office.onReady without a host) the pane opens in preview mode. Inside Word,
// Office.onReady can answer late (a slow start, a cold cache): the pane does not wait for
// ever — after PREVIEW_AFTER_MS it shows the preview — but when Office does answer with
// Word, however late, it switches to Word.
/// <reference types="office-js" />
import type { Host } from "./host";
import { PreviewHost } from "./preview-host";

/** How long the pane waits for Office before it shows something: the preview. */
export const PREVIEW_AFTER_MS = 3000;

export interface OfficeLike {
  onReady(): Promise<{ host: unknown } | null | undefined>;
  wordHostType: unknown;
  hasWord(): boolean;
}

/**
 * Calls `show` with the preview host at once (no Office) or after the wait, and again with Word's host when Office
 * reports Word.
 */
export function bootHost(
  office: OfficeLike | undefined,
  show: (host: Host) => void,
  loadWordHost: () => Promise<Host>,
): Promise<void> {
  if (!office) {
    show(new PreviewHost());
    return Promise.resolve();
  }
  let shown: Host["kind"] | undefined;
  const timer = setTimeout(() => {
    if (!shown) {
      shown = "preview";
      show(new PreviewHost());
    }
  }, PREVIEW_AFTER_MS);
  return office.onReady().then(
    async (info) => {
      clearTimeout(timer);
      if (info?.host === office.wordHostType && office.hasWord()) {
        shown = "word";
        show(await loadWordHost());
      } else if (!shown) {
        shown = "preview";
        show(new PreviewHost());
      }
    },
    () => {
      clearTimeout(timer);
      if (!shown) show(new PreviewHost());
    },
  );
}
