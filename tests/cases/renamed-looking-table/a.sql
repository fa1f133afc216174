CREATE TABLE old_t (id int, v text);
