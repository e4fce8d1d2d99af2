CREATE TABLE "graph_notifications" (
	"tenant_id" text NOT NULL,
	"notification_id" uuid NOT NULL,
	"subscription_id" text NOT NULL,
	"organizer_id" text NOT NULL,
	"kind" text NOT NULL,
	"lifecycle_event" text,
	"online_meeting_id" text,
	"transcript_id" text,
	"dedupe_key" text,
	"received_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"locked_until" timestamp with time zone,
	"processed_at" timestamp with time zone,
	"outcome" text,
	"failed_at" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "graph_notifications_tenant_id_notification_id_pk" PRIMARY KEY("tenant_id","notification_id")
);
--> statement-breakpoint
CREATE TABLE "graph_subscriptions" (
	"tenant_id" text NOT NULL,
	"organizer_id" text NOT NULL,
	"organizer_upn" text NOT NULL,
	"subscription_id" text,
	"resource" text NOT NULL,
	"notification_url" text NOT NULL,
	"client_state_hash" text,
	"expires_at" timestamp with time zone,
	"status" text NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "graph_subscriptions_tenant_id_organizer_id_pk" PRIMARY KEY("tenant_id","organizer_id")
);
--> statement-breakpoint
CREATE TABLE "transcript_delta_links" (
	"tenant_id" text NOT NULL,
	"organizer_id" text NOT NULL,
	"delta_link" text NOT NULL,
	"synced_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "transcript_delta_links_tenant_id_organizer_id_pk" PRIMARY KEY("tenant_id","organizer_id")
);
--> statement-breakpoint
CREATE TABLE "turn_hands" (
	"tenant_id" text NOT NULL,
	"online_meeting_id" text NOT NULL,
	"occurrence_start" timestamp with time zone NOT NULL,
	"participant_id" text NOT NULL,
	"participant_name" text NOT NULL,
	"raised_at" timestamp with time zone NOT NULL,
	CONSTRAINT "turn_hands_tenant_id_online_meeting_id_occurrence_start_participant_id_pk" PRIMARY KEY("tenant_id","online_meeting_id","occurrence_start","participant_id")
);
--> statement-breakpoint
CREATE TABLE "turn_participants" (
	"tenant_id" text NOT NULL,
	"online_meeting_id" text NOT NULL,
	"occurrence_start" timestamp with time zone NOT NULL,
	"participant_id" text NOT NULL,
	"participant_name" text NOT NULL,
	"joined_at" timestamp with time zone NOT NULL,
	CONSTRAINT "turn_participants_tenant_id_online_meeting_id_occurrence_start_participant_id_pk" PRIMARY KEY("tenant_id","online_meeting_id","occurrence_start","participant_id")
);
--> statement-breakpoint
CREATE TABLE "turn_segments" (
	"tenant_id" text NOT NULL,
	"seq" bigserial NOT NULL,
	"online_meeting_id" text NOT NULL,
	"occurrence_start" timestamp with time zone NOT NULL,
	"participant_id" text NOT NULL,
	"participant_name" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	CONSTRAINT "turn_segments_tenant_id_seq_pk" PRIMARY KEY("tenant_id","seq"),
	CONSTRAINT "turn_segments_order" CHECK (ended_at is null or ended_at >= started_at)
);
--> statement-breakpoint
CREATE TABLE "turn_trackers" (
	"tenant_id" text NOT NULL,
	"online_meeting_id" text NOT NULL,
	"occurrence_start" timestamp with time zone NOT NULL,
	"mode" text DEFAULT 'self' NOT NULL,
	"facilitator_id" text,
	"revision" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "turn_trackers_tenant_id_online_meeting_id_occurrence_start_pk" PRIMARY KEY("tenant_id","online_meeting_id","occurrence_start"),
	CONSTRAINT "turn_trackers_mode" CHECK (mode in ('facilitator', 'self'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "graph_notifications_dedupe" ON "graph_notifications" USING btree ("tenant_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "graph_notifications_due" ON "graph_notifications" USING btree ("next_attempt_at") WHERE processed_at is null and failed_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "graph_subscriptions_subscription_id" ON "graph_subscriptions" USING btree ("tenant_id","subscription_id");--> statement-breakpoint
CREATE INDEX "turn_segments_occurrence" ON "turn_segments" USING btree ("tenant_id","online_meeting_id","occurrence_start","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "turn_segments_one_open" ON "turn_segments" USING btree ("tenant_id","online_meeting_id","occurrence_start") WHERE ended_at is null;