-- Strategies and their plans (priorities -> actions -> sub-actions), reporting periods, status updates
-- with corrections after a period closes and the summary frozen as reported, the year-ahead focus of each
-- priority, and measures with their values. Other modules' things (organisations, people, bodies) are
-- referred to by id only. Long text is varchar without a length; measure figures are kept as the decimal
-- text they were entered with, so their precision survives (61% stays 61, 81.54% stays 81.54).

create sequence strategies.id_seq start with 1 increment by 50;

create table strategies.strategy (
    id              bigint        not null primary key,
    name            varchar(200)  not null,
    description     varchar,
    year_from       integer       not null,
    year_to         integer       not null,
    organisation_id bigint,
    body_id         bigint,
    lead_person_id  bigint,
    version         bigint        not null,
    constraint uq_strategy_name unique (name),
    constraint ck_strategy_years check (year_to >= year_from)
);

create table strategies.strategy_status (
    strategy_id bigint      not null,
    position    integer     not null,
    status      varchar(20) not null,
    primary key (strategy_id, position),
    constraint fk_status_strategy foreign key (strategy_id) references strategies.strategy (id)
);

create table strategies.priority (
    id          bigint       not null primary key,
    strategy_id bigint       not null,
    number      integer      not null,
    name        varchar(300) not null,
    description varchar,
    version     bigint       not null,
    constraint fk_priority_strategy foreign key (strategy_id) references strategies.strategy (id),
    constraint uq_priority_number unique (strategy_id, number)
);

create table strategies.plan_action (
    id                   bigint        not null primary key,
    strategy_id          bigint        not null,
    priority_id          bigint        not null,
    parent_id            bigint,
    code                 varchar(20)   not null,
    title                varchar(1000) not null,
    lead_person_id       bigint,
    lead_organisation_id bigint,
    measuring            varchar(4000),
    target_date          date,
    version              bigint        not null,
    constraint fk_action_strategy foreign key (strategy_id) references strategies.strategy (id),
    constraint fk_action_priority foreign key (priority_id) references strategies.priority (id),
    constraint fk_action_parent foreign key (parent_id) references strategies.plan_action (id),
    constraint uq_action_code unique (strategy_id, code)
);

create index ix_action_priority on strategies.plan_action (priority_id);
create index ix_action_lead on strategies.plan_action (lead_person_id);

create table strategies.reporting_period (
    id          bigint       not null primary key,
    strategy_id bigint       not null,
    name        varchar(100) not null,
    updates_due date         not null,
    ends_on     date         not null,
    closed      boolean      not null,
    closed_at   timestamp with time zone,
    closed_by   varchar(60),
    note        varchar(500),
    version     bigint       not null,
    constraint fk_period_strategy foreign key (strategy_id) references strategies.strategy (id),
    constraint uq_period_name unique (strategy_id, name),
    constraint uq_period_due unique (strategy_id, updates_due)
);

create table strategies.progress_update (
    id                bigint       not null primary key,
    action_id         bigint       not null,
    period_id         bigint       not null,
    status            varchar(20),
    commentary        varchar,
    mitigation        varchar,
    key_impact        boolean      not null,
    draft             boolean      not null,
    updated_by        varchar(60)  not null,
    updated_at        timestamp with time zone not null,
    correction_reason varchar(2000),
    version           bigint       not null,
    constraint fk_update_action foreign key (action_id) references strategies.plan_action (id),
    constraint fk_update_period foreign key (period_id) references strategies.reporting_period (id),
    constraint uq_update unique (action_id, period_id),
    constraint ck_update_status check (draft or status is not null)
);

create index ix_update_period on strategies.progress_update (period_id);

create table strategies.correction (
    id            bigint        not null primary key,
    update_id     bigint        not null,
    before_status varchar(20),
    after_status  varchar(20)   not null,
    reason        varchar(2000) not null,
    corrected_by  varchar(60)   not null,
    corrected_at  timestamp with time zone not null,
    constraint fk_correction_update foreign key (update_id) references strategies.progress_update (id)
);

create index ix_correction_update on strategies.correction (update_id);

-- The summary as it went to the board, frozen when the period closed (JSON of a versioned format).
create table strategies.reported_summary (
    id        bigint      not null primary key,
    period_id bigint      not null,
    format_version integer not null,
    content   varchar     not null,
    taken_at  timestamp with time zone not null,
    taken_by  varchar(60) not null,
    constraint fk_reported_period foreign key (period_id) references strategies.reporting_period (id),
    constraint uq_reported_period unique (period_id)
);

create table strategies.priority_focus (
    id          bigint     not null primary key,
    priority_id bigint     not null,
    report_year varchar(7) not null,
    text        varchar    not null,
    version     bigint     not null,
    constraint fk_focus_priority foreign key (priority_id) references strategies.priority (id),
    constraint uq_focus unique (priority_id, report_year)
);

create table strategies.measure (
    id            bigint       not null primary key,
    strategy_id   bigint       not null,
    priority_id   bigint,
    name          varchar(500) not null,
    unit          varchar(20)  not null,
    polarity      varchar(20)  not null,
    basis         varchar(20)  not null,
    baseline      varchar(40),
    baseline_date date,
    target        varchar(40),
    target_date   date,
    source        varchar(1000),
    version       bigint       not null,
    constraint fk_measure_strategy foreign key (strategy_id) references strategies.strategy (id),
    constraint fk_measure_priority foreign key (priority_id) references strategies.priority (id)
);

create table strategies.measure_value (
    id         bigint        not null primary key,
    measure_id bigint        not null,
    period_id  bigint        not null,
    figure     varchar(40)   not null,
    value_date date          not null,
    note       varchar(1000),
    version    bigint        not null,
    constraint fk_value_measure foreign key (measure_id) references strategies.measure (id),
    constraint fk_value_period foreign key (period_id) references strategies.reporting_period (id),
    constraint uq_measure_value unique (measure_id, period_id)
);
