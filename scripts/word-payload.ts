// Syncs and payload sizes of each Word action at 10, 100 and 1000 pages, measured through
// Word's own JavaScript runtime with its transport replaced by a recorder (the contract
// test's, test/support/word-runtime.ts). One JSON line per action and size on stdout:
//   {"action","pages","syncs","maxRequestBytes","maxResponseBytes"}
// An action that did not do what it should is named on stderr (its numbers are still printed).
// Pages as arguments measure other sizes: npm run word-payload -- 10 50
import { closeWordRuntime, measureWordPayloads } from "../test/support/word-runtime";

async function main(): Promise<void> {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  let problems = 0;
  for (const pages of sizes.length ? sizes : [10, 100, 1000]) {
    // measured where every action does its whole work: items of a paged collection carrying an id
    // (under the other answer the add-in refuses the actions it cannot do right, and sends less)
    for (const row of await measureWordPayloads(pages, { itemIdentity: "id" })) {
      const { action, syncs, maxRequestBytes, maxResponseBytes, problem } = row;
      process.stdout.write(`${JSON.stringify({ action, pages, syncs, maxRequestBytes, maxResponseBytes })}\n`);
      if (problem) {
        problems++;
        process.stderr.write(`${action} at ${pages} pages: ${problem}\n`);
      }
    }
  }
  closeWordRuntime();
  if (problems) process.exitCode = 1;
}

main().catch((e) => {
  closeWordRuntime();
  console.error(e);
  process.exitCode = 1;
});
