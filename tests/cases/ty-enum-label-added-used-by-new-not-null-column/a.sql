CREATE TYPE plan_kind AS ENUM ('free', 'pro');
CREATE TABLE org (id int PRIMARY KEY, name text);
