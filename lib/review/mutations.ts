import "server-only";
import { defineMutation } from "@/lib/auth/mutation";
import { addSourceSchema } from "@/lib/schemas/source";
import { approveVerdictSchema, saveVerdictSchema } from "@/lib/schemas/verdict";
import { addSource } from "./add-source";
import { approveVerdict } from "./approve-verdict";
import { recordVerdict } from "./record-verdict";

/** The review mutations, each through the one wrapper (zod, actor, permission). */
export const addSourceMutation = defineMutation({
  name: "source.add",
  schema: addSourceSchema,
  access: "source:add",
  run: (input, { db, actor }) => addSource(db, input, actor.id),
});

export const saveVerdictMutation = defineMutation({
  name: "verdict.propose",
  schema: saveVerdictSchema,
  access: "verdict:propose",
  run: (input, { db, actor }) => recordVerdict(db, input, actor.id),
});

export const approveVerdictMutation = defineMutation({
  name: "verdict.approve",
  schema: approveVerdictSchema,
  access: "verdict:approve",
  run: (input, { db, actor }) => approveVerdict(db, input, actor.id),
});
