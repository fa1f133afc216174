INSERT INTO ref.order_status VALUES ('open', 'Open'), ('paid', 'Paid'), ('shipped', 'Shipped');
INSERT INTO orders VALUES (1, 'open'), (2, 'paid'), (3, 'shipped');
