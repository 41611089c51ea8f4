// The profile's grade bands: the grade a score earns, and the canonical grade a word names.
import type { Profile } from "../profile/profile";

/** The band a score falls in: lowest bound inclusive (90 → 优, 89.99 → 良). */
export function gradeFor(score: number, profile: Profile): string | undefined {
  const bands = [...profile.grades].sort((a, b) => b.min - a.min);
  return bands.find((b) => score >= b.min - 1e-9)?.grade;
}

/** The canonical grade a word names (优秀 → 优), or undefined. */
export function canonicalGrade(word: string, profile: Profile): string | undefined {
  const w = word.trim();
  return profile.grades.find((g) => g.grade === w || g.aliases.includes(w))?.grade;
}
