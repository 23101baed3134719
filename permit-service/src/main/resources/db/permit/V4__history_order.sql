-- One decision can record several steps at the same instant (a permit held for emission rights and
-- the request for them; the rights retired and the permit issued): the permit's own event sequence
-- orders them. Rows from before this column are refilled by replaying the register.
ALTER TABLE permit_history ADD COLUMN sequence_number BIGINT;
