CREATE SCHEMA billing;
CREATE TABLE billing.plan (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE billing.subscription (id int PRIMARY KEY, plan_id int NOT NULL REFERENCES billing.plan);
