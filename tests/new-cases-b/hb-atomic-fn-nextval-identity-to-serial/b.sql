CREATE TABLE orders (id bigserial PRIMARY KEY, ref text);
CREATE FUNCTION next_order_id() RETURNS bigint LANGUAGE sql VOLATILE
RETURN nextval('orders_id_seq');
