CREATE TABLE account (id int, email text NOT NULL, CONSTRAINT account_pkey PRIMARY KEY (id),
  CONSTRAINT account_email_check CHECK (email LIKE '%@%'));
CREATE INDEX account_lower_email ON account (lower(email));
