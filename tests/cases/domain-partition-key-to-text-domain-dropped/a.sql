CREATE DOMAIN country_code AS text CHECK (VALUE ~ '^[a-z]{2}$');
CREATE TABLE visit (country country_code NOT NULL, id int NOT NULL) PARTITION BY LIST (country);
CREATE TABLE visit_de PARTITION OF visit FOR VALUES IN ('de');
CREATE TABLE visit_other PARTITION OF visit DEFAULT;
