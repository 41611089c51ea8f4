/** @jest-environment jsdom */
// The pane shows the preview when Office is absent or slow, and switches to Word when
// Office.onReady reports Word — however late.
import { bootHost, PREVIEW_AFTER_MS, type OfficeLike } from "../../src/taskpane/boot";
import type { Host } from "../../src/taskpane/host";

const WORD = "Word";
const wordHost = { kind: "word" } as Host;

function office(answer: { host: unknown } | null, afterMs: number, word = true): OfficeLike {
  return {
    onReady: () => new Promise((resolve) => setTimeout(() => resolve(answer), afterMs)),
    wordHostType: WORD,
    hasWord: () => word,
  };
}

async function boot(o: OfficeLike | undefined): Promise<string[]> {
  const shown: string[] = [];
  const done = bootHost(
    o,
    (h) => shown.push(h.kind),
    async () => wordHost,
  );
  await jest.advanceTimersByTimeAsync(10_000);
  await done;
  return shown;
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

const cases: [string, OfficeLike | undefined, string[]][] = [
  ["no office.js: the preview at once", undefined, ["preview"]],
  ["Word answers at once: Word", office({ host: WORD }, 10), ["word"]],
  [
    "Word answers after 5 s: the preview first, then Word",
    office({ host: WORD }, PREVIEW_AFTER_MS + 2000),
    ["preview", "word"],
  ],
  ["Office answers without a host (a plain browser): the preview", office({ host: null }, 10), ["preview"]],
  [
    "Office answers late without a host: the preview once",
    office({ host: null }, PREVIEW_AFTER_MS + 2000),
    ["preview"],
  ],
  ["Office reports Word but the Word API is missing: the preview", office({ host: WORD }, 10, false), ["preview"]],
];
for (const [name, o, expected] of cases) {
  test(name, async () => {
    expect(await boot(o)).toEqual(expected);
  });
}
