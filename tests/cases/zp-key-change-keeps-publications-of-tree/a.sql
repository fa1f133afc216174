CREATE TABLE evt (id bigint NOT NULL, src text NOT NULL, payload text, secret text) PARTITION BY LIST (src);
CREATE TABLE evt_web PARTITION OF evt FOR VALUES IN ('web', 'WEB');
CREATE TABLE evt_app PARTITION OF evt FOR VALUES IN ('app', 'APP');
CREATE PUBLICATION zp_evt_root FOR TABLE evt (id, src, payload) WITH (publish_via_partition_root = true);
CREATE PUBLICATION zp_evt_web FOR TABLE evt_web WHERE (payload IS NOT NULL);
