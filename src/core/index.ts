export * from "./model";
export * from "./builder";
export * from "./finding";
export * from "./profile";
export * from "./profiles";
export * from "./analyze";
export { RULES } from "./rules";
export { findOutline } from "./outline";
export { gradeFor, canonicalGrade } from "./grades";
