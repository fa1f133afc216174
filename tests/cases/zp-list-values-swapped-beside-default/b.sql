CREATE TABLE parcel (id int NOT NULL, status text NOT NULL, w numeric) PARTITION BY LIST (status);
CREATE TABLE parcel_open PARTITION OF parcel FOR VALUES IN ('new', 'shipped');
CREATE TABLE parcel_moving PARTITION OF parcel FOR VALUES IN ('packed', 'out', 'lost');
CREATE TABLE parcel_done PARTITION OF parcel DEFAULT;
