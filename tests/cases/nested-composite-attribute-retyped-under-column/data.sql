INSERT INTO purchase VALUES (1, ROW('a', ROW(100, 'EUR')::money_amt, 2)::order_line);
