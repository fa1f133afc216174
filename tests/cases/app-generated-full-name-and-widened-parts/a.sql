CREATE TABLE contacts (
  id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  first_name varchar(50) NOT NULL,
  last_name varchar(50) NOT NULL,
  name text,
  phone varchar(20)
);
CREATE INDEX contacts_name_idx ON contacts (name);
CREATE VIEW contact_directory AS SELECT id, name, phone FROM contacts ORDER BY name;
