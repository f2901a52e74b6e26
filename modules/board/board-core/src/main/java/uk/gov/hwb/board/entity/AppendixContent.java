package uk.gov.hwb.board.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an uploaded appendix and its extracted text (for search), kept apart so lists stay light. */
@Entity
@Table(name = "appendix_content", schema = "board")
public class AppendixContent {

    @Id
    @Column(name = "appendix_id")
    private Long appendixId;

    @Column(nullable = false)
    private byte[] content;

    @Column(name = "text_content")
    private String text;

    protected AppendixContent() {
    }

    public AppendixContent(Long appendixId, byte[] content, String text) {
        this.appendixId = appendixId;
        this.content = content;
        this.text = text;
    }

    public byte[] getContent() { return content; }
    public String getText() { return text; }
}
