CREATE SCHEMA "App";
CREATE TABLE "App"."Order Items" (id int PRIMARY KEY, qty int NOT NULL, updated_at timestamp, updated_by text);
