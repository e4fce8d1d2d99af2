-- Custom SQL migration file, put your code below! --
-- "My team" (server/db/report-team-weeks.ts) finds the meetings its members organized by organizer e-mail,
-- compared in lower case. The meetings table (schema/core.ts) keeps its own indexes; this one is the reports'.
CREATE INDEX IF NOT EXISTS "meetings_organizer_lower" ON "meetings" USING btree ("tenant_id", lower("organizer_email"));
