-- Board schema: the bodies that meet (boards, partnership groups, sub-groups).

create sequence board.id_seq start with 1 increment by 50;

create table board.body (
    id        bigint       not null primary key,
    name      varchar(200) not null,
    kind      varchar(30)  not null,
    parent_id bigint,
    version   bigint       not null,
    constraint uk_body_name unique (name),
    constraint fk_body_parent foreign key (parent_id) references board.body (id)
);
