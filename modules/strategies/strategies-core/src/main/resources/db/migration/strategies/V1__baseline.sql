-- The strategies schema is created by Flyway and starts with no tables; they arrive with the module's features.
-- This baseline marks the schema as owned and migrated by the strategies module.
select 1;
