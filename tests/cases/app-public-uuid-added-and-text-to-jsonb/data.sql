INSERT INTO webhooks (url, headers, payload_template, created_at) VALUES ('https://a.test/hook', '{"X-Key": "abc"}', '{"event": "x"}', NULL), ('https://b.test/hook', NULL, '{}', NULL);
INSERT INTO deliveries (webhook_id, response_code, delivered_at) VALUES (1, 200, NULL), (1, NULL, NULL), (2, 500, NULL);
