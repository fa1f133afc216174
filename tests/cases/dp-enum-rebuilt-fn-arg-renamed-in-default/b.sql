CREATE TYPE tier AS ENUM ('free', 'pro', 'enterprise');
CREATE FUNCTION default_tier(account_kind text DEFAULT 'user') RETURNS tier LANGUAGE sql IMMUTABLE
  RETURN CASE WHEN account_kind = 'org' THEN 'pro'::tier ELSE 'free'::tier END;
CREATE FUNCTION tier_rank(t tier) RETURNS int LANGUAGE sql IMMUTABLE
  RETURN array_position(enum_range(NULL::tier), t);
CREATE TABLE account (
  id int PRIMARY KEY,
  kind text NOT NULL,
  plan tier NOT NULL DEFAULT default_tier(),
  CONSTRAINT account_plan_rank CHECK (tier_rank(plan) > 0)
);
CREATE INDEX account_rank ON account (tier_rank(plan));
