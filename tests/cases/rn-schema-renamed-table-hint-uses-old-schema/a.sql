CREATE SCHEMA billing;
CREATE TABLE billing.inv (id serial PRIMARY KEY, amt int);
CREATE VIEW billing.inv_v AS SELECT id, amt FROM billing.inv;
