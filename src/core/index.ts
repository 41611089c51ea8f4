export * from "./model/model";
export * from "./model/builder";
export * from "./model/finding";
export * from "./profile/profile";
export * from "./profile/built-in";
export * from "./analyze";
export { RULES } from "./rules";
export { findOutline } from "./reading/outline";
export { gradeFor, canonicalGrade } from "./reading/grades";
