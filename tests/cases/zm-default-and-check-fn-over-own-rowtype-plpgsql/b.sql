CREATE TABLE keep (id int PRIMARY KEY);
CREATE TABLE "Order Items" (id int PRIMARY KEY, qty int NOT NULL, price numeric NOT NULL, line_no int);
CREATE FUNCTION "Order Items_ok"(r "Order Items") RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN r.qty > 0 AND r.price >= 0; END $$;
CREATE FUNCTION next_line() RETURNS int LANGUAGE plpgsql AS $$ DECLARE r "Order Items"; BEGIN RETURN 1; END $$;
CREATE FUNCTION blank_item() RETURNS "Order Items" LANGUAGE sql AS $$ SELECT 0, 1, 0::numeric, 0 $$;
ALTER TABLE "Order Items" ADD CONSTRAINT row_ok CHECK ("Order Items_ok"("Order Items".*));
ALTER TABLE "Order Items" ALTER COLUMN line_no SET DEFAULT ((blank_item()).line_no + next_line());
