CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE room (room int, during tsrange);
