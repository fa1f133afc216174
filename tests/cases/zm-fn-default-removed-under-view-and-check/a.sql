CREATE SCHEMA "Calc";
CREATE FUNCTION "Calc"."add$tax"(amount numeric, rate numeric DEFAULT 0.2) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT amount * (1 + rate)';
CREATE TABLE "Calc".prices (id int PRIMARY KEY, net numeric NOT NULL, CHECK ("Calc"."add$tax"(net, 0.1) < 1000000));
CREATE VIEW "Calc".gross AS SELECT id, "Calc"."add$tax"(net, 0.19) AS gross FROM "Calc".prices;
GRANT EXECUTE ON FUNCTION "Calc"."add$tax"(numeric, numeric) TO app_reader;
