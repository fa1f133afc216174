CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE room (room int, during tsrange, EXCLUDE USING gist (room WITH =, during WITH &&));
