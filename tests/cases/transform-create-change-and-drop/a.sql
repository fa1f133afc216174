CREATE TRANSFORM FOR integer LANGUAGE plpgsql (FROM SQL WITH FUNCTION text_starts_with_support(internal),
  TO SQL WITH FUNCTION int4recv(internal));
