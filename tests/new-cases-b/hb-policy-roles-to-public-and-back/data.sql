INSERT INTO kb VALUES (1,true),(2,false);
