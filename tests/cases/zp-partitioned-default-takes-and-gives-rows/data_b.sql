-- item_toys, which b->a drops, holds no rows (a dropped partition's rows go with it)
INSERT INTO item VALUES (1, 'books', 2010), (2, 'comics', 2015), (3, 'comics', 2022), (6, 'garden', 2001);
