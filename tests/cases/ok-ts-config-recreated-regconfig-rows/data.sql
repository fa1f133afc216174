INSERT INTO doc VALUES ('product');
