import "server-only";
/**
 * Loads every module that defines mutations, so `mutationRegistry` holds
 * them all. The authorization matrix test imports this file: a mutation
 * module missing here, or a mutation missing from the matrix, fails it.
 */
export * from "./articles/mutations";
export * from "./auth/account-mutations";
export * from "./curation/mutations";
export * from "./ratings/mutations";
export * from "./review/mutations";
export * from "./users/mutations";
export { mutationRegistry } from "./auth/mutation";
