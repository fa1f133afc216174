CREATE TYPE tier AS ENUM ('silver', 'gold');
CREATE DOMAIN paid_tier AS tier CHECK (VALUE <> 'silver' OR VALUE IS NOT NULL);
CREATE TABLE plan (id int PRIMARY KEY, t tier NOT NULL DEFAULT 'silver', pt paid_tier, ts tier[] DEFAULT '{gold}');
