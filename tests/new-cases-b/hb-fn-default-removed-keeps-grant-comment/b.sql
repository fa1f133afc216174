CREATE FUNCTION page_offset(page int, per_page int) RETURNS int
  LANGUAGE sql IMMUTABLE AS 'SELECT (page - 1) * per_page';
COMMENT ON FUNCTION page_offset(int, int) IS 'offset of a page';
REVOKE EXECUTE ON FUNCTION page_offset(int, int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION page_offset(int, int) TO app_reader;
