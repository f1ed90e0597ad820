-- Full-text search, one document per claim (replaces one document per claim,
-- source and verdict). A claim's document is its text and speaker, its
-- sources' titles, publishers and excerpts, and its verdicts' rationales, so
-- "every word must match" means somewhere in the claim's whole record.
--
-- The document's FTS rowid is the claim's search sequence number
-- (ClaimSearch.rowid, AUTOINCREMENT: only ever grows), and search lists the
-- newest claims first by it. FTS5 walks a term's doclist in rowid order and
-- stops at LIMIT, so a word that matches a tenth of the desk costs what a
-- rare one does. The "article" column holds the article id hex-encoded (one
-- token, exact match) so an article-scoped search is an FTS intersection,
-- not a filter over every match.
--
-- Raw SQL: Prisma cannot model FTS5 (prisma.config.ts lists these tables as
-- external). Triggers keep documents in step with every write, whoever makes
-- it. Diacritics are folded by the tokenizer; Portuguese and English stemming
-- happens at query time in lib/search/fts-query.ts.
DROP TRIGGER "Claim_search_insert";
DROP TRIGGER "Claim_search_update";
DROP TRIGGER "Claim_search_delete";
DROP TRIGGER "Source_search_insert";
DROP TRIGGER "Source_search_update";
DROP TRIGGER "Source_search_delete";
DROP TRIGGER "Verdict_search_insert";
DROP TRIGGER "Verdict_search_update";
DROP TRIGGER "Verdict_search_delete";
DROP TABLE "SearchFts";
DROP TABLE "SearchDoc";

CREATE TABLE "ClaimSearch" (
    "rowid" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "claimId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL
);
CREATE UNIQUE INDEX "ClaimSearch_claimId_key" ON "ClaimSearch"("claimId");

CREATE VIRTUAL TABLE "ClaimSearchFts" USING fts5("body", "article", tokenize = 'unicode61 remove_diacritics 2');

-- The index's vocabulary, one row per indexed word: search turns a stem
-- prefix into the exact words it stands for (lib/search/sqlite-search.ts),
-- which FTS5 can merge lazily where a prefix query reads every posting.
CREATE VIRTUAL TABLE "ClaimSearchTerms" USING fts5vocab("ClaimSearchFts", 'row');

-- The searchable text of each claim (one definition for every trigger).
CREATE VIEW "ClaimSearchBody" AS
SELECT c."id" AS "claimId",
    c."text" || ' ' || coalesce(c."speaker", '')
    || coalesce((SELECT ' ' || group_concat(s."title" || ' ' || coalesce(s."publisher", '') || ' ' || s."excerpt", ' ') FROM "Source" s WHERE s."claimId" = c."id"), '')
    || coalesce((SELECT ' ' || group_concat(v."rationale", ' ') FROM "Verdict" v WHERE v."claimId" = c."id"), '') AS "body"
FROM "Claim" c;

CREATE TRIGGER "Claim_search_insert" AFTER INSERT ON "Claim" BEGIN
    INSERT INTO "ClaimSearch" ("claimId", "articleId") VALUES (NEW."id", NEW."articleId");
    INSERT INTO "ClaimSearchFts" ("rowid", "body", "article")
        SELECT last_insert_rowid(), b."body", hex(NEW."articleId") FROM "ClaimSearchBody" b WHERE b."claimId" = NEW."id";
END;
CREATE TRIGGER "Claim_search_update" AFTER UPDATE OF "text", "speaker", "articleId" ON "Claim" BEGIN
    UPDATE "ClaimSearch" SET "articleId" = NEW."articleId" WHERE "claimId" = NEW."id";
    UPDATE "ClaimSearchFts"
    SET "body" = (SELECT b."body" FROM "ClaimSearchBody" b WHERE b."claimId" = NEW."id"), "article" = hex(NEW."articleId")
    WHERE "rowid" = (SELECT "rowid" FROM "ClaimSearch" WHERE "claimId" = NEW."id");
