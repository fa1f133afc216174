CREATE SCHEMA "I18n";
CREATE COLLATION "I18n"."de Phonebook" (provider = icu, locale = 'de-u-co-phonebk');
COMMENT ON COLLATION "I18n"."de Phonebook" IS 'German phone book order';
CREATE COLLATION "I18n".nocase (provider = icu, locale = 'und-u-ks-level1', deterministic = false);
COMMENT ON COLLATION "I18n".nocase IS 'case- and accent-insensitive';
CREATE TABLE "I18n".people (id int PRIMARY KEY, name text COLLATE "I18n"."de Phonebook");
