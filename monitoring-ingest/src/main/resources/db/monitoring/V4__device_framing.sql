-- A device's framing, registered on its own; devices registered before keep what their CRC variant implied.

ALTER TABLE device ADD COLUMN framing VARCHAR(16);
UPDATE device SET framing = CASE crc_variant WHEN 'STANDARD' THEN 'STANDARD' ELSE 'LENIENT' END;
ALTER TABLE device ALTER COLUMN framing SET NOT NULL;
