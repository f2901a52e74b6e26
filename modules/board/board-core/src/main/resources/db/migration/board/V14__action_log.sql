-- Actions arising from meetings, carried to each next meeting of the body until done.

create table board.action_item (
    id              bigint        not null primary key,
    meeting_id      bigint        not null,
    item_id         bigint,
    description     varchar(2000) not null,
    owner_person_id bigint,
    owner_name      varchar(200),
    due_date        date,
    status          varchar(20)   not null,
    note            varchar(2000),
    closed_on       date,
    version         bigint        not null,
    constraint fk_action_item_meeting foreign key (meeting_id) references board.meeting (id),
    constraint fk_action_item_item foreign key (item_id) references board.agenda_item (id)
);

create index ix_action_item_meeting on board.action_item (meeting_id);
