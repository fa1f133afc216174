INSERT INTO channels VALUES ('kq8ehmzwn3bhzm6ggdpkyi6xqw', 1700000000000, 1700000100000, 0, 'b3zm1pmk3jyfmrh6gp3j9nugnr', 'O', 'Town Square', 'town-square', 1700000200000, 3),
 ('7a9p5wzgdprx3f6uybk9mpokeo', 1700000000000, 1700000000000, 0, 'b3zm1pmk3jyfmrh6gp3j9nugnr', 'O', 'Off-Topic', 'off-topic', 1700000000000, 0);
INSERT INTO posts (id, createat, updateat, deleteat, userid, channelid, rootid, message, type, props, hashtags, fileids) VALUES
 ('h5x8rj7cjfrz8kc4g4u3o3moqa', 1700000100000, 1700000100000, 0, 'u1u1u1u1u1u1u1u1u1u1u1u1u1', 'kq8ehmzwn3bhzm6ggdpkyi6xqw', '', 'Welcome!', '', '{}', '', '[]'),
 ('w3wfjbjdgbyo8fkjh6te5p6f1r', 1700000150000, 1700000150000, 0, 'u2u2u2u2u2u2u2u2u2u2u2u2u2', 'kq8ehmzwn3bhzm6ggdpkyi6xqw', 'h5x8rj7cjfrz8kc4g4u3o3moqa', 'thanks #hello', '', '{"from_bot": "true", "disable_group_highlight": true}', '#hello', '["f1"]'),
 ('e8t3m9g4cp8kfbh7oq5ytt6z9h', 1700000200000, 1700000250000, 1700000300000, 'u1u1u1u1u1u1u1u1u1u1u1u1u1', 'kq8ehmzwn3bhzm6ggdpkyi6xqw', '', 'oops', 'system_join_channel', '{"username": "ann"}', '', '[]');
