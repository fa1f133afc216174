INSERT INTO address VALUES ('x', 'y');
