INSERT INTO region VALUES ('EU', 'Europe'), ('us', 'States'); INSERT INTO office VALUES (1, 'EU'), (2, 'us'), (3, NULL);