END;
CREATE TRIGGER "Claim_search_delete" AFTER DELETE ON "Claim" BEGIN
    DELETE FROM "ClaimSearchFts" WHERE "rowid" = (SELECT "rowid" FROM "ClaimSearch" WHERE "claimId" = OLD."id");
    DELETE FROM "ClaimSearch" WHERE "claimId" = OLD."id";
END;

-- A source or verdict changes its claim's document (both claims' when it moves).
CREATE TRIGGER "Source_search_insert" AFTER INSERT ON "Source" BEGIN
    UPDATE "ClaimSearchFts" SET "body" = (SELECT b."body" FROM "ClaimSearchBody" b WHERE b."claimId" = NEW."claimId")
    WHERE "rowid" = (SELECT "rowid" FROM "ClaimSearch" WHERE "claimId" = NEW."claimId");
END;
CREATE TRIGGER "Source_search_update" AFTER UPDATE OF "title", "publisher", "excerpt", "claimId" ON "Source" BEGIN
    UPDATE "ClaimSearchFts" SET "body" = (SELECT b."body" FROM "ClaimSearchBody" b WHERE b."claimId" = OLD."claimId")
    WHERE "rowid" = (SELECT "rowid" FROM "ClaimSearch" WHERE "claimId" = OLD."claimId");
    UPDATE "ClaimSearchFts" SET "body" = (SELECT b."body" FROM "ClaimSearchBody" b WHERE b."claimId" = NEW."claimId")
    WHERE NEW."claimId" <> OLD."claimId" AND "rowid" = (SELECT "rowid" FROM "ClaimSearch" WHERE "claimId" = NEW."claimId");
END;
CREATE TRIGGER "Source_search_delete" AFTER DELETE ON "Source" BEGIN
    UPDATE "ClaimSearchFts" SET "body" = (SELECT b."body" FROM "ClaimSearchBody" b WHERE b."claimId" = OLD."claimId")
    WHERE "rowid" = (SELECT "rowid" FROM "ClaimSearch" WHERE "claimId" = OLD."claimId");
END;

CREATE TRIGGER "Verdict_search_insert" AFTER INSERT ON "Verdict" BEGIN
    UPDATE "ClaimSearchFts" SET "body" = (SELECT b."body" FROM "ClaimSearchBody" b WHERE b."claimId" = NEW."claimId")
    WHERE "rowid" = (SELECT "rowid" FROM "ClaimSearch" WHERE "claimId" = NEW."claimId");
END;
CREATE TRIGGER "Verdict_search_update" AFTER UPDATE OF "rationale", "claimId" ON "Verdict" BEGIN
    UPDATE "ClaimSearchFts" SET "body" = (SELECT b."body" FROM "ClaimSearchBody" b WHERE b."claimId" = OLD."claimId")
    WHERE "rowid" = (SELECT "rowid" FROM "ClaimSearch" WHERE "claimId" = OLD."claimId");
    UPDATE "ClaimSearchFts" SET "body" = (SELECT b."body" FROM "ClaimSearchBody" b WHERE b."claimId" = NEW."claimId")
    WHERE NEW."claimId" <> OLD."claimId" AND "rowid" = (SELECT "rowid" FROM "ClaimSearch" WHERE "claimId" = NEW."claimId");
END;
CREATE TRIGGER "Verdict_search_delete" AFTER DELETE ON "Verdict" BEGIN
    UPDATE "ClaimSearchFts" SET "body" = (SELECT b."body" FROM "ClaimSearchBody" b WHERE b."claimId" = OLD."claimId")
    WHERE "rowid" = (SELECT "rowid" FROM "ClaimSearch" WHERE "claimId" = OLD."claimId");
END;

-- Index what is already there, oldest first, so sequence order is creation order.
INSERT INTO "ClaimSearch" ("claimId", "articleId") SELECT "id", "articleId" FROM "Claim" ORDER BY "createdAt", "id";
INSERT INTO "ClaimSearchFts" ("rowid", "body", "article")
    SELECT k."rowid", b."body", hex(k."articleId") FROM "ClaimSearch" k JOIN "ClaimSearchBody" b ON b."claimId" = k."claimId";
