CREATE TABLE "speaking_occurrences" (
	"tenant_id" text NOT NULL,
	"online_meeting_id" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"state" text NOT NULL,
	"reason" text,
	"duration_ms" bigint,
	"unattributed_ms" bigint,
	"entropy" double precision,
	"gini" double precision,
	"turn_cv" double precision,
	"top_share" double precision,
	"roster" text,
	"people_counted" integer,
	"people_heard" integer,
	"inputs_hash" text NOT NULL,
	"ingested_at" timestamp with time zone NOT NULL,
	CONSTRAINT "speaking_occurrences_pk" PRIMARY KEY("tenant_id","online_meeting_id","starts_at")
);
--> statement-breakpoint
CREATE TABLE "speaking_people" (
	"tenant_id" text NOT NULL,
	"online_meeting_id" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"person_key" text NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"user_id" text,
	"email" text,
	"talk_ms" bigint NOT NULL,
	"share" double precision NOT NULL,
	"turns" integer NOT NULL,
	"longest_turn_ms" bigint NOT NULL,
	"backchannels" integer NOT NULL,
	"is_guest" boolean NOT NULL,
	"is_ambiguous" boolean NOT NULL,
	CONSTRAINT "speaking_people_pk" PRIMARY KEY("tenant_id","online_meeting_id","starts_at","person_key")
);
--> statement-breakpoint
CREATE TABLE "speaking_transcripts" (
	"tenant_id" text NOT NULL,
	"online_meeting_id" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"transcript_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"content_sha256" text NOT NULL,
	"cue_count" integer NOT NULL,
	"warning_count" integer NOT NULL,
	CONSTRAINT "speaking_transcripts_pk" PRIMARY KEY("tenant_id","online_meeting_id","starts_at","transcript_id")
);
--> statement-breakpoint
ALTER TABLE "speaking_occurrences" ADD CONSTRAINT "speaking_occurrences_occurrence_fk" FOREIGN KEY ("tenant_id","online_meeting_id","starts_at") REFERENCES "public"."occurrences"("tenant_id","online_meeting_id","starts_at") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "speaking_people" ADD CONSTRAINT "speaking_people_occurrence_fk" FOREIGN KEY ("tenant_id","online_meeting_id","starts_at") REFERENCES "public"."speaking_occurrences"("tenant_id","online_meeting_id","starts_at") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "speaking_transcripts" ADD CONSTRAINT "speaking_transcripts_occurrence_fk" FOREIGN KEY ("tenant_id","online_meeting_id","starts_at") REFERENCES "public"."speaking_occurrences"("tenant_id","online_meeting_id","starts_at") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "speaking_people_user" ON "speaking_people" USING btree ("tenant_id","user_id","starts_at");