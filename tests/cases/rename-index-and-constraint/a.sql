CREATE TABLE account (id int, email text NOT NULL, CONSTRAINT account_pkey PRIMARY KEY (id),
  CONSTRAINT email_has_at CHECK (email LIKE '%@%'));
CREATE INDEX account_email_idx ON account (lower(email));
