CREATE TABLE public."OrderLine" (id int);
CREATE TYPE public."LineState" AS ENUM ('new');
CREATE VIEW public."Pricey" AS SELECT 1 AS one;
CREATE FUNCTION public."Calc"() RETURNS int LANGUAGE sql RETURN 1;
