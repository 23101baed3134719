-- The ledger inbox now reads enforcement-events too; one table of the event IDs it applied.
ALTER TABLE permit_request_consumed_event RENAME TO consumed_event;
