CREATE TABLE msg (id bigint NOT NULL, chan text NOT NULL, body text) PARTITION BY LIST (chan);
CREATE TABLE msg_email PARTITION OF msg DEFAULT;
CREATE TABLE msg_misc PARTITION OF msg FOR VALUES IN ('sms', 'push');
