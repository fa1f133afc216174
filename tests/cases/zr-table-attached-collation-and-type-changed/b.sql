CREATE TABLE public.tags (id bigint NOT NULL, label text COLLATE "C" NOT NULL, region text NOT NULL) PARTITION BY LIST (region);
CREATE TABLE public.tags_eu PARTITION OF public.tags FOR VALUES IN ('eu');
CREATE TABLE public.tags_us PARTITION OF public.tags FOR VALUES IN ('us');
