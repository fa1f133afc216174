CREATE FUNCTION heavy_report() RETURNS int LANGUAGE sql STABLE AS 'SELECT 1'
  SET work_mem = '128MB' SET "myapp.mode" = 'report' SET lock_timeout = 0
  SET search_path = "$user", public, "Odd Schema";
