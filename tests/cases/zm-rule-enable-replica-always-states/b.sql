CREATE SCHEMA "Audit";
CREATE TABLE "Audit"."Order Items" (id int PRIMARY KEY, qty int NOT NULL);
CREATE TABLE "Audit".log (id int, what text);
CREATE RULE "log$ins" AS ON INSERT TO "Audit"."Order Items" DO ALSO INSERT INTO "Audit".log VALUES (NEW.id, 'ins');
CREATE RULE "log$upd" AS ON UPDATE TO "Audit"."Order Items" DO ALSO INSERT INTO "Audit".log VALUES (NEW.id, 'upd');
CREATE RULE "log$del" AS ON DELETE TO "Audit"."Order Items" DO ALSO INSERT INTO "Audit".log VALUES (OLD.id, 'del');
ALTER TABLE "Audit"."Order Items" ENABLE REPLICA RULE "log$ins";
ALTER TABLE "Audit"."Order Items" ENABLE ALWAYS RULE "log$upd";
