-- A migration that cannot run, for the runner's failure path.
CREATE TABLE broken_one (id INTEGER);
THIS IS NOT SQL;
