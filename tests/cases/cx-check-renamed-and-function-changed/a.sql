CREATE FUNCTION is_valid_sku(s text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT s ~ '^[A-Z]{3}-[0-9]+$' $$;
CREATE TABLE part (id int PRIMARY KEY, sku text NOT NULL, weight numeric,
  CONSTRAINT part_sku_check CHECK (is_valid_sku(sku)),
  CONSTRAINT part_weight_check CHECK (weight IS NULL OR weight > 0));
