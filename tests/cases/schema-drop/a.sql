CREATE SCHEMA billing;
CREATE TABLE billing.invoice (id int PRIMARY KEY);
