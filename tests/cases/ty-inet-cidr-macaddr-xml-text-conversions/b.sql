CREATE TABLE host (id int PRIMARY KEY, addr text, net inet, mac macaddr, raw xml);
CREATE INDEX host_addr ON host (addr);
