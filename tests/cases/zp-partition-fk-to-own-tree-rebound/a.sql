CREATE TABLE node (id int NOT NULL, yr int NOT NULL, parent_id int, parent_yr int, CONSTRAINT node_pkey PRIMARY KEY (id, yr)) PARTITION BY RANGE (yr);
CREATE TABLE node_old PARTITION OF node FOR VALUES FROM (2000) TO (2024);
CREATE TABLE node_new PARTITION OF node FOR VALUES FROM (2024) TO (2100);
ALTER TABLE node_new ADD CONSTRAINT node_new_parent_fk FOREIGN KEY (parent_id, parent_yr) REFERENCES node (id, yr);
