CREATE TABLE legacy_order (id serial PRIMARY KEY, note text);
CREATE TABLE order_v2 (id int PRIMARY KEY DEFAULT nextval('legacy_order_id_seq'), note text);
