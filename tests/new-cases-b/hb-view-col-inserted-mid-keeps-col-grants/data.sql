INSERT INTO staff VALUES (1,'a','x');
