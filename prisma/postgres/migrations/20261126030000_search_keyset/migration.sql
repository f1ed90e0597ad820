-- DropIndex
DROP INDEX "Article_createdAt_idx";

-- DropIndex
DROP INDEX "AuditEvent_entityType_entityId_createdAt_idx";

-- DropIndex
DROP INDEX "Claim_articleId_start_idx";

-- DropIndex
DROP INDEX "Claim_articleId_status_idx";

-- CreateIndex
CREATE INDEX "Article_createdAt_id_idx" ON "Article"("createdAt", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_createdAt_id_idx" ON "AuditEvent"("entityType", "entityId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Claim_articleId_start_id_idx" ON "Claim"("articleId", "start", "id");

-- CreateIndex
CREATE INDEX "Claim_articleId_status_start_idx" ON "Claim"("articleId", "status", "start");


-- Full-text search (raw SQL: Prisma cannot express expression indexes or text
-- search configurations; it leaves both alone when diffing). Each searchable
-- table gets a GIN index over Portuguese + English stemmed vectors of its
-- text, with accents folded by unaccent (trusted extension, PostgreSQL 13+).
-- lib/search/search-claims.ts repeats these exact expressions so the planner
-- uses the indexes.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION claimdesk_pt (COPY = pg_catalog.portuguese);
ALTER TEXT SEARCH CONFIGURATION claimdesk_pt ALTER MAPPING FOR hword, hword_part, word WITH unaccent, portuguese_stem;
CREATE TEXT SEARCH CONFIGURATION claimdesk_en (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION claimdesk_en ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

CREATE INDEX "Claim_search_idx" ON "Claim" USING GIN ((
    to_tsvector('claimdesk_pt'::regconfig, "text" || ' ' || coalesce("speaker", ''))
    || to_tsvector('claimdesk_en'::regconfig, "text" || ' ' || coalesce("speaker", ''))
));
CREATE INDEX "Source_search_idx" ON "Source" USING GIN ((
    to_tsvector('claimdesk_pt'::regconfig, "title" || ' ' || coalesce("publisher", '') || ' ' || "excerpt")
    || to_tsvector('claimdesk_en'::regconfig, "title" || ' ' || coalesce("publisher", '') || ' ' || "excerpt")
));
CREATE INDEX "Verdict_search_idx" ON "Verdict" USING GIN ((
    to_tsvector('claimdesk_pt'::regconfig, "rationale")
    || to_tsvector('claimdesk_en'::regconfig, "rationale")
));
