CREATE TABLE blobs (id int PRIMARY KEY, small text, big bytea);
