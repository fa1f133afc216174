INSERT INTO parcel VALUES (1, 'new', 1), (2, 'packed', 2), (3, 'shipped', 3), (4, 'out', 4), (5, 'lost', 5), (6, 'delivered', 6);
