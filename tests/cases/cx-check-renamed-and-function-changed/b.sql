CREATE FUNCTION is_valid_sku(s text, strict_ boolean DEFAULT true) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT s ~ '^[A-Z]{3}-[0-9]+$' OR NOT strict_ $$;
CREATE TABLE part (id int PRIMARY KEY, sku text NOT NULL, weight numeric,
  CONSTRAINT part_sku_valid CHECK (is_valid_sku(sku)),
  CONSTRAINT part_weight_positive CHECK (weight IS NULL OR weight > 0));
