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
CREATE TABLE regions (code text PRIMARY KEY, name text NOT NULL);
CREATE TABLE sales (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  region text NOT NULL REFERENCES regions(code),
  sold_on date NOT NULL,
  amount numeric(14,2) NOT NULL,
  channel text NOT NULL DEFAULT 'web'
);
CREATE INDEX sales_sold_on_idx ON sales (sold_on) INCLUDE (amount);
CREATE MATERIALIZED VIEW daily_sales AS
  SELECT s.region, r.name AS region_name, s.sold_on, s.channel, sum(s.amount) AS total, count(*) AS n
  FROM sales s JOIN regions r ON r.code = s.region GROUP BY s.region, r.name, s.sold_on, s.channel;
CREATE UNIQUE INDEX daily_sales_key ON daily_sales (region, sold_on, channel);
CREATE MATERIALIZED VIEW monthly_sales AS
  SELECT region, date_trunc('month', sold_on)::date AS month, sum(total) AS total FROM daily_sales GROUP BY 1, 2
  WITH NO DATA;
CREATE FUNCTION refresh_daily_sales() RETURNS void LANGUAGE sql AS 'REFRESH MATERIALIZED VIEW CONCURRENTLY daily_sales; REFRESH MATERIALIZED VIEW monthly_sales';
