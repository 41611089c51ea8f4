// The engine and the .docx reader, loaded on first use: the pane's first paint does not
// wait for them, and in preview mode they load only when a file is opened.
export type Engine = typeof import("./engine-impl");

let loading: Promise<Engine> | undefined;

export function loadEngine(): Promise<Engine> {
  loading ??= import(/* webpackChunkName: "engine" */ "./engine-impl");
  return loading;
}
