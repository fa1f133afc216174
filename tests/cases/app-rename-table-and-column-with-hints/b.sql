CREATE TABLE clients (
  id int PRIMARY KEY,
  email text NOT NULL,
  postal_code varchar(10),
  country text NOT NULL DEFAULT 'US',
  CONSTRAINT customer_mail_check CHECK (email LIKE '%@%')
);
CREATE UNIQUE INDEX customer_mail_idx ON clients (lower(email));
CREATE TABLE purchase (
  id int PRIMARY KEY,
  customer_id int NOT NULL REFERENCES clients(id),
  amount numeric(10,2) NOT NULL
);
CREATE VIEW customer_totals AS SELECT c.id, c.email, sum(p.amount) AS total FROM clients c JOIN purchase p ON p.customer_id = c.id GROUP BY c.id, c.email;
CREATE FUNCTION customer_count() RETURNS bigint LANGUAGE sql STABLE AS 'SELECT count(*) FROM public.clients';
