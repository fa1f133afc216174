INSERT INTO t (v) VALUES ('a'), ('b');
INSERT INTO u VALUES (1, 'x'), (2, 'y');
INSERT INTO seqs.w DEFAULT VALUES;
