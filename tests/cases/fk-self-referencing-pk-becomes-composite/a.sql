CREATE TABLE category (id int PRIMARY KEY, tenant int NOT NULL, parent_id int REFERENCES category (id) ON DELETE CASCADE, name text NOT NULL);
CREATE TABLE product (id int PRIMARY KEY, tenant int NOT NULL, category_id int REFERENCES category);
