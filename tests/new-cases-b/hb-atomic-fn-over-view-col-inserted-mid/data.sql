INSERT INTO users VALUES (1,'a',true),(2,'b',false);
