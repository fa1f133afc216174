CREATE SCHEMA "Inv";
CREATE TABLE "Inv"."Order Items" (id int PRIMARY KEY, qty int NOT NULL, price numeric NOT NULL);
CREATE FUNCTION "Inv".item_ok(r "Inv"."Order Items") RETURNS boolean LANGUAGE sql IMMUTABLE
  BEGIN ATOMIC SELECT r.qty > 0 AND r.price >= 0; END;
ALTER TABLE "Inv"."Order Items" ADD CONSTRAINT item_ok CHECK ("Inv".item_ok("Order Items".*));
CREATE TABLE "Inv".returns (id int PRIMARY KEY, item "Inv"."Order Items" DEFAULT NULL CHECK ("Inv".item_ok(item)));
