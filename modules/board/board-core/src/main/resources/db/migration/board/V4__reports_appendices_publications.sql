-- Reports to the standard template, their approval steps and appendices; published versions of agendas.
-- Long text is varchar without a length (unbounded on PostgreSQL, 1e9 characters on H2); files are bytea.

create table board.report (
    id                     bigint       not null primary key,
    meeting_id             bigint       not null,
    title                  varchar(300) not null,
    classification         varchar(10)  not null,
    exempt_paragraph       integer,
    key_decision           boolean      not null,
    executive_director     varchar(200),
    report_author          varchar(200),
    executive_councillor   varchar(200),
    executive_summary      varchar,
    background             varchar,
    reasons_for_decisions  varchar,
    other_options          varchar,
    financial_implications varchar,
    legal_implications     varchar,
    policy_context         varchar,
    carbon_impact          varchar,
    equalities             varchar,
    consultation           varchar,
    status                 varchar(20)  not null,
    legal_cleared          boolean      not null,
    finance_cleared        boolean      not null,
    owner                  varchar(60)  not null,
    version                bigint       not null,
    constraint fk_report_meeting foreign key (meeting_id) references board.meeting (id),
    constraint ck_report_paragraph check (exempt_paragraph is null or exempt_paragraph between 1 and 7)
);

create index ix_report_meeting on board.report (meeting_id);

create table board.report_recommendation (
    report_id bigint        not null,
    position  integer       not null,
    text      varchar(4000) not null,
    primary key (report_id, position),
    constraint fk_recommendation_report foreign key (report_id) references board.report (id)
);

create table board.report_background_paper (
    report_id bigint       not null,
    position  integer      not null,
    text      varchar(500) not null,
    primary key (report_id, position),
    constraint fk_background_paper_report foreign key (report_id) references board.report (id)
);

create table board.report_step (
    id          bigint       not null primary key,
    report_id   bigint       not null,
    action      varchar(20)  not null,
    from_status varchar(20)  not null,
    to_status   varchar(20)  not null,
    username    varchar(60)  not null,
    taken_at    timestamp with time zone not null,
    comment     varchar(2000),
    constraint fk_step_report foreign key (report_id) references board.report (id)
);

create index ix_report_step_report on board.report_step (report_id);

create table board.appendix (
    id         bigint       not null primary key,
    report_id  bigint       not null,
    position   integer      not null,
    title      varchar(300) not null,
    file_name  varchar(255),
    size_bytes bigint,
    sha256     varchar(64),
    page_count integer,
    generator  varchar(100),
    reference  varchar(300),
    added_by   varchar(60)  not null,
    added_at   timestamp with time zone not null,
    constraint fk_appendix_report foreign key (report_id) references board.report (id),
    constraint ck_appendix_kind check ((sha256 is not null and generator is null) or (sha256 is null and generator is not null))
);

create index ix_appendix_report on board.appendix (report_id, position);

create table board.appendix_content (
    appendix_id  bigint not null primary key,
    content      bytea  not null,
    text_content varchar,
    constraint fk_content_appendix foreign key (appendix_id) references board.appendix (id)
);

create table board.publication (
    id           bigint       not null primary key,
    meeting_id   bigint       not null,
    number       integer      not null,
    published_at timestamp with time zone not null,
    published_by varchar(60)  not null,
    past_deadline boolean     not null,
    warning      varchar(1000),
    snapshot     varchar      not null,
    constraint fk_publication_meeting foreign key (meeting_id) references board.meeting (id),
    constraint uq_publication_number unique (meeting_id, number)
);
