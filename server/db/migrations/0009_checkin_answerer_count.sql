CREATE TABLE "checkin_answerers" (
	"tenant_id" text NOT NULL,
	"round_id" uuid NOT NULL,
	"person" text NOT NULL,
	CONSTRAINT "checkin_answerers_tenant_id_round_id_person_pk" PRIMARY KEY("tenant_id","round_id","person")
);
--> statement-breakpoint
ALTER TABLE "checkin_rounds" ADD COLUMN "answerer_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Rounds answered before this migration: their answerers and counts, from the answers themselves.
INSERT INTO "checkin_answerers" ("tenant_id", "round_id", "person")
SELECT DISTINCT "tenant_id", "round_id", coalesce("author_id", "anonymous_key") FROM "checkin_answers";
--> statement-breakpoint
UPDATE "checkin_rounds" AS r SET "answerer_count" = c.n
FROM (SELECT "tenant_id", "round_id", count(*)::int AS n FROM "checkin_answerers" GROUP BY 1, 2) AS c
WHERE r."tenant_id" = c."tenant_id" AND r."round_id" = c."round_id";
