CREATE TYPE plan_kind AS ENUM ('trial', 'free', 'pro');
CREATE TABLE org (id int PRIMARY KEY, name text, kind plan_kind NOT NULL DEFAULT 'trial',
  kinds plan_kind[] NOT NULL DEFAULT ARRAY['trial'::plan_kind]);
