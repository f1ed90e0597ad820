import { z } from "zod";

export const roles = ["reviewer", "editor", "admin"] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;
