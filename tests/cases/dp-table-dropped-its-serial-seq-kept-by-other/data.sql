INSERT INTO legacy_order (note) VALUES ('a'), ('b');
INSERT INTO order_v2 (note) VALUES ('c'), ('d');
