CREATE TABLE new_t (id int, v text);
