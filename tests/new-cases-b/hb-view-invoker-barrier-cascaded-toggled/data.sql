INSERT INTO tasks VALUES (1,false,'a'),(2,true,'b');
