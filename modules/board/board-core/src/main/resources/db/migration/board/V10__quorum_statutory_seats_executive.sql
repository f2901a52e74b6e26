-- Membership that makes a quorum: whether a body is an executive decision maker (the forward plan
-- and key-decision rules bind executives only), the law that sets its membership, its quorum as a
-- rule (voting members, of whom councillors), and for each membership the statutory seat it fills
-- and whether the member sits as a councillor. An agenda item may be the one that approves an
-- earlier meeting's minutes.

alter table board.body add column executive boolean default false not null;
alter table board.body add column statutory_basis varchar(40);
alter table board.body add column quorum_members integer;
alter table board.body add column quorum_councillors integer;
alter table board.body add constraint ck_body_quorum check (quorum_members is null or quorum_members >= 1);
alter table board.body add constraint ck_body_quorum_councillors check (quorum_councillors is null or quorum_councillors >= 0);

alter table board.membership add column seat varchar(40);
alter table board.membership add column councillor boolean default false not null;

alter table board.agenda_item add column minutes_of_meeting_id bigint;
alter table board.agenda_item add constraint fk_agenda_item_minutes_of foreign key (minutes_of_meeting_id) references board.meeting (id);
