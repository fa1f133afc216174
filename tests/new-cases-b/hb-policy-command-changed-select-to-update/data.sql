INSERT INTO docs VALUES (1,'ann',false),(2,'bob',true);
