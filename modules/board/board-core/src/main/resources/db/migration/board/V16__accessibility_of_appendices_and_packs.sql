-- Whether an uploaded appendix is a tagged PDF (checked on upload; null for appendices uploaded
-- before the check, and for generated ones, which are always tagged), and each stored pack's
-- accessibility statement (which documents in it carry no tags).

alter table board.appendix add column tagged boolean;
alter table board.pack add column accessibility varchar(2000);
