CREATE SCHEMA "CDC";
CREATE TABLE "CDC"."Order Items" (id int PRIMARY KEY, sku text NOT NULL);
ALTER TABLE "CDC"."Order Items" REPLICA IDENTITY NOTHING;
CREATE TABLE "CDC".events (id bigint NOT NULL, payload jsonb);
ALTER TABLE "CDC".events REPLICA IDENTITY FULL;
CREATE TABLE "CDC"."a$b" (k text NOT NULL, v int);
CREATE UNIQUE INDEX "a$b_k" ON "CDC"."a$b" (k);
CREATE PUBLICATION zm_cdc_pub FOR TABLE "CDC"."Order Items", "CDC".events, "CDC"."a$b";
