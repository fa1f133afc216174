CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE subscriber (
  id int PRIMARY KEY,
  email text COLLATE ci NOT NULL,
  CONSTRAINT email_has_at CHECK ((email COLLATE "C") LIKE '%@%')
);
CREATE INDEX subscriber_corp ON subscriber (id) WHERE (email COLLATE "C") LIKE '%@corp.example';
