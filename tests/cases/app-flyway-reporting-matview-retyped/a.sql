CREATE TABLE flyway_schema_history (
  installed_rank integer NOT NULL CONSTRAINT flyway_schema_history_pk PRIMARY KEY,
  version varchar(50),
  description varchar(200) NOT NULL,
  type varchar(20) NOT NULL,
  script varchar(1000) NOT NULL,
  checksum integer,
  installed_by varchar(100) NOT NULL,
  installed_on timestamp NOT NULL DEFAULT now(),
  execution_time integer NOT NULL,
  success boolean NOT NULL
);
CREATE INDEX flyway_schema_history_s_idx ON flyway_schema_history (success);
CREATE TABLE sales (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  region varchar(20) NOT NULL,
  sold_on date NOT NULL,
  amount numeric(10,2) NOT NULL
);
CREATE INDEX sales_sold_on_idx ON sales (sold_on);
CREATE MATERIALIZED VIEW daily_sales AS
  SELECT region, sold_on, sum(amount) AS total, count(*) AS n FROM sales GROUP BY region, sold_on;
CREATE UNIQUE INDEX daily_sales_key ON daily_sales (region, sold_on);
CREATE FUNCTION refresh_daily_sales() RETURNS void LANGUAGE sql AS 'REFRESH MATERIALIZED VIEW CONCURRENTLY daily_sales';
