INSERT INTO account VALUES (1,'ann',500,NULL),(2,'bob',-3,'x');
