-- The send schema is created by Flyway and starts with no tables; they arrive with the module's features.
-- This baseline marks the schema as owned and migrated by the send module.
select 1;
