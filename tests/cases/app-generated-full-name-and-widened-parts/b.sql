CREATE TABLE contacts (
  id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  first_name varchar(100) NOT NULL,
  last_name varchar(100) NOT NULL,
  phone varchar(32),
  full_name text GENERATED ALWAYS AS (first_name || ' ' || last_name) STORED,
  search_key text GENERATED ALWAYS AS (lower(last_name || ',' || first_name)) STORED
);
CREATE INDEX contacts_full_name_idx ON contacts (full_name);
CREATE INDEX contacts_search_key_idx ON contacts (search_key text_pattern_ops);
CREATE VIEW contact_directory AS SELECT id, full_name AS name, phone FROM contacts ORDER BY full_name;
