-- AlterTable
ALTER TABLE "Article" ADD COLUMN "blindReview" BOOLEAN NOT NULL DEFAULT false;
