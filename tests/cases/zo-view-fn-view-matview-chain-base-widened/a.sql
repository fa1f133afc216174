CREATE TABLE metric (id int PRIMARY KEY, host text NOT NULL, v int NOT NULL);
CREATE VIEW metric_clean AS SELECT id, host, v FROM metric WHERE v >= 0;
CREATE FUNCTION host_max(h text) RETURNS int LANGUAGE sql STABLE
BEGIN ATOMIC SELECT max(v) FROM metric_clean WHERE host = h; END;
CREATE VIEW host_peak AS SELECT DISTINCT host, host_max(host) AS peak FROM metric_clean;
CREATE MATERIALIZED VIEW host_peak_mv AS SELECT host, peak FROM host_peak;
CREATE UNIQUE INDEX host_peak_mv_host ON host_peak_mv (host);
