CREATE TYPE tier AS ENUM ('free', 'pro');
CREATE FUNCTION default_tier() RETURNS tier LANGUAGE sql IMMUTABLE RETURN 'free'::tier;
CREATE TABLE account (plan tier DEFAULT default_tier());
