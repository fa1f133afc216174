-- A range type over an enum; the enum loses an unused label.
CREATE TYPE tier AS ENUM ('bronze', 'silver', 'gold', 'platinum');
CREATE TYPE tier_range AS RANGE (subtype = tier);
CREATE TABLE offer (id int PRIMARY KEY, eligible tier_range NOT NULL);
