-- Extended statistics on expressions calling a team function. The function's argument type
-- changes (text -> varchar would keep it; here it gains a parameter with a default), so it is
-- a new function: the statistics (with a custom target and a comment) are dropped before the
-- old function goes and re-created on the new one; an expression index follows the same way.
CREATE FUNCTION norm_email(e text) RETURNS text LANGUAGE sql IMMUTABLE STRICT RETURN lower(trim(e));
CREATE TABLE account (id int PRIMARY KEY, email text NOT NULL, domain text);
CREATE STATISTICS account_email_st (ndistinct, dependencies) ON norm_email(email), domain FROM account;
ALTER STATISTICS account_email_st SET STATISTICS 500;
COMMENT ON STATISTICS account_email_st IS 'email vs domain';
CREATE UNIQUE INDEX account_email_norm ON account (norm_email(email));
