INSERT INTO offices VALUES ('Main St 1', '10115', 'Berlin');
INSERT INTO customers VALUES (1, ROW('Elm 2', '99999', 'Springfield')), (2, NULL);
