CREATE TABLE booking (id int, during tsrange);
