import "server-only";
import { defineMutation } from "@/lib/auth/mutation";
import { authFor } from "@/lib/auth/server-auth";
import { createUserSchema, updateUserSchema } from "@/lib/schemas/user";
import { createUserWithPassword } from "./create-user";
import { updateUser } from "./update-user";

export const createUserMutation = defineMutation({
  name: "user.create",
  schema: createUserSchema,
  access: "user:manage",
  run: async (input, { db, actor }) => createUserWithPassword(db, await authFor(db), input, actor.id),
});

export const updateUserMutation = defineMutation({
  name: "user.update",
  schema: updateUserSchema,
  access: "user:manage",
  run: (input, { db, actor }) => updateUser(db, input, actor.id),
});
