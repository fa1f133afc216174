CREATE FOREIGN DATA WRAPPER remote_wrapper OPTIONS (mode 'strict');
CREATE FOREIGN DATA WRAPPER other_wrapper;
CREATE SERVER remote_one VERSION '2' FOREIGN DATA WRAPPER remote_wrapper OPTIONS (host 'b.example', port '1');
CREATE SERVER remote_two FOREIGN DATA WRAPPER other_wrapper;
