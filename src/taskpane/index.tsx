// Boots the pane: in Word it talks to the document; anywhere else (office.js missing,
// or Office.onReady without a host) it opens in preview mode on files from disk (boot.ts).
/// <reference types="office-js" />
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { bootHost } from "./boot";

const root = createRoot(document.getElementById("root")!);

void bootHost(
  typeof Office === "undefined"
    ? undefined
    : {
        onReady: () => Office.onReady(),
        wordHostType: Office.HostType.Word,
        hasWord: () => typeof Word !== "undefined",
      },
  (host) => {
    document.documentElement.dataset.host = host.kind;
    // keyed by host: a late switch to Word starts the pane afresh
    root.render(<App key={host.kind} host={host} />);
  },
  async () => new (await import(/* webpackChunkName: "word" */ "./word-host")).WordHost(),
);
