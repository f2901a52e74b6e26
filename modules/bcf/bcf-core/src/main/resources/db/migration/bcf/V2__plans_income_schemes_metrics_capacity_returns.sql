-- The Better Care Fund: plans under a Section 75 agreement, plan years, income by funding source,
-- scheme lines and their spend, national metrics, capacity and demand, and quarterly returns with
-- their locked versions. Money is numeric(15,2) (pounds to the penny); figures keep four places.
-- Long text is varchar without a length only where needed; snapshots are bytea.

create sequence bcf.id_seq start with 1 increment by 50;

create table bcf.plan (
    id                bigint        not null primary key,
    name              varchar(200)  not null,
    council_name      varchar(200),
    icb_name          varchar(200),
    pooled_fund_host  varchar(20),
    council_signed_on date,
    icb_signed_on     date,
    agreed            boolean       not null,
    sign_off_body_id  bigint,
    version           bigint        not null,
    constraint uk_plan_name unique (name)
);

create table bcf.plan_year (
    id          bigint         not null primary key,
    plan_id     bigint         not null,
    start_year  integer        not null,
    asc_minimum numeric(15, 2),
    ooh_minimum numeric(15, 2),
    version     bigint         not null,
    constraint fk_plan_year_plan foreign key (plan_id) references bcf.plan (id),
    constraint uk_plan_year unique (plan_id, start_year)
);

create table bcf.income (
    id           bigint         not null primary key,
    plan_year_id bigint         not null,
    source       varchar(40)    not null,
    amount       numeric(15, 2) not null,
    version      bigint         not null,
    constraint fk_income_year foreign key (plan_year_id) references bcf.plan_year (id),
    constraint uk_income_source unique (plan_year_id, source),
    constraint ck_income_amount check (amount >= 0)
);

create table bcf.scheme (
    id            bigint         not null primary key,
    plan_year_id  bigint         not null,
    scheme_ref    varchar(20),
    name          varchar(300)   not null,
    source        varchar(40)    not null,
    scheme_type   varchar(200)   not null,
    area_of_spend varchar(100)   not null,
    commissioner  varchar(10)    not null,
    provider      varchar(200)   not null,
    planned       numeric(15, 2) not null,
    actual_q1     numeric(15, 2),
    actual_q2     numeric(15, 2),
    actual_q3     numeric(15, 2),
    actual_q4     numeric(15, 2),
    forecast      numeric(15, 2),
    version       bigint         not null,
    constraint fk_scheme_year foreign key (plan_year_id) references bcf.plan_year (id),
    constraint ck_scheme_planned check (planned >= 0)
);

create index ix_scheme_year_source on bcf.scheme (plan_year_id, source);

create table bcf.metric (
    id       bigint       not null primary key,
    plan_id  bigint       not null,
    name     varchar(200) not null,
    unit     varchar(20)  not null,
    polarity varchar(20)  not null,
    basis    varchar(20)  not null,
    position integer      not null,
    version  bigint       not null,
    constraint fk_metric_plan foreign key (plan_id) references bcf.plan (id)
);

create table bcf.metric_target (
    id         bigint         not null primary key,
    metric_id  bigint         not null,
    start_year integer        not null,
    target     numeric(14, 4) not null,
    version    bigint         not null,
    constraint fk_metric_target_metric foreign key (metric_id) references bcf.metric (id),
    constraint uk_metric_target unique (metric_id, start_year)
);

create table bcf.metric_value (
    id             bigint         not null primary key,
    metric_id      bigint         not null,
    start_year     integer        not null,
    quarter        integer        not null,
    reported_value numeric(14, 4),
    commentary     varchar(4000),
    version        bigint         not null,
    constraint fk_metric_value_metric foreign key (metric_id) references bcf.metric (id),
    constraint uk_metric_value unique (metric_id, start_year, quarter),
    constraint ck_metric_value_quarter check (quarter between 1 and 4)
);

create table bcf.uplift (
    id           bigint        not null primary key,
    plan_year_id bigint        not null,
    month_number integer       not null,
    percent      numeric(5, 1) not null,
    version      bigint        not null,
    constraint fk_uplift_year foreign key (plan_year_id) references bcf.plan_year (id),
    constraint uk_uplift unique (plan_year_id, month_number),
    constraint ck_uplift_month check (month_number between 1 and 12)
);

create table bcf.capacity_line (
    id           bigint       not null primary key,
    plan_year_id bigint       not null,
    area         varchar(20)  not null,
    service      varchar(200) not null,
    position     integer      not null,
    version      bigint       not null,
    constraint fk_capacity_line_year foreign key (plan_year_id) references bcf.plan_year (id)
);

create table bcf.capacity_month (
    id           bigint         not null primary key,
    line_id      bigint         not null,
    month_number integer        not null,
    baseline     numeric(10, 1) not null,
    capacity     numeric(10, 1) not null,
    version      bigint         not null,
    constraint fk_capacity_month_line foreign key (line_id) references bcf.capacity_line (id),
    constraint uk_capacity_month unique (line_id, month_number),
    constraint ck_capacity_month check (month_number between 1 and 12)
);

create table bcf.quarterly_return (
    id                     bigint        not null primary key,
    plan_year_id           bigint        not null,
    quarter                integer       not null,
    due_on                 date          not null,
    status                 varchar(20)   not null,
    section75_signed       boolean       not null,
    section75_explanation  varchar(4000),
    conditions_met         boolean       not null,
    conditions_explanation varchar(4000),
    challenges             varchar(4000),
    achievements           varchar(4000),
    support_needed         varchar(4000),
    signed_off_person_id   bigint,
    signed_off_by          varchar(200),
    signed_off_at          timestamp with time zone,
    sign_off_recorded_by   varchar(60),
    signed_on_behalf       boolean       not null,
    submitted_at           timestamp with time zone,
    submitted_by           varchar(60),
    version                bigint        not null,
    constraint fk_return_year foreign key (plan_year_id) references bcf.plan_year (id),
    constraint uk_return_quarter unique (plan_year_id, quarter),
    constraint ck_return_quarter check (quarter between 1 and 4)
);

create table bcf.return_version (
    id             bigint        not null primary key,
    return_id      bigint        not null,
    version_number integer       not null,
    reason         varchar(2000) not null,
    content        bytea         not null,
    size_bytes     integer       not null,
    sha256         varchar(64)   not null,
    created_at     timestamp with time zone not null,
    created_by     varchar(60)   not null,
    constraint fk_return_version_return foreign key (return_id) references bcf.quarterly_return (id),
    constraint uk_return_version unique (return_id, version_number)
);

create table bcf.return_noting (
    id             bigint        not null primary key,
    return_id      bigint        not null,
    version_number integer       not null,
    noted_on       date          not null,
    meeting        varchar(300),
    note           varchar(2000),
    recorded_by    varchar(60)   not null,
    recorded_at    timestamp with time zone not null,
    constraint fk_return_noting_return foreign key (return_id) references bcf.quarterly_return (id)
);
