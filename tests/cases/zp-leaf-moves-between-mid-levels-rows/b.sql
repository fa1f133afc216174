CREATE TABLE ord (id bigint NOT NULL, region text NOT NULL, country text NOT NULL, total numeric) PARTITION BY LIST (region);
CREATE TABLE ord_emea PARTITION OF ord FOR VALUES IN ('emea') PARTITION BY LIST (country);
CREATE TABLE ord_emea_de PARTITION OF ord_emea FOR VALUES IN ('DE');
CREATE TABLE ord_emea_rest PARTITION OF ord_emea DEFAULT;
CREATE TABLE ord_apac PARTITION OF ord FOR VALUES IN ('apac') PARTITION BY LIST (country);
CREATE TABLE ord_apac_jp PARTITION OF ord_apac FOR VALUES IN ('JP');
CREATE TABLE ord_apac_rest PARTITION OF ord_apac DEFAULT;
-- India was filed under EMEA by mistake
CREATE TABLE ord_in PARTITION OF ord_apac FOR VALUES IN ('IN');
CREATE INDEX ord_country ON ord (country);
