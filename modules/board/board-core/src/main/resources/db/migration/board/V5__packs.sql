-- Built meeting packs: one per publication and variant, never changed once stored.

create table board.pack (
    id                 bigint       not null primary key,
    meeting_id         bigint       not null,
    publication_number integer      not null,
    variant            varchar(20)  not null,
    content            bytea        not null,
    sha256             varchar(64)  not null,
    page_count         integer      not null,
    page_ranges        varchar      not null,
    built_at           timestamp with time zone not null,
    constraint fk_pack_meeting foreign key (meeting_id) references board.meeting (id),
    constraint uq_pack unique (meeting_id, publication_number, variant)
);
