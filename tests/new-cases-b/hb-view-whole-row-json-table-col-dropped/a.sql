CREATE TABLE profiles (id int PRIMARY KEY, name text, legacy_flag bool);
CREATE VIEW profiles_json AS SELECT p.id, to_jsonb(p) AS doc FROM profiles p;
