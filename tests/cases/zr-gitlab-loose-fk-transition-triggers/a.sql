CREATE TABLE public.projects (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE public.ci_runners (id bigint PRIMARY KEY, description text, runner_type smallint NOT NULL);
CREATE TABLE public.ci_builds_metadata (
  id bigint PRIMARY KEY,
  build_id bigint NOT NULL,
  project_id bigint NOT NULL REFERENCES public.projects(id) ON DELETE CASCADE,
  runner_id bigint REFERENCES public.ci_runners(id) ON DELETE SET NULL,
  timeout integer
);
CREATE INDEX index_ci_builds_metadata_on_runner_id ON public.ci_builds_metadata (runner_id);
