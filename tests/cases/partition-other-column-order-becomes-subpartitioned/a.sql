CREATE TABLE p (a int, b int) PARTITION BY LIST (a);
