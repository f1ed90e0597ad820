import "server-only";
import { defineMutation } from "@/lib/auth/mutation";
import { db } from "@/lib/db/client";
import { addSourceSchema } from "@/lib/schemas/source";
import { saveVerdictSchema } from "@/lib/schemas/verdict";
import { addSource } from "./add-source";
import { recordVerdict } from "./record-verdict";

/** The review mutations, each through the one wrapper (zod, actor, permission). */
export const addSourceMutation = defineMutation({
  name: "source.add",
  schema: addSourceSchema,
  permission: "source:add",
  run: (input, { actor }) => addSource(db, input, actor.id),
});

export const saveVerdictMutation = defineMutation({
  name: "verdict.propose",
  schema: saveVerdictSchema,
  permission: "verdict:propose",
  run: (input, { actor }) => recordVerdict(db, input, actor.id),
});
