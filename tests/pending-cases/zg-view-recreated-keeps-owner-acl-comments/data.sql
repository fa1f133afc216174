INSERT INTO crm.customer VALUES (1, 'Ann', 'a@x', 'eu', true), (2, 'Bob', NULL, 'internal', false);
