-- Both ends of a foreign key change type family (text -> integer): the key goes before the ALTERs and comes back after (between them PostgreSQL refuses it).
CREATE TABLE country (code text PRIMARY KEY);
CREATE TABLE city (id int PRIMARY KEY, country text REFERENCES country(code));
