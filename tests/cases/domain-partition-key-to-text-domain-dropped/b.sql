CREATE TABLE visit (country text NOT NULL, id int NOT NULL) PARTITION BY LIST (country);
CREATE TABLE visit_de PARTITION OF visit FOR VALUES IN ('de');
CREATE TABLE visit_other PARTITION OF visit DEFAULT;
