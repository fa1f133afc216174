CREATE TABLE readings (id int PRIMARY KEY, celsius bigint);
ALTER TABLE readings ADD CONSTRAINT readings_range CHECK (celsius BETWEEN -50 AND 60) NOT VALID;
