-- Declarations of interest per agenda item (Localism Act 2011 ss.30-33 and the local code of conduct).

create table board.declaration (
    id                      bigint        not null primary key,
    meeting_id              bigint        not null,
    item_id                 bigint        not null,
    person_id               bigint        not null,
    kind                    varchar(100)  not null,
    nature                  varchar(1000),
    sensitive               boolean       not null,
    participation           varchar(30)   not null,
    dispensation_granted_by varchar(200),
    dispensation_granted_on date,
    dispensation_expires_on date,
    dispensation_scope      varchar(30),
    dispensation_grounds    varchar(500),
    recorded_by             varchar(60)   not null,
    recorded_at             timestamp with time zone not null,
    version                 bigint        not null,
    constraint fk_declaration_meeting foreign key (meeting_id) references board.meeting (id),
    constraint fk_declaration_item foreign key (item_id) references board.agenda_item (id)
);

create index ix_declaration_meeting on board.declaration (meeting_id);
