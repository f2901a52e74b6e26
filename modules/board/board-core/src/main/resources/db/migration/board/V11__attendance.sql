-- Attendance of each meeting: one record per meeting (versioned as a whole), with a row per member
-- (what they did, and who substituted) and per officer or other person in attendance.

create table board.attendance (
    id          bigint       not null primary key,
    meeting_id  bigint       not null,
    recorded_by varchar(60)  not null,
    recorded_at timestamp with time zone not null,
    version     bigint       not null,
    constraint fk_attendance_meeting foreign key (meeting_id) references board.meeting (id),
    constraint uq_attendance_meeting unique (meeting_id)
);

create table board.attendance_entry (
    id                   bigint       not null primary key,
    attendance_id        bigint       not null,
    membership_id        bigint,
    person_id            bigint,
    name                 varchar(200),
    status               varchar(20),
    substitute_person_id bigint,
    other_kind           varchar(20),
    capacity             varchar(200),
    position             integer      not null,
    version              bigint       not null,
    constraint fk_attendance_entry_attendance foreign key (attendance_id) references board.attendance (id),
    constraint fk_attendance_entry_membership foreign key (membership_id) references board.membership (id),
    constraint ck_attendance_entry_kind check ((membership_id is not null and status is not null and other_kind is null)
        or (membership_id is null and status is null and other_kind is not null))
);

create index ix_attendance_entry_attendance on board.attendance_entry (attendance_id);
create index ix_attendance_entry_membership on board.attendance_entry (membership_id);
