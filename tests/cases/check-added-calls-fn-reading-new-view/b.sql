CREATE VIEW blocked_domains AS SELECT 'spam.io'::text AS domain;
CREATE FUNCTION email_allowed(e text) RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT NOT EXISTS (SELECT 1 FROM blocked_domains WHERE domain = split_part(e, '@', 2)) $$;
CREATE TABLE signups (id int PRIMARY KEY, email text NOT NULL CONSTRAINT signups_email_allowed CHECK (email_allowed(email)));
