INSERT INTO outbox (uid, topic, payload) VALUES ('00000000-0000-0000-0000-00000000000a', 'order.created', '{"id": 1}');
INSERT INTO customers VALUES (1, 'a@x', NULL), (2, 'b@x', 'B');
