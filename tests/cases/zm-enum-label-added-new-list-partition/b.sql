CREATE SCHEMA "Geo";
CREATE TYPE "Geo"."Region" AS ENUM ('us', 'eu', 'apac');
CREATE TABLE "Geo".customers (id int NOT NULL, region "Geo"."Region" NOT NULL, name text, PRIMARY KEY (region, id)) PARTITION BY LIST (region);
CREATE TABLE "Geo".customers_us PARTITION OF "Geo".customers FOR VALUES IN ('us');
CREATE TABLE "Geo".customers_eu PARTITION OF "Geo".customers FOR VALUES IN ('eu');
CREATE TABLE "Geo".customers_apac PARTITION OF "Geo".customers FOR VALUES IN ('apac');
