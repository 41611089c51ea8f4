// Boots the pane: in Word it talks to the document; anywhere else (office.js missing,
// or Office.onReady without a host) it opens in preview mode on files from disk.
/// <reference types="office-js" />
import { createRoot } from "react-dom/client";
import { App } from "./App";
import type { Host } from "./host";
import { PreviewHost } from "./preview-host";

async function detectHost(): Promise<Host> {
  if (typeof Office === "undefined") return new PreviewHost();
  const info = await Promise.race([Office.onReady(), new Promise<null>((resolve) => setTimeout(() => resolve(null), 3000))]);
  if (info?.host === Office.HostType.Word && typeof Word !== "undefined") {
    const { WordHost } = await import(/* webpackChunkName: "word" */ "./word-host");
    return new WordHost();
  }
  return new PreviewHost();
}

void detectHost().then((host) => {
  document.documentElement.dataset.host = host.kind;
  createRoot(document.getElementById("root")!).render(<App host={host} />);
});
