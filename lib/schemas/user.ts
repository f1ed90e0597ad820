import { z } from "zod";
import { requiredText } from "./fields";
import { roleSchema } from "./roles";

export const MIN_PASSWORD_LENGTH = 10;

const email = z
  .string({ error: "Email is required" })
  .trim()
  .toLowerCase()
  .min(1, { error: "Email is required", abort: true })
  .pipe(z.email({ error: "Enter an email address like name@example.org" }).max(254, "Email is too long"));

const newPassword = z
  .string({ error: "Password is required" })
  .min(MIN_PASSWORD_LENGTH, `Password must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(256, "Password must be at most 256 characters");

/** Where to go after signing in: only a path on this site, never another origin. */
const localPath = z
  .string()
  .regex(/^\/(?!\/)[^\s\\]*$/)
  .catch("/");

export const signInSchema = z.object({
  email,
  password: z.string({ error: "Password is required" }).min(1, "Password is required").max(256, "Password is too long"),
  next: localPath.optional(),
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "Current password is required" }).min(1, "Current password is required").max(256),
    newPassword,
    confirmPassword: z.string({ error: "Repeat the new password" }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "The two new passwords differ" });

export const createUserSchema = z.object({
  name: requiredText(120, "Name"),
  email,
  role: roleSchema.catch("reviewer"),
  password: newPassword,
});

export const updateUserSchema = z.object({
  userId: z.string().trim().regex(/^[A-Za-z0-9_-]{10,64}$/, "User is not a valid id"),
  role: roleSchema,
  active: z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean()),
});

export type SignInInput = z.infer<typeof signInSchema>;
export type CreateUserInput = z.infer<typeof createUserSchema>;
