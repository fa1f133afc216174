CREATE FUNCTION new_code() RETURNS text LANGUAGE sql VOLATILE AS $$SELECT 'C' || floor(random() * 1000)::int$$;
CREATE TABLE coupons (id int PRIMARY KEY, code text NOT NULL DEFAULT new_code());
