CREATE TABLE "speaking_timelines" (
	"tenant_id" text NOT NULL,
	"online_meeting_id" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"person_keys" text[] NOT NULL,
	"turn_people" integer[] NOT NULL,
	"turn_starts_ms" integer[] NOT NULL,
	"turn_ends_ms" integer[] NOT NULL,
	CONSTRAINT "speaking_timelines_pk" PRIMARY KEY("tenant_id","online_meeting_id","starts_at"),
	CONSTRAINT "speaking_timelines_parallel" CHECK (cardinality(turn_people) = cardinality(turn_starts_ms) and cardinality(turn_people) = cardinality(turn_ends_ms))
);
--> statement-breakpoint
ALTER TABLE "speaking_timelines" ADD CONSTRAINT "speaking_timelines_occurrence_fk" FOREIGN KEY ("tenant_id","online_meeting_id","starts_at") REFERENCES "public"."speaking_occurrences"("tenant_id","online_meeting_id","starts_at") ON DELETE cascade ON UPDATE no action;