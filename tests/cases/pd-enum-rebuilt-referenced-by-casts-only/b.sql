-- An enum that no column stores loses a label; it is only referenced through
-- casts: a CHECK on a text column, a column default,
-- a view and a function argument default. Each pins the old type, so each must
-- be rebuilt around the new one before the old type can go.
CREATE TYPE plan_tier AS ENUM ('free', 'pro', 'enterprise');
CREATE TABLE subscriptions (
  id int PRIMARY KEY,
  tier text NOT NULL DEFAULT 'free'::plan_tier::text,
  CONSTRAINT subscriptions_tier_valid CHECK (tier::plan_tier IS NOT NULL)
);
CREATE VIEW tier_counts AS SELECT tier::plan_tier AS tier, count(*) AS n FROM subscriptions GROUP BY 1;
CREATE FUNCTION tier_rank(t text DEFAULT 'pro'::plan_tier::text) RETURNS int LANGUAGE sql IMMUTABLE
  AS $$ SELECT array_position(enum_range(NULL::plan_tier), t::plan_tier) $$;
