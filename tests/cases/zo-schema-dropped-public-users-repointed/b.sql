CREATE TABLE public.task (
  id int PRIMARY KEY,
  owner_id int,
  lvl text NOT NULL DEFAULT 'low',
  done numeric NOT NULL DEFAULT 0,
  CHECK (done BETWEEN 0 AND 100)
);
CREATE VIEW public.task_hot AS SELECT t.id, t.owner_id FROM public.task t WHERE t.lvl = 'high';
