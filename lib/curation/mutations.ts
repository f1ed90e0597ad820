import "server-only";
import { defineMutation } from "@/lib/auth/mutation";
import {
  addClaimSchema, dismissClaimSchema, editClaimSchema, mergeClaimSchema, reextractSchema, restoreClaimSchema, setCheckworthySchema, splitClaimSchema,
} from "@/lib/schemas/claim";
import { addClaim } from "./add-claim";
import { dismissClaim, restoreClaim, setCheckworthy } from "./claim-state";
import { editClaim } from "./edit-claim";
import { reextractArticle } from "./reextract-article";
import { mergeWithNext, splitClaim } from "./split-merge";

/** Claim curation: every change is versioned, audited and marks the claim as human-touched. */
export const addClaimMutation = defineMutation({
  name: "claim.add",
  schema: addClaimSchema,
  access: "claim:curate",
  run: (input, { db, actor }) => addClaim(db, input, actor.id),
});

export const editClaimMutation = defineMutation({
  name: "claim.edit",
  schema: editClaimSchema,
  access: "claim:curate",
  run: (input, { db, actor }) => editClaim(db, input, actor.id),
});

export const splitClaimMutation = defineMutation({
  name: "claim.split",
  schema: splitClaimSchema,
  access: "claim:curate",
  run: (input, { db, actor }) => splitClaim(db, input, actor.id),
});

export const mergeClaimMutation = defineMutation({
  name: "claim.mergeWithNext",
  schema: mergeClaimSchema,
  access: "claim:curate",
  run: (input, { db, actor }) => mergeWithNext(db, input, actor.id),
});

export const dismissClaimMutation = defineMutation({
  name: "claim.dismiss",
  schema: dismissClaimSchema,
  access: "claim:curate",
  run: (input, { db, actor }) => dismissClaim(db, input, actor.id),
});

export const restoreClaimMutation = defineMutation({
  name: "claim.restore",
  schema: restoreClaimSchema,
  access: "claim:curate",
  run: (input, { db, actor }) => restoreClaim(db, input, actor.id),
});

export const setCheckworthyMutation = defineMutation({
  name: "claim.setCheckworthy",
  schema: setCheckworthySchema,
  access: "claim:curate",
  run: (input, { db, actor }) => setCheckworthy(db, input, actor.id),
});

export const reextractMutation = defineMutation({
  name: "article.reextract",
  schema: reextractSchema,
  access: "claim:curate",
  run: (input, { db, actor }) => reextractArticle(db, input.articleId, actor.id),
});
