-- Terms of reference of each body, and the people who sit on it.

alter table board.body add column purpose varchar(4000);
alter table board.body add column accountability varchar(2000);
alter table board.body add column meeting_frequency varchar(200);
alter table board.body add column quorum varchar(200);
alter table board.body add column chair_term varchar(200);
alter table board.body add column deputies_allowed boolean default false not null;
alter table board.body add column review_date date;

create table board.membership (
    id              bigint      not null primary key,
    body_id         bigint      not null,
    person_id       bigint      not null,
    organisation_id bigint,
    role            varchar(20) not null,
    deputy_for_id   bigint,
    voting          boolean     not null,
    from_date       date        not null,
    to_date         date,
    version         bigint      not null,
    constraint fk_membership_body foreign key (body_id) references board.body (id),
    constraint fk_membership_deputy_for foreign key (deputy_for_id) references board.membership (id),
    constraint ck_membership_dates check (to_date is null or to_date >= from_date)
);

create index ix_membership_body on board.membership (body_id);
create index ix_membership_person on board.membership (person_id);
