INSERT INTO order_v2 (note) VALUES ('c'), ('d');
