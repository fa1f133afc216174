CREATE DOMAIN currency AS char(3) DEFAULT 'EUR' CHECK (VALUE ~ '^[A-Z]{3}$');
CREATE TABLE invoices (id int PRIMARY KEY, cur currency);
