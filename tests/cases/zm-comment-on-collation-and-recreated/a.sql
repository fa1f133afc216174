CREATE SCHEMA "I18n";
CREATE COLLATION "I18n"."de Phonebook" (provider = icu, locale = 'de-u-co-phonebk');
CREATE COLLATION "I18n".nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
COMMENT ON COLLATION "I18n".nocase IS 'case-insensitive';
CREATE TABLE "I18n".people (id int PRIMARY KEY, name text COLLATE "I18n"."de Phonebook");
