INSERT INTO item VALUES (1, 'books', 2010), (2, 'comics', 2015), (3, 'comics', 2022), (4, 'toys', 2018), (5, 'toys', 2023), (6, 'garden', 2001);
