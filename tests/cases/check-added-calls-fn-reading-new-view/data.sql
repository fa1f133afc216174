INSERT INTO signups VALUES (1, 'a@x.io');
