CREATE TABLE inv (id int NOT NULL, region text NOT NULL, PRIMARY KEY (region, id)) PARTITION BY LIST (region);
CREATE TABLE inv_eu PARTITION OF inv FOR VALUES IN ('eu');
CREATE TABLE inv_us PARTITION OF inv FOR VALUES IN ('us');
CREATE TABLE inv_line (inv_id int NOT NULL, region text NOT NULL, n int NOT NULL, PRIMARY KEY (inv_id, region, n),
  FOREIGN KEY (region, inv_id) REFERENCES inv (region, id) ON DELETE CASCADE ON UPDATE CASCADE) PARTITION BY LIST (region);
CREATE TABLE inv_line_eu PARTITION OF inv_line FOR VALUES IN ('eu');
CREATE TABLE inv_line_us PARTITION OF inv_line FOR VALUES IN ('us');
