CREATE FUNCTION is_valid_iban(t text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT t ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{4,30}$' $$;
CREATE TABLE bank_account (id int PRIMARY KEY, iban text NOT NULL CONSTRAINT iban_ok CHECK (is_valid_iban(upper(replace(iban, ' ', '')))));
