-- Minutes of meetings: one record per meeting (draft until approved at a later meeting of the same
-- body), a minute per agenda item with its vote, named votes, and the resolutions, which are the
-- decisions register.

create table board.minutes (
    id                     bigint       not null primary key,
    meeting_id             bigint       not null,
    status                 varchar(20)  not null,
    approved_at_meeting_id bigint,
    approval_resolution_id bigint,
    approved_at            timestamp with time zone,
    approved_by            varchar(60),
    updated_by             varchar(60)  not null,
    updated_at             timestamp with time zone not null,
    version                bigint       not null,
    constraint fk_minutes_meeting foreign key (meeting_id) references board.meeting (id),
    constraint fk_minutes_approved_at foreign key (approved_at_meeting_id) references board.meeting (id),
    constraint uq_minutes_meeting unique (meeting_id)
);

create table board.item_minute (
    id             bigint        not null primary key,
    meeting_id     bigint        not null,
    item_id        bigint        not null,
    text           varchar,
    public_summary varchar(4000),
    votes_for      integer,
    votes_against  integer,
    abstentions    integer,
    version        bigint        not null,
    constraint fk_item_minute_meeting foreign key (meeting_id) references board.meeting (id),
    constraint fk_item_minute_item foreign key (item_id) references board.agenda_item (id),
    constraint uq_item_minute_item unique (item_id),
    constraint ck_item_minute_votes check ((votes_for is null or votes_for >= 0) and (votes_against is null or votes_against >= 0)
        and (abstentions is null or abstentions >= 0))
);

create table board.named_vote (
    id             bigint       not null primary key,
    item_minute_id bigint       not null,
    person_id      bigint       not null,
    vote           varchar(20)  not null,
    constraint fk_named_vote_minute foreign key (item_minute_id) references board.item_minute (id)
);

create index ix_named_vote_minute on board.named_vote (item_minute_id);

create table board.resolution (
    id          bigint        not null primary key,
    meeting_id  bigint        not null,
    item_id     bigint        not null,
    position    integer       not null,
    text        varchar(4000) not null,
    recorded_by varchar(60)   not null,
    recorded_at timestamp with time zone not null,
    version     bigint        not null,
    constraint fk_resolution_meeting foreign key (meeting_id) references board.meeting (id),
    constraint fk_resolution_item foreign key (item_id) references board.agenda_item (id),
    constraint uq_resolution_position unique (item_id, position)
);

create index ix_resolution_meeting on board.resolution (meeting_id);
