CREATE FUNCTION my_rank() RETURNS bigint LANGUAGE internal WINDOW AS 'window_rank';
