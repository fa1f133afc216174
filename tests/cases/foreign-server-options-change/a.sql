CREATE FOREIGN DATA WRAPPER remote_wrapper;
CREATE FOREIGN DATA WRAPPER other_wrapper;
CREATE SERVER remote_one FOREIGN DATA WRAPPER remote_wrapper OPTIONS (host 'a.example');
CREATE SERVER remote_two FOREIGN DATA WRAPPER remote_wrapper;
