INSERT INTO profiles VALUES (1,'a',true),(2,'b',NULL);
