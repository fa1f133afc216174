CREATE SCHEMA payments;
CREATE TABLE payments.plan (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE payments.subscription (id int PRIMARY KEY, plan_id int NOT NULL REFERENCES payments.plan);
