INSERT INTO "Geo".customers VALUES (1, 'us', 'a'), (2, 'eu', 'b');
