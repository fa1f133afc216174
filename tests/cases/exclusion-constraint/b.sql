CREATE TABLE booking (id int, during tsrange, EXCLUDE USING gist (during WITH &&));
