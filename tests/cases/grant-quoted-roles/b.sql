CREATE TABLE t (id int, secret text);
GRANT SELECT ON t TO "Mixed Role";
GRANT UPDATE ON t TO "o'brien";
