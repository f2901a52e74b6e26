-- Meetings of the bodies, and their agendas.

create table board.meeting (
    id                  bigint        not null primary key,
    body_id             bigint        not null,
    starts_at           timestamp with time zone not null,
    venue               varchar(300)  not null,
    contact_officer_id  bigint,
    status              varchar(20)   not null,
    cancellation_reason varchar(1000),
    version             bigint        not null,
    constraint fk_meeting_body foreign key (body_id) references board.body (id)
);

create index ix_meeting_body_start on board.meeting (body_id, starts_at);

create table board.agenda_item (
    id               bigint        not null primary key,
    meeting_id       bigint        not null,
    item_number      integer       not null,
    title            varchar(300)  not null,
    purpose          varchar(20)   not null,
    start_time       time,
    presenter_id     bigint,
    report_of        varchar(300),
    part             varchar(10)   not null,
    exempt_paragraph integer,
    key_decision     boolean       not null,
    late             boolean       not null,
    urgency_reason   varchar(2000),
    report_id        bigint,
    version          bigint        not null,
    constraint fk_agenda_item_meeting foreign key (meeting_id) references board.meeting (id),
    constraint ck_agenda_item_paragraph check (exempt_paragraph is null or exempt_paragraph between 1 and 7)
);

create index ix_agenda_item_meeting on board.agenda_item (meeting_id, item_number);
