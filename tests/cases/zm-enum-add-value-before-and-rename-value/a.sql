CREATE SCHEMA "Flow";
CREATE TYPE "Flow"."Status" AS ENUM ('new', 'in progress', 'done');
CREATE TABLE "Flow".tasks (id int PRIMARY KEY, st "Flow"."Status" NOT NULL DEFAULT 'new');
CREATE INDEX tasks_open ON "Flow".tasks (id) WHERE st < 'done';
CREATE VIEW "Flow".open_tasks AS SELECT id, st FROM "Flow".tasks WHERE st <> 'done';
