CREATE TABLE images (id int PRIMARY KEY, title text, raster oid);
