CREATE TABLE public.tags (id int NOT NULL, label text NOT NULL, region text NOT NULL) PARTITION BY LIST (region);
CREATE TABLE public.tags_eu PARTITION OF public.tags FOR VALUES IN ('eu');
CREATE TABLE public.tags_us (id int NOT NULL, label text NOT NULL, region text NOT NULL);
