INSERT INTO es.streams VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'Order', 3), ('b1eebc99-9c0b-4ef8-bb6d-6bb9bd380a22', 'Cart', 1);
INSERT INTO es.events (stream_id, version, event_type, payload, metadata, recorded_at) VALUES
 ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 1, 'OrderPlaced', '{"qty": 2, "sku": "X1"}', '{"correlation_id": "c0eebc99-9c0b-4ef8-bb6d-6bb9bd380a33"}', '2024-05-01 10:00:00+00'),
 ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 2, 'OrderPaid', '{"amount": 19.90}', '{}', '2024-05-01 10:05:00+00'),
 ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 3, 'OrderShipped', '{"carrier": "DHL"}', '{"user": 7}', '2024-05-02 08:00:00+00'),
 ('b1eebc99-9c0b-4ef8-bb6d-6bb9bd380a22', 1, 'ItemAdded', '{"sku": "Y7"}', '{"user": 5}', '2024-05-03 12:00:00+00');
