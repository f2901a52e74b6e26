-- The forward plan of the executive's key decisions (2012 Regulations, regs 9-11): each entry with
-- the date it was first published (its notice), the agenda item it is taken at, and the general
-- exception or special urgency recorded when 28 clear days' notice could not be given.

create table board.forward_plan_entry (
    id                          bigint        not null primary key,
    body_id                     bigint        not null,
    title                       varchar(300)  not null,
    matter                      varchar(4000),
    decision_due                date          not null,
    key_decision                boolean       not null,
    part                        varchar(10)   not null,
    exempt_paragraph            integer,
    decision_maker              varchar(200),
    lead_officer                varchar(200),
    documents                   varchar(1000),
    notice_date                 date          not null,
    item_id                     bigint,
    status                      varchar(20)   not null,
    ge_scrutiny_chair_informed  date,
    ge_public_notice            date,
    ge_reasons                  varchar(2000),
    su_agreed_by                varchar(30),
    su_agreed_by_name           varchar(200),
    su_agreed_on                date,
    su_reasons                  varchar(2000),
    created_by                  varchar(60)   not null,
    version                     bigint        not null,
    constraint fk_forward_plan_body foreign key (body_id) references board.body (id),
    constraint fk_forward_plan_item foreign key (item_id) references board.agenda_item (id),
    constraint ck_forward_plan_paragraph check (exempt_paragraph is null or exempt_paragraph between 1 and 7)
);

create index ix_forward_plan_body on board.forward_plan_entry (body_id, decision_due);
create index ix_forward_plan_item on board.forward_plan_entry (item_id);
