CREATE TABLE public.folders (
  tenant int NOT NULL,
  fid int NOT NULL,
  name text,
  PRIMARY KEY (tenant, fid)
);
CREATE TABLE public.docs (
  tenant int NOT NULL,
  id int NOT NULL,
  fid int,
  PRIMARY KEY (tenant, id),
  CONSTRAINT docs_folder_fk FOREIGN KEY (tenant, fid) REFERENCES public.folders (tenant, fid)
    ON DELETE SET NULL (fid) ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX docs_fid_idx ON public.docs (tenant, fid);
