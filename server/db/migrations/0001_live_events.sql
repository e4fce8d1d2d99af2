CREATE TABLE "live_events" (
	"tenant_id" text NOT NULL,
	"stream" text NOT NULL,
	"id" bigserial NOT NULL,
	"type" text NOT NULL,
	"data" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "live_events_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE INDEX "live_events_stream" ON "live_events" USING btree ("tenant_id","stream","id");