CREATE TABLE host (id int PRIMARY KEY, addr inet, net cidr, mac text, raw text);
CREATE INDEX host_addr ON host USING gist (addr inet_ops);
