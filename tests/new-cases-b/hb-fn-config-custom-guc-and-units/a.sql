CREATE FUNCTION heavy_report() RETURNS int LANGUAGE sql STABLE AS 'SELECT 1'
  SET work_mem = '64MB' SET statement_timeout = '30s';
