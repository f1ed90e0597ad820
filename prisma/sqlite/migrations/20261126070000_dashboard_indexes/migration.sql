-- CreateIndex
CREATE INDEX "Claim_status_updatedAt_id_idx" ON "Claim"("status", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Comment_authorId_idx" ON "Comment"("authorId");

-- CreateIndex
CREATE INDEX "Source_addedById_idx" ON "Source"("addedById");

-- CreateIndex
CREATE INDEX "Verdict_authorId_idx" ON "Verdict"("authorId");

