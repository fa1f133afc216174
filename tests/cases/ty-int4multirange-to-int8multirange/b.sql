CREATE TABLE busy (id int PRIMARY KEY, spans int8multirange);
