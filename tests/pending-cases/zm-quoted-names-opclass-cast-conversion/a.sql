CREATE SCHEMA "Odd Schema";
