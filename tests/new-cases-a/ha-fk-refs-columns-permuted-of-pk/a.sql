CREATE TABLE shelves (aisle int, slot int, PRIMARY KEY (aisle, slot));
CREATE TABLE items (id int PRIMARY KEY, s int, a int, FOREIGN KEY (s, a) REFERENCES shelves (slot, aisle));
