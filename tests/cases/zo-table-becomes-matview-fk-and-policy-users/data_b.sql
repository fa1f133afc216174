INSERT INTO region VALUES ('eu', 'Europe'), ('us', 'USA');
INSERT INTO store VALUES (1, 'eu');
