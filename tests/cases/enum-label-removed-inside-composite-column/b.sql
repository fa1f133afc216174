-- An enum that is an attribute of a composite type, which a table column holds, loses an unused
-- label (the enum must be rebuilt under the composite and the column).
CREATE TYPE channel AS ENUM ('email', 'sms', 'push');
CREATE TYPE contact AS (kind channel, address text);
CREATE TABLE subscriber (id int PRIMARY KEY, primary_contact contact, others contact[] NOT NULL DEFAULT '{}');
CREATE VIEW email_subscribers AS SELECT id, (primary_contact).address FROM subscriber WHERE (primary_contact).kind = 'email';
