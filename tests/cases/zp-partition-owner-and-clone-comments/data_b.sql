INSERT INTO region VALUES ('n'), ('s');
INSERT INTO shop VALUES (1, 'n', '2010-01-01'), (2, 's', '2021-01-01');
