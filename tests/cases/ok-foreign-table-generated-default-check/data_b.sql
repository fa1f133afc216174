INSERT INTO price_base VALUES ('a-1', 100, 'EUR');
