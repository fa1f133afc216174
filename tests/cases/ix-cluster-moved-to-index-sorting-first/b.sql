CREATE TABLE queue_item (id bigint PRIMARY KEY, queue text NOT NULL, created timestamptz NOT NULL);
CREATE INDEX queue_item_created ON queue_item (created);
CREATE INDEX queue_item_queue ON queue_item (queue);
ALTER TABLE queue_item CLUSTER ON queue_item_created;
