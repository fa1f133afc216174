CREATE DOMAIN currency AS char(3) NOT NULL DEFAULT 'USD' CHECK (VALUE ~ '^[A-Z]{3}$');
CREATE TABLE invoices (id int PRIMARY KEY, cur currency);
