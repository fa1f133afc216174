CREATE SEQUENCE global_id START 1000;
CREATE TABLE invoice (id bigint PRIMARY KEY DEFAULT nextval('global_id'), total numeric NOT NULL);
CREATE TABLE payment (id bigint PRIMARY KEY DEFAULT nextval('global_id'), invoice_id bigint REFERENCES invoice);
CREATE VIEW next_ids AS SELECT last_value FROM global_id;
