-- DropIndex
DROP INDEX "Article_createdAt_idx";

-- DropIndex
DROP INDEX "AuditEvent_entityType_entityId_createdAt_idx";

-- DropIndex
DROP INDEX "Claim_articleId_status_idx";

-- DropIndex
DROP INDEX "Claim_articleId_start_idx";

-- CreateIndex
CREATE INDEX "Article_createdAt_id_idx" ON "Article"("createdAt", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_createdAt_id_idx" ON "AuditEvent"("entityType", "entityId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Claim_articleId_start_id_idx" ON "Claim"("articleId", "start", "id");

-- CreateIndex
CREATE INDEX "Claim_articleId_status_start_idx" ON "Claim"("articleId", "status", "start");


-- Full-text search (raw SQL: Prisma cannot model FTS5; prisma.config.ts lists
-- these tables as external). One FTS row per searchable document: a claim
-- (text + speaker), a source (title, publisher, excerpt), a verdict
-- (rationale). SearchDoc maps each document to a stable integer rowid
-- (Claim's own rowid may change on VACUUM) and to its claim. Triggers keep
-- both in step with every write, whoever makes it. Diacritics are folded by
-- the tokenizer; Portuguese and English stemming happens at query time in
-- lib/search/fts-query.ts.
CREATE TABLE "SearchDoc" (
    "rowid" INTEGER NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "refId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL
);
CREATE UNIQUE INDEX "SearchDoc_kind_refId_key" ON "SearchDoc"("kind", "refId");

CREATE VIRTUAL TABLE "SearchFts" USING fts5("body", tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER "Claim_search_insert" AFTER INSERT ON "Claim" BEGIN
    INSERT INTO "SearchDoc" ("kind", "refId", "claimId") VALUES ('claim', NEW."id", NEW."id");
    INSERT INTO "SearchFts" ("rowid", "body") VALUES (last_insert_rowid(), NEW."text" || ' ' || coalesce(NEW."speaker", ''));
END;
CREATE TRIGGER "Claim_search_update" AFTER UPDATE OF "text", "speaker" ON "Claim" BEGIN
    UPDATE "SearchFts" SET "body" = NEW."text" || ' ' || coalesce(NEW."speaker", '')
    WHERE "rowid" = (SELECT "rowid" FROM "SearchDoc" WHERE "kind" = 'claim' AND "refId" = NEW."id");
END;
CREATE TRIGGER "Claim_search_delete" AFTER DELETE ON "Claim" BEGIN
    DELETE FROM "SearchFts" WHERE "rowid" = (SELECT "rowid" FROM "SearchDoc" WHERE "kind" = 'claim' AND "refId" = OLD."id");
    DELETE FROM "SearchDoc" WHERE "kind" = 'claim' AND "refId" = OLD."id";
END;

CREATE TRIGGER "Source_search_insert" AFTER INSERT ON "Source" BEGIN
    INSERT INTO "SearchDoc" ("kind", "refId", "claimId") VALUES ('source', NEW."id", NEW."claimId");
    INSERT INTO "SearchFts" ("rowid", "body") VALUES (last_insert_rowid(), NEW."title" || ' ' || coalesce(NEW."publisher", '') || ' ' || NEW."excerpt");
END;
CREATE TRIGGER "Source_search_update" AFTER UPDATE OF "title", "publisher", "excerpt", "claimId" ON "Source" BEGIN
    UPDATE "SearchDoc" SET "claimId" = NEW."claimId" WHERE "kind" = 'source' AND "refId" = NEW."id";
    UPDATE "SearchFts" SET "body" = NEW."title" || ' ' || coalesce(NEW."publisher", '') || ' ' || NEW."excerpt"
    WHERE "rowid" = (SELECT "rowid" FROM "SearchDoc" WHERE "kind" = 'source' AND "refId" = NEW."id");
END;
CREATE TRIGGER "Source_search_delete" AFTER DELETE ON "Source" BEGIN
    DELETE FROM "SearchFts" WHERE "rowid" = (SELECT "rowid" FROM "SearchDoc" WHERE "kind" = 'source' AND "refId" = OLD."id");
    DELETE FROM "SearchDoc" WHERE "kind" = 'source' AND "refId" = OLD."id";
END;

CREATE TRIGGER "Verdict_search_insert" AFTER INSERT ON "Verdict" BEGIN
    INSERT INTO "SearchDoc" ("kind", "refId", "claimId") VALUES ('verdict', NEW."id", NEW."claimId");
    INSERT INTO "SearchFts" ("rowid", "body") VALUES (last_insert_rowid(), NEW."rationale");
END;
CREATE TRIGGER "Verdict_search_update" AFTER UPDATE OF "rationale", "claimId" ON "Verdict" BEGIN
    UPDATE "SearchDoc" SET "claimId" = NEW."claimId" WHERE "kind" = 'verdict' AND "refId" = NEW."id";
    UPDATE "SearchFts" SET "body" = NEW."rationale"
    WHERE "rowid" = (SELECT "rowid" FROM "SearchDoc" WHERE "kind" = 'verdict' AND "refId" = NEW."id");
END;
CREATE TRIGGER "Verdict_search_delete" AFTER DELETE ON "Verdict" BEGIN
    DELETE FROM "SearchFts" WHERE "rowid" = (SELECT "rowid" FROM "SearchDoc" WHERE "kind" = 'verdict' AND "refId" = OLD."id");
    DELETE FROM "SearchDoc" WHERE "kind" = 'verdict' AND "refId" = OLD."id";
END;

-- Index what is already there.
INSERT INTO "SearchDoc" ("kind", "refId", "claimId")
    SELECT 'claim', "id", "id" FROM "Claim"
    UNION ALL SELECT 'source', "id", "claimId" FROM "Source"
    UNION ALL SELECT 'verdict', "id", "claimId" FROM "Verdict";
INSERT INTO "SearchFts" ("rowid", "body")
    SELECT d."rowid", c."text" || ' ' || coalesce(c."speaker", '') FROM "SearchDoc" d JOIN "Claim" c ON d."kind" = 'claim' AND c."id" = d."refId"
    UNION ALL SELECT d."rowid", s."title" || ' ' || coalesce(s."publisher", '') || ' ' || s."excerpt" FROM "SearchDoc" d JOIN "Source" s ON d."kind" = 'source' AND s."id" = d."refId"
    UNION ALL SELECT d."rowid", v."rationale" FROM "SearchDoc" d JOIN "Verdict" v ON d."kind" = 'verdict' AND v."id" = d."refId";
