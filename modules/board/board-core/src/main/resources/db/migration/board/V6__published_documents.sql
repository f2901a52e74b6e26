-- Generated appendices (documents other modules render from their data) are rendered once, when an
-- agenda is published, and frozen with that publication: packs, downloads and later readers get
-- these bytes, so a published paper never changes when the data behind it does.

create table board.published_document (
    id             bigint       not null primary key,
    publication_id bigint       not null,
    appendix_id    bigint       not null,
    title          varchar(300) not null,
    content        bytea        not null,
    sha256         varchar(64)  not null,
    page_count     integer      not null,
    rendered_at    timestamp with time zone not null,
    constraint fk_published_document_publication foreign key (publication_id) references board.publication (id),
    constraint uq_published_document unique (publication_id, appendix_id)
);
