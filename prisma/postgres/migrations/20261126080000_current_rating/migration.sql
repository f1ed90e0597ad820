-- The rating of each claim's newest verdict (createdAt, then id), kept on the
-- claim by triggers so the dashboard counts claims by it from an index
-- instead of checking every verdict against its claim's newer ones. Triggers,
-- not application code: every write of a verdict, whoever makes it (the app,
-- imports, the data generator), keeps it true. Verdicts are only ever added
-- (a new one supersedes) or removed with their claim; the update trigger
-- covers the columns that decide.

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "currentRatingId" TEXT;

CREATE FUNCTION claimdesk_refresh_current_rating(claim_id TEXT) RETURNS VOID LANGUAGE sql AS $$
    UPDATE "Claim" SET "currentRatingId" = (
        SELECT v."ratingId" FROM "Verdict" v WHERE v."claimId" = claim_id ORDER BY v."createdAt" DESC, v."id" DESC LIMIT 1
    ) WHERE "id" = claim_id
$$;

CREATE FUNCTION claimdesk_current_rating_on_verdict() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM claimdesk_refresh_current_rating(OLD."claimId");
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW."claimId" <> OLD."claimId") THEN
        PERFORM claimdesk_refresh_current_rating(NEW."claimId");
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER "Verdict_current_rating" AFTER INSERT OR DELETE OR UPDATE OF "claimId", "ratingId", "createdAt" ON "Verdict"
    FOR EACH ROW EXECUTE FUNCTION claimdesk_current_rating_on_verdict();

-- What is already there, then the index.
UPDATE "Claim" c SET "currentRatingId" = (
    SELECT v."ratingId" FROM "Verdict" v WHERE v."claimId" = c."id" ORDER BY v."createdAt" DESC, v."id" DESC LIMIT 1
);

-- CreateIndex
CREATE INDEX "Claim_currentRatingId_idx" ON "Claim"("currentRatingId");
