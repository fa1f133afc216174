CREATE TABLE member (org int NOT NULL, id int NOT NULL, name text,
  CONSTRAINT member_org_id_key UNIQUE (org, id)) PARTITION BY LIST (org);
CREATE TABLE member_1 PARTITION OF member FOR VALUES IN (1);
CREATE TABLE member_2 PARTITION OF member FOR VALUES IN (2);
CREATE TABLE badge (id int PRIMARY KEY, org int NOT NULL, member_id int NOT NULL,
  CONSTRAINT badge_member_fk FOREIGN KEY (org, member_id) REFERENCES member (org, id));
