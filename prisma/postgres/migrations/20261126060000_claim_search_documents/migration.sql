-- Full-text search, one document per claim (replaces three GIN expression
-- indexes over Claim, Source and Verdict). A claim's document is its text and
-- speaker, its sources' titles, publishers and excerpts, and its verdicts'
-- rationales, stemmed for Portuguese and English with accents folded, so
-- "every word must match" means somewhere in the claim's whole record.
--
-- "seq" only ever grows and search lists the newest claims first by it. With
-- a GIN index on the document and the primary key on seq, the planner picks
-- per query: for a common word it walks seq backwards and stops at LIMIT;
-- for a rare one it reads the GIN posting list and sorts the few hits
-- (it knows which is which from the column's statistics, most common
-- lexemes included). An article-scoped search walks (articleId, seq).
--
-- Raw SQL: Prisma cannot model tsvector columns or text search configurations
-- (prisma.config.ts lists the table as external). Triggers keep documents in
-- step with every write, whoever makes it. lib/search/search-claims.ts builds
-- the matching tsquery with the same configurations.
DROP INDEX "Claim_search_idx";
DROP INDEX "Source_search_idx";
DROP INDEX "Verdict_search_idx";

CREATE TABLE "ClaimSearch" (
    "seq" BIGSERIAL NOT NULL,
    "claimId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "document" TSVECTOR NOT NULL,
    CONSTRAINT "ClaimSearch_pkey" PRIMARY KEY ("seq"),
    CONSTRAINT "ClaimSearch_claimId_key" UNIQUE ("claimId"),
    CONSTRAINT "ClaimSearch_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE FUNCTION claimdesk_search_vector(body TEXT) RETURNS TSVECTOR LANGUAGE sql STABLE AS $$
    SELECT to_tsvector('claimdesk_pt'::regconfig, body) || to_tsvector('claimdesk_en'::regconfig, body)
$$;

-- The searchable text of one claim (NULL when the claim is gone).
CREATE FUNCTION claimdesk_claim_search_body(claim_id TEXT) RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT c."text" || ' ' || coalesce(c."speaker", '')
        || coalesce((SELECT ' ' || string_agg(s."title" || ' ' || coalesce(s."publisher", '') || ' ' || s."excerpt", ' ') FROM "Source" s WHERE s."claimId" = c."id"), '')
        || coalesce((SELECT ' ' || string_agg(v."rationale", ' ') FROM "Verdict" v WHERE v."claimId" = c."id"), '')
    FROM "Claim" c WHERE c."id" = claim_id
$$;

CREATE FUNCTION claimdesk_refresh_claim_search(claim_id TEXT) RETURNS VOID LANGUAGE sql AS $$
    UPDATE "ClaimSearch" k SET "document" = claimdesk_search_vector(b.body)
    FROM (SELECT claimdesk_claim_search_body(claim_id) AS body) b
    WHERE k."claimId" = claim_id AND b.body IS NOT NULL
$$;

CREATE FUNCTION claimdesk_claim_search_on_claim() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO "ClaimSearch" ("claimId", "articleId", "document")
        VALUES (NEW."id", NEW."articleId", claimdesk_search_vector(claimdesk_claim_search_body(NEW."id")));
    ELSE
        UPDATE "ClaimSearch" SET "articleId" = NEW."articleId" WHERE "claimId" = NEW."id";
        PERFORM claimdesk_refresh_claim_search(NEW."id");
    END IF;
    RETURN NULL;
END
$$;

-- A source or verdict changes its claim's document (both claims' when it moves).
CREATE FUNCTION claimdesk_claim_search_on_evidence() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM claimdesk_refresh_claim_search(OLD."claimId");
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW."claimId" <> OLD."claimId") THEN
        PERFORM claimdesk_refresh_claim_search(NEW."claimId");
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER "Claim_search" AFTER INSERT OR UPDATE OF "text", "speaker", "articleId" ON "Claim"
    FOR EACH ROW EXECUTE FUNCTION claimdesk_claim_search_on_claim();
CREATE TRIGGER "Source_search" AFTER INSERT OR DELETE OR UPDATE OF "title", "publisher", "excerpt", "claimId" ON "Source"
    FOR EACH ROW EXECUTE FUNCTION claimdesk_claim_search_on_evidence();
CREATE TRIGGER "Verdict_search" AFTER INSERT OR DELETE OR UPDATE OF "rationale", "claimId" ON "Verdict"
    FOR EACH ROW EXECUTE FUNCTION claimdesk_claim_search_on_evidence();

-- Index what is already there, oldest first, so sequence order is creation
-- order; build the indexes after the load.
INSERT INTO "ClaimSearch" ("claimId", "articleId", "document")
    SELECT c."id", c."articleId", claimdesk_search_vector(claimdesk_claim_search_body(c."id"))
    FROM "Claim" c ORDER BY c."createdAt", c."id";
CREATE INDEX "ClaimSearch_document_idx" ON "ClaimSearch" USING GIN ("document");
CREATE INDEX "ClaimSearch_articleId_seq_idx" ON "ClaimSearch" ("articleId", "seq");
-- The walk-or-GIN choice rests on the planner knowing how common each word
-- is. By default it tracks the 1,000 most common lexemes and guesses 0.5 %
-- for the rest, so at 1M claims a word in 20 of them looked like 6,000 and
-- the planner walked all of seq (0.5 s); tracking 10,000 brings the guess
-- for uncommon words down to a few hundred rows (0.5 ms).
ALTER TABLE "ClaimSearch" ALTER COLUMN "document" SET STATISTICS 1000;
ANALYZE "ClaimSearch";
