CREATE TABLE "checkin_answers" (
	"tenant_id" text NOT NULL,
	"round_id" uuid NOT NULL,
	"author_id" text,
	"author_name" text,
	"anonymous_key" text,
	"submission_id" uuid NOT NULL,
	"text" text,
	"scales" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checkin_answers_tenant_id_round_id_submission_id_pk" PRIMARY KEY("tenant_id","round_id","submission_id"),
	CONSTRAINT "checkin_answers_one_identity" CHECK ((author_id is null) <> (anonymous_key is null) and (author_id is not null or author_name is null))
);
--> statement-breakpoint
CREATE TABLE "checkin_choices" (
	"tenant_id" text NOT NULL,
	"online_meeting_id" text NOT NULL,
	"applies_to" text NOT NULL,
	"prompt_id" text,
	"custom_question" text,
	"anonymous" boolean NOT NULL,
	"set_by" text NOT NULL,
	"invite_status" text NOT NULL,
	"invite_message" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checkin_choices_tenant_id_online_meeting_id_applies_to_pk" PRIMARY KEY("tenant_id","online_meeting_id","applies_to")
);
--> statement-breakpoint
CREATE TABLE "checkin_rounds" (
	"tenant_id" text NOT NULL,
	"online_meeting_id" text NOT NULL,
	"occurrence_start" timestamp with time zone NOT NULL,
	"round_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"prompt_id" text,
	"custom_question" text,
	"anonymous" boolean NOT NULL,
	"state" text DEFAULT 'waiting' NOT NULL,
	"phase" text DEFAULT 'checkin' NOT NULL,
	"revealed" boolean DEFAULT false NOT NULL,
	"agenda_step" integer DEFAULT 0 NOT NULL,
	"facilitator_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checkin_rounds_tenant_id_online_meeting_id_occurrence_start_pk" PRIMARY KEY("tenant_id","online_meeting_id","occurrence_start")
);
--> statement-breakpoint
CREATE INDEX "checkin_answers_person" ON "checkin_answers" USING btree ("tenant_id","round_id","author_id","anonymous_key","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "checkin_rounds_round_id" ON "checkin_rounds" USING btree ("tenant_id","round_id");