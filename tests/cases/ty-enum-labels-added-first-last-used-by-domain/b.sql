CREATE TYPE tier AS ENUM ('free', 'silver', 'gold', 'platinum');
CREATE DOMAIN paid_tier AS tier CHECK (VALUE <> 'free');
CREATE TABLE plan (id int PRIMARY KEY, t tier NOT NULL DEFAULT 'free', pt paid_tier DEFAULT 'platinum', ts tier[] DEFAULT '{free,platinum}');
