-- Audit entries never repeat a frozen copy of other records: a field holding one (such as a
-- publication's snapshot, which carries the text of every report it froze, confidential ones
-- included) is now excluded from auditing (@Audited(ignored = ...)). Blank the copies already logged;
-- the entry itself, who and when, stays.
update platform.audit_entry set old_value = null, new_value = '(not logged: a frozen copy of other records)'
where field = 'snapshot';
