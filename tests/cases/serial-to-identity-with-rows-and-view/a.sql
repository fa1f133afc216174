-- serial columns become identity columns (one ALWAYS with options, one BY DEFAULT) on tables
-- with rows, a view and a foreign key between them.
CREATE TABLE author (id serial PRIMARY KEY, name text NOT NULL);
CREATE TABLE book (id bigserial PRIMARY KEY, author_id int NOT NULL REFERENCES author, title text NOT NULL);
CREATE VIEW book_list AS SELECT b.id, a.name, b.title FROM book b JOIN author a ON a.id = b.author_id;
GRANT USAGE, SELECT ON SEQUENCE author_id_seq TO app_writer;
