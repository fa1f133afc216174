CREATE TABLE "sentry_project" (
  "id" bigserial NOT NULL PRIMARY KEY,
  "slug" varchar(50) NULL,
  "name" varchar(200) NOT NULL,
  "organization_id" bigint NOT NULL,
  "status" integer NOT NULL CHECK ("status" >= 0),
  "date_added" timestamp with time zone NOT NULL
);
ALTER TABLE "sentry_project" ADD CONSTRAINT "sentry_project_organization_id_slug_eb1ff6a1_uniq" UNIQUE ("organization_id", "slug");
CREATE TABLE "sentry_groupedmessage" (
  "id" bigserial NOT NULL PRIMARY KEY,
  "logger" varchar(64) NOT NULL,
  "level" integer NOT NULL CHECK ("level" >= 0),
  "message" text NOT NULL,
  "culprit" varchar(200) NULL,
  "status" integer NOT NULL CHECK ("status" >= 0),
  "times_seen" integer NOT NULL CHECK ("times_seen" >= 0),
  "last_seen" timestamp with time zone NOT NULL,
  "first_seen" timestamp with time zone NOT NULL,
  "project_id" bigint NULL,
  "short_id" bigint NULL
);
ALTER TABLE "sentry_groupedmessage" ADD CONSTRAINT "sentry_groupedmessage_project_id_short_id_3c2ba0e4_uniq" UNIQUE ("project_id", "short_id");
ALTER TABLE "sentry_groupedmessage" ADD CONSTRAINT "sentry_groupedmessa_project_id_ebdf9ff2_fk_sentry_pr" FOREIGN KEY ("project_id") REFERENCES "sentry_project" ("id") DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "sentry_groupedmessage_project_id_ebdf9ff2" ON "sentry_groupedmessage" ("project_id");
CREATE INDEX "sentry_groupedmessage_status_4a0d3e5c" ON "sentry_groupedmessage" ("status");
CREATE INDEX "sentry_groupedmessage_last_seen_a8b46e5c" ON "sentry_groupedmessage" ("last_seen");
