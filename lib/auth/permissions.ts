import type { Role } from "@/lib/schemas/roles";

/** Everything a person can be allowed to do. Decided here and nowhere else. */
export const permissions = [
  "article:create",
  "claim:curate",
  "source:add",
  "verdict:propose",
  "verdict:approve",
  "claim:assign",
  "comment:add",
  "scale:manage",
  "user:manage",
] as const;
export type Permission = (typeof permissions)[number];

const reviewer: Permission[] = ["article:create", "claim:curate", "source:add", "verdict:propose", "comment:add"];
const editor: Permission[] = [...reviewer, "verdict:approve", "claim:assign"];
const admin: Permission[] = [...editor, "scale:manage", "user:manage"];

const grants: Record<Role, ReadonlySet<Permission>> = {
  reviewer: new Set(reviewer),
  editor: new Set(editor),
  admin: new Set(admin),
};

export function roleCan(role: Role, permission: Permission): boolean {
  return grants[role].has(permission);
}
