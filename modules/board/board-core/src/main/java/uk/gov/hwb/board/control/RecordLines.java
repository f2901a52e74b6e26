package uk.gov.hwb.board.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The lines of a board record (template {@code board/record}): section headings, numbered paragraphs and emphasised paragraphs. */
final class RecordLines {

    private final List<Map<String, ?>> rows = new ArrayList<>();

    RecordLines heading(String text) {
        return add("heading", null, text);
    }

    RecordLines paragraph(String number, String text) {
        return add("paragraph", number, text);
    }

    RecordLines strong(String number, String text) {
        return add("strong", number, text);
    }

    /** Each paragraph of a multi-paragraph text (blank lines or line breaks separate them). */
    RecordLines paragraphs(String text) {
        if (text != null) {
            for (String paragraph : text.split("\\R+")) {
                if (!paragraph.isBlank()) {
                    paragraph(null, paragraph.strip());
                }
            }
        }
        return this;
    }

    private RecordLines add(String kind, String number, String text) {
        Map<String, Object> row = new HashMap<>();
        row.put("kind", kind);
        row.put("number", number);
        row.put("text", text);
        rows.add(row);
        return this;
    }

    List<Map<String, ?>> rows() {
        return rows;
    }
}
