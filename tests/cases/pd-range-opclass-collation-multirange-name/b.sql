-- A text range changes its SUBTYPE_OPCLASS and COLLATION, and a second range
-- gets a custom multirange name; both are used by columns, a gist exclusion
-- constraint and a function signature, so they are re-created with rows kept.
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TYPE code_span AS RANGE (SUBTYPE = text, SUBTYPE_OPCLASS = text_pattern_ops, COLLATION = "C");
CREATE TYPE money_band AS RANGE (SUBTYPE = numeric, MULTIRANGE_TYPE_NAME = money_bands);
CREATE TABLE shelves (
  id int PRIMARY KEY,
  aisle int NOT NULL,
  codes code_span NOT NULL,
  price money_band,
  prices money_bands,
  EXCLUDE USING gist (aisle WITH =, codes WITH &&)
);
CREATE FUNCTION in_band(b money_band, p numeric) RETURNS boolean LANGUAGE sql IMMUTABLE
  AS $$ SELECT b @> p $$;
