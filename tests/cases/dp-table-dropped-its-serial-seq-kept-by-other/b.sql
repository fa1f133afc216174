CREATE SEQUENCE legacy_order_id_seq AS integer;
CREATE TABLE order_v2 (id int PRIMARY KEY DEFAULT nextval('legacy_order_id_seq'), note text);
