CREATE TABLE "praise" (
	"tenant_id" text NOT NULL,
	"praise_id" uuid NOT NULL,
	"online_meeting_id" text NOT NULL,
	"occurrence_start" timestamp with time zone NOT NULL,
	"event_subject" text NOT NULL,
	"giver_event_id" text NOT NULL,
	"giver_id" text NOT NULL,
	"giver_name" text NOT NULL,
	"recipient_kind" text NOT NULL,
	"recipient_id" text,
	"recipient_name" text,
	"value_id" text NOT NULL,
	"value_label" text NOT NULL,
	"message" text NOT NULL,
	"requested_visibility" text NOT NULL,
	"visibility" text NOT NULL,
	"notice" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "praise_tenant_id_praise_id_pk" PRIMARY KEY("tenant_id","praise_id"),
	CONSTRAINT "praise_recipient_shape" CHECK ((recipient_kind = 'person') = (recipient_id is not null and recipient_name is not null)),
	CONSTRAINT "praise_team_is_public" CHECK (recipient_kind = 'person' or visibility = 'public')
);
--> statement-breakpoint
CREATE TABLE "praise_delivery_jobs" (
	"tenant_id" text NOT NULL,
	"job_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"praise_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"target" text NOT NULL,
	"giver_id" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"unsure" boolean DEFAULT false NOT NULL,
	"in_flight" boolean DEFAULT false NOT NULL,
	"lease_owner" text,
	"lease_expires_at" timestamp with time zone,
	"last_error" text,
	"posted_message_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "praise_delivery_jobs_tenant_id_job_id_pk" PRIMARY KEY("tenant_id","job_id")
);
--> statement-breakpoint
CREATE TABLE "praise_giver_sessions" (
	"tenant_id" text NOT NULL,
	"user_id" text NOT NULL,
	"instance_id" text NOT NULL,
	"token_expires_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "praise_giver_sessions_tenant_id_user_id_pk" PRIMARY KEY("tenant_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "praise_preferences" (
	"tenant_id" text NOT NULL,
	"user_id" text NOT NULL,
	"preference" text DEFAULT 'either' NOT NULL,
	"has_app" boolean,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "praise_preferences_tenant_id_user_id_pk" PRIMARY KEY("tenant_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "praise_rounds" (
	"tenant_id" text NOT NULL,
	"online_meeting_id" text NOT NULL,
	"occurrence_start" timestamp with time zone NOT NULL,
	"is_open" boolean NOT NULL,
	"changed_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "praise_rounds_tenant_id_online_meeting_id_occurrence_start_pk" PRIMARY KEY("tenant_id","online_meeting_id","occurrence_start")
);
--> statement-breakpoint
CREATE TABLE "praise_values" (
	"tenant_id" text NOT NULL,
	"value_id" text NOT NULL,
	"label" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "praise_values_tenant_id_value_id_pk" PRIMARY KEY("tenant_id","value_id")
);
--> statement-breakpoint
CREATE INDEX "praise_occurrence" ON "praise" USING btree ("tenant_id","online_meeting_id","occurrence_start","created_at");--> statement-breakpoint
CREATE INDEX "praise_giver" ON "praise" USING btree ("tenant_id","giver_id","created_at");--> statement-breakpoint
CREATE INDEX "praise_recipient" ON "praise" USING btree ("tenant_id","recipient_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "praise_delivery_jobs_praise" ON "praise_delivery_jobs" USING btree ("tenant_id","praise_id","kind");--> statement-breakpoint
CREATE INDEX "praise_delivery_jobs_due" ON "praise_delivery_jobs" USING btree ("state","next_attempt_at");--> statement-breakpoint
CREATE INDEX "praise_delivery_jobs_giver" ON "praise_delivery_jobs" USING btree ("tenant_id","giver_id","state");