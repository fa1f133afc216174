CREATE SCHEMA billing;
CREATE TYPE billing.e AS ENUM ('a');
