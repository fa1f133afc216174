CREATE TABLE contact (id bigint NOT NULL, kind text NOT NULL, email text) PARTITION BY LIST (kind);
CREATE TABLE contact_person PARTITION OF contact FOR VALUES IN ('person') PARTITION BY HASH (id);
CREATE TABLE contact_person_0 PARTITION OF contact_person FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE contact_person_1 PARTITION OF contact_person FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE TABLE contact_org PARTITION OF contact FOR VALUES IN ('org');
