INSERT INTO m VALUES (1,1,'x','a'),(2,12,'y','b');
