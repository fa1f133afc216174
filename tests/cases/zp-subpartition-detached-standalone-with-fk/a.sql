CREATE TABLE customer (id int PRIMARY KEY);
CREATE TABLE shipment (id bigint NOT NULL, customer_id int NOT NULL REFERENCES customer, sent date NOT NULL, carrier text NOT NULL) PARTITION BY RANGE (sent);
CREATE TABLE shipment_2023 PARTITION OF shipment FOR VALUES FROM ('2023-01-01') TO ('2024-01-01') PARTITION BY LIST (carrier);
CREATE TABLE shipment_2023_dhl PARTITION OF shipment_2023 FOR VALUES IN ('dhl');
CREATE TABLE shipment_2023_ups PARTITION OF shipment_2023 FOR VALUES IN ('ups');
CREATE TABLE shipment_2024 PARTITION OF shipment FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX shipment_customer ON shipment (customer_id);
