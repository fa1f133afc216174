INSERT INTO legacy.things (k, label) VALUES ('a', 'one'), ('b', 'two');
INSERT INTO legacy.junk VALUES (1);
