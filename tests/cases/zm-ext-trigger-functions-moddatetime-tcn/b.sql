CREATE SCHEMA "App";
CREATE SCHEMA ext;
CREATE EXTENSION moddatetime SCHEMA ext;
CREATE EXTENSION insert_username SCHEMA ext;
CREATE EXTENSION tcn;
CREATE TABLE "App"."Order Items" (id int PRIMARY KEY, qty int NOT NULL, updated_at timestamp, updated_by text);
CREATE TRIGGER "touch updated_at" BEFORE UPDATE ON "App"."Order Items" FOR EACH ROW EXECUTE FUNCTION ext.moddatetime(updated_at);
CREATE TRIGGER stamp_user BEFORE INSERT OR UPDATE ON "App"."Order Items" FOR EACH ROW EXECUTE FUNCTION ext.insert_username(updated_by);
CREATE TRIGGER notify_change AFTER INSERT OR UPDATE OR DELETE ON "App"."Order Items" FOR EACH ROW EXECUTE FUNCTION triggered_change_notification('order_items_changed');
