CREATE TABLE payments (id int PRIMARY KEY, amount int, status text);
CREATE RULE no_delete_paid AS ON DELETE TO payments WHERE OLD.amount > 0 DO INSTEAD NOTHING;
ALTER TABLE payments ENABLE REPLICA RULE no_delete_paid;
