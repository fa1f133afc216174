CREATE TABLE visit (id bigint, page text NOT NULL);
CREATE UNIQUE INDEX visit_id ON visit (id);
