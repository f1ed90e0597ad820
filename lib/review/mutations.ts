import "server-only";
import { defineMutation } from "@/lib/auth/mutation";
import { addSourceSchema } from "@/lib/schemas/source";
import { approveVerdictSchema, saveVerdictSchema } from "@/lib/schemas/verdict";
import { addSource } from "./add-source";
import { approveVerdict } from "./approve-verdict";
import { recordVerdict } from "./record-verdict";
import { addCommentSchema, assignClaimSchema, bulkAssignSchema, bulkStatusSchema } from "@/lib/schemas/workflow";
import { assignClaim, bulkAssign } from "./assign";
import { bulkSetStatus } from "./bulk-status";
import { addComment } from "./comments";

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

export const assignClaimMutation = defineMutation({
  name: "claim.assign",
  schema: assignClaimSchema,
  access: "claim:assign",
  run: (input, { db, actor }) => assignClaim(db, input, actor.id),
});

export const bulkAssignMutation = defineMutation({
  name: "claim.bulkAssign",
  schema: bulkAssignSchema,
  access: "claim:assign",
  run: (input, { db, actor }) => bulkAssign(db, input, actor.id),
});

/** Moving claims along the workflow by hand is curation: every reviewer may, within workflow.ts. */
export const bulkStatusMutation = defineMutation({
  name: "claim.bulkStatus",
  schema: bulkStatusSchema,
  access: "claim:curate",
  run: (input, { db, actor }) => bulkSetStatus(db, input, actor.id),
});

export const addCommentMutation = defineMutation({
  name: "comment.add",
  schema: addCommentSchema,
  access: "comment:add",
  run: (input, { db, actor }) => addComment(db, input, actor.id),
});
