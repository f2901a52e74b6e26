-- Publishing a held meeting's agenda again is a correction: the version keeps the reason given for it.
alter table board.publication add column correction_reason varchar(1000);
