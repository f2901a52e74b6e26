-- The SEND partnership: the area SEND inspection and its recommendations, the strategic action plan
-- (actions, milestones by plan year, progress notes), the Self-Evaluation Framework in dated
-- versions (rows while a draft, a frozen snapshot once agreed), traceability of its entries to
-- actions and metrics, SEND metrics with comparators, and the annual update per recommendation.
-- Long text is varchar without a length (unbounded on PostgreSQL, 1e9 characters on H2).
-- People, organisations and meetings of other modules are referred to by id only.

create sequence send.id_seq start with 1 increment by 50;

create table send.inspection (
    id           bigint      not null primary key,
    framework    varchar(30) not null,
    start_date   date        not null,
    end_date     date        not null,
    published_on date,
    outcome      varchar(30),
    version      bigint      not null,
    constraint ck_inspection_dates check (end_date >= start_date),
    constraint ck_inspection_published check (published_on is null or published_on >= end_date)
);

create table send.inspection_inspectorate (
    inspection_id bigint      not null,
    inspectorate  varchar(20) not null,
    primary key (inspection_id, inspectorate),
    constraint fk_inspectorate_inspection foreign key (inspection_id) references send.inspection (id)
);

create table send.recommendation (
    id            bigint        not null primary key,
    inspection_id bigint        not null,
    number        integer       not null,
    text          varchar(4000) not null,
    version       bigint        not null,
    constraint uk_recommendation_number unique (inspection_id, number),
    constraint fk_recommendation_inspection foreign key (inspection_id) references send.inspection (id)
);

create table send.plan_action (
    id                    bigint        not null primary key,
    recommendation_id     bigint        not null,
    number                integer       not null,
    title                 varchar(300)  not null,
    description           varchar(4000),
    owner_person_id       bigint,
    owner_name            varchar(200),
    owner_organisation_id bigint,
    owner_organisation    varchar(200),
    status                varchar(20)   not null,
    version               bigint        not null,
    constraint uk_action_number unique (recommendation_id, number),
    constraint fk_action_recommendation foreign key (recommendation_id) references send.recommendation (id)
);

create table send.milestone (
    id           bigint        not null primary key,
    action_id    bigint        not null,
    plan_year    integer       not null,
    description  varchar(1000) not null,
    due_on       date          not null,
    completed_on date,
    version      bigint        not null,
    constraint fk_milestone_action foreign key (action_id) references send.plan_action (id),
    constraint ck_milestone_year check (plan_year between 1 and 10)
);

create index ix_milestone_action on send.milestone (action_id);

create table send.progress_note (
    id             bigint        not null primary key,
    action_id      bigint        not null,
    period_year    integer       not null,
    period_quarter integer       not null,
    status         varchar(20)   not null,
    text           varchar(4000) not null,
    author         varchar(60)   not null,
    written_at     timestamp with time zone not null,
    constraint fk_note_action foreign key (action_id) references send.plan_action (id),
    constraint ck_note_quarter check (period_quarter between 1 and 4)
);

create index ix_note_action on send.progress_note (action_id);

create table send.sef_version (
    id                bigint      not null primary key,
    number            integer     not null,
    sef_date          date        not null,
    status            varchar(10) not null,
    context           varchar,
    copied_from       integer,
    agreed_on         date,
    agreed_meeting_id bigint,
    agreed_by         varchar(60),
    snapshot_format   integer,
    snapshot          varchar,
    version           bigint      not null,
    constraint uk_sef_number unique (number)
);

create table send.sef_area (
    id             bigint        not null primary key,
    sef_version_id bigint        not null,
    position       integer       not null,
    area_key       varchar(36)   not null,
    title          varchar(1000) not null,
    constraint fk_area_version foreign key (sef_version_id) references send.sef_version (id),
    constraint uk_area_key unique (sef_version_id, area_key)
);

create table send.sef_entry (
    id             bigint        not null primary key,
    sef_version_id bigint        not null,
    area_id        bigint,
    section        varchar(20)   not null,
    recommendation integer,
    position       integer       not null,
    entry_key      varchar(36)   not null,
    text           varchar(2000) not null,
    constraint fk_entry_version foreign key (sef_version_id) references send.sef_version (id),
    constraint fk_entry_area foreign key (area_id) references send.sef_area (id),
    constraint uk_entry_key unique (sef_version_id, entry_key)
);

create index ix_entry_version on send.sef_entry (sef_version_id);

create table send.metric (
    id              bigint        not null primary key,
    name            varchar(300)  not null,
    description     varchar(2000),
    unit            varchar(20)   not null,
    polarity        varchar(20)   not null,
    tolerance       numeric(19, 6) not null,
    period_type     varchar(20)   not null,
    comparator_name varchar(100)  not null,
    source          varchar(500),
    version         bigint        not null,
    constraint uk_metric_name unique (name)
);

create table send.metric_value (
    id          bigint         not null primary key,
    metric_id   bigint         not null,
    period      varchar(10)    not null,
    period_end  date           not null,
    local_value numeric(19, 6) not null,
    comparator  numeric(19, 6),
    neighbours  numeric(19, 6),
    version     bigint         not null,
    constraint uk_metric_period unique (metric_id, period),
    constraint fk_value_metric foreign key (metric_id) references send.metric (id)
);

create table send.sef_answer (
    id        bigint      not null primary key,
    entry_key varchar(36) not null,
    action_id bigint,
    metric_id bigint,
    constraint fk_answer_action foreign key (action_id) references send.plan_action (id),
    constraint fk_answer_metric foreign key (metric_id) references send.metric (id),
    constraint ck_answer_one check ((action_id is null and metric_id is not null) or (action_id is not null and metric_id is null))
);

create index ix_answer_key on send.sef_answer (entry_key);

create table send.annual_update (
    id                bigint        not null primary key,
    recommendation_id bigint        not null,
    start_year        integer       not null,
    wanted            varchar(2000),
    did               varchar,
    difference        varchar(2000),
    priority          varchar(2000),
    version           bigint        not null,
    constraint uk_update_year unique (recommendation_id, start_year),
    constraint fk_update_recommendation foreign key (recommendation_id) references send.recommendation (id)
);
