import { defaultJobs } from "../../src/cli/pool";

// one lane keeps about one and a half cores busy: lanes by default are one per two cores
test.each([
  [1, 1],
  [2, 1],
  [3, 1],
  [4, 2],
  [8, 4],
  [16, 8],
])("%i cores → %i lanes", (cores, lanes) => {
  expect(defaultJobs(cores)).toBe(lanes);
});
