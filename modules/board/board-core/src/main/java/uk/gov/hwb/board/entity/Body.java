package uk.gov.hwb.board.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.gov.hwb.board.api.BodyKind;
import uk.gov.hwb.board.api.StatutoryBasis;
import uk.gov.hwb.platform.audit.Audited;

/** A body that meets: a board, a partnership group or a sub-group reporting to a parent body. */
@Entity
@Table(name = "body", schema = "board")
@Audited
public class Body {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "board_ids")
    @SequenceGenerator(name = "board_ids", schema = "board", sequenceName = "id_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private BodyKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Body parent;

    @Embedded
    private TermsOfReference termsOfReference = new TermsOfReference();

    /** An executive decision maker (cabinet): the forward plan and key-decision rules apply. */
    @Column(nullable = false)
    private boolean executive;

    @Enumerated(EnumType.STRING)
    @Column(name = "statutory_basis", length = 40)
    private StatutoryBasis statutoryBasis;

    @Version
    private long version;

    protected Body() {
    }

    public Body(String name, BodyKind kind, Body parent) {
        this.name = name;
        this.kind = kind;
        this.parent = parent;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public BodyKind getKind() { return kind; }
    public void setKind(BodyKind kind) { this.kind = kind; }
    public Body getParent() { return parent; }
    public void setParent(Body parent) { this.parent = parent; }
    public TermsOfReference getTermsOfReference() {
        if (termsOfReference == null) {
            termsOfReference = new TermsOfReference(); // Hibernate leaves an all-null embeddable null
        }
        return termsOfReference;
    }
    public boolean isExecutive() { return executive; }
    public void setExecutive(boolean executive) { this.executive = executive; }
    public StatutoryBasis getStatutoryBasis() { return statutoryBasis; }
    public void setStatutoryBasis(StatutoryBasis statutoryBasis) { this.statutoryBasis = statutoryBasis; }
    public long getVersion() { return version; }
}
