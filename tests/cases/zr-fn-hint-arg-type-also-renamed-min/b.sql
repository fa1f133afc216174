CREATE TYPE public.fulfillment_status AS ENUM ('cart', 'placed');
CREATE FUNCTION public.status_rank(s public.fulfillment_status) RETURNS integer LANGUAGE sql IMMUTABLE
  RETURN array_position(enum_range(NULL::public.fulfillment_status), s);
