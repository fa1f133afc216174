CREATE TABLE customer (
  id int PRIMARY KEY,
  mail text NOT NULL,
  zip varchar(10),
  CONSTRAINT customer_mail_check CHECK (mail LIKE '%@%')
);
CREATE UNIQUE INDEX customer_mail_idx ON customer (lower(mail));
CREATE TABLE purchase (
  id int PRIMARY KEY,
  customer_id int NOT NULL REFERENCES customer(id),
  amount numeric(10,2) NOT NULL
);
CREATE VIEW customer_totals AS SELECT c.id, c.mail, sum(p.amount) AS total FROM customer c JOIN purchase p ON p.customer_id = c.id GROUP BY c.id, c.mail;
CREATE FUNCTION customer_count() RETURNS bigint LANGUAGE sql STABLE AS 'SELECT count(*) FROM public.customer';
