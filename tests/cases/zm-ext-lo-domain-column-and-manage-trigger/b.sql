CREATE EXTENSION lo;
CREATE TABLE images (id int PRIMARY KEY, title text, raster lo);
CREATE TRIGGER t_raster BEFORE UPDATE OR DELETE ON images FOR EACH ROW EXECUTE FUNCTION lo_manage(raster);
