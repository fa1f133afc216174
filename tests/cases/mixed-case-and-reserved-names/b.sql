CREATE TABLE "Users" ("Id" int PRIMARY KEY, "Email" text, "select" int);
CREATE TABLE "order" ("user" int REFERENCES "Users" ("Id"), "from" date);
CREATE INDEX "Order By User" ON "order" ("user");
