CREATE TABLE inv (id int NOT NULL, region text NOT NULL, PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE TABLE inv_eu PARTITION OF inv FOR VALUES IN ('eu');
CREATE TABLE inv_us PARTITION OF inv FOR VALUES IN ('us');
CREATE TABLE inv_line (inv_id int NOT NULL, region text NOT NULL, n int NOT NULL, PRIMARY KEY (inv_id, region, n),
  FOREIGN KEY (inv_id, region) REFERENCES inv (id, region) ON DELETE CASCADE) PARTITION BY LIST (region);
CREATE TABLE inv_line_eu PARTITION OF inv_line FOR VALUES IN ('eu');
CREATE TABLE inv_line_us PARTITION OF inv_line FOR VALUES IN ('us');
