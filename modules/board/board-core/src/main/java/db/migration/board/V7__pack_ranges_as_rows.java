package db.migration.board;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A stored pack's page ranges become rows ({@code board.pack_range}) instead of the text
 * "item:from-to,…" that every reader had to parse. Existing packs keep their ranges: each text is
 * read and written as rows here (in Java, so the same migration runs on H2 and PostgreSQL), then
 * the text column goes.
 */
public class V7__pack_ranges_as_rows extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement ddl = context.getConnection().createStatement()) {
            ddl.execute("create table board.pack_range ("
                    + " pack_id bigint not null, item_number integer not null, first_page integer not null, last_page integer not null,"
                    + " primary key (pack_id, item_number),"
                    + " constraint fk_pack_range_pack foreign key (pack_id) references board.pack (id))");
        }
        try (Statement read = context.getConnection().createStatement();
             ResultSet packs = read.executeQuery("select id, page_ranges from board.pack");
             PreparedStatement insert = context.getConnection().prepareStatement(
                     "insert into board.pack_range (pack_id, item_number, first_page, last_page) values (?, ?, ?, ?)")) {
            while (packs.next()) {
                String ranges = packs.getString(2);
                if (ranges == null || ranges.isBlank()) {
                    continue;
                }
                for (String range : ranges.split(",")) {
                    String[] itemAndPages = range.split(":");
                    String[] pages = itemAndPages[1].split("-");
                    insert.setLong(1, packs.getLong(1));
                    insert.setInt(2, Integer.parseInt(itemAndPages[0].strip()));
                    insert.setInt(3, Integer.parseInt(pages[0].strip()));
                    insert.setInt(4, Integer.parseInt(pages[1].strip()));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
        try (Statement ddl = context.getConnection().createStatement()) {
            ddl.execute("alter table board.pack drop column page_ranges");
        }
    }
}
