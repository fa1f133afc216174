INSERT INTO sessions VALUES ('abc', '{a,b}'), ('def', NULL);
