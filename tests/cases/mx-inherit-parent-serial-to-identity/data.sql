INSERT INTO entity (id, kind) VALUES (1, 'e');
INSERT INTO customer (id, name, seq_no) VALUES (2, 'c', 10);
INSERT INTO vip (id, name, seq_no, level) VALUES (3, 'v', 11, 1);
