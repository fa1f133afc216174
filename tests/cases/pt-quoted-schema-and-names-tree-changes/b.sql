CREATE SCHEMA "Sales Data";
CREATE TABLE "Sales Data"."Order" (id int PRIMARY KEY);
CREATE TABLE "Sales Data"."Order Lines" ("Line Id" int NOT NULL, "Order Id" int NOT NULL REFERENCES "Sales Data"."Order",
  "Booked On" date NOT NULL, "Amount" numeric CONSTRAINT "Amount >= 0" CHECK ("Amount" >= 0),
  CONSTRAINT "Order Lines PK" PRIMARY KEY ("Line Id", "Booked On")) PARTITION BY RANGE ("Booked On");
CREATE TABLE "Sales Data"."Order Lines 2024" PARTITION OF "Sales Data"."Order Lines" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE "Sales Data"."Order Lines 2025" PARTITION OF "Sales Data"."Order Lines" FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE "Sales Data"."Order Lines (rest)" PARTITION OF "Sales Data"."Order Lines" DEFAULT;
CREATE INDEX "OL by Amount" ON "Sales Data"."Order Lines" ("Amount", "Order Id");
CREATE INDEX "OL 2025 ""hot"" rows" ON "Sales Data"."Order Lines 2025" ("Order Id") WHERE "Amount" > 100;
CREATE FUNCTION "Sales Data"."Touch"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER "Touch Row" BEFORE UPDATE ON "Sales Data"."Order Lines" FOR EACH ROW EXECUTE FUNCTION "Sales Data"."Touch"();
ALTER TABLE "Sales Data"."Order Lines 2024" DISABLE TRIGGER "Touch Row";
ALTER TABLE "Sales Data"."Order Lines 2025" REPLICA IDENTITY FULL;
