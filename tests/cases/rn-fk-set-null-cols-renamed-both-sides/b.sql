CREATE TABLE public.directories (
  tenant_id int NOT NULL,
  dir_id int NOT NULL,
  name text,
  PRIMARY KEY (tenant_id, dir_id)
);
CREATE TABLE public.docs (
  tenant_id int NOT NULL,
  id int NOT NULL,
  dir_id int,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT docs_directory_fk FOREIGN KEY (tenant_id, dir_id) REFERENCES public.directories (tenant_id, dir_id)
    ON DELETE SET NULL (dir_id) ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX docs_dir_id_idx ON public.docs (tenant_id, dir_id);
