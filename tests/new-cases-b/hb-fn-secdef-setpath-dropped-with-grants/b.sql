CREATE TABLE accounts (id int PRIMARY KEY, owner_name text);
CREATE FUNCTION account_count() RETURNS bigint LANGUAGE sql STABLE
  AS 'SELECT count(*) FROM public.accounts';
REVOKE EXECUTE ON FUNCTION account_count() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION account_count() TO app_reader;
